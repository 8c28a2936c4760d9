"""The `sakip` console script: Django's management commands plus our own
(jalankan, demo, impor, ekspor, capaian)."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sakip", *sys.argv[1:]])
