from django.contrib.auth import views as auth_views
from django.urls import include, path

from sakip.akun import views as akun_views

urlpatterns = [
    path("masuk/", akun_views.Masuk.as_view(), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("sakip.perencanaan.urls")),
    path("", include("sakip.anggaran.urls")),
    path("", include("sakip.aksi.urls")),
    path("", include("sakip.pelaporan.urls")),
    path("", include("sakip.evaluasi.urls")),
    path("", include("sakip.lke.urls")),
    path("", include("sakip.jejak.urls")),
    path("", include("sakip.akun.urls")),
    path("", include("sakip.alur.urls")),
    path("", include("sakip.pengukuran.urls")),
    path("", include("sakip.pertukaran.urls")),
    path("", include("sakip.portal.urls")),
    path("", include("sakip.api.urls")),
]

# Error pages in Indonesian (sakip/galat.py); 403, 400 and 500 are Django's views with our
# templates.
handler404 = "sakip.galat.tidak_ditemukan"
