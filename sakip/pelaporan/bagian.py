"""The parts the bound reports share (the LKjIP, `lkjip.py`, and the IKU, `iku.py`), and
the cells and tables several documents print: a value in its unit, a formula in words, the
data source, the predicate scale and the year's capaian.

A bound report opens with a cover (`bersampul`), a kata pengantar signed by the head of the
OPD (`kata_pengantar`) and the table of contents (`daftar_isi`); each chapter (`bab`)
starts on a new page with "BAB I" over its title and numbers its sections 1.1, 1.2, …"""

from dataclasses import dataclass
from functools import cached_property

from sakip.instansi.hitung import kepala_opd
from sakip.kinerja.angka import format_angka
from sakip.kinerja.predikat import skala
from sakip.pengukuran.hitung import DataKinerja
from sakip.pengukuran.penjelasan import rumus_dalam_kata, variabel_opd
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, tujuan_lengkap

from .dokumen import (
    DaftarIsi,
    Dokumen,
    HalamanBaru,
    Judul,
    MulaiIsi,
    Paragraf,
    Penandatangan,
    Sampul,
    Tabel,
    TandaTangan,
    persen,
    teks,
    ukuran,
)
from .models import ProfilOPD

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}


@dataclass
class DataLaporan:
    """What a report of `opd` for `tahun` reads, once."""

    opd: object
    tahun: int

    @cached_property
    def baris(self):
        """The key indicators of the plan in force, with the year's values (from the tree
        already read)."""
        pohon = [x for _, s in self.susunan for x in s]
        return baris_capaian(self.opd, self.tahun, hanya_iku=True, pohon=pohon)

    @cached_property
    def profil(self):
        return ProfilOPD.objects.filter(opd=self.opd).first()

    @cached_property
    def periode(self):
        return periode_berlaku(self.opd, self.tahun)

    @cached_property
    def pohon(self):
        """(periode, [tujuan, with sasaran and indicators prefetched]) of every plan in
        force."""
        return [(p, list(tujuan_lengkap(p))) for p in self.periode]

    @cached_property
    def susunan(self):
        """(periode, [(tujuan, sasaran or None, indikator)]) of every plan in force."""
        return [(p, list(indikator_pohon(t))) for p, t in self.pohon]

    def indikator_dibaca(self):
        """The indicators whose stored values the report reads."""
        return [
            *(i for _, s in self.susunan for _, _, i in s),
            *(b.nilai.indikator for b in self.baris),
        ]

    @cached_property
    def data(self):
        return DataKinerja(self.indikator_dibaca())

    @cached_property
    def variabel(self):
        """{code: Variabel} the formulas read, to say them in words."""
        return variabel_opd(self.opd)


# --- the bound report ---------------------------------------------------------------------


def bersampul(judul, opd, tahun, subjudul_tahun):
    """A report opening on its cover: title, year, the OPD and its Pemda."""
    dok = Dokumen(judul, f"{opd.nama}\n{opd.pemda.nama}\n{subjudul_tahun}")
    dok.tambah(Sampul(judul, (opd.nama, f"Pemerintah {opd.pemda.nama}"), tahun))
    return dok


def kata_pengantar(dok, opd, isi, pejabat=None):
    """The kata pengantar on a page of its own, signed by the head of the OPD."""
    dok.tambah(HalamanBaru())
    dok.tambah(Judul("KATA PENGANTAR"))
    for kalimat in isi:
        dok.tambah(Paragraf(kalimat))
    tanda_tangan(dok, opd, pejabat)


def daftar_isi(dok):
    """The table of contents (and list of tables) closing the front matter; the body
    starts after it at page 1."""
    dok.tambah(HalamanBaru())
    dok.tambah(DaftarIsi())
    dok.tambah(MulaiIsi())


class Nomor:
    """Section numbers within a chapter: 1.1, 1.2, …"""

    def __init__(self, bab):
        self.bab, self.n = bab, 0

    def __call__(self, dok, judul):
        self.n += 1
        dok.tambah(Judul(f"{self.bab}.{self.n}. {judul}", 2))
        return f"{self.bab}.{self.n}"


def bab(dok, nomor, judul):
    """A chapter heading as officials write it ("BAB I" above "PENDAHULUAN"); the
    chapter starts on a new page."""
    dok.tambah(HalamanBaru())
    dok.tambah(Judul(f"BAB {ROMAWI[nomor]}\n{judul}"))
    return Nomor(nomor)


