"""What an uploaded or given file must be before the review reads it."""

import zipfile
from io import BytesIO

import pytest
from docx import Document
from openpyxl import Workbook

from sakip.dasar import arsip
from sakip.evaluasi.berkas import BerkasError, Bilangan, baca_berkas

from .dokumen_uji import docx, xlsx


@pytest.mark.parametrize("nama", ["lkjip.doc", "lkjip.odt", "rfk.xlsm", "rfk.xls", "lkjip"])
def test_it_refuses_other_file_types(nama):
    with pytest.raises(BerkasError, match=r"Hanya berkas \.docx"):
        baca_berkas(nama, docx("a"))


def test_it_refuses_a_file_over_the_size_limit():
    with pytest.raises(BerkasError, match="terlalu besar"):
        baca_berkas("lkjip.docx", b"0" * (arsip.BATAS_UKURAN + 1))


def test_it_refuses_a_file_that_is_not_what_its_name_says():
    with pytest.raises(BerkasError, match="rusak"):
        baca_berkas("lkjip.docx", b"bukan zip")
    with pytest.raises(BerkasError, match=r"bukan dokumen \.docx"):
        baca_berkas("lkjip.docx", xlsx(("A", [["x"]])))


def test_it_refuses_a_zip_bomb(monkeypatch):
    monkeypatch.setattr(arsip, "BATAS_ISI", 1024 * 1024)
    keluaran = BytesIO()
    with zipfile.ZipFile(keluaran, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (2 * 1024 * 1024))
    with pytest.raises(BerkasError, match="terlalu besar setelah dibuka"):
        baca_berkas("lkjip.docx", keluaran.getvalue())


def test_it_reads_a_workbook_without_evaluating_formulas():
    buku = Workbook()
    buku.active.append(["Target", "Realisasi"])
    buku.active.append([5, "=1+1"])
    keluaran = BytesIO()
    buku.save(keluaran)
    (tabel,) = baca_berkas("a.xlsx", keluaran.getvalue()).tabel
    # openpyxl keeps no cached value for a formula it wrote: nothing is computed here.
    assert tabel.baris == [["Target", "Realisasi"], [Bilangan(5), ""]]


def test_it_reads_merged_cells_and_tables_under_titles():
    data = xlsx(
        (
            "LKjIP",
            [
                ["Tabel 1 Capaian"],
                ["Sasaran", "Indikator", "Target"],
                ["S1", "I1", (0.5, "%")],
                ["^", "I2", 7],
                [],
                ["Tabel 2 Anggaran"],
                ["Kode", "Pagu"],
            ],
        )
    )
    satu, dua = baca_berkas("a.xlsx", data).tabel
    assert satu.nama == "LKjIP: Tabel 1 Capaian"
    assert satu.baris[1:] == [["S1", "I1", Bilangan(50, True)], ["S1", "I2", Bilangan(7)]]
    # As Excel shows it under its format "0.00%" (it used to be the stored 0.5 × 100, "50,0%").
    assert str(satu.baris[1][2]) == "50,00%"
    assert dua.nama == "LKjIP: Tabel 2 Anggaran"


def test_it_reads_a_long_vertically_merged_column_in_one_pass():
    # python-docx finds each continued cell by searching back row by row, recursively: a
    # few thousand rows took minutes and then ran out of recursion.
    dok = Document()
    tabel = dok.add_table(rows=3000, cols=2)
    for i, baris in enumerate(tabel.rows):
        kiri, kanan = baris.cells
        kiri.text = "Sasaran 1" if i == 0 else ""
        kanan.text = f"Indikator {i}"
        kiri._tc.vMerge = "restart" if i == 0 else "continue"
    keluaran = BytesIO()
    dok.save(keluaran)
    (dibaca,) = baca_berkas("lkjip.docx", keluaran.getvalue()).tabel
    assert dibaca.baris == [["Sasaran 1", f"Indikator {i}"] for i in range(3000)]


