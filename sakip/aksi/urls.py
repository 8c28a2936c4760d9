from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/rencana-aksi/<int:tahun>/", views.rencana, name="rencana-aksi"),
    path(
        "opd/<slug:slug>/rencana-aksi/<int:tahun>/indikator/<int:indikator>/tambah/",
        views.aksi_baru,
        name="aksi-baru",
    ),
    path("aksi/<int:pk>/", views.aksi_ubah, name="aksi-ubah"),
    path("aksi/<int:pk>/hapus/", views.aksi_hapus, name="aksi-hapus"),
    path("aksi/<int:pk>/triwulan/<int:triwulan>/", views.laporan, name="laporan-aksi"),
    path("aksi/<int:pk>/bukti/<int:bukti>/", views.unduh_bukti, name="unduh-bukti-aksi"),
]
