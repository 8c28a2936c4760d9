"""A document as plain data: headings, paragraphs and numbered tables whose cells keep
their typed values, plus the parts of a report an official signs (cover, table of contents,
page breaks, signature blocks, letterhead). Builders fill it from the engine; renderers
(DOCX, PDF, XLSX) only lay it out, so every format shows the same numbers, formatted at the
last moment. XLSX carries the tables and the signature blocks only."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property

from django.utils import timezone

from sakip.kinerja.angka import (
    DESIMAL_TAMPIL,
    JenisSatuan,
    desimal_perlu,
    format_angka,
    format_nilai,
    format_rupiah,
    jenis_satuan,
)
from sakip.kinerja.triwulan import NAMA_BULAN


@dataclass(frozen=True)
class Sel:
    """A table cell: the value as computed, and how to show it. A value in a unit
    (bentuk "satuan") follows the unit's display rule (`format_nilai`); the unit word is
    written after it unless the table has its own Satuan column (`tulis_satuan`)."""

    nilai: object  # Decimal, int, str or None
    bentuk: str = "teks"  # teks | angka | persen | rupiah | bulat | satuan | lanjut
    satuan: str = ""
    jenis: str = ""  # the indicator's kind, for a value with no unit
    tulis_satuan: bool = True

    def teks(self):
        if self.bentuk in ("teks", "lanjut") or isinstance(self.nilai, str):
            return "" if self.nilai is None else str(self.nilai)
        if self.bentuk == "satuan":
            return format_nilai(self.nilai, self.satuan, self.jenis, self.tulis_satuan)
        if self.bentuk == "rupiah":
            return format_rupiah(self.nilai)
        if self.bentuk == "bulat":
            return format_angka(self.nilai, 0)
        teks = format_angka(self.nilai)
        return f"{teks}%" if self.bentuk == "persen" and self.nilai is not None else teks

    def format_excel(self):
        """The cell's number format in a workbook: the same rule, the value a number."""
        bentuk = self.bentuk
        if bentuk == "satuan":
            bentuk = jenis_satuan(self.satuan, self.jenis)
            if not self.tulis_satuan and bentuk is JenisSatuan.PERSEN:
                return "#,##0.00"
            if not self.tulis_satuan and bentuk is JenisSatuan.RUPIAH:
                return "#,##0"
            if bentuk in (JenisSatuan.INDEKS, JenisSatuan.JUMLAH):
                desimal = desimal_perlu(self.nilai, DESIMAL_TAMPIL)
                pola = "#,##0" + ("." + "0" * desimal if desimal else "")
                kata = " ".join(self.satuan.split()).replace('"', "")
                tulis = bentuk is JenisSatuan.JUMLAH and self.tulis_satuan and kata
                return f'{pola}" {kata}"' if tulis else pola
        return {
            "persen": '0.00"%"',
            "rupiah": '"Rp" #,##0',
            "bulat": "#,##0",
        }.get(bentuk, "#,##0.00")

    @property
    def angka(self):
        return isinstance(self.nilai, Decimal | int) and not isinstance(self.nilai, bool)

    @property
    def lanjut(self):
        return self.bentuk == "lanjut"


# A cell that continues the one above it: a group (a sasaran and its indicators) printed
# once, as one merged cell (DOCX and XLSX merge it; the PDF drops the rule between).
LANJUT = Sel(None, "lanjut")


# Text widths of A4 with the Pemda margins (left 3 cm, right 2 cm), in cm.
LEBAR_TEGAK = 16.0
LEBAR_MELINTANG = 24.7
# Table type sizes, pt: the usual one, the smallest a portrait table may take before it
# goes landscape, the smallest of all.
UKURAN_TABEL = 9.0
UKURAN_TEGAK_TERKECIL = 7.5
UKURAN_KECIL = 6.5


