from django.apps import AppConfig


class InstansiConfig(AppConfig):
    name = "sakip.instansi"
    verbose_name = "Instansi"
