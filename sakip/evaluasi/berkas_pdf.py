"""Reading a text PDF for the review: its tables as rows of cells and its text as paragraphs,
in the form `berkas` reads a Word file in, so that the same tables give the same findings.

A PDF holds no tables or paragraphs, only characters and ruling lines at positions. Tables
are found by pdfplumber from their ruling lines (the bordered tables reports use; a table
drawn without lines is read as text). The rest is rebuilt here the way Word lays it out:

- a merged cell's text is repeated in every grid column and row it covers, as `berkas`
  gives a Word table's merged cells;
- the lines of a cell are joined with a space, or without one where a word too long for its
  column was broken ("2,718," / "571,076": the line is full and ends with no space);
- a paragraph's lines are joined while each line is full (the next word could not fit), and
  a gap wider than spaces inside a line is a tab, so a scale written in tab columns becomes
  the same small table as in Word;
- lines repeated at the top or bottom of the pages (running headers, page numbers) are left
  out, as Word keeps them out of the body;
- a table that goes on over a page break is one table again, its header repeated on the new
  page left out, a vertically merged cell carried over and a row broken by the page joined.

The reading runs in a child process (`python -m sakip.evaluasi.berkas_pdf`, started by
`berkas`), under limits of memory and processor time: pdfminer, under pdfplumber, inflates a
stream whole and walks whatever a file declares, so a crafted file could take any memory or
time. Before any page is read, the file is refused when it has more than `BATAS_HALAMAN`
pages, needs a password, or its streams (images aside) inflate beyond `BATAS_ISI`.
"""

import json
import re
import resource
import sys
import zlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from io import BytesIO
from itertools import pairwise
from operator import itemgetter

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1
from pdfminer.psparser import LIT
from pdfplumber.utils import cluster_objects
from pdfplumber.utils.exceptions import PdfminerException

MB = 1024 * 1024
# Limits, given to the child process by `berkas` (where tests may lower them). Measured:
# the demo LKjIP (40 pages, from Word through LibreOffice or printed by sakip) reads in
# 6-7 s, about 0.16 s a page, so 200 pages of dense tables (twice that a page) stay within
# the 90 s of processor time, and the whole within production's 120 s request timeout.
BATAS_HALAMAN = 200
# All streams inflated, images aside (pdfminer leaves them packed): the demo LKjIP's are
# 0.5 MB, so a 200-page report of text and tables some 3 MB.
BATAS_ISI = 100 * MB
BATAS_MEMORI = 1024 * MB  # the child's address space
BATAS_WAKTU = 90  # the child's processor seconds

SPASI = 0.2  # a gap wider than this many font sizes between two characters is a space
TAB = 0.5  # and wider than this, with no space character in it, a tab
_ANGKA = set("0123456789.,%")
_BAND = 0.12  # the top and bottom part of a page where running headers and footers sit

RUSAK = "Berkas bukan dokumen .pdf yang sah (isinya rusak)."
TERKUNCI = (
    "Berkas PDF ini dilindungi kata sandi (terenkripsi) sehingga isinya tidak dapat dibaca. "
    "Unggah PDF tanpa kata sandi, atau berkas Word/Excel aslinya."
)
TANPA_TEKS = (
    "Berkas PDF ini tidak memiliki lapisan teks (hasil pindai atau gambar), sehingga angkanya "
    "tidak dapat dibaca. Jalankan OCR pada berkas ini lebih dahulu, atau unggah berkas "
    "Word/Excel aslinya."
)


class PdfError(ValueError):
    """A PDF that cannot be reviewed; the message says why, in Indonesian."""


# --- lines of text ----------------------------------------------------------------------------


@dataclass
class Baris:
    """One line of text: its pieces between tabs, where it stands, and what telling a line
    break needs: whether a space character ends it, the width of its first character, of its
    first word and of a space."""

    bagian: list[str]
    x0: float
    x1: float
    top: float
    bottom: float
    ukuran: float
    spasi_akhir: bool
    lebar_huruf: float
    lebar_kata: float
    lebar_spasi: float

    @property
    def teks(self):
        return " ".join(self.bagian)