@dataclass
class Tabel:
    """A numbered table ("Tabel N. judul" above it; its header row repeats on every page).
    Column widths follow the content. `melintang`: None lets the width decide (a table
    too wide for a portrait page gets a landscape page of its own), True/False forces it."""

    judul: str
    kolom: list[str]
    baris: list[list[Sel]]
    nomor: int = 0  # assigned by Dokumen.tambah: numbering never repeats
    melintang: bool | None = None

    @cached_property
    def lebar(self):
        """Relative column widths (about characters): numbers never wrap, long text wraps
        at about 40 characters, a header wraps between its words."""
        hasil = []
        for c, judul in enumerate(self.kolom):
            lebar = max((len(k) for k in judul.split()), default=1)
            for baris in self.baris:
                sel = baris[c]
                teks = sel.teks()
                lebar = max(lebar, len(teks) if sel.angka else min(len(teks), 40))
            hasil.append(max(lebar, 3) + 2)  # + cell padding
        return hasil

    def ukuran(self, melintang):
        """The type size (pt) the table is printed in on a portrait or landscape page: 9 pt,
        smaller (down to 6.5 pt) for a table wider than the page. About 0.17 cm per character
        at 9 pt; a long text column may wrap down to about 20 characters, numbers and short
        texts keep their width."""
        perlu = sum(min(w, 22) for w in self.lebar) * 0.17
        tersedia = LEBAR_MELINTANG if melintang else LEBAR_TEGAK
        return max(UKURAN_KECIL, min(UKURAN_TABEL, UKURAN_TABEL * tersedia / perlu))

    def bagian_kolom(self, melintang):
        """Each column's share of the text width (fractions summing to 1). A table that fits
        takes its columns in proportion to their content; a squeezed one keeps its numbers
        and short texts on one line at its type size, its long text columns share the rest."""
        cm = 0.17 * self.ukuran(melintang) / UKURAN_TABEL  # per character, on average
        pendek = cm * 1.1  # a single word ("Memuaskan") needs more than the average
        tersedia = LEBAR_MELINTANG if melintang else LEBAR_TEGAK
        panjang = [w for w in self.lebar if w > 22]
        sisa = tersedia - sum(w * pendek for w in self.lebar if w <= 22)
        if not panjang or sum(self.lebar) * cm <= tersedia or sisa < len(panjang) * 12 * cm:
            return [w / sum(self.lebar) for w in self.lebar]
        return [(sisa * w / sum(panjang) if w > 22 else w * pendek) / tersedia for w in self.lebar]

    @property
    def perlu_melintang(self):
        """Landscape only for a table that does not fit a portrait page even in 7.5 pt: a
        slightly smaller type reads better than a landscape page torn out of its chapter."""
        if self.melintang is not None:
            return self.melintang
        return self.ukuran(melintang=False) < UKURAN_TEGAK_TERKECIL


@dataclass(frozen=True)
class Judul:
    """A heading; level 1 and 2 enter the table of contents. A chapter heading may hold a
    line break ("BAB I\nPENDAHULUAN"), printed centred on two lines."""

    teks: str
    tingkat: int = 1

    @property
    def baris_tunggal(self):
        """The heading on one line, as a table of contents lists it."""
        return " ".join(self.teks.split())


@dataclass(frozen=True)
class Paragraf:
    """Running text; a line break inside stays a line break."""

    teks: str


@dataclass(frozen=True)
class JudulNaskah:
    """The title of a signed statement or of its annex ("PERJANJIAN KINERJA TAHUN 2022"),
    centred in bold capitals, each line break kept; outside the table of contents. A
    document opening with one (under its letterhead or not) prints no other title."""

    teks: str


@dataclass(frozen=True)
class Rincian:
    """Label and value rows with their colons aligned, without borders ("Nama : …",
    "Jabatan : …"): the parties of an agreement. A value left empty is written by hand."""

    baris: tuple[tuple[str, str], ...]


