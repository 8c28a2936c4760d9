from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.instansi.models import Pemda
from sakip.pertukaran.berkas import tulis
from sakip.pertukaran.ekspor import ekspor_pemda


class Command(BaseCommand):
    help = (
        "Mengekspor data ke format sakip-data/1: satu Pemda ke layar (--pemda), "
        "atau semua Pemda ke folder (--folder), satu berkas per Pemda."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pemda", help="slug Pemda")
        parser.add_argument("--folder", type=Path, help="folder tujuan, satu berkas per Pemda")

    def handle(self, *args, pemda, folder, **options):
        daftar = Pemda.objects.order_by("slug")
        if pemda:
            daftar = daftar.filter(slug=pemda)
            if not daftar:
                raise CommandError(f"Pemda '{pemda}' tidak ditemukan.")
        if folder is None:
            if len(daftar) != 1:
                raise CommandError("Pilih satu Pemda dengan --pemda, atau gunakan --folder.")
            self.stdout.write(tulis(ekspor_pemda(daftar[0])), ending="")
            return
        folder.mkdir(parents=True, exist_ok=True)
        for p in daftar:
            (folder / f"{p.slug}.yaml").write_text(tulis(ekspor_pemda(p)), encoding="utf-8")
            self.stdout.write(f"{folder / (p.slug + '.yaml')}")
