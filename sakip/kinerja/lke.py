"""The SAKIP evaluation worksheet (Lembar Kerja Evaluasi, LKE) and its score.

A worksheet (`Lembar`) has components (Perencanaan, Pengukuran, Pelaporan, Evaluasi
Internal) with a weight each; every component has three sub-components (pemenuhan,
kualitas, pemanfaatan) taking a share of its weight (20/30/50 % in PermenPANRB 88/2021);
every sub-component has criteria, each answered on its scale (`Skala`: Y/T, or
AA/A/BB/B/CC/C/D/E), every answer worth a value between 0 and 1. The structure comes from
a data file (`sakip/lke/kriteria/*.yaml`, read by `sakip.lke.lembar`); this module only
holds it and scores it.

Rules:
- A sub-component's score is the mean of its criteria's values times its weight (the
  component's weight times its share); a component's score is the sum of its
  sub-components', the total the sum of the components'.
- An unanswered criterion counts as the scale's worst answer (value 0), so a partly filled
  worksheet scores what it has shown, never more; the unanswered codes are reported with
  the score (`Hasil.belum_dijawab`), and pages and the CLI show them.
- The grade (predikat) takes the bands of the regulation: AA > 90–100, A > 80–90,
  BB > 70–80, B > 60–70, CC > 50–60, C > 30–50, D 0–30. "> 80–90" is read as
  80 < nilai ≤ 90: the upper edge belongs to the band, the lower edge to the band below
  (90 is A, 90,01 is AA; 30 is D, 30,01 is C); 0 belongs to D.
- Scores are summed exactly (as fractions: a mean of 3 or 7 criteria does not end) and
  given as Decimal at the engine's precision (`angka.konteks`) only at the end, so a total
  that is exactly on a band edge (30 from 6 + 9 + 15) is graded on the edge.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sakip.kinerja.angka import konteks
from sakip.kinerja.predikat import Pita, SkalaPredikat

SERATUS = Decimal(100)


class LembarError(ValueError):
    """An invalid worksheet structure; the message is Indonesian."""


@dataclass(frozen=True)
class Skala:
    """An answer scale: the answers, best first, with their values (1 down to 0)."""

    pilihan: tuple[tuple[str, Decimal], ...]

    def __post_init__(self) -> None:
        nilai = [n for _, n in self.pilihan]
        if len(self.pilihan) < 2 or len({j for j, _ in self.pilihan}) != len(self.pilihan):
            raise LembarError("Skala jawaban memerlukan paling sedikit dua jawaban berbeda.")
        if nilai != sorted(nilai, reverse=True) or nilai[0] != 1 or nilai[-1] != 0:
            raise LembarError(
                "Nilai jawaban harus menurun dari 1 (jawaban terbaik) sampai 0 (terburuk)."
            )

    @property
    def teks(self) -> str:
        """The answers separated by '/', best first ("Y/T")."""
        return "/".join(j for j, _ in self.pilihan)

    @property
    def jawaban(self) -> tuple[str, ...]:
        return tuple(j for j, _ in self.pilihan)

    @property
    def terbaik(self) -> str:
        return self.pilihan[0][0]

    @property
    def terburuk(self) -> str:
        return self.pilihan[-1][0]

    def untuk_porsi(self, porsi: Decimal | Fraction) -> str:
        """The best answer whose value does not exceed `porsi` (0–1): the answer a share of
        fulfilled conditions supports (all of them: the best; none: the worst)."""
        return next(j for j, n in self.pilihan if n <= porsi)

    def untuk_bagian(self, terpenuhi: int, jumlah: int) -> str:
        """The answer `terpenuhi` of `jumlah` conditions support (exact: 9 of 10 is A)."""
        return self.untuk_porsi(Fraction(terpenuhi, jumlah) if jumlah else Fraction(0))

    def nilai(self, jawaban: str | None) -> Decimal:
        """The value of an answer; an unanswered criterion counts as the worst (0)."""
        if not jawaban:
            return Decimal(0)
        for j, n in self.pilihan:
            if j == jawaban:
                return n
        raise LembarError(f"Jawaban '{jawaban}' tidak ada pada skala {self.teks}.")


@dataclass(frozen=True)
class Kriteria:
    kode: str  # "komponen.subkomponen.kriteria", e.g. "1.2.3"
    uraian: str
    skala: Skala
    lokal: bool = False  # added by the Pemda, not in the regulation's file
    # Codes of the criteria this one builds on: an answer better than theirs is suspect
    # (`sakip.kinerja.lke_periksa`).
    syarat: tuple[str, ...] = ()
    # Judged across the Pemda's OPD (every unit, every employee): the Pemda's own evaluation
    # draws its suggestion from its OPD's answers (`sakip.kinerja.lke_pemda`).
    tentang_opd: bool = False


@dataclass(frozen=True)
class Subkomponen:
    kode: str  # "1.2"
    jenis: str  # pemenuhan, kualitas, pemanfaatan
    nama: str
    bobot: Decimal  # points of the total (component weight × share)
    kriteria: tuple[Kriteria, ...]


@dataclass(frozen=True)
class Komponen:
    kode: str  # "1"
    nama: str
    bobot: Decimal
    subkomponen: tuple[Subkomponen, ...]


@dataclass(frozen=True)
class Lembar:
    versi: str  # the data file's name, e.g. "permenpanrb-88-2021"
    nama: str
    komponen: tuple[Komponen, ...]

    def __post_init__(self) -> None:
        masalah = masalah_lembar(self)
        if masalah:
            raise LembarError(masalah[0])

    def semua_kriteria(self) -> list[Kriteria]:
        return [k for kom in self.komponen for s in kom.subkomponen for k in s.kriteria]

    def kriteria(self, kode: str) -> Kriteria | None:
        return next((k for k in self.semua_kriteria() if k.kode == kode), None)


def masalah_lembar(lembar: Lembar) -> list[str]:
    """What is wrong with a worksheet (empty when it is sound): weights adding to 100,
    sub-component weights adding to their component's, a criterion in every sub-component,
    codes unique and in place."""
    masalah: list[str] = []
    if sum((k.bobot for k in lembar.komponen), Decimal(0)) != SERATUS:
        masalah.append("Jumlah bobot komponen harus 100.")
    kode: set[str] = set()
    for kom in lembar.komponen:
        if sum((s.bobot for s in kom.subkomponen), Decimal(0)) != kom.bobot:
            masalah.append(f"Bobot subkomponen {kom.kode} tidak berjumlah {kom.bobot}.")
        for s in kom.subkomponen:
            if not s.kode.startswith(f"{kom.kode}."):
                masalah.append(f"Kode subkomponen {s.kode} tidak di bawah komponen {kom.kode}.")
            if not s.kriteria:
                masalah.append(f"Subkomponen {s.kode} tidak memiliki kriteria.")
            for k in s.kriteria:
                if not k.kode.startswith(f"{s.kode}."):
                    masalah.append(f"Kode kriteria {k.kode} tidak di bawah subkomponen {s.kode}.")
                if k.kode in kode:
                    masalah.append(f"Kode kriteria {k.kode} ganda.")
                kode.add(k.kode)
    for k in lembar.semua_kriteria():
        for perlu in k.syarat:
            if perlu not in kode or perlu == k.kode:
                masalah.append(f"Syarat {perlu} kriteria {k.kode} tidak ada pada lembar kerja.")
    return masalah


# The regulation's bands: the upper edge belongs to the band (see the module's rules).
SKALA_PREDIKAT = SkalaPredikat(
    "lke",
    "Predikat evaluasi AKIP (PermenPANRB 88/2021)",
    (
        Pita("D", Decimal(0), Decimal(30), True, True),
        Pita("C", Decimal(30), Decimal(50), False, True),
        Pita("CC", Decimal(50), Decimal(60), False, True),
        Pita("B", Decimal(60), Decimal(70), False, True),
        Pita("BB", Decimal(70), Decimal(80), False, True),
        Pita("A", Decimal(80), Decimal(90), False, True),
        Pita("AA", Decimal(90), SERATUS, False, True),
    ),
)


# What each grade means, as LHE letters write it after the grade.
ARTI_PREDIKAT = {
    "AA": "Sangat Memuaskan",
    "A": "Memuaskan",
    "BB": "Sangat Baik",
    "B": "Baik",
    "CC": "Cukup",
    "C": "Kurang",
    "D": "Sangat Kurang",
}


def predikat(nilai: Decimal) -> str:
    """The grade of a total score between 0 and 100."""
    hasil = SKALA_PREDIKAT.predikat(nilai)
    if hasil is None:
        raise LembarError(f"Nilai {nilai} di luar 0–100.")
    return hasil


@dataclass(frozen=True)
class HasilSubkomponen:
    kode: str
    nama: str
    bobot: Decimal
    nilai: Decimal
    jumlah_kriteria: int
    belum_dijawab: tuple[str, ...]


@dataclass(frozen=True)
class HasilKomponen:
    kode: str
    nama: str
    bobot: Decimal
    nilai: Decimal
    subkomponen: tuple[HasilSubkomponen, ...]


@dataclass(frozen=True)
class Hasil:
    komponen: tuple[HasilKomponen, ...]
    nilai: Decimal
    predikat: str

    @property
    def belum_dijawab(self) -> tuple[str, ...]:
        return tuple(k for kom in self.komponen for s in kom.subkomponen for k in s.belum_dijawab)


def _desimal(nilai: Fraction) -> Decimal:
    with konteks():
        return Decimal(nilai.numerator) / Decimal(nilai.denominator)


def _nilai_subkomponen(s: Subkomponen, jawaban: Mapping[str, str | None]) -> Fraction:
    jumlah = sum((Fraction(k.skala.nilai(jawaban.get(k.kode))) for k in s.kriteria), Fraction(0))
    return jumlah / len(s.kriteria) * Fraction(s.bobot)


def nilai_lembar(lembar: Lembar, jawaban: Mapping[str, str | None]) -> Hasil:
    """Score the answers (criterion code → answer; missing or empty: unanswered). An
    answer not on its criterion's scale raises `LembarError`; codes not on the worksheet
    are ignored (the callers check them where they can name the place)."""
    komponen = []
    total = Fraction(0)
    for kom in lembar.komponen:
        sub = []
        jumlah = Fraction(0)
        for s in kom.subkomponen:
            tepat = _nilai_subkomponen(s, jawaban)
            jumlah += tepat
            kosong = tuple(k.kode for k in s.kriteria if not jawaban.get(k.kode))
            sub.append(
                HasilSubkomponen(s.kode, s.nama, s.bobot, _desimal(tepat), len(s.kriteria), kosong)
            )
        total += jumlah
        komponen.append(HasilKomponen(kom.kode, kom.nama, kom.bobot, _desimal(jumlah), tuple(sub)))
    nilai = _desimal(total)
    return Hasil(tuple(komponen), nilai, predikat(nilai))


def perubahan_nilai(nilai: Decimal | None, lalu: Decimal | None) -> Decimal | None:
    """The change of a score from last year's (None when either is missing)."""
    if nilai is None or lalu is None:
        return None
    with konteks():
        return nilai - lalu