def _ganti_lembar(data, ubah):
    """The workbook with its first sheet's XML passed through `ubah`."""
    with zipfile.ZipFile(BytesIO(data)) as z:
        bagian = {i.filename: z.read(i) for i in z.infolist()}
    bagian["xl/worksheets/sheet1.xml"] = ubah(bagian["xl/worksheets/sheet1.xml"])
    keluaran = BytesIO()
    with zipfile.ZipFile(keluaran, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, isi in bagian.items():
            z.writestr(nama, isi)
    return keluaran.getvalue()


def test_it_clips_a_merged_range_to_the_cells_read():
    # A range over the whole sheet would be 17 billion cells to fill.
    data = _ganti_lembar(
        xlsx(("A", [["Target", "Realisasi"], [5, 6]])),
        lambda x: x.replace(
            b"</worksheet>",
            b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>',
        ),
    )
    (tabel,) = baca_berkas("a.xlsx", data).tabel
    assert tabel.baris == [["Target", "Target"], ["Target", "Target"]]


def test_it_refuses_a_sheet_padded_to_millions_of_cells():
    # One cell in the last column (XFD) makes every row 16 384 cells wide.
    buku = Workbook()
    buku.active["XFD1"] = "x"
    for r in range(2, 102):
        buku.active.cell(r, 1, "y")
    keluaran = BytesIO()
    buku.save(keluaran)
    with pytest.raises(
        BerkasError, match=r"^Lembar kerja terlalu besar: lebih dari 1\.000\.000 sel"
    ):
        baca_berkas("a.xlsx", keluaran.getvalue())


def test_a_number_reads_as_its_format_shows_it():
    # What was printed is what the cell shows: its format's decimals, rounded half away from
    # zero as Excel rounds; under General the stored value without a double's noise.
    buku = Workbook()
    for nilai, format_ in [
        (0.93634, "0.0%"),
        (0.93634, "0.00%"),
        (-2693549200.5, "#,##0"),
        (1234.5, "#,##0.00_);[Red](#,##0.00)"),
        (0.1 + 0.2, "General"),
        (4544274054.0, "General"),
        (12345.678, "0.00E+00"),
    ]:
        buku.active.append([nilai])
        buku.active.cell(buku.active.max_row, 1).number_format = format_
    keluaran = BytesIO()
    buku.save(keluaran)
    (tabel,) = baca_berkas("a.xlsx", keluaran.getvalue()).tabel
    assert [str(b[0]) for b in tabel.baris] == [
        "93,6%",
        "93,63%",
        "-2693549201",
        "1234,50",
        "0,3",
        "4544274054",
        "12345,678",
    ]


def test_a_caption_on_two_lines_is_taken_whole():
    # Seed 004 lines 1177–1179: "TABEL 3.1" / "INDIKATOR KINERJA SKPD ..." / "Nama Organisasi
    # : ..." over the table; lines 1209–1210: "Tabel" / "Tujuan dan Sasaran ...". A label
    # with its title on the same line keeps the next paragraph out of it.
    data = docx(
        "TABEL 3.1",
        "INDIKATOR KINERJA SKPD",
        "Nama Organisasi : DINAS KETENAGAKERJAAN",
        ("", [["No", "Target"], ["1", "40"]]),
        "Tabel",
        "Tujuan dan Sasaran Jangka Menengah",
        ("", [["No", "Target"], ["1", "40"]]),
        ("Tabel 19 Rencana", [["No", "Target"], ["1", "40"]]),
        "Tabel 20",
        ("", [["No", "Target"], ["1", "40"]]),
    )
    isi = baca_berkas("a.docx", data)
    assert [t.nama for t in isi.tabel] == [
        "TABEL 3.1 INDIKATOR KINERJA SKPD",
        "Tabel Tujuan dan Sasaran Jangka Menengah",
        "Tabel 19 Rencana",
        "Tabel 20",
    ]
    # One line of text, as the narrative's reader finds a caption among the lines.
    assert isi.teks[:2] == [
        "TABEL 3.1 INDIKATOR KINERJA SKPD",
        "Nama Organisasi : DINAS KETENAGAKERJAAN",
    ]
    # In a workbook, a title row of the label alone and the title in the row under it.
    data = xlsx(("LKjIP", [["Tabel 3.4"], ["Capaian IKU"], ["No", "Target"], ["1", 40]]))
    (tabel,) = baca_berkas("a.xlsx", data).tabel
    assert (tabel.nama, tabel.baris) == (
        "LKjIP: Tabel 3.4 Capaian IKU",
        [["No", "Target"], ["1", Bilangan(40)]],
    )
