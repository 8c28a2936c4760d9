from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.pertukaran.berkas import BerkasError
from sakip.pertukaran.impor import ImporError, impor_teks


class Command(BaseCommand):
    help = "Mengimpor berkas data (format sakip-data/1). Semua atau tidak sama sekali."

    def add_arguments(self, parser):
        parser.add_argument("berkas", nargs="+", type=Path)

    def handle(self, *args, berkas, **options):
        for path in berkas:
            try:
                pemda = impor_teks(
                    path.read_text(encoding="utf-8"), alasan=f"Impor berkas data {path.name}"
                )
            except OSError as e:
                raise CommandError(f"{path}: berkas tidak dapat dibaca ({e.strerror})") from e
            except (BerkasError, ImporError) as e:
                raise CommandError(
                    f"{path}: impor dibatalkan, tidak ada data yang diubah.\n{e}"
                ) from e
            self.stdout.write(f"{path}: {pemda.nama} diimpor.")
