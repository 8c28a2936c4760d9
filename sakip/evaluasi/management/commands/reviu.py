from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.evaluasi.reviu import reviu_opd
from sakip.pelaporan.laporan_reviu import laporan_reviu
from sakip.pelaporan.render import ke_xlsx
from sakip.perencanaan.perintah import ambil_opd, tulis_baris


def temuan_dict(t):
    return {
        "aturan": t.aturan,
        "tingkat": t.tingkat.value,
        "lokasi": t.lokasi,
        "tercatat": t.tercatat,
        "seharusnya": t.seharusnya,
        "pesan": t.pesan,
        "sebab": {"aturan": t.sebab[0], "lokasi": t.sebab[1]} if t.sebab else None,
    }


def tulis_temuan(perintah, temuan, format):
    baris = [temuan_dict(t) for t in temuan]
    tulis_baris(
        perintah,
        baris,
        format,
        lambda b: f"{b['aturan']} [{b['tingkat']}] {b['lokasi']}: {b['pesan']}",
    )
    if format == "tabel":
        perintah.stdout.write(f"{len(baris)} temuan.")


class Command(BaseCommand):
    help = "Mereviu data tersimpan satu OPD pada satu tahun dengan aturan reviu sakip."

    def add_arguments(self, parser):
        parser.add_argument("--opd", required=True, help="slug OPD")
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--format", choices=["json", "tabel", "xlsx"], default="tabel")
        parser.add_argument(
            "--keluaran", help="berkas .xlsx yang ditulis (untuk --format xlsx)", type=Path
        )

    def handle(self, *args, opd, tahun, format, keluaran, **options):
        opd = ambil_opd(opd)
        if format != "xlsx":
            tulis_temuan(self, reviu_opd(opd, tahun), format)
            return
        if keluaran is None:
            raise CommandError("--format xlsx memerlukan --keluaran NAMA.xlsx")
        keluaran.write_bytes(ke_xlsx(laporan_reviu(opd, tahun)))
        self.stdout.write(f"Laporan reviu ditulis ke {keluaran}")
