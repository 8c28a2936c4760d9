from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Menyiapkan basis data, memuat data demo, dan menjalankan server web."

    def add_arguments(self, parser):
        parser.add_argument("alamat", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args, alamat, **options):
        call_command("migrate", verbosity=0)
        call_command("demo")
        self.stdout.write(f"\nsakip berjalan di http://{alamat}/ (hentikan dengan Ctrl+C)\n")
        call_command("runserver", alamat, use_reloader=False)
