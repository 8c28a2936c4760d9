from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.instansi.models import Pemda
from sakip.pertukaran.impor import ImporError
from sakip.pertukaran.nomenklatur import baca_xlsx, impor_nomenklatur


class Command(BaseCommand):
    help = (
        "Mengimpor daftar nomenklatur (kode dan nama program/kegiatan/sub kegiatan) satu Pemda "
        "dari lembar kerja Excel (.xlsx). Semua atau tidak sama sekali."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pemda", required=True, help="slug Pemda")
        parser.add_argument("berkas", type=Path)

    def handle(self, *args, pemda, berkas, **options):
        try:
            pemda_obj = Pemda.objects.get(slug=pemda)
        except Pemda.DoesNotExist:
            raise CommandError(f"Pemda '{pemda}' tidak ditemukan.") from None
        try:
            jumlah = impor_nomenklatur(
                pemda_obj, baca_xlsx(berkas), alasan=f"Impor daftar nomenklatur {berkas.name}"
            )
        except ImporError as e:
            raise CommandError(
                f"{berkas}: impor dibatalkan, tidak ada data yang diubah.\n{e}"
            ) from e
        self.stdout.write(f"{jumlah} kode nomenklatur {pemda_obj.nama} diimpor.")
