from django.urls import path

from .views import bukti, dasbor, isian, variabel

urlpatterns = [
    path(
        "opd/<slug:slug>/isian/<int:tahun>/<int:triwulan>/",
        isian.isi_triwulan,
        name="isi-triwulan",
    ),
    path("pemda/<slug:slug>/kinerja/<int:tahun>/", dasbor.dasbor_pemda, name="dasbor-pemda"),
    path("indikator/<int:pk>/bukti/", bukti.daftar, name="bukti-dukung"),
    path("bukti/<int:pk>/unduh/", bukti.unduh, name="unduh-bukti"),
    path("bukti/<int:pk>/hapus/", bukti.hapus, name="hapus-bukti"),
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
            ("", variabel.daftar, ""),
            ("baru/", variabel.ubah_variabel, "-baru"),
            ("<int:pk>/", variabel.ubah_variabel, "-ubah"),
            ("<int:pk>/hapus/", variabel.hapus_variabel, "-hapus"),
        )
    ]
