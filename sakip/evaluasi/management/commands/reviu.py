from django.core.management.base import BaseCommand

from sakip.evaluasi.reviu import reviu_opd
from sakip.perencanaan.perintah import ambil_opd, tambah_argumen_opd_tahun, tulis_baris


def temuan_dict(t):
    return {
        "aturan": t.aturan,
        "tingkat": t.tingkat.value,
        "lokasi": t.lokasi,
        "tercatat": t.tercatat,
        "seharusnya": t.seharusnya,
        "pesan": t.pesan,
    }


class Command(BaseCommand):
    help = "Mereviu data tersimpan satu OPD pada satu tahun dengan aturan reviu sakip."

    def add_arguments(self, parser):
        tambah_argumen_opd_tahun(parser)

    def handle(self, *args, opd, tahun, format, **options):
        baris = [temuan_dict(t) for t in reviu_opd(ambil_opd(opd), tahun)]
        tulis_baris(
            self,
            baris,
            format,
            lambda b: f"{b['aturan']} [{b['tingkat']}] {b['lokasi']}: {b['pesan']}",
        )
        if format == "tabel":
            self.stdout.write(f"{len(baris)} temuan.")
