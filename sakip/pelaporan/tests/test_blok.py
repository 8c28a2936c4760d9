"""The blocks of a report an official signs, opened back in every format: A4, Indonesian,
a table of contents, page numbers (roman before the body), repeating table headers,
landscape pages only for wide tables, and a signature with NIP and an Indonesian date."""

import subprocess
from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook

from sakip.pelaporan.dokumen import (
    DaftarIsi,
    Dokumen,
    HalamanBaru,
    Judul,
    MulaiIsi,
    Paragraf,
    Penandatangan,
    Sampul,
    Sel,
    Tabel,
    TandaTangan,
)
from sakip.pelaporan.render import ke_docx, ke_pdf, ke_xlsx

from .baca_docx import buka, tabel_data, tabel_ttd, teks_semua

KEPALA = Penandatangan(
    "Kepala Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi",
    "Ir. Iboy Hutapea",
    "Pembina Utama Muda (IV/c)",
    "19680503 199303 1 005",
)


def laporan():
    dok = Dokumen("Laporan Kinerja", "Dinas Contoh", tanggal=date(2023, 3, 31))
    dok.gaya.tempat = "Tebing Tinggi"
    dok.tambah(Sampul("Laporan Kinerja", ("Dinas Contoh", "Pemerintah Kota Contoh"), 2022))
    dok.tambah(Judul("KATA PENGANTAR"))
    dok.tambah(Paragraf("Puji syukur."))
    dok.tambah(TandaTangan((KEPALA,)))
    dok.tambah(HalamanBaru())
    dok.tambah(DaftarIsi())
    dok.tambah(MulaiIsi())
    dok.tambah(Judul("BAB I\nPENDAHULUAN"))
    dok.tambah(Tabel("Sempit", ["No", "Indikator"], [[Sel(n), Sel("Indikator")] for n in range(3)]))
    dok.tambah(HalamanBaru())
    kolom = ["Indikator", "Satuan"] + [f"Capaian TW {q} (%)" for q in range(1, 16)]
    baris = [[Sel("Persentase tenaga kerja"), Sel("%")] + [Sel(Decimal("52.75"), "persen")] * 15]
    dok.tambah(Tabel("Lebar", kolom, baris))
    return dok


@pytest.fixture(scope="module")
def docx():
    return buka(ke_docx(laporan()))


def test_word_is_a4_in_indonesian(docx):
    for s in docx.sections:
        assert {round(s.page_width.cm, 1), round(s.page_height.cm, 1)} == {21.0, 29.7}
        assert round(s.left_margin.cm, 1) == 3.0
    lang = docx.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "id-ID"


def test_word_has_toc_fields_and_page_numbers(docx):
    perintah = [e.text for e in docx.element.body.iter(qn("w:instrText"))]
    assert any(p.strip().startswith("TOC \\o") for p in perintah)
    assert any('TOC \\h \\z \\c "Tabel"' in p for p in perintah)
    assert any(p.strip().startswith("SEQ Tabel") for p in perintah)
    # The cover has no number; the front matter counts i, ii …; the body restarts at 1.
    nomor = [s._sectPr.find(qn("w:pgNumType")) for s in docx.sections]
    assert nomor[1].get(qn("w:fmt")) == "lowerRoman" and nomor[1].get(qn("w:start")) == "1"
    assert nomor[2].get(qn("w:fmt")) == "decimal" and nomor[2].get(qn("w:start")) == "1"
    kaki = docx.sections[1].footer.paragraphs[0]._p
    assert "PAGE" in "".join(e.text for e in kaki.iter(qn("w:instrText")))
    assert docx.settings.element.find(qn("w:updateFields")) is not None


def test_word_tables_repeat_headers_and_go_landscape_only_when_wide(docx):
    sempit, lebar = tabel_data(docx)
    for t in (sempit, lebar):
        assert t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        # The header row never stays alone at the bottom of a page.
        assert all(c.paragraphs[0].paragraph_format.keep_with_next for c in t.rows[0].cells)
    # Column widths follow the content: the indicator column is the widest.
    grid = [c.width for c in lebar.columns]
    assert grid[0] == max(grid) and grid[1] < grid[2]
    orientasi = [s.page_width > s.page_height for s in docx.sections]
    assert orientasi == [False, False, False, True]


