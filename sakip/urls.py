from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("masuk/", auth_views.LoginView.as_view(), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("sakip.perencanaan.urls")),
    path("", include("sakip.anggaran.urls")),
    path("", include("sakip.pelaporan.urls")),
    path("", include("sakip.evaluasi.urls")),
]
