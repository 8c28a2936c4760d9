"""The pohon kinerja as plain data, and the gaps reviewers look for in it.

A tree is built elsewhere (`sakip.anggaran.pohon_kinerja`, from the plan, the engine's
results and the budget); here it is only read, so the checks are pure and testable on
hand-made trees.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .anggaran import Serapan, jumlahkan
from .angka import konteks
from .capaian import Hasil, rata_rata
from .predikat import SkalaPredikat

TUJUAN = "tujuan"
SASARAN = "sasaran"
SASARAN_PROGRAM = "sasaran_program"
SASARAN_KEGIATAN = "sasaran_kegiatan"
INDIVIDU = "individu"
SUB_KEGIATAN = "sub_kegiatan"

# Levels below an OPD sasaran, whose capaian may roll up from their children.
TINGKAT_BAWAH = (SASARAN_PROGRAM, SASARAN_KEGIATAN, INDIVIDU)

# Levels that carry a plan's indicators (a sub kegiatan carries its budget output instead).
TINGKAT_SASARAN = (SASARAN, SASARAN_PROGRAM, SASARAN_KEGIATAN, INDIVIDU)


@dataclass(frozen=True)
class NilaiSimpul:
    """One indicator of a node in a year: the numbers the engine gave (full precision)."""

    nama: str
    satuan: str
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None


# Which way a crosscutting link runs from the node that carries it.
DIDUKUNG = "didukung"  # another OPD contributes to this node
MENDUKUNG = "mendukung"  # this node contributes to another OPD's sasaran


@dataclass(frozen=True)
class Lintas:
    """A crosscutting link (keterkaitan lintas OPD) accepted by both OPD, as a node shows
    it: which way (`arah`), the partner OPD, the partner's node (its level, number and
    name; None when the link names none) and that node's capaian where the viewer may see
    it (None otherwise), and the contribution agreed."""

    arah: str
    opd: str
    simpul: str | None
    capaian: Decimal | None
    catatan: str = ""

    @property
    def mitra(self) -> str:
        """The direction, partner OPD and its node, in words (Indonesian)."""
        kata = "Didukung oleh" if self.arah == DIDUKUNG else "Mendukung"
        return f"{kata} {self.opd}" + (f": {self.simpul}" if self.simpul else "")

    @property
    def uraian(self) -> str:
        """One line for a table cell or a drawing, marked as crosscutting."""
        return f"Crosscutting · {self.mitra}"


@dataclass
class Simpul:
    """A node: tujuan, sasaran (of the OPD), sasaran program, sasaran kegiatan, individu
    or sub kegiatan. `melayani`: whether a tujuan or OPD sasaran is linked to the Pemda's
    plan above it (a lower node always serves its parent). `serapan`: the budget under the
    branch (its sub kegiatan, each counted once: `serapan_di_bawah`), None where none is
    linked. `opd`: (slug, name) of the OPD on a tujuan or sasaran of an OPD's plan, None on
    the Pemda's own and on lower nodes. `kunci`: a sub kegiatan's budget line, which may
    serve several sasaran and counts once in a sum. `lintas`: its accepted crosscutting
    links with other OPD (shown beside it, never rolled up)."""

    tingkat: str
    nama: str
    nomor: str = ""
    penanggung_jawab: tuple[str, str] | None = None  # (nama, NIP)
    indikator: list[NilaiSimpul] = field(default_factory=list)
    anak: list[Simpul] = field(default_factory=list)
    melayani: bool = True
    serapan: Serapan | None = None
    opd: tuple[str, str] | None = None
    kunci: int | None = None
    lintas: list[Lintas] = field(default_factory=list)

    def semua(self) -> Iterator[Simpul]:
        """This node and its descendants, depth first."""
        yield self
        for a in self.anak:
            yield from a.semua()

    @property
    def capaian(self) -> Decimal | None:
        """The node's own capaian: the mean of its indicators' (as for a sasaran in the
        LKjIP), None when none has a value."""
        return rata_rata(n.capaian for n in self.indikator).nilai


class CaraGabung(StrEnum):
    """How a node below an OPD sasaran gets its capaian (the Pemda's choice): from its own
    indicators, or rolled up from its children's (their plain mean, or weighted by the
    budget under each child)."""

    SENDIRI = "sendiri"
    RATA_RATA = "rata_rata"
    BOBOT_ANGGARAN = "bobot_anggaran"


def gabung_capaian(anak: Sequence[tuple[Decimal | None, Decimal | None]], cara: str) -> Hasil:
    """The capaian of a node from its children's (capaian, pagu under the child).
    RATA_RATA: the mean of the defined capaian. BOBOT_ANGGARAN: Σ capaian × pagu / Σ pagu
    over the children having both, a pagu of 0 weighing nothing. None, with the reason,
    when no child counts."""
    if cara == CaraGabung.RATA_RATA:
        return rata_rata(c for c, _ in anak)
    if cara != CaraGabung.BOBOT_ANGGARAN:
        raise ValueError(f"Cara menggabungkan capaian '{cara}' tidak dikenal.")
    ada = [(c, p) for c, p in anak if c is not None and p is not None and p > 0]
    if not ada:
        return Hasil(None, "Tidak ada simpul anak yang memiliki capaian dan pagu")
    with konteks():
        nilai = sum((c * p for c, p in ada), Decimal(0)) / sum((p for _, p in ada), Decimal(0))
    lengkap = len(ada) == len(anak)
    return Hasil(nilai, None if lengkap else f"{len(ada)} dari {len(anak)} simpul anak dihitung")


def capaian_simpul(s: Simpul, cara: str) -> Decimal | None:
    """A node's capaian under the Pemda's choice: a node below an OPD sasaran with
    children rolls up from them (each child's own rolled-up capaian) unless the choice is
    SENDIRI; every other node (tujuan, OPD sasaran, a leaf) keeps its own indicators'."""
    if cara == CaraGabung.SENDIRI or s.tingkat not in TINGKAT_BAWAH or not s.anak:
        return s.capaian
    anak = [
        (capaian_simpul(a, cara), a.serapan.pagu if a.serapan is not None else None) for a in s.anak
    ]
    return gabung_capaian(anak, cara).nilai


def serapan_di_bawah(akar: Iterable[Simpul]) -> Serapan | None:
    """The budget under these branches: the serapan of their sub kegiatan summed, each
    budget line once however many sasaran it serves; None when no sub kegiatan is there."""
    daun: dict[object, Serapan] = {}
    for s in (d for a in akar for d in a.semua()):
        if s.tingkat == SUB_KEGIATAN and s.serapan is not None:
            daun.setdefault(s.kunci if s.kunci is not None else id(s), s.serapan)
    return jumlahkan(daun.values()) if daun else None


def datar(akar: Iterable[Simpul], kedalaman: int = 0) -> Iterator[tuple[int, Simpul]]:
    """(depth, node) of every node, depth first: the rows of an indented table."""
    for s in akar:
        yield kedalaman, s
        yield from datar(s.anak, kedalaman + 1)


def warna(skala: SkalaPredikat, nilai: Decimal | None) -> str | None:
    """The colour class of a capaian on the Pemda's scale: "tinggi" in its top band,
    "rendah" in its bottom band, "sedang" between (and on a one-band scale); None
    without a value or off the scale."""
    label = skala.predikat(nilai)
    if label is None:
        return None
    urutan = [p.label for p in skala.pita]  # ordered from the lowest band
    if len(urutan) > 1 and label == urutan[-1]:
        return "tinggi"
    if len(urutan) > 1 and label == urutan[0]:
        return "rendah"
    return "sedang"


@dataclass(frozen=True)
class Celah:
    jenis: str  # tanpa_indikator, tidak_melayani, sub_kegiatan_lepas, tanpa_program
    simpul: Simpul
    pesan: str  # Indonesian, for the page and the CLI


SEBUTAN = {
    TUJUAN: "Tujuan",
    SASARAN: "Sasaran",
    SASARAN_PROGRAM: "Sasaran program",
    SASARAN_KEGIATAN: "Sasaran kegiatan",
    INDIVIDU: "Sasaran individu",
    SUB_KEGIATAN: "Sub kegiatan",
}


def _sebut(s: Simpul) -> str:
    nomor = f" {s.nomor}" if s.nomor else ""
    opd = f" ({s.opd[1]})" if s.opd else ""
    return f"{SEBUTAN[s.tingkat]}{nomor}{opd} “{s.nama}”"


def _punya_program(s: Simpul) -> bool:
    """A programme delivers the sasaran when some budget line is linked at or under it."""
    return any(d.tingkat == SUB_KEGIATAN for d in s.semua())


def celah(akar: Iterable[Simpul], sub_lepas: Iterable[Simpul] = ()) -> list[Celah]:
    """The gaps of a tree (its tujuan, `akar`) and of the year's budget (`sub_lepas`: sub
    kegiatan linked to no sasaran), in tree order:
    - a sasaran of any level with no indicator;
    - a tujuan or OPD sasaran serving nothing above it (neither it nor its tujuan linked
      to the Pemda's plan);
    - an OPD sasaran with no programme (no budget line anywhere under it);
    - a sub kegiatan that supports no sasaran."""
    hasil = []
    for tj in akar:
        for s in tj.semua():
            if s.tingkat in TINGKAT_SASARAN and not s.indikator:
                hasil.append(Celah("tanpa_indikator", s, f"{_sebut(s)} belum memiliki indikator."))
            if s.tingkat == SASARAN and not (s.melayani or tj.melayani):
                hasil.append(
                    Celah(
                        "tidak_melayani",
                        s,
                        f"{_sebut(s)} tidak mendukung sasaran atau tujuan Pemda mana pun.",
                    )
                )
            if s.tingkat == SASARAN and not _punya_program(s):
                hasil.append(
                    Celah(
                        "tanpa_program",
                        s,
                        f"{_sebut(s)} belum didukung program atau sub kegiatan anggaran.",
                    )
                )
    for sub in sub_lepas:
        hasil.append(
            Celah(
                "sub_kegiatan_lepas",
                sub,
                f"{_sebut(sub)} tidak dikaitkan dengan sasaran mana pun.",
            )
        )
    return hasil