def baris_teks(chars):
    """The lines of text the characters make, top to bottom."""
    hasil = []
    for kelompok in cluster_objects(chars, itemgetter("top"), 3):
        kelompok.sort(key=itemgetter("x0"))
        bagian, akhir, spasi, kata_awal = [""], None, False, None
        for c in kelompok:
            if not c["text"].strip():
                spasi = akhir is not None
                continue
            if akhir is not None:
                celah = c["x0"] - akhir
                if not spasi and celah > TAB * c["size"]:
                    bagian.append("")
                elif spasi or celah > SPASI * c["size"]:
                    bagian[-1] += " "
                if kata_awal is None and (spasi or celah > SPASI * c["size"]):
                    kata_awal = akhir  # where the first word ends
            bagian[-1] += c["text"]
            akhir, spasi = c["x1"], False
        if akhir is None:
            continue
        tampak = [c for c in kelompok if c["text"].strip()]
        awal = tampak[0]
        kosong = [c for c in kelompok if not c["text"].strip()]
        hasil.append(
            Baris(
                [b.strip() for b in bagian],
                awal["x0"],
                akhir,
                min(c["top"] for c in tampak),
                max(c["bottom"] for c in tampak),
                max(c["size"] for c in tampak),
                spasi,
                awal["x1"] - awal["x0"],
                (kata_awal or akhir) - awal["x0"],
                kosong[0]["x1"] - kosong[0]["x0"] if kosong else 0.25 * awal["size"],
            )
        )
    return hasil


# Words every performance report writes, known even where a short document writes them only
# at the edge of a cell's lines (the ones header roles are told by, and their neighbours).
_KATA_LAPORAN = frozenset(
    """target realisasi capaian triwulan tw semester tahun anggaran pagu program kegiatan
    subkegiatan sub indikator sasaran strategis tujuan kinerja utama persentase jumlah total
    sisa fisik keuangan kode satuan predikat kategori kriteria interpretasi tingkat efisiensi
    kemajuan akhir renstra rpjmd sumber data formulasi rumus bobot urusan bidang pemerintahan
    daerah perangkat lalu ini bulan kumulatif rata rencana perjanjian nilai keterangan uraian
    ii iii iv""".split()  # noqa: SIM905 - words read better as text than as a list
)


def _kata(teks):
    return teks.strip(".,;:()[]/\"'").lower()


def _sambung_sel(a, b, sisi, kosakata, teks):
    """The text between two lines of a cell whose text stands between `sisi` (left, right),
    `teks` the cell's text up to the end of line `a`:
    a space, except after a hyphen or a slash and where a word was broken as it did not fit its
    column. Such a line is that one word, full (the next character would not fit) and
    ending with no space; then a number's digits go on, and so does a stop or a comma, and
    letters, unless the document writes the two parts as words of their own and not the
    whole."""
    if a.spasi_akhir:
        return " "
    if a.teks.endswith(("-", "/")) and not a.teks.endswith((" -", " /")):
        return ""  # where a line may break inside a word
    ruang = a.x0 - sisi[0] + sisi[1] - a.x1
    # The cell's border takes some of its width: a point of tolerance.
    if ruang > b.lebar_huruf + 1 or len(a.bagian) > 1 or " " in a.teks:
        return " "
    akhir, awal = a.teks[-1], b.teks[0]
    if akhir.isdigit() and awal in _ANGKA or akhir in _ANGKA and awal.isdigit():
        return ""
    if awal in ".,;:)%":  # no line starts with these after a space
        return ""
    if not (akhir.isalpha() and awal.isalpha()) or akhir.islower() and awal.isupper():
        return " "
    # The word so far ("TRIW" + "ULAN"), after a slash or hyphen ("Menunjang/tidak").
    kata_a, kata_b = re.split(r"[ /-]", teks)[-1], b.teks.split(" ")[0]
    if _kata(kata_a + kata_b) in kosakata:
        return ""
    # A word of its own: known, and longer than the bits a break leaves ("n", "si", "an").
    dikenal = [
        k
        for k in map(_kata, (kata_a, kata_b))
        if k in _KATA_LAPORAN or len(k) > 2 and k in kosakata
    ]
    return " " if dikenal else ""


# --- tables -----------------------------------------------------------------------------------


@dataclass
class Tabel:
    """A table of one page: its cells (their lines, where their text may stand), which cell
    owns each grid position (to tell a merged cell), its column edges (to tell the same
    table on the next page), its top (for the reading order) and, once the document is
    read, its rows of cell texts."""

    baris_sel: list[list[Baris]]
    sisi: list[tuple[float, float]]  # where a cell's text may stand: left, right
    pemilik: list[list[int]]
    tepi_kolom: list[float]
    top: float
    baris: list[list[str]] = field(default_factory=list)

    def isi(self, kosakata):
        teks = [_teks_sel(b, s, kosakata) for b, s in zip(self.baris_sel, self.sisi, strict=True)]
        self.baris = [[teks[n] if n >= 0 else "" for n in r] for r in self.pemilik]


