from django.urls import path

from . import views

urlpatterns = [
    path("opd/<slug:slug>/anggaran/<int:tahun>/", views.pohon, name="anggaran"),
    path("opd/<slug:slug>/rfk/<int:tahun>/", views.rfk, name="rfk"),
    path("opd/<slug:slug>/efisiensi/<int:tahun>/", views.efisiensi, name="efisiensi"),
    path("sub-kegiatan/<int:pk>/realisasi/", views.isi_realisasi, name="isi-realisasi"),
    path("sub-kegiatan/<int:pk>/keluaran/", views.isi_keluaran, name="isi-keluaran"),
    path(
        "opd/<slug:slug>/anggaran/<int:tahun>/struktur/",
        views.struktur,
        name="struktur-anggaran",
    ),
    path(
        "opd/<slug:slug>/anggaran/<int:tahun>/struktur/baru/<slug:jenis>/",
        views.baris_baru,
        name="baris-anggaran-baru",
    ),
    path("baris-anggaran/<int:pk>/", views.baris_ubah, name="baris-anggaran"),
    path("baris-anggaran/<int:pk>/hapus/", views.baris_hapus, name="baris-anggaran-hapus"),
]
