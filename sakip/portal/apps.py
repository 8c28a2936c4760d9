from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "sakip.portal"
    verbose_name = "Portal publik"

    def ready(self):
        from sakip.alur.models import StatusDokumen, StatusDokumenPemda
        from sakip.alur.sinyal import dokumen_pemda_berubah, tahap_berubah

        from . import singgahan

        # The portal's cache of a Pemda is dropped when one of its documents is approved
        # or reopened (singgahan.py).
        tahap_berubah.connect(singgahan.tahap_berubah, StatusDokumen)
        dokumen_pemda_berubah.connect(singgahan.dokumen_pemda_berubah, StatusDokumenPemda)
