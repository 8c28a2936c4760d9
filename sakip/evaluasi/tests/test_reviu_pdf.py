"""The same tables as .pdf give the same findings as their .docx: the PDFs in `pdf/` were made
by LibreOffice from the Word files built here (`pdf_uji`), and the seed 004 LKjIP is
converted afresh (slow tier)."""

import shutil
import subprocess

import pytest

from sakip.evaluasi.berkas import baca_berkas
from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.instansi.models import OPD
from sakip.pelaporan.render import ke_pdf
from sakip.pelaporan.siap import susun_dokumen
from sakip.pelaporan.word import ke_docx

from .pdf_uji import DOKUMEN, SEMPIT, buat, pdf, tata_letak

# What each document finds, so that "the same" is never two empty lists by accident.
# In the review's order: a row's own values, then sums, then what is computed from them.
ATURAN = {
    "lkjip": [],
    "lkjip_salah": ["R01", "R02", "R02", "R22", "R23"],
    "rfk_salah": ["R08", "R06", "R20"],
    "tabel_13": ["R24", "R02"],
    "skala_tab": ["R14", "R14", "R03"],
    "tabel_panjang": ["R02"],
    "tabel_3_4": ["R01", "R29"],  # the realisation and its consequence on the capaian
    "skala_tabel": [],
    "judul_dua_baris": ["R01", "R29"],
}
# When a builder of test_reviu_dokumen/dokumen_uji changes, its PDF must be made again.
LAMA = "PDF tidak sesuai berkas Word-nya: buat ulang dengan python -m sakip.evaluasi.tests.pdf_uji"
LIBREOFFICE = pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice tidak terpasang")


def sama(docx, pdf_):
    """The PDF's review equals the Word file's: every table's verdict, and every finding
    with its rule, location, printed and correct value and message."""
    dari_docx, dari_pdf = reviu_berkas("a.docx", docx), reviu_berkas("a.pdf", pdf_)
    assert dari_pdf.tabel == dari_docx.tabel, LAMA
    assert dari_pdf.temuan == dari_docx.temuan, LAMA
    return dari_pdf


@pytest.mark.parametrize("nama", DOKUMEN)
def test_a_pdf_gives_the_findings_of_its_word_file(nama):
    hasil = sama(DOKUMEN[nama](), pdf(nama))
    assert [t.aturan for t in hasil.temuan] == ATURAN[nama]


@pytest.mark.parametrize("nama", DOKUMEN)
def test_a_pdf_reads_as_the_same_tables_and_text(nama):
    # Captions, merged cells, a table over five pages with its header repeated, rows and
    # a merged cell broken by the page, a scale in tab columns, the running header and page
    # numbers left out: cell for cell and line for line what the Word file gives.
    assert baca_berkas("a.pdf", pdf(nama)) == baca_berkas("a.docx", DOKUMEN[nama]()), LAMA


@pytest.mark.parametrize("nama", DOKUMEN)
def test_the_report_layout_changes_nothing_read_from_the_word_file(nama):
    data = DOKUMEN[nama]()
    assert baca_berkas("a.docx", tata_letak(data, "Kepala")) == baca_berkas("a.docx", data)


def test_words_and_numbers_broken_in_narrow_columns_read_whole():
    # The RFK as python-docx lays it out, nine equal columns on a portrait page:
    # "Rp 621,1" / "43,942", "2.07.0" / "1.2.02" / ".01", "REALI" / "SASI" / "TRIW" / "ULAN"
    # / "IV" on the page, the Word file's cells and findings when read.
    data = SEMPIT["rfk_sempit"]()
    assert baca_berkas("a.pdf", pdf("rfk_sempit")) == baca_berkas("a.docx", data)
    assert [t.aturan for t in sama(data, pdf("rfk_sempit")).temuan] == ["R08", "R06", "R20"]


def test_the_long_tables_findings_are_located_as_in_word():
    (t,) = reviu_berkas("a.pdf", pdf("tabel_panjang")).temuan
    assert t.lokasi.startswith("Tabel 7 Capaian Indikator Kinerja Sasaran, baris 31 (")
    assert (str(t.tercatat), str(t.seharusnya)) == ("100.10", "100")


@pytest.mark.slow
@LIBREOFFICE
def test_the_fixtures_are_made_again_the_same_by_libreoffice(tmp_path):
    buat(tmp_path, nama=("lkjip_salah", "tabel_panjang"), enkripsi=(), sempit=())
    for nama in ("lkjip_salah", "tabel_panjang"):
        sama(DOKUMEN[nama](), (tmp_path / f"{nama}.pdf").read_bytes())


def _libreoffice(data, tmp_path):
    (tmp_path / "lkjip.docx").write_bytes(data)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profil",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "lkjip.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return (tmp_path / "lkjip.pdf").read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize(
    "buat_pdf",
    [
        pytest.param(lambda dok, tmp_path: _libreoffice(ke_docx(dok), tmp_path), marks=LIBREOFFICE),
        lambda dok, tmp_path: ke_pdf(dok),
    ],
    ids=["word-lewat-libreoffice", "pdf-sakip-weasyprint"],
)
def test_the_seed_004_lkjip_as_pdf_gives_its_word_findings(demo, tmp_path, buat_pdf):
    # sakip's own LKjIP of seed 004 (Tebing Tinggi 2022), 40 pages: letterhead, chapters,
    # tables over pages, landscape annexes; as PDF from its Word file through LibreOffice,
    # and as the PDF sakip itself prints (WeasyPrint: another producer, another line
    # breaking). Borderless layout tables (signatures) are text in a PDF, so only the
    # tables read are compared, and every finding.
    dok = susun_dokumen("lkjip", OPD.objects.get(slug="disnakerind-tebing-tinggi"), 2022)
    dari_docx = reviu_berkas("a.docx", ke_docx(dok))
    dari_pdf = reviu_berkas("a.pdf", buat_pdf(dok, tmp_path))
    dibaca = [t for t in dari_docx.tabel if t[1].startswith("dibaca")]
    assert len(dibaca) >= 11
    assert [t for t in dari_pdf.tabel if t[1].startswith("dibaca")] == dibaca
    assert dari_pdf.temuan == dari_docx.temuan
    # Nothing: figures sakip computes from unrounded data and prints beside their rounded
    # inputs are within what those inputs reach (Tabel 7 and 9: 74,90 from 33,7040 / 45
    # beside a printed 33,70, within 33,695–33,705 / 45 = 74,878–74,900; Tabel 18's
    # efficiencies). See test_reviu_dokumen_sakip for every demo document.
    assert dari_pdf.temuan == []
