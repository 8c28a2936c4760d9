import tempfile
import time
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from sakip.pelaporan.render import PENYUSUN
from sakip.pelaporan.susun import lkjip
from sakip.perencanaan.models import OPD
from sakip.pertukaran.demo import muat_demo

DEMO = (("kota-tebing-tinggi", 2022), ("kota-jambi", 2024), ("kab-penajam-paser-utara", 2025))
TARGET_DOCX = 2.0  # seconds for one LKjIP as Word on a 2-core machine (issue 4)


class Command(BaseCommand):
    help = "Mengukur kecepatan: 'dokumen' menyusun satu LKjIP per format dan semua dokumen demo."

    def add_arguments(self, parser):
        parser.add_argument("apa", choices=["dokumen"])
        parser.add_argument("--ulang", type=int, default=3, help="ulangan; yang tercepat dipakai")

    def handle(self, *args, apa, ulang, **options):
        with transaction.atomic():
            if not OPD.objects.filter(slug="disnakerind-tebing-tinggi").exists():
                muat_demo()
            opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
            for f, susun in PENYUSUN.items():
                detik = min(self._waktu(lambda s=susun: s(lkjip(opd, 2022))) for _ in range(ulang))
                rasio = (
                    f"  ({detik / TARGET_DOCX:.2f} × target {TARGET_DOCX} s)" if f == "docx" else ""
                )
                self.stdout.write(f"LKjIP Tebing Tinggi 2022, {f:<4}: {detik:.3f} s{rasio}")
            with tempfile.TemporaryDirectory() as folder:
                mulai = time.perf_counter()
                for pemda, tahun in DEMO:
                    call_command(
                        "dokumen",
                        "semua",
                        pemda=pemda,
                        tahun=tahun,
                        keluaran=Path(folder),
                        stdout=StringIO(),
                    )
                detik = time.perf_counter() - mulai
                jumlah = len(list(Path(folder).iterdir()))
            self.stdout.write(f"Semua dokumen demo ({jumlah} berkas): {detik:.3f} s")
            transaction.set_rollback(True)

    @staticmethod
    def _waktu(fungsi):
        mulai = time.perf_counter()
        fungsi()
        return time.perf_counter() - mulai
