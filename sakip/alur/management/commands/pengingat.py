from datetime import date

from django.core.management.base import BaseCommand, CommandError

from sakip.alur.pengingat import HARI, kirim_pengingat


class Command(BaseCommand):
    help = (
        f"Mengirim pengingat harian lewat surel: kepada operator, mulai {HARI} hari sebelum "
        "jendela pengisian ditutup, isian triwulan yang belum lengkap; kepada Inspektorat, "
        "reviu yang belum tuntas. Jalankan sekali sehari (cron); pengingat yang sudah "
        "terkirim hari itu tidak dikirim lagi."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--tanggal",
            help="Hari pengingat, YYYY-MM-DD (bawaan: hari ini)",
        )

    def handle(self, *args, tanggal=None, **options):
        try:
            hari = date.fromisoformat(tanggal) if tanggal else None
        except ValueError:
            raise CommandError("Tanggal harus berbentuk YYYY-MM-DD.") from None
        terkirim, sudah = kirim_pengingat(hari)
        self.stdout.write(
            f"{terkirim} surel pengingat terkirim; {sudah} sudah terkirim sebelumnya hari itu."
        )
