from django.apps import AppConfig


class PertukaranConfig(AppConfig):
    name = "sakip.pertukaran"
    verbose_name = "Impor dan ekspor data"
