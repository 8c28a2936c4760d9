from django.core.management.base import BaseCommand

from sakip.pertukaran.demo import KATA_SANDI_DEMO, muat_demo


class Command(BaseCommand):
    help = "Memuat data demo tiga OPD dari dokumen contoh beserta akun demo (idempoten)."

    def handle(self, *args, **options):
        pengguna = muat_demo()
        self.stdout.write(f"Data demo dimuat. Akun demo (kata sandi: {KATA_SANDI_DEMO}):")
        for username, peran, pemda, opd in pengguna:
            self.stdout.write(f"  {username:<16} {peran.label:<12} {opd or pemda}")
