"""Shared pieces of the command-line tools (operators run them with full access)."""

from django.core.management.base import CommandError

from sakip.instansi.models import OPD, Pemda
from sakip.kinerja.angka import json_angka


def ambil_opd(slug):
    try:
        return OPD.objects.select_related("pemda").get(slug=slug)
    except OPD.DoesNotExist:
        raise CommandError(f"OPD '{slug}' tidak ditemukan.") from None


def ambil_pemda(slug):
    try:
        return Pemda.objects.get(slug=slug)
    except Pemda.DoesNotExist:
        raise CommandError(f"Pemda '{slug}' tidak ditemukan.") from None


def tambah_argumen_opd_tahun(parser):
    parser.add_argument("--opd", required=True, help="slug OPD")
    parser.add_argument("--tahun", required=True, type=int)
    parser.add_argument("--format", choices=["json", "tabel"], default="tabel")


def tulis_baris(perintah, baris, format, satu_baris_tabel):
    """Rows as JSON (full precision) or as a table, one `satu_baris_tabel(row)` line each."""
    if format == "json":
        perintah.stdout.write(json_angka(baris))
        return
    for b in baris:
        perintah.stdout.write(satu_baris_tabel(b))
