"""Builds .docx and .xlsx files laid out the way the seed documents lay out their tables,
for the review of outside documents. Content is a list of parts: a str is a paragraph, a
(caption, rows) pair a table; in rows, a cell None continues the merge from the cell on
its left (Word) or above it when the cell is "^"."""

from io import BytesIO

from docx import Document
from openpyxl import Workbook


def docx(*bagian):
    dok = Document()
    for b in bagian:
        if isinstance(b, str):
            dok.add_paragraph(b)
            continue
        judul, baris = b
        if judul:
            dok.add_paragraph(judul)
        lebar = max(len(r) for r in baris)
        tabel = dok.add_table(rows=len(baris), cols=lebar)
        for i, r in enumerate(baris):
            for k, isi in enumerate(r):
                sel = tabel.cell(i, k)
                if isi is None:
                    tabel.cell(i, k - 1).merge(sel)
                elif isi == "^":
                    tabel.cell(i - 1, k).merge(sel)
                else:
                    sel.text = isi
    keluaran = BytesIO()
    dok.save(keluaran)
    return keluaran.getvalue()


def xlsx(*lembar):
    """Sheets as (title, rows); numbers may be given as numbers, with "%" format when a
    cell is a (value, "%") pair, the value being a fraction as Excel stores it."""
    buku = Workbook()
    buku.remove(buku.active)
    for judul, baris in lembar:
        ws = buku.create_sheet(judul)
        for i, r in enumerate(baris, start=1):
            for k, isi in enumerate(r, start=1):
                if isi is None:
                    continue
                if isi == "^":
                    ws.merge_cells(start_row=i - 1, start_column=k, end_row=i, end_column=k)
                    continue
                if isinstance(isi, tuple):
                    sel = ws.cell(i, k, isi[0])
                    sel.number_format = "0.00%"
                else:
                    ws.cell(i, k, isi)
    keluaran = BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()


# Jambi IKU 2025, Tabel 3.4 row 1 as printed: 639 / 1.257 × 100 = 50,84, printed 51,00.
TABEL_3_4 = (
    "Tabel 3.4 Capaian IKU",
    [
        ["No", "Indikator Sasaran", "Target", "Realisasi", "Capaian %"],
        [
            "1",
            "Persentase Penyerapan Tenaga Kerja",
            "42,00%",
            "639/1.257 x 100% = 51,00%",
            "121,43%",
        ],
    ],
)