def _teks_sel(baris, sisi, kosakata):
    if not baris:
        return ""
    teks = baris[0].teks
    for a, b in pairwise(baris):
        teks += _sambung_sel(a, b, sisi, kosakata, teks) + b.teks
    return " ".join(teks.split())


def _tabel(t, chars, jatah):
    """A pdfplumber table's cells and which grid positions each covers."""
    sel = t.cells
    xs = sorted({c[0] for c in sel})
    ys = sorted({c[1] for c in sel})
    jatah.pakai(len(xs) * len(ys))
    pemilik = [[-1] * len(xs) for _ in ys]
    for n, (x0, top, x1, bottom) in enumerate(sel):
        for i in range(bisect_left(ys, top - 1), bisect_left(ys, bottom - 1)):
            for j in range(bisect_left(xs, x0 - 1), bisect_left(xs, x1 - 1)):
                pemilik[i][j] = n
    isi = [[] for _ in sel]
    for c in chars:
        x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        i, j = bisect_right(ys, y) - 1, bisect_right(xs, x) - 1
        if i >= 0 and j >= 0 and pemilik[i][j] >= 0:
            isi[pemilik[i][j]].append(c)
    baris_sel = [baris_teks(c) for c in isi]
    # The cells' inner margin, from their left-aligned text: where a full line ends.
    kiri = [min(g.x0 for g in b) - s[0] for s, b in zip(sel, baris_sel, strict=True) if b]
    margin = min(max(min(kiri, default=0), 0), 10)
    sisi = [(s[0] + margin, s[2] - margin) for s in sel]
    return Tabel(baris_sel, sisi, pemilik, xs, t.bbox[1])


def _tabel_sama(a, b):
    return len(a.tepi_kolom) == len(b.tepi_kolom) and all(
        abs(x - y) < 2 for x, y in zip(a.tepi_kolom, b.tepi_kolom, strict=True)
    )


def _sambung_tabel(a, b, kosakata):
    """Table `b` at the top of a page goes on with `a` from the page before: its header rows
    repeated there are left out, an empty cell under a vertically merged cell takes the
    merged text, and a first row with an empty first cell is the rest of a broken row."""
    ulang = 0
    while ulang < min(len(a.baris), len(b.baris)) and b.baris[ulang] == a.baris[ulang]:
        ulang += 1
    geser = len(a.baris_sel)  # b's cells are numbered after a's
    a.baris_sel += b.baris_sel
    a.sisi += b.sisi
    baris = b.baris[ulang:]
    pemilik = [[m + geser if m >= 0 else -1 for m in r] for r in b.pemilik[ulang:]]
    if baris:
        akhir, bawah = a.baris[-1], a.pemilik[-1]
        diisi = set()  # the columns of the merged cells carried over
        for j, (n, m) in enumerate(zip(bawah, pemilik[0], strict=True)):
            # A vertically merged cell: merged on either page, empty on the new one.
            menurun = (
                len(a.pemilik) > 1
                and a.pemilik[-2][j] == n
                or (len(pemilik) > 1 and pemilik[1][j] == m)
            )
            if menurun and n >= 0 and m >= 0 and akhir[j] and not baris[0][j]:
                diisi.add(j)
                for r, p in zip(baris, pemilik, strict=True):
                    for k, x in enumerate(p):
                        if x == m:
                            r[k] = akhir[j]
        if akhir[0] and not baris[0][0]:
            for j, (n, m) in enumerate(zip(bawah, pemilik[0], strict=True)):
                if j not in diisi and n >= 0 and m >= 0 and a.baris_sel[n] and a.baris_sel[m]:
                    garis_a, garis_b = a.baris_sel[n][-1], a.baris_sel[m][0]
                    antara = _sambung_sel(garis_a, garis_b, a.sisi[n], kosakata, akhir[j])
                    akhir[j] = f"{akhir[j]}{antara}{baris[0][j]}"
            baris, pemilik = baris[1:], pemilik[1:]
    a.baris += baris
    a.pemilik += pemilik


# --- pages ------------------------------------------------------------------------------------


@dataclass
class Halaman:
    lebar: float
    tinggi: float
    tabel: list[Tabel] = field(default_factory=list)
    baris: list[Baris] = field(default_factory=list)  # the lines outside the tables


