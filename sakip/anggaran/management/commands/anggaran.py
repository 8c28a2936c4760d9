from django.core.management.base import BaseCommand

from sakip.anggaran.hitung import pohon_anggaran
from sakip.kinerja.angka import format_angka, format_rupiah
from sakip.perencanaan.perintah import ambil_opd, tambah_argumen_opd_tahun, tulis_baris


def baris_dict(simpul):
    s = simpul.serapan
    return {
        "kode": simpul.pos.kode if simpul.pos else None,
        "nama": simpul.pos.nama if simpul.pos else "TOTAL",
        "tingkat": simpul.pos.get_tingkat_display() if simpul.pos else "total",
        "pagu": s.pagu,
        "realisasi": s.realisasi,
        "persen": s.persen,
        "sisa": s.sisa,
        "fisik": simpul.fisik.nilai,
        "triwulan": {str(q): v for q, v in simpul.triwulan.items()},
        "catatan": "; ".join(c for c in (s.catatan, simpul.fisik.catatan) if c) or None,
    }


class Command(BaseCommand):
    help = (
        "Menampilkan pohon anggaran satu OPD pada satu tahun: pagu, realisasi, persen, sisa, fisik."
    )

    def add_arguments(self, parser):
        tambah_argumen_opd_tahun(parser)

    def handle(self, *args, opd, tahun, format, **options):
        program, total = pohon_anggaran(ambil_opd(opd), tahun)
        baris = [baris_dict(s) for p in program for s in p.semua()] + [baris_dict(total)]
        tulis_baris(
            self,
            baris,
            format,
            lambda b: (
                f"{b['kode'] or '':<18} {b['nama'][:50]:<50} {format_rupiah(b['pagu']):>18} "
                f"{format_rupiah(b['realisasi']):>18} {format_angka(b['persen']):>7}% "
                f"{format_rupiah(b['sisa']):>16} {format_angka(b['fisik']):>7}%"
            ),
        )
