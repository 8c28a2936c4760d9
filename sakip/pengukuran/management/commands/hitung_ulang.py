import os
import time

from django.core.management.base import BaseCommand, CommandError

from sakip.instansi.models import OPD, Pemda
from sakip.pengukuran.tersimpan import hitung_ulang_semua


class Command(BaseCommand):
    help = (
        "Menghitung ulang dan menyimpan realisasi, capaian dan predikat semua indikator "
        "sebuah Pemda, sebuah provinsi, atau seluruhnya (jalur cepat)."
    )

    def add_arguments(self, parser):
        lingkup = parser.add_mutually_exclusive_group()
        lingkup.add_argument("--pemda", help="Slug Pemda")
        lingkup.add_argument("--provinsi", help="Nama provinsi, seperti tercatat pada Pemda")
        parser.add_argument(
            "--proses",
            type=int,
            default=os.cpu_count(),
            help="Jumlah proses paralel (PostgreSQL; SQLite selalu satu)",
        )

    def handle(self, pemda=None, provinsi=None, proses=1, **opsi):
        opd = OPD.objects.all()
        if pemda:
            if not Pemda.objects.filter(slug=pemda).exists():
                raise CommandError(f"Pemda '{pemda}' tidak ditemukan.")
            opd = opd.filter(pemda__slug=pemda)
        elif provinsi:
            opd = opd.filter(pemda__provinsi=provinsi)
            if not opd.exists():
                raise CommandError(f"Tidak ada OPD di provinsi '{provinsi}'.")
        ids = list(opd.order_by("pk").values_list("pk", flat=True))
        mulai = time.perf_counter()
        jumlah = hitung_ulang_semua(ids, proses)
        detik = time.perf_counter() - mulai
        laju = f"{jumlah / detik:,.0f}".replace(",", ".") if detik else "–"
        self.stdout.write(
            f"{len(ids)} OPD, {jumlah} indikator-tahun dihitung ulang dalam {detik:.1f} detik "
            f"({laju} per detik)."
        )
