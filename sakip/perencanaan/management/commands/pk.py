import datetime

from django.core.management.base import BaseCommand, CommandError

from sakip.instansi.models import Pejabat
from sakip.pengukuran.pk import tetapkan_pk
from sakip.perencanaan.perintah import ambil_opd


class Command(BaseCommand):
    help = (
        "Menetapkan Perjanjian Kinerja satu OPD untuk satu tahun dari target yang berlaku. "
        "Bila sudah ada, dibuat versi baru (PK perubahan); versi lama tetap tersimpan."
    )

    def add_arguments(self, parser):
        parser.add_argument("--opd", required=True)
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--tanggal", type=datetime.date.fromisoformat, help="TTTT-BB-HH")
        parser.add_argument("--pihak-pertama", help="kode pejabat")
        parser.add_argument("--pihak-kedua", help="kode pejabat")
        parser.add_argument("--alasan", default="", help="alasan perubahan")

    def handle(self, *args, opd, tahun, tanggal, pihak_pertama, pihak_kedua, alasan, **options):
        opd = ambil_opd(opd)
        pejabat = {}
        for peran, kode in (("pihak_pertama", pihak_pertama), ("pihak_kedua", pihak_kedua)):
            if kode:
                try:
                    pejabat[peran] = Pejabat.objects.get(pemda=opd.pemda, kode=kode)
                except Pejabat.DoesNotExist:
                    raise CommandError(f"Pejabat '{kode}' tidak ditemukan.") from None
        pk = tetapkan_pk(opd, tahun, tanggal=tanggal, alasan=alasan, **pejabat)
        self.stdout.write(f"{pk}: {pk.target_set.count()} target ditetapkan.")
