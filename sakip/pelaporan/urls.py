from django.urls import path

from . import views

urlpatterns = [
    path("publik/", views.publik, name="publik"),
    path("opd/<slug:slug>/profil/", views.ubah_profil, name="profil-opd"),
    path("pemda/<slug:slug>/kop-dokumen/", views.kop_dokumen, name="kop-dokumen"),
    path("opd/<slug:slug>/dokumen/<int:tahun>/", views.daftar, name="dokumen"),
    path("pemda/<slug:slug>/dokumen/<int:tahun>/", views.daftar_pemda, name="dokumen-pemda"),
    path(
        "pemda/<slug:slug>/dokumen/<int:tahun>/<slug:jenis>/langkah/",
        views.langkah_dokumen_pemda,
        name="langkah-dokumen-pemda",
    ),
    path(
        "pemda/<slug:slug>/dokumen/<int:tahun>/<slug:jenis>.<slug:format>",
        views.unduh_pemda,
        name="unduh-dokumen-pemda",
    ),
    path("opd/<slug:slug>/dokumen/<int:tahun>/narasi/", views.ubah_narasi, name="narasi"),
    path(
        "opd/<slug:slug>/dokumen/<int:tahun>/analisis/",
        views.ubah_analisis,
        name="analisis-lkjip",
    ),
    path(
        "opd/<slug:slug>/dokumen/<int:tahun>/pk/<slug:kode>.<slug:format>",
        views.unduh_pk_pejabat,
        name="unduh-pk-pejabat",
    ),
    path(
        "opd/<slug:slug>/dokumen/<int:tahun>/<slug:jenis>.<slug:format>",
        views.unduh,
        name="unduh-dokumen",
    ),
]
