from django.urls import path

from . import isian, views

urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("pemda/<slug:slug>/", views.rencana_pemda, name="rencana-pemda"),
    path("opd/<slug:slug>/", views.rencana_opd, name="rencana-opd"),
    path("opd/<slug:slug>/iku/<int:tahun>/", views.tabel_iku, name="tabel-iku"),
    path("indikator/<int:pk>/", views.indikator, name="indikator"),
    # Entering the Renstra, targets and the Perjanjian Kinerja (isian.py)
    path("opd/<slug:slug>/rencana/", isian.isian_opd, name="isian-opd"),
    path("opd/<slug:slug>/rencana/periksa-rumus/", isian.cek_rumus, name="isian-periksa-rumus"),
    path("opd/<slug:slug>/rencana/pk/<int:tahun>/", isian.pk, name="isian-pk"),
    path("rencana/periode/<int:periode>/tujuan/", isian.tujuan_baru, name="isian-tujuan-baru"),
    path("rencana/tujuan/<int:pk>/", isian.tujuan_ubah, name="isian-tujuan"),
    path("rencana/tujuan/<int:tujuan>/sasaran/", isian.sasaran_baru, name="isian-sasaran-baru"),
    path("rencana/sasaran/<int:pk>/", isian.sasaran_ubah, name="isian-sasaran"),
    path(
        "rencana/<str:jenis>/<int:induk>/indikator/",
        isian.indikator_baru,
        name="isian-indikator-baru",
    ),
    path("rencana/indikator/<int:pk>/", isian.indikator_ubah, name="isian-indikator"),
    path("rencana/indikator/<int:pk>/target/", isian.target, name="isian-target"),
    path(
        "rencana/indikator/<int:pk>/target/<int:tahun>/",
        isian.target,
        name="isian-target-triwulan",
    ),
    path("rencana/<str:jenis>/<int:pk>/hapus/", isian.hapus, name="isian-hapus"),
]
