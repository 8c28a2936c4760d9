"""Reading an outside .docx or .xlsx into plain tables of cells, for the review.

Files are only parsed, never executed: Word files through python-docx, workbooks through
openpyxl with `data_only` (the values Excel last saved; formulas are not evaluated, macros
are refused by extension). A size limit and a zip-bomb guard run before either library
opens the file.
"""

import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from openpyxl import load_workbook

BATAS_UKURAN = 10 * 1024 * 1024  # an LKjIP with photos is a few MB
BATAS_ISI = 200 * 1024 * 1024  # total uncompressed size of the parts
BATAS_BAGIAN = 5000

_BAGIAN_UTAMA = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}


class BerkasError(ValueError):
    """A file that cannot be reviewed; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Bilangan:
    """A number cell of a workbook: the stored value, exactly, and whether it shows as %."""

    nilai: Decimal
    persen: bool = False

    def __str__(self):
        return f"{self.nilai:f}".replace(".", ",") + ("%" if self.persen else "")


@dataclass
class TabelMentah:
    nama: str  # the caption ("Tabel 5 ...") or the sheet's name
    baris: list[list] = field(default_factory=list)  # cells: str or Bilangan


@dataclass
class Isi:
    tabel: list[TabelMentah]
    teks: list[str]  # paragraphs and cell texts in reading order, for officials' names


def periksa_ukuran(ukuran):
    """Refuse a file over the limit, before anything reads it."""
    if ukuran > BATAS_UKURAN:
        raise BerkasError(
            f"Berkas terlalu besar ({ukuran // (1024 * 1024)} MB); "
            f"batasnya {BATAS_UKURAN // (1024 * 1024)} MB."
        )


def baca_berkas(nama, data):
    """The tables and text lines of a .docx or .xlsx given as bytes; BerkasError otherwise."""
    akhiran = next((a for a in _BAGIAN_UTAMA if nama.lower().endswith(a)), None)
    if akhiran is None:
        raise BerkasError("Hanya berkas .docx (Word) atau .xlsx (Excel) yang dapat direviu.")
    periksa_ukuran(len(data))
    try:
        with zipfile.ZipFile(BytesIO(data)) as arsip:
            bagian = arsip.infolist()
            nama_bagian = {b.filename for b in bagian}
    except zipfile.BadZipFile:
        raise BerkasError(f"Berkas bukan dokumen {akhiran} yang sah (isinya rusak).") from None
    if len(bagian) > BATAS_BAGIAN or sum(b.file_size for b in bagian) > BATAS_ISI:
        raise BerkasError("Isi berkas terlalu besar setelah dibuka.")
    if _BAGIAN_UTAMA[akhiran] not in nama_bagian:
        raise BerkasError(f"Berkas bukan dokumen {akhiran} yang sah.")
    try:
        return _baca_docx(data) if akhiran == ".docx" else _baca_xlsx(data)
    except BerkasError:
        raise
    except Exception as e:  # a malformed part inside a valid zip
        raise BerkasError(f"Berkas tidak dapat dibaca: {e}") from None


def _rapikan(teks):
    return " ".join(str(teks).split())


_JUDUL_TABEL = re.compile(r"^(tabel|table)\b", re.IGNORECASE)


def _baca_docx(data):
    dok = Document(BytesIO(data))
    tabel, teks = [], []
    judul = ""
    tab = None  # paragraphs laid out in tab columns, read as one table
    for unsur in dok.element.body.iterchildren():
        if unsur.tag.endswith("}p"):
            mentah = Paragraph(unsur, dok).text
            isi = _rapikan(mentah)
            if not isi:
                continue
            teks.append(isi)
            if "\t" in mentah.strip():
                if tab is None:
                    tab = TabelMentah(judul)
                    tabel.append(tab)
                tab.baris.append([_rapikan(s) for s in mentah.strip().split("\t") if s.strip()])
                continue
            tab = None
            # The caption is the last "Tabel ..." paragraph, else the last paragraph.
            if _JUDUL_TABEL.match(isi) or not _JUDUL_TABEL.match(judul):
                judul = isi[:120]
        elif unsur.tag.endswith("}tbl"):
            tab = None
            t = Table(unsur, dok)
            # python-docx repeats a merged cell in every grid column and row it spans.
            baris = [[_rapikan(c.text) for c in r.cells] for r in t.rows]
            tabel.append(TabelMentah(judul, baris))
            teks += [c for r in baris for c in dict.fromkeys(r) if c]
            judul = ""
    return Isi(tabel, teks)


def _baca_xlsx(data):
    buku = load_workbook(BytesIO(data), data_only=True)
    tabel, teks = [], []
    for lembar in buku.worksheets:
        gabungan = {}
        for rentang in lembar.merged_cells.ranges:
            kiri_atas = lembar.cell(rentang.min_row, rentang.min_col)
            for r in range(rentang.min_row, rentang.max_row + 1):
                for k in range(rentang.min_col, rentang.max_col + 1):
                    gabungan[(r, k)] = kiri_atas
        baris = []
        for r, isi in enumerate(lembar.iter_rows(), start=1):
            sel = [_sel_xlsx(gabungan.get((r, k), c)) for k, c in enumerate(isi, start=1)]
            baris.append(sel)
            teks += [str(s) for s in sel if isinstance(s, str) and s]
        tabel += _pisah_lembar(lembar.title, baris)
    return Isi(tabel, teks)


def _sel_xlsx(sel):
    nilai = sel.value
    if nilai is None:
        return ""
    if isinstance(nilai, bool):
        return str(nilai)
    if isinstance(nilai, int | float):
        # repr gives the shortest text that reads back to the stored double.
        angka = Decimal(repr(nilai)) if isinstance(nilai, float) else Decimal(nilai)
        persen = "%" in (sel.number_format or "")
        return Bilangan(angka * 100 if persen else angka, persen)
    return _rapikan(nilai)


def _pisah_lembar(nama, baris):
    """A sheet may hold several tables, each under a title row ("Tabel 3.4 ...")."""
    hasil, sekarang = [], TabelMentah(nama)
    for b in baris:
        isi = [s for s in b if str(s)]
        if len(isi) == 1 and isinstance(isi[0], str) and _JUDUL_TABEL.match(isi[0]):
            if sekarang.baris:
                hasil.append(sekarang)
            sekarang = TabelMentah(f"{nama}: {isi[0][:120]}")
        elif isi:
            sekarang.baris.append(b)
    if sekarang.baris:
        hasil.append(sekarang)
    return hasil
