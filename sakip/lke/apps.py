from django.apps import AppConfig


class LkeConfig(AppConfig):
    name = "sakip.lke"
    verbose_name = "Evaluasi SAKIP (LKE)"
