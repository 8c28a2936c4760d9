"""Reading an outside .docx, .xlsx or .pdf into plain tables of cells, for the review.

Files are only parsed, never executed: Word files through python-docx, workbooks through
openpyxl with `data_only` (the values Excel last saved; formulas are not evaluated, macros
are refused by extension), PDFs through pdfplumber in a child process under limits of
memory and time (`berkas_pdf`). The zip guard (`sakip.dasar.arsip`) runs before either
library opens a Word or Excel file, and both readers take time in proportion to the file: a
workbook is read in openpyxl's streaming mode, and Word tables are walked once instead of
through python-docx's cell lookup, which searches back row by row for every vertically
merged cell. A Word body and a PDF's become tables and text the same way (`_susun`).
"""

import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from io import BytesIO
from pathlib import Path

from docx import Document
from lxml import etree
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from sakip.dasar import arsip
from sakip.dasar.arsip import ArsipError, batasi_sel, periksa_arsip, periksa_sel, periksa_ukuran

from . import berkas_pdf

_BAGIAN_UTAMA = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}
_AKHIRAN = (*_BAGIAN_UTAMA, ".pdf")
# The PDF reader's wall-clock limit: its processor limit (berkas_pdf.BATAS_WAKTU) and some
# waiting on a busy machine, below production's 120 s request timeout (docs/produksi.md).
BATAS_WAKTU_PDF = 100