@dataclass
class Gambar:
    """A numbered chart ("Gambar N. keterangan" under it), drawn only when a format shows
    it (XLSX carries tables only)."""

    gambar: Callable[[], bytes]
    keterangan: str
    nomor: int = 0  # assigned by Dokumen.tambah, like tables

    @cached_property
    def png(self):
        return self.gambar()


@dataclass(frozen=True)
class Sampul:
    """The cover page: the Pemda's logo (from `Dokumen.gaya`), the document title, the
    agency lines (OPD, Pemda) and the year. Nothing else shares its page; it carries no
    page number. Put it first."""

    judul: str
    instansi: tuple[str, ...]  # e.g. ("Dinas Ketenagakerjaan …", "Pemerintah Kota Tebing Tinggi")
    tahun: int | str


@dataclass(frozen=True)
class Kop:
    """The letterhead (kop) of `Dokumen.gaya`, over a one-page statement such as the PK
    or the Pernyataan Telah Direviu: logo on the left, the lines centred, a rule below.
    `instansi` (the OPD's or Inspektorat's name) is printed after the Pemda's first line."""

    instansi: str = ""


@dataclass(frozen=True)
class HalamanBaru:
    """A page break: what follows starts on a new page (each chapter does). Several in a
    row, or one before a landscape table, give a single break, never an empty page."""


@dataclass(frozen=True)
class MulaiIsi:
    """Where the body starts: a new page whose number restarts at 1 in arabic numerals.
    Everything before it (kata pengantar, ikhtisar, daftar isi) is front matter numbered
    i, ii, iii. A document without it is numbered in arabic throughout."""


@dataclass(frozen=True)
class DaftarIsi:
    """Table of contents built from the Judul blocks (level 1–2), followed by the list of
    tables and the list of figures when the document has any. Word gets real TOC fields
    (page numbers filled in when Word opens the file); the PDF prints page numbers."""

    judul: str = "DAFTAR ISI"


@dataclass(frozen=True)
class Penandatangan:
    """One signing official as printed under a signature: `sebutan` is the role line
    above the title ("PIHAK PERTAMA,"), empty for a single signature."""

    jabatan: str
    nama: str
    pangkat: str = ""  # with the golongan, e.g. "Pembina Utama Muda (IV/c)"
    nip: str = ""
    sebutan: str = ""

    @classmethod
    def untuk(cls, pejabat, jabatan, sebutan=""):
        """The party holding office `jabatan`: the official from the records
        (`instansi.hitung`), else the title with an empty name line, signed by hand (the
        Dokumen page's check list says where to record the official)."""
        if pejabat is None:
            return cls(jabatan, "", sebutan=sebutan)
        return cls.dari(pejabat, sebutan)

    @classmethod
    def dari(cls, pejabat, sebutan="", jabatan=None):
        """From a `Pejabat` record (name, pangkat/golongan and NIP as recorded)."""
        pangkat = pejabat.pangkat
        if pejabat.golongan:
            pangkat = f"{pangkat} ({pejabat.golongan})" if pangkat else pejabat.golongan
        return cls(jabatan or pejabat.jabatan, pejabat.nama, pangkat, pejabat.nip, sebutan)


@dataclass(frozen=True)
class TandaTangan:
    """A signature block: "<place>, <Indonesian date>" then, per party, the role, the
    title, room to sign, the name (bold, underlined), pangkat/golongan and NIP. One party
    signs on the right half of the page; two parties stand side by side (the PK: pihak
    kedua left, pihak pertama right). `tempat`/`tanggal` left empty take the document's
    (`Dokumen.gaya.tempat`, `Dokumen.tanggal`). Word: a borderless table."""

    pihak: tuple[Penandatangan, ...]
    tempat: str = ""
    tanggal: date | None = None


