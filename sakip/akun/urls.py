from django.urls import path

from . import views

urlpatterns = [
    path("akun/", views.akun, name="akun"),
    path("akun/token/", views.buat_token, name="buat-token"),
    path("akun/token/<int:pk>/cabut/", views.cabut_token, name="cabut-token"),
    path("akun/kata-sandi/", views.GantiKataSandi.as_view(), name="ganti-kata-sandi"),
    path("pemda/<slug:slug>/pengguna/", views.daftar_pengguna, name="pengguna-pemda"),
    path("pemda/<slug:slug>/pengguna/baru/", views.pengguna_baru, name="pengguna-baru"),
    path("pemda/<slug:slug>/pengguna/<int:pk>/", views.kelola_pengguna, name="kelola-pengguna"),
    path("pemda/<slug:slug>/pengguna/<int:pk>/peran/", views.tambah_peran, name="tambah-peran"),
    path(
        "pemda/<slug:slug>/pengguna/<int:pk>/kata-sandi/",
        views.atur_ulang_kata_sandi,
        name="atur-ulang-kata-sandi",
    ),
    path(
        "pemda/<slug:slug>/pengguna/<int:pk>/status/",
        views.status_pengguna,
        name="status-pengguna",
    ),
    path(
        "pemda/<slug:slug>/pengguna/<int:pk>/pejabat/",
        views.pejabat_pengguna,
        name="pejabat-pengguna",
    ),
    path("pemda/<slug:slug>/peran/<int:pk>/hapus/", views.hapus_peran, name="hapus-peran"),
]
