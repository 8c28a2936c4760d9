from django.core.management.base import BaseCommand

from sakip.pertukaran.demo import KATA_SANDI_DEMO, muat_alur_demo, muat_demo
from sakip.pertukaran.demo_lke import muat_lke_demo


class Command(BaseCommand):
    help = "Memuat data demo tiga OPD dari dokumen contoh beserta akun demo (idempoten)."

    def handle(self, *args, **options):
        pengguna = muat_demo()
        muat_alur_demo()
        muat_lke_demo()
        self.stdout.write(f"Data demo dimuat. Akun demo (kata sandi: {KATA_SANDI_DEMO}):")
        for username, peran, pemda, opd in pengguna:
            self.stdout.write(f"  {username:<20} {peran.label:<13} {opd or pemda}")
