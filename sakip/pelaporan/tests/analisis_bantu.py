"""Shared by the tests of the analysis page (LKjIP Bab III): its address, an indicator of
the world by code, and a POST as a browser sends the page back."""

from sakip.perencanaan.models import Indikator

SLUG = "disnakerind-tebing-tinggi"
URL = f"/opd/{SLUG}/dokumen/2022/analisis/"
DOKUMEN = f"/opd/{SLUG}/dokumen/2022/"
# LKjIP 2022 Tabel 11 row 1 (the demo data): the analysis and solution of kesempatan-kerja.
ANALISIS_DEMO = "Realisasi masih dibawah target"


def indikator(kode):
    return Indikator.objects.get(kode=kode, periode__opd__slug=SLUG)


def bidang(nama, kode):
    """The page's field `nama` ("analisis" or "solusi") of the indicator `kode`."""
    return f"{nama}-{indikator(kode).pk}"


def isian(r, ubah=None):
    """What the page `r` shows, with `ubah` ({field: text}) typed over it."""
    data = {b.html_name: b.value() or "" for b in r.context["form"]}
    return {**data, **(ubah or {}), "asal": r.context["asal_json"]}
