from django.apps import AppConfig


class AksiConfig(AppConfig):
    name = "sakip.aksi"
    verbose_name = "Rencana Aksi"