def test_word_gives_no_empty_page_after_a_section_break():
    # The cover and the start of the body end a section: a chapter's page break right after
    # one would leave a blank page.
    dok = Dokumen("Laporan Kinerja")
    dok.tambah(Sampul("Laporan Kinerja", ("Dinas Contoh",), 2022))
    dok.tambah(HalamanBaru())
    dok.tambah(Judul("KATA PENGANTAR"))
    dok.tambah(HalamanBaru())
    dok.tambah(DaftarIsi())
    dok.tambah(MulaiIsi())
    dok.tambah(HalamanBaru())
    dok.tambah(Judul("BAB I\nPENDAHULUAN"))
    paragraf = buka(ke_docx(dok)).element.body.findall(qn("w:p"))
    setelah_bagian = [
        p
        for p, lalu in zip(paragraf[1:], paragraf, strict=False)
        if lalu.find(".//" + qn("w:sectPr")) is not None
    ]
    assert len(setelah_bagian) == 2
    for p in setelah_bagian:
        assert not [b for b in p.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]


def test_word_signature_has_nip_and_an_indonesian_date(docx):
    [ttd] = tabel_ttd(docx)
    assert ttd._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top")).get(qn("w:val")) == "nil"
    teks = teks_semua(docx)
    assert "Tebing Tinggi, 31 Maret 2023" in teks
    assert "NIP. 19680503 199303 1 005" in teks and "Pembina Utama Muda (IV/c)" in teks


def test_pdf_pages_are_a4_landscape_only_for_the_wide_table(tmp_path):
    path = tmp_path / "laporan.pdf"
    path.write_bytes(ke_pdf(laporan()))
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "20", str(path)], capture_output=True, text=True, check=True
    ).stdout
    ukuran = [
        b.split(":", 1)[1].split("pts")[0].strip()
        for b in info.splitlines()
        if b.startswith("Page ") and " size:" in b
    ]
    tegak, melintang = "595.276 x 841.89", "841.89 x 595.276"
    assert ukuran[:-1] == [tegak] * (len(ukuran) - 1) and ukuran[-1] == melintang
    teks = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "DAFTAR ISI" in teks and "DAFTAR TABEL" in teks
    assert "Tebing Tinggi, 31 Maret 2023" in teks and "NIP. 19680503 199303 1 005" in teks
    halaman = teks.split("\f")
    assert halaman[1].split()[-1] == "i"  # kata pengantar, after the unnumbered cover
    assert "BAB I" in halaman[4] and halaman[4].split()[-1] == "1"


def test_xlsx_signs_under_its_table():
    buku = load_workbook(BytesIO(ke_xlsx(laporan())))
    lembar = buku["2 Lebar"]
    assert lembar.page_setup.orientation == "landscape"
    isi = [c.value for r in lembar.iter_rows() for c in r if c.value]
    assert "Ir. Iboy Hutapea" not in isi  # the signature follows the kata pengantar text…
    # …which XLSX does not carry; a signature after a table is written under it.
    dok = laporan()
    dok.tambah(TandaTangan((KEPALA,)))
    lembar = load_workbook(BytesIO(ke_xlsx(dok)))["2 Lebar"]
    isi = [c.value for r in lembar.iter_rows() for c in r if c.value]
    assert "Tebing Tinggi, 31 Maret 2023" in isi and "NIP. 19680503 199303 1 005" in isi


def test_a_table_that_fits_portrait_in_a_smaller_type_stays_portrait():
    # The LKjIP's Tabel 7: nine columns, two of them long texts.
    kolom = ["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    kolom += ["Predikat", "Sumber data"]
    teks = "Meningkatnya Perlindungan dan Pengembangan Lembaga Ketenagakerjaan"
    baris = [[Sel(n), Sel(teks), Sel(teks), Sel("%"), Sel(Decimal("95"), "persen")]
             + [Sel(Decimal("69.2"), "persen"), Sel(Decimal("72.84"), "persen")]
             + [Sel("Memuaskan"), Sel("Internal")] for n in range(1, 11)]  # fmt: skip
    t = Tabel("Capaian", kolom, baris)
    assert not t.perlu_melintang
    assert 7.5 <= t.ukuran(melintang=False) < 9
    bagian = t.bagian_kolom(melintang=False)
    assert sum(bagian) == pytest.approx(1)
    # The text columns give way: "Memuaskan" keeps the room of its nine letters.
    assert bagian[7] * 16 >= 9 * 0.17 * t.ukuran(melintang=False) / 9
    assert bagian[1] == bagian[2] == max(bagian)
