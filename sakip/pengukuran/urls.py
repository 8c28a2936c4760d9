from django.urls import path

from . import views, views_dasbor, views_variabel

urlpatterns = [
    path(
        "opd/<slug:slug>/isian/<int:tahun>/<int:triwulan>/",
        views.isi_triwulan,
        name="isi-triwulan",
    ),
    path("pemda/<slug:slug>/kinerja/<int:tahun>/", views_dasbor.dasbor_pemda, name="dasbor-pemda"),
]

# Data variables: the same views for an OPD's and for the Pemda-wide ones.
for jenis in ("opd", "pemda"):
    urlpatterns += [
        path(
            f"{jenis}/<slug:slug>/variabel/{akhir}",
            view,
            {"jenis": jenis},
            name=f"variabel-{jenis}{nama}",
        )
        for akhir, view, nama in (
            ("", views_variabel.daftar, ""),
            ("baru/", views_variabel.ubah_variabel, "-baru"),
            ("<int:pk>/", views_variabel.ubah_variabel, "-ubah"),
            ("<int:pk>/hapus/", views_variabel.hapus_variabel, "-hapus"),
        )
    ]
