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
    cell is a (value, "%") pair, the value being a fraction as Excel stores it. A cell None
    is merged with the cell on its left, "^" with the cell above."""
    buku = Workbook()
    buku.remove(buku.active)
    for judul, baris in lembar:
        ws = buku.create_sheet(judul)
        for i, r in enumerate(baris, start=1):
            for k, isi in enumerate(r, start=1):
                if isi is None:
                    _gabung_kiri(ws, i, k)
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


def _gabung_kiri(ws, i, k):
    """A None cell widens the merge that ends on its left (or starts one there)."""
    for rentang in list(ws.merged_cells.ranges):
        if rentang.min_row <= i <= rentang.max_row and rentang.max_col == k - 1:
            awal = (rentang.min_row, rentang.min_col)
            ws.unmerge_cells(str(rentang))
            ws.merge_cells(
                start_row=awal[0], start_column=awal[1], end_row=rentang.max_row, end_column=k
            )
            return
    ws.merge_cells(start_row=i, start_column=k - 1, end_row=i, end_column=k)


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


# A finding's stated and computed figures as the review pages print them (_kelompok.html).
ANGKA = (
    '<td class="angka" data-label="Tercatat">{}</td>'
    '<td class="angka" data-label="Seharusnya">{}</td>'
)