@dataclass
class Gaya:
    """How a Pemda's documents look, set by its Admin Pemda (`pelaporan.KopDokumen`):
    font and size, the letterhead (logo, lines) and the place documents are signed in.
    The defaults follow the Pemda tata naskah dinas: Arial 12 pt on A4."""

    huruf: str = "Arial"
    ukuran: int = 12
    logo: bytes | None = None  # PNG or JPEG
    kop: tuple[str, ...] = ()
    tempat: str = ""


# What every page of a document not yet approved carries (`Dokumen.draf`).
TANDA_DRAF = "DRAF — belum disetujui"


@dataclass
class Dokumen:
    """`tanggal` is the document's date (its approval date, or one chosen), printed in
    signature blocks that have none of their own; `draf` marks every page as a draft."""

    judul: str
    subjudul: str = ""
    isi: list = field(default_factory=list)
    gaya: Gaya = field(default_factory=Gaya)
    tanggal: date | None = None
    draf: bool = False

    def tambah(self, blok):
        if isinstance(blok, Tabel) and not blok.baris:
            # No empty table printed as if it held data: a sentence says so instead.
            blok = Paragraf(f"{blok.judul}: belum ada data yang tercatat.")
        if isinstance(blok, Tabel | Gambar):
            blok.nomor = sum(isinstance(b, type(blok)) for b in self.isi) + 1
        self.isi.append(blok)
        return blok

    @property
    def tabel(self):
        return [b for b in self.isi if isinstance(b, Tabel)]

    @property
    def gambar(self):
        return [b for b in self.isi if isinstance(b, Gambar)]

    @property
    def bersampul(self):
        return any(isinstance(b, Sampul) for b in self.isi)

    @property
    def melintang_semua(self):
        """Every table is wide (the RFK, the quarterly report): landscape throughout."""
        return bool(self.tabel) and all(t.perlu_melintang for t in self.tabel)

    def arah(self):
        """Per block, whether it sits on a landscape page: a wide table; the heading or
        signature right next to it (a heading goes with the table it introduces, a signature
        with the table it signs); everything when every table is wide."""
        if self.melintang_semua:
            return [True] * len(self.isi)
        hasil = [isinstance(b, Tabel) and b.perlu_melintang for b in self.isi]
        for i in range(len(self.isi) - 2, -1, -1):
            if isinstance(self.isi[i], Judul) and hasil[i + 1]:
                hasil[i] = True
        for i in range(1, len(self.isi)):
            if isinstance(self.isi[i], TandaTangan) and hasil[i - 1]:
                hasil[i] = True
        return hasil

    def tempat_tanggal(self, ttd):
        """ "Tebing Tinggi, 31 Maret 2023" over a signature block: its own place and date,
        else the document's, else today."""
        tanggal = tanggal_indonesia(ttd.tanggal or self.tanggal or timezone.localdate())
        tempat = ttd.tempat or self.gaya.tempat
        return f"{tempat}, {tanggal}" if tempat else tanggal

    @property
    def berjudul_sendiri(self):
        """Whether the document opens with its own title (`JudulNaskah`)."""
        awal = [b for b in self.isi[:2] if not isinstance(b, Kop)]
        return bool(awal) and isinstance(awal[0], JudulNaskah)

    @property
    def berbagian(self):
        """Whether the document has front matter (roman page numbers) before its body."""
        return any(isinstance(b, MulaiIsi) for b in self.isi)


def teks(nilai):
    return Sel(nilai)


def angka(nilai):
    return Sel(nilai, "angka")


def persen(nilai):
    return Sel(nilai, "persen")


def rupiah(nilai):
    return Sel(nilai, "rupiah")


def ukuran(nilai, satuan, jenis="", tulis_satuan=True):
    """A value in its unit ("12 bulan", "80,00%", "83,47")."""
    return Sel(nilai, "satuan", satuan, jenis, tulis_satuan)


def tanggal_indonesia(tanggal):
    """ "31 Maret 2023", whatever the active locale."""
    return f"{tanggal.day} {NAMA_BULAN[tanggal.month - 1]} {tanggal.year}"
