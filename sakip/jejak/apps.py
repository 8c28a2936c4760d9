from django.apps import AppConfig


class JejakConfig(AppConfig):
    name = "sakip.jejak"
    verbose_name = "Jejak audit"
