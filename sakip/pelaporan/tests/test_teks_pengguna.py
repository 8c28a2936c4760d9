"""Documents lay out whatever users' text is stored: a control character written before input
refused it, a name starting like a formula, a name with "$...$" (matplotlib math) all give
a readable LKjIP in every format, the text shown literally."""

import subprocess
from io import BytesIO

import pytest
from docx import Document
from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.pelaporan.models import Narasi
from sakip.perencanaan.models import Indikator

URL = "/opd/disnakerind-tebing-tinggi/dokumen/2022/lkjip"
LAMA = "Persentase Meningkatnya Kesempatan Kerja"  # an IKU with a trend chart in the LKjIP


def _namai(nama):
    # Stored directly, bypassing the forms, as data written before they refused it.
    indikator = Indikator.objects.filter(periode__opd__slug="disnakerind-tebing-tinggi")
    assert indikator.filter(nama=LAMA).update(nama=nama)


def _sel_xlsx(isi, teks):
    buku = load_workbook(BytesIO(isi))
    return [s for ls in buku for r in ls.iter_rows() for s in r if s.value == teks]


@pytest.fixture
def unduh(masuk):
    klien = masuk("operator-tebing")

    def ambil(format):
        r = klien.get(f"{URL}.{format}")
        assert r.status_code == 200
        return r.content

    return ambil


def test_stored_control_characters_give_readable_documents(unduh, tmp_path):
    _namai("Kesempatan \x1b[1mkerja\x07")
    Narasi.objects.create(
        opd=OPD.objects.get(slug="disnakerind-tebing-tinggi"),
        tahun=2022,
        bagian="ringkasan",
        teks="Ringkasan\x0bdengan\x01kendali",
    )
    tampak = "Kesempatan \u241b[1mkerja\u2407"
    doc = Document(BytesIO(unduh("docx")))
    assert "Ringkasan\u240bdengan\u2401kendali" in [p.text for p in doc.paragraphs]
    assert tampak in [c.text for t in doc.tables for c in t._cells]
    assert _sel_xlsx(unduh("xlsx"), tampak)
    pdf = tmp_path / "lkjip.pdf"
    pdf.write_bytes(unduh("pdf"))
    teks = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Ringkasan\ufffddengan\ufffdkendali" in teks and "[1mkerja" in teks


def test_formula_like_names_are_string_cells_in_the_xlsx(unduh):
    _namai('=HYPERLINK("http://contoh.test","klik")')
    sel = _sel_xlsx(unduh("xlsx"), '=HYPERLINK("http://contoh.test","klik")')
    assert sel and {s.data_type for s in sel} == {"s"}


def test_a_name_with_math_dollars_is_drawn_literally(unduh):
    nama = r"Indeks $\undefinedmacro{x}$ kerja"
    _namai(nama)
    doc = Document(BytesIO(unduh("docx")))
    assert nama in [c.text for t in doc.tables for c in t._cells]
    assert len(doc.inline_shapes) == 2  # both charts: capaian per indicator and the trend
