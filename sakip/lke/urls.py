from django.urls import path

from . import views, views_lhe

AWAL = "opd/<slug:slug>/lke/<int:tahun>/"

urlpatterns = [
    path(AWAL, views.lembar_kerja, name="lke"),
    path(f"{AWAL}lke.xlsx", views.unduh_xlsx, name="lke-xlsx"),
    path(f"{AWAL}simpan/", views.simpan, name="lke-simpan"),
    path(f"{AWAL}bukti/", views.tambah, name="lke-tambah-bukti"),
    path(f"{AWAL}bukti/<int:pk>/", views.unduh, name="lke-bukti"),
    path(f"{AWAL}bukti/<int:pk>/hapus/", views.hapus, name="lke-hapus-bukti"),
    path(f"{AWAL}selesai/", views.selesai, name="lke-selesai"),
    path(f"{AWAL}kriteria-lokal/", views.kriteria_lokal, name="lke-kriteria-lokal"),
    path(f"{AWAL}terima-saran/", views.terima, name="lke-terima-saran"),
    path(f"{AWAL}lhe/", views_lhe.lhe, name="lhe"),
    path(f"{AWAL}lhe.<str:format>", views_lhe.unduh, name="lhe-unduh"),
    path(f"{AWAL}lhe/rekomendasi/", views_lhe.tambah, name="lhe-rekomendasi"),
    path(
        f"{AWAL}lhe/rekomendasi/<int:pk>/tindak-lanjut/",
        views_lhe.tindak_lanjut,
        name="lhe-tindak-lanjut",
    ),
    path(f"{AWAL}lhe/rekomendasi/<int:pk>/nilai/", views_lhe.nilai, name="lhe-nilai"),
    path("pemda/<slug:slug>/lke/<int:tahun>/", views_lhe.rekap, name="lke-rekap"),
    path(
        "pemda/<slug:slug>/lke/<int:tahun>/rekap.xlsx", views_lhe.rekap_xlsx, name="lke-rekap-xlsx"
    ),
]
