import json
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError

from sakip.kinerja.angka import format_angka, konteks
from sakip.pengukuran.hitung import baris_capaian
from sakip.perencanaan.models import OPD

KOLOM = [
    "tujuan",
    "sasaran",
    "indikator",
    "satuan",
    "polaritas",
    "target",
    "realisasi",
    "capaian",
    "predikat",
    "catatan",
]


def json_tepat(nilai):
    """JSON where Decimals are written as numbers at full precision (json would need floats)."""
    if isinstance(nilai, Decimal):
        with konteks():  # normalize() rounds to the context's precision
            return format(nilai.normalize(), "f")
    if isinstance(nilai, dict):
        isi = ", ".join(f"{json.dumps(k)}: {json_tepat(v)}" for k, v in nilai.items())
        return "{" + isi + "}"
    if isinstance(nilai, list):
        return "[" + ",\n ".join(json_tepat(v) for v in nilai) + "]"
    return json.dumps(nilai, ensure_ascii=False)


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


class Command(BaseCommand):
    help = "Menampilkan capaian setiap indikator satu OPD pada satu tahun."

    def add_arguments(self, parser):
        parser.add_argument("--opd", required=True, help="slug OPD")
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--format", choices=["json", "tabel"], default="tabel")

    def handle(self, *args, opd, tahun, format, **options):
        try:
            opd_obj = OPD.objects.select_related("pemda").get(slug=opd)
        except OPD.DoesNotExist:
            raise CommandError(f"OPD '{opd}' tidak ditemukan.") from None
        baris = [baris_dict(b) for b in baris_capaian(opd_obj, tahun)]
        if format == "json":
            self.stdout.write(json_tepat(baris))
            return
        for b in baris:
            angka = [format_angka(b[k]) for k in ("target", "realisasi", "capaian")]
            self.stdout.write(
                f"{b['indikator'][:60]:<60} {b['satuan']:>8} {angka[0]:>10} {angka[1]:>10} "
                f"{angka[2]:>10}  {b['predikat'] or '–'}"
                + (f"  ({b['catatan']})" if b["catatan"] else "")
            )