def paragraf(dok, isi):
    """Text typed by users: a blank line starts a new paragraph."""
    for bagian in isi.replace("\r\n", "\n").split("\n\n"):
        if bagian.strip():
            dok.tambah(Paragraf(bagian.strip()))


def daftar(butir):
    return "\n".join(f"{n}. {b}" for n, b in enumerate(butir, start=1))


def sebut(butir, kata="dan"):
    """ "a, b dan c" (or "a, b serta c" where the items hold a "dan" of their own)."""
    butir = list(butir)
    return butir[0] if len(butir) == 1 else f"{', '.join(butir[:-1])} {kata} {butir[-1]}"


def nama_rencana(p):
    """A plan's name with its years: "Renstra … 2024–2026"."""
    if str(p.tahun_awal) in p.nama:
        return p.nama
    return f"{p.nama} ({p.tahun_awal}–{p.tahun_akhir})"


def kepala(opd, pejabat=None):
    """The head of the OPD as the one who signs: `pejabat` (the official the document
    names, e.g. the PK's first party), else the head in the officials records, else the
    title alone with room for the name written by hand."""
    return Penandatangan.untuk(pejabat or kepala_opd(opd), f"Kepala {opd.nama}")


def tanda_tangan(dok, opd, pejabat=None):
    """The head of the OPD signs: place and the document's date, title, room for the
    signature, name, rank and NIP as recorded."""
    dok.tambah(TandaTangan((kepala(opd, pejabat),)))


# --- cells and tables ---------------------------------------------------------------------


def dalam_satuan(nilai, ind, kolom_satuan=False):
    """A value of indicator `ind` in its unit (`angka.format_nilai`); the unit word is left
    out where the table has its own Satuan column."""
    return ukuran(nilai, ind.satuan, ind.jenis, tulis_satuan=not kolom_satuan)


# The formula cell of an indicator whose realisation is entered as it is.
TANPA_RUMUS = "Realisasi dicatat langsung (tanpa rumus)"


def rumus(ind, data, variabel):
    """The formula in words: the user's own wording, else the stored formula read aloud with
    each variable's name (`variabel`: {code: Variabel}), never its code."""
    if ind.rumus_uraian:
        return ind.rumus_uraian
    if komponen := data.komponen.get(ind.pk):
        return "Rata-rata: " + "; ".join(k.nama for k in komponen)
    if ind.rumus:
        return rumus_dalam_kata(ind.rumus, variabel)
    return TANPA_RUMUS


def sumber_data(ind):
    return ", ".join(
        x for x in (ind.get_asal_data_display(), ind.get_jenis_data_display(), ind.sumber_data) if x
    )


def nama_sasaran(b):
    """The sasaran of a capaian row, or its tujuan for a tujuan's own indicator."""
    return b.sasaran.nama if b.sasaran else b.tujuan.nama


def tabel_capaian(baris, judul, dengan_sumber=False):
    """The year's key indicators (`baris_capaian` rows) against their targets, with
    capaian and predikat; the last column is the data source or the engine's notes on the
    value."""
    return Tabel(
        judul,
        [
            "No",
            "Sasaran",
            "Indikator",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian (%)",
            "Predikat",
            "Sumber data" if dengan_sumber else "Catatan",
        ],
        [
            [
                teks(n),
                teks(nama_sasaran(b)),
                teks(b.nilai.indikator.nama),
                teks(b.nilai.indikator.satuan),
                dalam_satuan(b.nilai.target, b.nilai.indikator, True),
                dalam_satuan(b.nilai.realisasi, b.nilai.indikator, True),
                persen(b.nilai.capaian.nilai),
                teks(b.nilai.predikat or "–"),
                teks(
                    sumber_data(b.nilai.indikator) if dengan_sumber else "; ".join(b.nilai.catatan)
                ),
            ]
            for n, b in enumerate(baris, start=1)
        ],
    )


def tabel_skala(opd):
    s = skala(opd.pemda.skala_predikat)
    return Tabel(
        f"Skala predikat capaian ({s.nama})",
        ["Predikat", "Rentang capaian (%)"],
        [[teks(p.label), teks(_rentang(p))] for p in reversed(s.pita)],
    )


def _rentang(p):
    bawah = "" if p.bawah is None else ("≥ " if p.bawah_inklusif else "> ") + format_angka(p.bawah)
    atas = "" if p.atas is None else ("≤ " if p.atas_inklusif else "< ") + format_angka(p.atas)
    return " dan ".join(x for x in (bawah, atas) if x)
