from django.core.management.base import BaseCommand

from sakip.anggaran.hitung import efisiensi_sasaran
from sakip.kinerja.angka import format_angka, format_rupiah
from sakip.perencanaan.perintah import ambil_opd, tambah_argumen_opd_tahun, tulis_baris


def baris_dict(b):
    catatan = (b.capaian_kinerja.catatan, b.serapan.catatan, b.efisiensi.catatan)
    return {
        "sasaran": b.sasaran.nama,
        "capaian_kinerja": b.capaian_kinerja.nilai,
        "pagu": b.serapan.pagu,
        "realisasi": b.serapan.realisasi,
        "capaian_anggaran": b.serapan.persen,
        "efisiensi": b.efisiensi.nilai,
        "catatan": "; ".join(c for c in catatan if c) or None,
    }


class Command(BaseCommand):
    help = "Menampilkan tingkat efisiensi per sasaran (capaian kinerja dibanding capaian anggaran)."

    def add_arguments(self, parser):
        tambah_argumen_opd_tahun(parser)

    def handle(self, *args, opd, tahun, format, **options):
        baris = [baris_dict(b) for b in efisiensi_sasaran(ambil_opd(opd), tahun)]
        tulis_baris(
            self,
            baris,
            format,
            lambda b: (
                f"{b['sasaran'][:50]:<50} {format_angka(b['capaian_kinerja']):>7}% "
                f"{format_rupiah(b['pagu']):>18} {format_rupiah(b['realisasi']):>18} "
                f"{format_angka(b['capaian_anggaran']):>7}% {format_angka(b['efisiensi']):>8}"
            ),
        )
