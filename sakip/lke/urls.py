from django.urls import path

from . import views

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
]
