from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "sakip.api"
    label = "api"
    verbose_name = "API baca"
