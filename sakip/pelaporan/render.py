"""Laying a Dokumen out as DOCX, XLSX or PDF. No numbers are computed here."""

import base64
from io import BytesIO

from django.conf import settings
from django.template.loader import render_to_string
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm
from weasyprint import HTML
from xlsxwriter import Workbook

from sakip.dasar.teks import tertulis

from .dokumen import Gambar, Judul, Paragraf, Tabel

FORMAT = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def ke_docx(dok):
    """Word, on the administrator's template when one is configured (its styles
    Title, Heading 1–3, Caption and Table Grid restyle the whole document)."""
    d = Document(settings.SAKIP_TEMPLAT_DOCX or None)
    # python-docx refuses control characters: stored text goes through `tertulis`.
    d.add_heading(tertulis(dok.judul), 0)
    if dok.subjudul:
        d.add_paragraph(tertulis(dok.subjudul))
    for blok in dok.isi:
        if isinstance(blok, Judul):
            d.add_heading(tertulis(blok.teks), blok.tingkat)
        elif isinstance(blok, Paragraf):
            d.add_paragraph(tertulis(blok.teks))
        elif isinstance(blok, Gambar):
            d.add_picture(BytesIO(blok.png), width=Cm(15))
            d.add_paragraph(tertulis(f"Gambar {blok.nomor}. {blok.keterangan}"), style="Caption")
        elif isinstance(blok, Tabel):
            d.add_paragraph(tertulis(f"Tabel {blok.nomor}. {blok.judul}"), style="Caption")
            tabel = d.add_table(rows=1, cols=len(blok.kolom))
            tabel.style = "Table Grid"
            for sel, judul in zip(tabel.rows[0].cells, blok.kolom, strict=True):
                sel.text = tertulis(judul)
                sel.paragraphs[0].runs[0].bold = True
            for baris in blok.baris:
                sel_docx = tabel.add_row().cells
                for sel, isi in zip(sel_docx, baris, strict=True):
                    sel.text = tertulis(isi.teks())
                    if isi.angka:
                        sel.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = BytesIO()
    d.save(buf)
    return buf.getvalue()


def ke_xlsx(dok):
    """Every table on its own sheet, numbers as numbers (Excel shows them in the
    reader's locale), with the document's title above each table. Text is always written
    with write_string: a name starting with "=" stays text, never a formula."""
    buf = BytesIO()
    buku = Workbook(buf, {"in_memory": True})
    tebal = buku.add_format({"bold": True})
    bentuk = {}  # number format -> its workbook format, added once
    for tabel in dok.tabel:
        lembar = buku.add_worksheet(f"Tabel {tabel.nomor}")
        judul_tabel = f"{dok.judul} — Tabel {tabel.nomor}. {tabel.judul}"
        lembar.write_string(0, 0, tertulis(judul_tabel), tebal)
        for c, judul in enumerate(tabel.kolom):
            lembar.write_string(2, c, tertulis(judul), tebal)
        for r, baris in enumerate(tabel.baris, start=3):
            for c, sel in enumerate(baris):
                if sel.angka:
                    # Excel stores doubles; the full-precision value stays in sakip.
                    pola = sel.format_excel()
                    if pola not in bentuk:
                        bentuk[pola] = buku.add_format({"num_format": pola})
                    lembar.write_number(r, c, float(sel.nilai), bentuk[pola])
                elif sel.nilai is not None:
                    lembar.write_string(r, c, tertulis(str(sel.nilai)))
        lembar.set_column(0, len(tabel.kolom) - 1, 18)
    if not dok.tabel:
        buku.add_worksheet("Dokumen").write_string(0, 0, tertulis(dok.judul), tebal)
    buku.close()
    return buf.getvalue()


def ke_html(dok):
    gambar = {id(b): base64.b64encode(b.png).decode() for b in dok.isi if isinstance(b, Gambar)}
    isi = [(b, gambar.get(id(b))) for b in dok.isi]
    # Control characters (only user text holds them) as the replacement mark: the PDF's
    # fonts have no control pictures.
    html = render_to_string("pelaporan/dokumen.html", {"dok": dok, "isi": isi})
    return tertulis(html, "\ufffd")


def ke_pdf(dok):
    return HTML(string=ke_html(dok)).write_pdf()


PENYUSUN = {"docx": ke_docx, "xlsx": ke_xlsx, "pdf": ke_pdf}
