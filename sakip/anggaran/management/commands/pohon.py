from django.core.management.base import BaseCommand

from sakip.anggaran.pohon_kinerja import pohon_kinerja, pohon_kinerja_pemda
from sakip.kinerja.angka import format_angka, format_rupiah, json_angka
from sakip.perencanaan.perintah import ambil_opd, ambil_pemda


def simpul_dict(s, pohon):
    """A node as JSON; `opd` only on the tujuan and sasaran of an OPD's plan."""
    opd = {"opd": {"slug": s.opd[0], "nama": s.opd[1]}} if s.opd else {}
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
    } | opd


def baris_tabel(s, kedalaman=0):
    """The node and its descendants as indented lines."""
    jorok = "  " * kedalaman
    pemilik = f"  [{s.penanggung_jawab[0]}]" if s.penanggung_jawab else ""
    uang = f"  (pagu {format_rupiah(s.serapan.pagu)})" if s.serapan else ""
    opd = f"  <{s.opd[1]}>" if s.opd else ""
    yield f"{jorok}{s.tingkat} {s.nomor} {s.nama}{opd}{pemilik}{uang}"
    for n in s.indikator:
        yield (
            f"{jorok}  - {n.nama[:60]} {n.satuan}: target {format_angka(n.target)}, "
            f"realisasi {format_angka(n.realisasi)}, capaian {format_angka(n.capaian)}"
        )
    for a in s.anak:
        yield from baris_tabel(a, kedalaman + 1)


class Command(BaseCommand):
    help = (
        "Menampilkan pohon kinerja satu OPD (--opd) atau seluruh Pemda (--pemda: tujuan dan "
        "sasaran RPJMD/RPD, lalu tujuan dan sasaran setiap OPD yang mendukungnya) pada satu "
        "tahun: sampai sasaran program, sasaran kegiatan dan sub kegiatan dengan indikator, "
        "capaian dan anggarannya."
    )

    def add_arguments(self, parser):
        siapa = parser.add_mutually_exclusive_group(required=True)
        siapa.add_argument("--opd", help="slug OPD")
        siapa.add_argument("--pemda", help="slug Pemda")
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--format", choices=["json", "tabel"], default="tabel")

    def handle(self, *args, tahun, format, opd=None, pemda=None, **options):
        if pemda:
            pohon = pohon_kinerja_pemda(ambil_pemda(pemda), tahun)
        else:
            pohon = pohon_kinerja(ambil_opd(opd), tahun)
        if format == "json":
            self.stdout.write(json_angka([simpul_dict(s, pohon) for s in pohon.akar]))
            return
        for s in pohon.akar:
            for baris in baris_tabel(s):
                self.stdout.write(baris)
        for c in pohon.celah():
            self.stdout.write(f"Celah: {c.pesan}")
