"""Helpers for the exchange tests: edit one cell of a workbook the way a user would; write a
small data file."""

import textwrap
from io import BytesIO

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from sakip.alur.models import JendelaPengisian, StatusDokumen
from sakip.instansi.models import OPD

TEBING = "disnakerind-tebing-tinggi"


def opd_terbuka(slug=TEBING):
    """The OPD with every document open, whatever workflow states the demo seeds."""
    opd = OPD.objects.get(slug=slug)
    StatusDokumen.objects.filter(opd=opd).delete()
    JendelaPengisian.objects.filter(pemda=opd.pemda).delete()
    return opd


def ubah(data, lembar, kode, judul, nilai):
    """(new workbook bytes, row, column letter) after setting column `judul` of the row
    whose Kode is `kode` in sheet `lembar`."""
    buku = load_workbook(BytesIO(data))
    ls = buku[lembar]
    kepala = [c.value for c in ls[1]]
    k = kepala.index(judul) + 1
    kode_k = kepala.index("Kode") + 1
    baris = next(r for r in range(2, ls.max_row + 1) if ls.cell(r, kode_k).value == kode)
    ls.cell(baris, k).value = nilai
    keluaran = BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue(), baris, get_column_letter(k)


def berkas_contoh(opd, pemda=""):
    """A data file (sakip-data/1) of Kota Contoh with one OPD, Dinas Contoh: `opd` is the YAML
    of the OPD's further keys, `pemda` that of the Pemda's, each written from column 0."""
    return (
        "format: sakip-data/1\npemda:\n  slug: kota-contoh\n  nama: Kota Contoh\n  jenis: kota\n"
        + textwrap.indent(pemda, "  ")
        + "  opd:\n    - slug: dinas-contoh\n      nama: Dinas Contoh\n"
        + textwrap.indent(opd, "      ")
    )
