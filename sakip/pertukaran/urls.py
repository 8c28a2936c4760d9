from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/buku-kerja/<int:tahun>/", views.halaman, name="buku-kerja"),
    path("opd/<slug:slug>/buku-kerja/<int:tahun>.xlsx", views.unduh, name="buku-kerja-unduh"),
    path("opd/<slug:slug>/buku-kerja/<int:tahun>/unggah/", views.unggah, name="buku-kerja-unggah"),
    path(
        "opd/<slug:slug>/buku-kerja/<int:tahun>/terapkan/",
        views.konfirmasi,
        name="buku-kerja-terapkan",
    ),
    path("opd/<slug:slug>/buku-kerja/<int:tahun>/batal/", views.batal, name="buku-kerja-batal"),
]
