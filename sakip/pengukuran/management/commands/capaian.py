from django.core.management.base import BaseCommand

from sakip.kinerja.angka import format_angka
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.perintah import ambil_opd, tambah_argumen_opd_tahun, tulis_baris


def baris_dict(b):
    n = b.nilai
    return {
        "tujuan": b.tujuan.nama,
        "sasaran": b.sasaran.nama if b.sasaran else None,
        "indikator": n.indikator.nama,
        "satuan": n.indikator.satuan,
        "polaritas": n.indikator.polaritas,
        "target": n.target,
        "realisasi": n.realisasi,
        "capaian": n.capaian.nilai,
        "predikat": n.predikat,
        "catatan": "; ".join(n.catatan) or None,
    }


def baris_tabel(b):
    target, realisasi, capaian = (format_angka(b[k]) for k in ("target", "realisasi", "capaian"))
    catatan = f"  ({b['catatan']})" if b["catatan"] else ""
    return (
        f"{b['indikator'][:60]:<60} {b['satuan']:>8} {target:>10} {realisasi:>10} "
        f"{capaian:>10}  {b['predikat'] or '–'}{catatan}"
    )


class Command(BaseCommand):
    help = "Menampilkan capaian setiap indikator satu OPD pada satu tahun."

    def add_arguments(self, parser):
        tambah_argumen_opd_tahun(parser)

    def handle(self, *args, opd, tahun, format, **options):
        baris = [baris_dict(b) for b in baris_capaian(ambil_opd(opd), tahun)]
        tulis_baris(self, baris, format, baris_tabel)
