from django.urls import path

from . import views, views_lhe

AWAL = "opd/<slug:slug>/lke/<int:tahun>/"
# The Pemda's own evaluation: the same views, the Pemda being the one evaluated.
PEMDA = "pemda/<slug:slug>/lke/<int:tahun>/evaluasi/"
P = {"pemda": True}

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
    path(PEMDA, views.lembar_kerja, P, name="lke-pemda"),
    path(f"{PEMDA}simpan/", views.simpan, P, name="lke-pemda-simpan"),
    path(f"{PEMDA}bukti/", views.tambah, P, name="lke-pemda-tambah-bukti"),
    path(f"{PEMDA}bukti/<int:pk>/", views.unduh, P, name="lke-pemda-bukti"),
    path(f"{PEMDA}bukti/<int:pk>/hapus/", views.hapus, P, name="lke-pemda-hapus-bukti"),
    path(f"{PEMDA}selesai/", views.selesai, P, name="lke-pemda-selesai"),
    path(f"{PEMDA}terima-saran/", views.terima, P, name="lke-pemda-terima-saran"),
    path("pemda/<slug:slug>/lke/<int:tahun>/", views_lhe.rekap, name="lke-rekap"),
    path(
        "pemda/<slug:slug>/lke/<int:tahun>/rekap.xlsx", views_lhe.rekap_xlsx, name="lke-rekap-xlsx"
    ),
]
