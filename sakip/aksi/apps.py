from django.apps import AppConfig


class AksiConfig(AppConfig):
    name = "sakip.aksi"
    verbose_name = "Rencana Aksi"

    def ready(self):
        from sakip.alur.tugas import PENYEDIA

        from .tugas import tugas_laporan_aksi

        if tugas_laporan_aksi not in PENYEDIA:
            PENYEDIA.append(tugas_laporan_aksi)
