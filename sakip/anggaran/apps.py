from django.apps import AppConfig


class AnggaranConfig(AppConfig):
    name = "sakip.anggaran"
    verbose_name = "Anggaran"
