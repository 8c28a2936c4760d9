from django.apps import AppConfig


class AlurConfig(AppConfig):
    name = "sakip.alur"
    verbose_name = "Alur kerja"