class BerkasError(ArsipError):
    """A file that cannot be reviewed; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Bilangan:
    """A number cell of a workbook as it shows: the stored value at the decimals its number
    format shows (a formula's 0.975052631578947 under "0.00%" shows 97,51), and whether it
    shows as %. The decimals shown are what was printed, and decide the rounding the review
    allows it."""

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


def baca_berkas(nama, data):
    """The tables and text lines of a .docx, .xlsx or .pdf given as bytes; BerkasError
    otherwise."""
    akhiran = next((a for a in _AKHIRAN if nama.lower().endswith(a)), None)
    if akhiran is None:
        raise BerkasError(
            "Hanya berkas .docx (Word), .xlsx (Excel) atau .pdf (PDF berteks) yang dapat direviu."
        )
    try:
        if akhiran == ".pdf":
            periksa_ukuran(len(data))
            return _baca_pdf(data)
        periksa_arsip(data, akhiran, _BAGIAN_UTAMA[akhiran])
        return _baca_docx(data) if akhiran == ".docx" else _baca_xlsx(data)
    except ArsipError as e:
        raise BerkasError(str(e)) from None
    except Exception as e:  # a malformed part inside a valid zip
        raise BerkasError(f"Berkas tidak dapat dibaca: {e}") from None


def _rapikan(teks):
    return " ".join(str(teks).split())


_JUDUL_TABEL = re.compile(r"^(tabel|table)\b", re.IGNORECASE)
# A caption that is only the label ("Tabel 19", "TABEL 3.1", "Tabel"): its title follows on
# the next line.
_LABEL_TABEL = re.compile(r"(tabel|table)(\s+[0-9ivx]+(?:[.\-][0-9a-z]+)*)?\s*[.:]?", re.IGNORECASE)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEKS_RUN = {_W + "t": None, _W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n"}
_TEKS_RUN[_W + "noBreakHyphen"] = "-"
_LEBAR_MAKS = 63  # columns of a Word table; a larger gridSpan is a crafted file


def _teks_run(r):
    """A run's text as python-docx gives it (`Run.text`), without its per-call XPath."""
    hasil = []
    for e in r:
        if e.tag in _TEKS_RUN:
            hasil.append(_TEKS_RUN[e.tag] or e.text or "")
        elif e.tag == _W + "br" and e.get(_W + "type", "textWrapping") == "textWrapping":
            hasil.append("\n")
    return "".join(hasil)


def _teks_paragraf(p):
    """A paragraph's text as python-docx gives it: its runs, those inside hyperlinks too."""
    hasil = []
    for e in p:
        if e.tag == _W + "r":
            hasil.append(_teks_run(e))
        elif e.tag == _W + "hyperlink":
            hasil += [_teks_run(r) for r in e if r.tag == _W + "r"]
    return "".join(hasil)


def _angka_w(unsur, bawaan):
    try:
        return int(unsur.get(_W + "val")) if unsur is not None else bawaan
    except (TypeError, ValueError):
        return bawaan


def _baris_tabel(tbl):
    """Cell texts row by row; a merged cell is repeated in every grid column and row it
    spans, as python-docx gives it, in one pass over the rows."""
    hasil, atas = [], {}  # atas: grid column -> the text of the cell above
    for tr in tbl.iterchildren(_W + "tr"):
        kolom = _angka_w(tr.find(f"{_W}trPr/{_W}gridBefore"), 0)
        sel, baris = {}, []
        for tc in tr.iterchildren(_W + "tc"):
            pr = tc.find(_W + "tcPr")
            lebar, gabung = 1, None
            if pr is not None:
                lebar = min(max(_angka_w(pr.find(_W + "gridSpan"), 1), 1), _LEBAR_MAKS)
                gabung = pr.find(_W + "vMerge")
            if gabung is not None and gabung.get(_W + "val", "continue") == "continue":
                teks = atas.get(kolom, "")
            else:
                teks = _rapikan("\n".join(_teks_paragraf(p) for p in tc.iterchildren(_W + "p")))
            for k in range(kolom, kolom + lebar):
                sel[k] = teks
            baris += [teks] * lebar
            kolom += lebar
        hasil.append(baris)
        atas = sel
    return hasil


def _baca_docx(data):
    body = Document(BytesIO(data)).element.body
    return _susun(
        ("p", _teks_paragraf(u)) if u.tag == _W + "p" else ("tbl", _baris_tabel(u))
        for u in body.iterchildren(_W + "p", _W + "tbl")
    )


def _susun(unsur):
    """Tables and text from a document body: ("p", a paragraph's text) and ("tbl", rows of
    cell texts), in reading order. A table's caption is the paragraph before it; paragraphs
    laid out in tab columns make a table of their own."""
    tabel, teks = [], []
    judul = ""
    label = False  # the last paragraph was a caption's label alone
    tab = None  # paragraphs laid out in tab columns, read as one table
    for jenis, nilai in unsur:
        if jenis == "p":
            mentah = nilai
            isi = _rapikan(mentah)
            if not isi:
                continue
            teks.append(isi)
            if "\t" in mentah.strip():
                label = False
                if tab is None:
                    tab = TabelMentah(judul)
                    tabel.append(tab)
                tab.baris.append([_rapikan(s) for s in mentah.strip().split("\t") if s.strip()])
                continue
            tab = None
            if label and not _JUDUL_TABEL.match(isi):
                # "Tabel 19" on one line, its title on the next: one caption, one line.
                isi = f"{judul} {isi}"
                teks[-2:] = [isi]
            # The caption is the last "Tabel ..." paragraph, else the last paragraph.
            if _JUDUL_TABEL.match(isi) or not _JUDUL_TABEL.match(judul):
                judul = isi[:120]
            label = bool(_LABEL_TABEL.fullmatch(isi))
        else:
            tab, label = None, False
            tabel.append(TabelMentah(judul, nilai))
            teks += [c for r in nilai for c in dict.fromkeys(r) if c]
            judul = ""
    return Isi(tabel, teks)


def _baca_pdf(data):
    """A PDF read in a child process (`berkas_pdf`), whose limits bound what a crafted file
    costs; its body is then read as a Word body is."""
    if b"%PDF-" not in data[:1024]:
        raise BerkasError("Berkas bukan dokumen .pdf yang sah.")
    batas = {
        "halaman": berkas_pdf.BATAS_HALAMAN,
        "isi": berkas_pdf.BATAS_ISI,
        "sel": arsip.BATAS_SEL,
        "memori": berkas_pdf.BATAS_MEMORI,
        "waktu": berkas_pdf.BATAS_WAKTU,
    }
    try:
        proses = subprocess.run(  # noqa: S603 (our own module, fixed arguments)
            [sys.executable, "-m", "sakip.evaluasi.berkas_pdf", json.dumps(batas)],
            input=data,
            capture_output=True,
            timeout=BATAS_WAKTU_PDF,
            cwd=Path(__file__).resolve().parents[2],
            check=False,
        )
        hasil = json.loads(proses.stdout) if proses.returncode == 0 else {}
    except (subprocess.TimeoutExpired, ValueError):
        hasil = {}
    if "unsur" not in hasil:
        raise BerkasError(
            hasil.get("galat")
            or "Berkas PDF ini tidak dapat dibaca dalam batas waktu dan memori pembacaan; "
            "berkas ini tidak dibaca."
        )
    return _susun(hasil["unsur"])


_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _baca_xlsx(data):
    # Streaming mode: rows are parsed as they are read, never the whole sheet at once.
    buku = load_workbook(BytesIO(data), data_only=True, read_only=True)
    try:
        tabel, teks = [], []
        for lembar in buku.worksheets:
            lembar.reset_dimensions()  # a crafted dimension would pad every row
            baris = []
            for isi in batasi_sel(lembar.iter_rows()):
                sel = [_sel_xlsx(c) for c in isi]
                baris.append(sel)
            # Rows as wide as the widest, as Excel shows the sheet.
            lebar = max(map(len, baris), default=0)
            periksa_sel(lebar * len(baris))
            for b in baris:
                b += [""] * (lebar - len(b))
            _isi_gabungan(baris, _rentang_gabungan(buku, lembar))
            for b in baris:
                teks += [s for s in b if isinstance(s, str) and s]
            tabel += _pisah_lembar(lembar.title, baris)
        return Isi(tabel, teks)
    finally:
        buku.close()


def _rentang_gabungan(buku, lembar):
    """The merged ranges of a sheet, which the streaming mode does not read: one more pass
    over the sheet's XML, dropping each element once it is read."""
    rentang = []
    # _worksheet_path: the sheet's part in the archive (openpyxl's read-only worksheet).
    with buku._archive.open(lembar._worksheet_path) as f:
        for _, e in etree.iterparse(f, events=("end",), resolve_entities=False):
            if e.tag == _S + "mergeCell" and e.get("ref"):
                rentang.append(e.get("ref"))
            e.clear()
            while e.getprevious() is not None:
                del e.getparent()[0]
    return rentang


def _isi_gabungan(baris, rentang):
    """Every cell of a merged range shows its top-left value, as Excel shows it; a range
    is clipped to the rows and columns read, and all of them together to `BATAS_SEL`."""
    jumlah = 0
    for ref in rentang:
        try:
            k1, r1, k2, r2 = range_boundaries(ref)
        except (TypeError, ValueError):
            continue
        if r1 is None or k1 is None or r1 > len(baris) or k1 > len(baris[r1 - 1]):
            continue
        nilai = baris[r1 - 1][k1 - 1]
        r2, k2 = min(r2, len(baris)), min(k2, len(baris[r1 - 1]))
        jumlah += max(r2 - r1 + 1, 0) * max(k2 - k1 + 1, 0)
        periksa_sel(jumlah)
        for r in range(r1, r2 + 1):
            b = baris[r - 1]
            for k in range(k1, k2 + 1):
                b[k - 1] = nilai


def _sel_xlsx(sel):
    nilai = sel.value
    if nilai is None:
        return ""
    if isinstance(nilai, bool):
        return str(nilai)
    if isinstance(nilai, int | float):
        # repr gives the shortest text that reads back to the stored double.
        angka = Decimal(repr(nilai)) if isinstance(nilai, float) else Decimal(nilai)
        format_ = sel.number_format or "General"
        # Only a real % code multiplies by 100; a quoted '0.00"%"' shows the value as is.
        kali_100 = "%" in _BAGIAN_FORMAT.sub("", format_.split(";")[0])
        angka = angka * 100 if kali_100 else angka
        return Bilangan(_seperti_tampil(angka, format_), "%" in format_)
    return _rapikan(nilai)


_BAGIAN_FORMAT = re.compile(r'"[^"]*"|\[[^]]*\]|\\.|_.|\*.')  # literals, colours, padding


def _seperti_tampil(angka, format_):
    """The number as Excel shows it: rounded half away from zero to the decimals of the
    format's first section ("#,##0.00" 2, "0%" 0); under "General" at most nine decimals,
    without trailing zeros (a double's last digits are noise nobody sees)."""
    bagian = _BAGIAN_FORMAT.sub("", format_.split(";")[0])
    with localcontext(Context(prec=60)):
        # General, text, and the forms whose decimals are not a fixed count (scientific
        # "0.00E+00", fractions "# ?/?"): the stored value, cleaned of a double's noise.
        if bagian.strip().lower() in ("general", "@", "") or re.search(r"[eE][+-]|/", bagian):
            if angka.as_tuple().exponent < -9:
                angka = angka.quantize(Decimal("1e-9"), ROUND_HALF_UP)
            angka = angka.normalize()
            return angka.quantize(Decimal(1)) if angka.as_tuple().exponent > 0 else angka
        pecahan = re.search(r"\.([0#?]+)", bagian)
        return angka.quantize(Decimal(1).scaleb(-len(pecahan[1]) if pecahan else 0), ROUND_HALF_UP)


def _pisah_lembar(nama, baris):
    """A sheet may hold several tables, each under a title row ("Tabel 3.4 ...")."""
    hasil, sekarang = [], TabelMentah(nama)
    label = False  # the last row was a title's label alone ("Tabel 19")
    for b in baris:
        isi = [s for s in b if str(s)]
        judul = isi[0] if len(isi) == 1 and isinstance(isi[0], str) else None
        if judul and label and not _JUDUL_TABEL.match(judul):
            sekarang.nama = f"{sekarang.nama} {judul}"[: len(nama) + 122]
        elif judul and _JUDUL_TABEL.match(judul):
            if sekarang.baris:
                hasil.append(sekarang)
            sekarang = TabelMentah(f"{nama}: {judul[:120]}")
        elif isi:
            sekarang.baris.append(b)
        label = bool(judul and _LABEL_TABEL.fullmatch(judul))
    if sekarang.baris:
        hasil.append(sekarang)
    return hasil
