"""A document as plain data: headings, paragraphs and numbered tables whose cells keep
their typed values. Builders fill it from the engine; renderers (DOCX, PDF, XLSX) only lay
it out, so every format shows the same numbers, formatted at the last moment."""

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from sakip.kinerja.angka import (
    DESIMAL_TAMPIL,
    JenisSatuan,
    desimal_perlu,
    format_angka,
    format_nilai,
    format_rupiah,
    jenis_satuan,
)


@dataclass(frozen=True)
class Sel:
    """A table cell: the value as computed, and how to show it. A value in a unit
    (bentuk "satuan") follows the unit's display rule (`format_nilai`); the unit word is
    written after it unless the table has its own Satuan column (`tulis_satuan`)."""

    nilai: object  # Decimal, int, str or None
    bentuk: str = "teks"  # teks | angka | persen | rupiah | bulat | satuan
    satuan: str = ""
    jenis: str = ""  # the indicator's kind, for a value with no unit
    tulis_satuan: bool = True

    def teks(self):
        if self.bentuk == "teks" or isinstance(self.nilai, str):
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


@dataclass
class Tabel:
    judul: str
    kolom: list[str]
    baris: list[list[Sel]]
    nomor: int = 0  # assigned by Dokumen.tambah: numbering never repeats


@dataclass(frozen=True)
class Judul:
    teks: str
    tingkat: int = 1


@dataclass(frozen=True)
class Paragraf:
    teks: str


@dataclass
class Gambar:
    """A chart, drawn only when a format shows it (XLSX carries tables only)."""

    gambar: Callable[[], bytes]
    keterangan: str
    nomor: int = 0  # assigned by Dokumen.tambah, like tables

    @cached_property
    def png(self):
        return self.gambar()


@dataclass
class Dokumen:
    judul: str
    subjudul: str = ""
    isi: list = field(default_factory=list)

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
