"""Honest documents (issue 15): every document, opened back in every format, holds no
internal text — no variable code (`kartu_kuning_diterima`), no "None", no placeholder
instruction ("Belum diisi", "Bagian ini diisi oleh OPD…", "(nama belum dicatat)"), no
English UI word — and prints counts as whole numbers. Drafts say so; the Dokumen page lists
what is missing and where to fill it."""

import re
import subprocess
from io import BytesIO

import pytest
from docx import Document
from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.pelaporan.jenis import JENIS
from sakip.pelaporan.render import PENYUSUN
from sakip.pelaporan.siap import susun_dokumen

from .test_perintah_dokumen import DEMO

# The world must exist (the test database is set up only for tests that use it).
pytestmark = pytest.mark.usefixtures("demo")

SNAKE_CASE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")
TERLARANG = re.compile(
    r"\bNone\b|Belum diisi|diisi oleh OPD|Bagian ini diisi|belum dicatat|\bnan\b"
    # English words a document's own text might leak (data in the seeds is Indonesian).
    r"|\b(?:Table|Figure|Page|Chapter|Summary|Draft|Signature|Caption|Heading|Title|"
    r"Not available|N/A|null|undefined|TODO|Unknown|Total:)\b"
)
# Whole counts printed with decimals, as documents did: "1,00", "200,00" next to a unit.
HITUNGAN_BERDESIMAL = re.compile(r"\b\d+,00 (?:dokumen|unit|bulan|sentra|item|jenis|buku)\b")


def _teks_docx(isi):
    d = Document(BytesIO(isi))
    bagian = [p.text for p in d.paragraphs]
    bagian += [c.text for t in d.tables for r in t.rows for c in r.cells]
    for s in d.sections:
        bagian += [p.text for p in s.header.paragraphs + s.footer.paragraphs]
    return "\n".join(bagian)


def _teks_pdf(isi, tmp_path):
    path = tmp_path / "dok.pdf"
    path.write_bytes(isi)
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _teks_xlsx(isi):
    buku = load_workbook(BytesIO(isi))
    sel = [str(c.value) for ls in buku for r in ls.iter_rows() for c in r if c.value is not None]
    return "\n".join([*buku.sheetnames, *sel])


def _teks(format, isi, tmp_path):
    if format == "docx":
        return _teks_docx(isi)
    if format == "pdf":
        return _teks_pdf(isi, tmp_path)
    return _teks_xlsx(isi)


def _dokumen(baca_dunia, pasangan, jenis=tuple(JENIS)):
    """{(opd, year, kind, format): bytes}, built once outside the tests."""

    def susun_semua():
        hasil = {}
        for slug, tahun in pasangan:
            opd = OPD.objects.get(slug=slug)
            for j in jenis:
                dok = susun_dokumen(j, opd, tahun)
                for f, penyusun in PENYUSUN.items():
                    hasil[slug, tahun, j, f] = penyusun(dok)
        return hasil

    return baca_dunia(susun_semua)


def _periksa(dokumen, tmp_path):
    salah = []
    for (slug, tahun, jenis, f), isi in dokumen.items():
        teks = _teks(f, isi, tmp_path)
        assert teks.strip(), (slug, tahun, jenis, f)
        for pola in (SNAKE_CASE, TERLARANG, HITUNGAN_BERDESIMAL):
            salah += [(slug, tahun, jenis, f, m.group()) for m in pola.finditer(teks)]
    assert not salah


# --- the fast representative case: the richest year of each kind of data ---------------

CONTOH = [("disnakerind-tebing-tinggi", 2022), ("dkukmperindag-ppu", 2026)]


@pytest.fixture(scope="module")
def contoh(baca_dunia):
    return _dokumen(baca_dunia, CONTOH)


def test_representative_documents_hold_no_internal_text(contoh, tmp_path):
    _periksa(contoh, tmp_path)