class _JatahSel:
    """Cells of all tables together, bounded as a workbook's are (`arsip.BATAS_SEL`)."""

    def __init__(self, batas):
        self.sisa = batas

    def pakai(self, jumlah):
        self.sisa -= jumlah
        if self.sisa < 0:
            raise PdfError("Tabel dalam berkas PDF ini terlalu banyak selnya; tidak dibaca.")


def _di_dalam(c, kotak):
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return kotak[0] <= x <= kotak[2] and kotak[1] <= y <= kotak[3]


def _baca_halaman(page, jatah):
    chars = [c for c in page.chars if c.get("upright", True)]
    hasil = Halaman(float(page.width), float(page.height))
    tabel = [t for t in page.find_tables() if len(t.cells) > 1]  # a box is no table
    milik = [[] for _ in tabel]
    luar = []
    for c in chars:
        n = next((n for n, t in enumerate(tabel) if _di_dalam(c, t.bbox)), None)
        (luar if n is None else milik[n]).append(c)
    hasil.tabel = [_tabel(t, m, jatah) for t, m in zip(tabel, milik, strict=True)]
    hasil.baris = baris_teks(luar)
    return hasil


def _kosakata(halaman):
    """The words the document writes whole, to tell a word broken at a cell's edge: those of
    the text, and those inside a cell's line (its first and last may be parts of a word)."""
    kata = set(_KATA_LAPORAN)
    for h in halaman:
        for b in h.baris:
            kata.update(_kata(k) for k in b.teks.split(" "))
        for t in h.tabel:
            for b in (g for s in t.baris_sel for g in s):
                kata.update(_kata(k) for k in b.teks.split(" ")[1:-1])
    return kata


_NOMOR_HALAMAN = re.compile(
    r"(hal(aman)?\.?|page)?\s*[-–]?\s*(\d+|[ivxlcdm]+)\s*[-–]?(\s*(dari|of)\s*\d+)?",
    re.IGNORECASE,
)


def _berulang(halaman):
    """Lines at the top or bottom of pages that are page numbers, or that half of the pages
    or more repeat (numbers aside): running headers and footers."""

    def pinggir(h, b):
        return b.bottom < h.tinggi * _BAND or b.top > h.tinggi * (1 - _BAND)

    def kunci(b):
        return re.sub(r"\d+", "#", b.teks)

    hitung = {}
    for h in halaman:
        for k in {kunci(b) for b in h.baris if pinggir(h, b)}:
            hitung[k] = hitung.get(k, 0) + 1
    batas = max(2, len(halaman) / 2)
    for h in halaman:
        h.baris = [
            b
            for b in h.baris
            if not (
                pinggir(h, b) and (_NOMOR_HALAMAN.fullmatch(b.teks) or hitung[kunci(b)] >= batas)
            )
        ]


_BUTIR = re.compile(r"([-–•●▪]|\d{1,2}[.)]|[a-z][.)])\s")


def _paragraf(baris, kanan):
    """Lines joined into paragraphs: a line goes on the previous one's paragraph when that
    one is full (this line's first word did not fit on it) and nothing sets them apart."""
    hasil = []
    for b in baris:
        if hasil:
            a, kumpulan = hasil[-1][-1], hasil[-1]
            lanjut = (
                len(a.bagian) == 1
                and len(b.bagian) == 1
                and b.top - a.bottom < 0.5 * a.ukuran
                and abs(a.ukuran - b.ukuran) < 0.5
                and a.x1 + a.lebar_spasi + b.lebar_kata > kanan
                and not _BUTIR.match(b.teks)
            )
            if lanjut:
                kumpulan.append(b)
                continue
        hasil.append([b])
    return hasil


def _unsur(halaman, kosakata):
    """The document as `berkas` reads a Word body: ("p", text, tabs as "\\t") and
    ("tbl", rows), in reading order, a table broken by a page joined again."""
    kanan = {}
    for h in halaman:
        lebar = round(h.lebar)
        kanan[lebar] = max([kanan.get(lebar, 0), *(b.x1 for b in h.baris)])
    hasil = []
    terakhir = None  # the table the previous page ended with
    for h in halaman:
        isi = [(t.top, t) for t in h.tabel]
        isi += [(p[0].top, p) for p in _paragraf(h.baris, kanan[round(h.lebar)] - 1)]
        isi.sort(key=itemgetter(0))
        for n, (_, u) in enumerate(isi):
            if isinstance(u, Tabel):
                u.isi(kosakata)
                if n == 0 and terakhir is not None and _tabel_sama(terakhir, u):
                    _sambung_tabel(terakhir, u, kosakata)
                    continue
                hasil.append(("tbl", u))
            else:
                teks = " ".join(b.teks for b in u) if len(u) > 1 else "\t".join(u[0].bagian)
                hasil.append(("p", teks))
        if isi and isinstance(isi[-1][1], Tabel):
            terakhir = hasil[-1][1] if hasil and hasil[-1][0] == "tbl" else None
        else:
            terakhir = None
    return [(j, u.baris if j == "tbl" else u) for j, u in hasil]


