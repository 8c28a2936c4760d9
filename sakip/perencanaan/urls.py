from django.urls import path

from .views import isian, lintas, pohon, rencana, struktur

urlpatterns = [
    path("", rencana.beranda, name="beranda"),
    path("pemda/<slug:slug>/", rencana.rencana_pemda, name="rencana-pemda"),
    path("pemda/<slug:slug>/pohon/<int:tahun>/", pohon.pohon_pemda, name="pohon-kinerja-pemda"),
    path(
        "pemda/<slug:slug>/pohon/<int:tahun>/pohon-kinerja.<slug:format>",
        pohon.unduh_pemda,
        name="pohon-kinerja-pemda-unduh",
    ),
    path("opd/<slug:slug>/", rencana.rencana_opd, name="rencana-opd"),
    path("opd/<slug:slug>/iku/<int:tahun>/", rencana.tabel_iku, name="tabel-iku"),
    path("opd/<slug:slug>/pohon/<int:tahun>/", pohon.pohon, name="pohon-kinerja"),
    path(
        "opd/<slug:slug>/pohon/<int:tahun>/pohon-kinerja.<slug:format>",
        pohon.unduh,
        name="pohon-kinerja-unduh",
    ),
    path("indikator/<int:pk>/", rencana.indikator, name="indikator"),
    # Crosscutting links between OPD of a Pemda (views/lintas.py)
    path("opd/<slug:slug>/crosscutting/", lintas.daftar, name="lintas-opd"),
    path("opd/<slug:slug>/crosscutting/usul/", lintas.usul, name="lintas-usul"),
    path("opd/<slug:slug>/crosscutting/<int:pk>/", lintas.rinci, name="lintas-rinci"),
    # Entering the Renstra, targets and the Perjanjian Kinerja (views/isian.py)
    path("opd/<slug:slug>/rencana/", isian.isian_opd, name="isian-opd"),
    path(
        "opd/<slug:slug>/rencana/periksa-rumus/",
        isian.cek_rumus,
        name="isian-periksa-rumus-opd",
    ),
    path("opd/<slug:slug>/rencana/pk/<int:tahun>/", isian.pk, name="isian-pk"),
    path(
        "opd/<slug:slug>/rencana/pk/<int:tahun>/pejabat/<slug:kode>/",
        isian.pk_pejabat,
        name="isian-pk-pejabat",
    ),
    path("opd/<slug:slug>/rencana/periode/", isian.periode_baru, name="isian-periode-baru"),
    path("rencana/periode/<int:pk>/", isian.periode_ubah, name="isian-periode"),
    path("rencana/periode/<int:periode>/misi/", isian.misi_baru, name="isian-misi-baru"),
    path("rencana/misi/<int:pk>/", isian.misi_ubah, name="isian-misi"),
    path("rencana/periode/<int:periode>/tujuan/", isian.tujuan_baru, name="isian-tujuan-baru"),
    path("rencana/tujuan/<int:pk>/", isian.tujuan_ubah, name="isian-tujuan"),
    path("rencana/tujuan/<int:tujuan>/sasaran/", isian.sasaran_baru, name="isian-sasaran-baru"),
    path("rencana/sasaran/<int:pk>/", isian.sasaran_ubah, name="isian-sasaran"),
    # The levels below an OPD sasaran (sasaran program, kegiatan, individu)
    path("rencana/sasaran/<int:induk>/turunan/", isian.turunan_baru, name="isian-turunan-baru"),
    path("rencana/turunan/<int:pk>/", isian.turunan_ubah, name="isian-turunan"),
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
    # The Pemda's own plan (RPJMD/RPD): the same part, indicator and target pages as above
    path("pemda/<slug:slug>/rencana/", isian.isian_pemda, name="isian-pemda"),
    path(
        "pemda/<slug:slug>/rencana/periksa-rumus/",
        isian.cek_rumus,
        {"jenis": "pemda"},
        name="isian-periksa-rumus-pemda",
    ),
    path(
        "pemda/<slug:slug>/rencana/periode/",
        isian.periode_baru,
        {"jenis": "pemda"},
        name="isian-periode-baru-pemda",
    ),
    # The Pemda's settings, OPD and officials, kept by the Admin Pemda (views/struktur.py)
    path("pemda/<slug:slug>/pengaturan/", struktur.pengaturan, name="pengaturan-pemda"),
    path("pemda/<slug:slug>/opd/", struktur.daftar_opd, name="opd-pemda"),
    path("pemda/<slug:slug>/opd/baru/", struktur.ubah_opd, name="opd-baru"),
    path("pemda/<slug:slug>/opd/<slug:opd>/", struktur.ubah_opd, name="opd-ubah"),
    path("pemda/<slug:slug>/opd/<slug:opd>/hapus/", struktur.hapus_opd, name="opd-hapus"),
    path("pemda/<slug:slug>/pejabat/", struktur.daftar_pejabat, name="pejabat-pemda"),
    path("pemda/<slug:slug>/pejabat/baru/", struktur.ubah_pejabat, name="pejabat-baru"),
    path("pemda/<slug:slug>/pejabat/<int:pk>/", struktur.ubah_pejabat, name="pejabat-ubah"),
    path(
        "pemda/<slug:slug>/pejabat/<int:pk>/hapus/",
        struktur.hapus_pejabat,
        name="pejabat-hapus",
    ),
]
