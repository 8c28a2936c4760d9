from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.instansi.models import Pemda
from sakip.pelaporan.jenis import JENIS
from sakip.pelaporan.render import FORMAT, PENYUSUN
from sakip.pelaporan.siap import susun_dokumen
from sakip.perencanaan.perintah import ambil_opd
from sakip.perencanaan.pohon import periode_berlaku


class Command(BaseCommand):
    help = (
        "Menyusun satu dokumen (JENIS) satu OPD, atau semua dokumen semua OPD satu Pemda "
        "(JENIS 'semua' dengan --pemda)."
    )

    def add_arguments(self, parser):
        parser.add_argument("jenis", choices=[*JENIS, "semua"])
        parser.add_argument("--opd", help="slug OPD")
        parser.add_argument("--pemda", help="slug Pemda (untuk 'semua')")
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--format", choices=list(FORMAT), default="pdf")
        parser.add_argument(
            "--tanggal",
            type=date.fromisoformat,
            help="tanggal dokumen YYYY-MM-DD (bawaan: tanggal persetujuan, atau hari ini)",
        )
        parser.add_argument(
            "--keluaran", type=Path, required=True, help="berkas, atau folder untuk 'semua'"
        )

    def handle(self, *args, jenis, opd, pemda, tahun, format, tanggal, keluaran, **options):
        if jenis != "semua":
            if not opd:
                raise CommandError("--opd wajib untuk satu dokumen.")
            keluaran.write_bytes(
                PENYUSUN[format](susun_dokumen(jenis, ambil_opd(opd), tahun, tanggal))
            )
            self.stdout.write(str(keluaran))
            return
        try:
            pemda_obj = Pemda.objects.get(slug=pemda)
        except Pemda.DoesNotExist:
            raise CommandError(f"Pemda '{pemda}' tidak ditemukan (gunakan --pemda).") from None
        keluaran.mkdir(parents=True, exist_ok=True)
        tugas = [
            (o, j, f)
            for o in pemda_obj.opd_set.all()
            if periode_berlaku(o, tahun)
            for j in JENIS
            for f in FORMAT
        ]
        for n, (o, j, f) in enumerate(tugas, start=1):
            path = keluaran / f"{j}-{o.slug}-{tahun}.{f}"
            path.write_bytes(PENYUSUN[f](susun_dokumen(j, o, tahun, tanggal)))
            self.stdout.write(f"[{n}/{len(tugas)}] {path}")
