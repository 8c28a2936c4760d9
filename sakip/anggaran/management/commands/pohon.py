from django.core.management.base import BaseCommand

from sakip.anggaran.pohon_kinerja import pohon_kinerja
from sakip.kinerja.angka import format_angka, format_rupiah, json_angka
from sakip.perencanaan.perintah import ambil_opd, tambah_argumen_opd_tahun


def simpul_dict(s, pohon):
    return {
        "tingkat": s.tingkat,
        "nomor": s.nomor,
        "nama": s.nama,
        "penanggung_jawab": (
            {"nama": s.penanggung_jawab[0], "nip": s.penanggung_jawab[1]}
            if s.penanggung_jawab
            else None
        ),
        "indikator": [
            {
                "nama": n.nama,
                "satuan": n.satuan,
                "target": n.target,
                "realisasi": n.realisasi,
                "capaian": n.capaian,
            }
            for n in s.indikator
        ],
        "capaian": pohon.capaian(s),
        "anggaran": (
            {"pagu": s.serapan.pagu, "realisasi": s.serapan.realisasi, "persen": s.serapan.persen}
            if s.serapan
            else None
        ),
        "anak": [simpul_dict(a, pohon) for a in s.anak],
    }


def baris_tabel(s, kedalaman=0):
    """The node and its descendants as indented lines."""
    jorok = "  " * kedalaman
    pemilik = f"  [{s.penanggung_jawab[0]}]" if s.penanggung_jawab else ""
    uang = f"  (pagu {format_rupiah(s.serapan.pagu)})" if s.serapan else ""
    yield f"{jorok}{s.tingkat} {s.nomor} {s.nama}{pemilik}{uang}"
    for n in s.indikator:
        yield (
            f"{jorok}  - {n.nama[:60]} {n.satuan}: target {format_angka(n.target)}, "
            f"realisasi {format_angka(n.realisasi)}, capaian {format_angka(n.capaian)}"
        )
    for a in s.anak:
        yield from baris_tabel(a, kedalaman + 1)


class Command(BaseCommand):
    help = (
        "Menampilkan pohon kinerja satu OPD pada satu tahun: tujuan, sasaran, sasaran "
        "program, sasaran kegiatan dan sub kegiatan dengan indikator dan capaiannya."
    )

    def add_arguments(self, parser):
        tambah_argumen_opd_tahun(parser)

    def handle(self, *args, opd, tahun, format, **options):
        pohon = pohon_kinerja(ambil_opd(opd), tahun)
        if format == "json":
            self.stdout.write(json_angka([simpul_dict(s, pohon) for s in pohon.akar]))
            return
        for s in pohon.akar:
            for baris in baris_tabel(s):
                self.stdout.write(baris)
        for c in pohon.celah():
            self.stdout.write(f"Celah: {c.pesan}")