# --- the file ---------------------------------------------------------------------------------


def _periksa(doc, batas):
    """Refuse a file with too many pages, or whose streams inflate too far."""
    for halaman, _ in enumerate(PDFPage.create_pages(doc), start=1):
        if halaman > batas["halaman"]:
            raise PdfError(
                f"Berkas PDF ini lebih dari {batas['halaman']} halaman; unggah bagian yang "
                "berisi tabel kinerja dan anggarannya saja."
            )
    jumlah = 0
    for xref in doc.xrefs:
        for objid in xref.get_objids():
            try:
                obj = doc.getobj(objid)
            except Exception:  # noqa: S112 - an unreadable object is pdfminer's to report
                continue
            # Pictures stay packed: pdfminer only reads their size and place.
            if not isinstance(obj, PDFStream) or resolve1(obj.get("Subtype")) is LIT("Image"):
                continue
            jumlah += _ukuran_isi(obj, batas["isi"] - jumlah, batas["isi"])


def _ukuran_isi(aliran, sisa, batas):
    """The bytes a Flate stream inflates to, refused past `sisa` (of `batas` in all)."""
    filter_ = aliran.get_filters()
    data = aliran.rawdata
    if not filter_ or filter_[0][0] not in LITERALS_FLATE_DECODE or data is None:
        return len(data or b"")
    if aliran.decipher:
        data = aliran.decipher(aliran.objid, aliran.genno, data, aliran.attrs)
    d = zlib.decompressobj()
    ukuran = 0
    try:
        while data:
            ukuran += len(d.decompress(data, 1024 * 1024))
            data = d.unconsumed_tail
            if ukuran > sisa:
                raise PdfError(
                    f"Isi berkas PDF terlalu besar setelah dibuka: lebih dari {batas // MB} MB "
                    "di luar gambar. Dokumen yang wajar jauh lebih kecil; berkas ini tidak "
                    "dibaca."
                )
    except zlib.error:
        pass  # a broken stream: pdfminer reads what it can of it
    return ukuran


def baca(data, batas):
    """The body of a PDF given as bytes, as [("p", text) | ("tbl", rows)]; PdfError when it
    cannot be read. `batas`: the limits, {"halaman": pages, "isi": bytes inflated, "sel":
    cells of all tables}."""
    try:
        pdf = pdfplumber.open(BytesIO(data))
    except PdfminerException as e:
        sebab = e.args[0] if e.args else None
        if isinstance(sebab, PDFPasswordIncorrect | PDFEncryptionError):
            raise PdfError(TERKUNCI) from None
        if isinstance(sebab, MemoryError):  # pdfplumber wraps whatever pdfminer raised
            raise sebab from None
        raise PdfError(RUSAK) from None
    with pdf:
        _periksa(pdf.doc, batas)
        jatah = _JatahSel(batas["sel"])
        halaman = [_baca_halaman(p, jatah) for p in pdf.pages]
    if not any(h.baris or h.tabel for h in halaman):
        raise PdfError(TANPA_TEKS)
    kosakata = _kosakata(halaman)
    _berulang(halaman)
    return _unsur(halaman, kosakata)


def main():
    """The child process: the limits as JSON in its argument, the PDF on standard input; the
    JSON of `baca` (or of the error message) on standard output."""
    batas = json.loads(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_AS, (batas["memori"], batas["memori"]))
    resource.setrlimit(resource.RLIMIT_CPU, (batas["waktu"], batas["waktu"]))
    try:
        hasil = {"unsur": baca(sys.stdin.buffer.read(), batas)}
    except PdfError as e:
        hasil = {"galat": str(e)}
    except MemoryError:
        hasil = {"galat": "Berkas PDF ini memerlukan terlalu banyak memori untuk dibaca."}
    except Exception:  # a malformed part pdfminer stumbles on
        hasil = {"galat": RUSAK}
    json.dump(hasil, sys.stdout)


if __name__ == "__main__":
    main()
