"""The `sakip` console script: Django's management commands plus our own
(jalankan, demo, impor, ekspor, capaian, reviu, reviu-dokumen, ...). A hyphen in the
command's name stands for the underscore of its module."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    from django.core.management import execute_from_command_line

    perintah = sys.argv[1:2]
    if perintah and not perintah[0].startswith("-"):
        perintah = [perintah[0].replace("-", "_")]
    execute_from_command_line(["sakip", *perintah, *sys.argv[2:]])


if __name__ == "__main__":
    main()