def test_formulas_and_notes_name_variables_not_codes(contoh):
    iku = _teks_docx(contoh["disnakerind-tebing-tinggi", 2022, "iku", "docx"])
    # Suplemen Renstra Tabel 3.1: the formula the OPD wrote, and the end target 40 for 2022.
    assert "Jumlah pengurus kartu kuning yang diterima bekerja dibagi" in iku
    assert "kartu_kuning_diterima" not in iku
    assert "Data «Jumlah pengurus kartu kuning yang diterima bekerja» tahun 2022" in iku


def test_counts_print_whole_and_outputs_carry_their_unit(contoh, tmp_path):
    lkjip = _teks_pdf(contoh["disnakerind-tebing-tinggi", 2022, "lkjip", "pdf"], tmp_path)
    # LKjIP 2022 Tabel 13: Penyediaan Gaji dan Tunjangan ASN, 12 bulan of 12 bulan.
    assert "12 bulan" in lkjip and "12,00" not in lkjip
    pk = _teks_docx(contoh["dkukmperindag-ppu", 2026, "pk", "docx"])
    # IKU 2025 (seed 001), target 2026 of "Jumlah Peningkatan Alat UTTP…": 300 unit.
    assert "\n300\n" in pk and "300,00" not in pk


def test_counts_in_the_workbook_are_numbers_shown_whole(contoh):
    buku = load_workbook(BytesIO(contoh["disnakerind-tebing-tinggi", 2022, "lkjip", "xlsx"]))
    sel = [
        c
        for ls in buku
        for r in ls.iter_rows()
        for c in r
        if isinstance(c.value, int | float) and c.number_format == '#,##0" bulan"'
    ]
    assert sel and all(c.value == 12 for c in sel)


def test_a_draft_says_so_and_an_approved_document_does_not(contoh):
    draf = _teks_docx(contoh["dkukmperindag-ppu", 2026, "lkjip", "docx"])
    # One draft mark, on every page (the page header), until the workflow approves it.
    assert "DRAF — belum disetujui" in draf
    assert "Pernyataan Telah Direviu" not in draf
    # PK 2026 was never set: a draft of the plan's targets, not an agreement.
    pk = _teks_docx(contoh["dkukmperindag-ppu", 2026, "pk", "docx"])
    assert "DRAF — belum disetujui" in pk
    assert "Perjanjian Kinerja tahun 2026 belum ditetapkan" in pk
    # The official of the OPD is in the records: named, with rank and NIP.
    assert "Margono Hadi Sutanto, SSTP, M.I.Kom" in pk and "Pembina Tingkat I (IV/b)" in pk
    assert "NIP. 19850408 200312 1 002" in pk


def test_a_penutup_nobody_wrote_is_a_plain_sentence(contoh):
    lkjip = _teks_docx(contoh["dkukmperindag-ppu", 2026, "lkjip", "docx"])
    penutup = lkjip[lkjip.index("BAB IV\nPENUTUP") :]
    assert "merupakan pertanggungjawaban atas pelaksanaan Perjanjian Kinerja tahun 2026" in penutup
    assert "Analisis keberhasilan dan kegagalan" not in lkjip  # nobody analysed 2026


def test_the_dokumen_page_lists_what_is_missing_and_where(masuk):
    r = masuk("operator-ppu").get("/opd/dkukmperindag-ppu/dokumen/2026/")
    assert r.status_code == 200
    assert "Sebelum mencetak" in r.text
    assert "Perjanjian Kinerja 2026 belum ditetapkan" in r.text
    assert 'href="/opd/dkukmperindag-ppu/rencana/pk/2026/"' in r.text
    assert "Bupati Penajam Paser Utara belum tercatat pada data pejabat" in r.text
    assert 'href="/pemda/kab-penajam-paser-utara/pejabat/"' in r.text
    assert (
        "Bab IV Penutup" in r.text
        and 'href="/opd/dkukmperindag-ppu/dokumen/2026/narasi/"' in r.text
    )


# --- every demo OPD and year, every document, every format ------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("opd, tahun", DEMO)
def test_every_document_holds_no_internal_text(baca_dunia, tmp_path, opd, tahun):
    _periksa(_dokumen(baca_dunia, [(opd, tahun)]), tmp_path)
