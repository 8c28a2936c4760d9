from django.apps import AppConfig


class TolokUkurConfig(AppConfig):
    name = "sakip.tolok_ukur"
    verbose_name = "Tolok ukur"
