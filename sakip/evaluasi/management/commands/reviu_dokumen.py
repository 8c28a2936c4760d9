from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.dasar.arsip import ArsipError, periksa_ukuran
from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.kinerja.angka import json_angka

from .reviu import temuan_dict, tulis_temuan


class Command(BaseCommand):
    help = (
        "Mereviu dokumen .docx atau .xlsx dari luar sakip (LKjIP, IKU, RFK): tabel dikenali "
        "dari judul kolomnya dan setiap angka diperiksa dengan aturan reviu."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", type=Path)
        parser.add_argument("--format", choices=["json", "tabel"], default="tabel")

    def handle(self, *args, berkas, format, **options):
        try:
            periksa_ukuran(berkas.stat().st_size)  # before reading it into memory
            hasil = reviu_berkas(berkas.name, berkas.read_bytes())
        except OSError as e:
            raise CommandError(f"Berkas {berkas} tidak dapat dibuka: {e.strerror}") from None
        except ArsipError as e:
            raise CommandError(str(e)) from None
        if format == "json":
            tabel = [{"tabel": nama, "keterangan": ket} for nama, ket in hasil.tabel]
            temuan = [temuan_dict(t) for t in hasil.temuan]
            isi = {"tabel": tabel, "temuan": temuan, "tidak_diperiksa": hasil.tidak_diperiksa}
            self.stdout.write(json_angka(isi))
            return
        for nama, keterangan in hasil.tabel:
            self.stdout.write(f"Tabel '{nama or '(tanpa judul)'}': {keterangan}")
        # Nothing checked is said as such, never as "0 temuan".
        if hasil.temuan or not hasil.tidak_diperiksa:
            tulis_temuan(self, hasil.temuan, format)
        if hasil.tidak_diperiksa:
            self.stdout.write(hasil.tidak_diperiksa)
