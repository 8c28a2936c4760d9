"""The Pemda's own evaluation drawn from its OPD: for a criterion about the OPD (marked
`tentang_opd` in the worksheet file), what the OPD's evaluations of the year answered.

Rules:
- Only answered evaluations count; an OPD that left the criterion empty is reported in
  `jumlah` (the evaluations read) but is not in the mean, so it neither helps nor hurts.
- The mean is exact (a fraction of the answers' values) and the suggested answer is the
  one whose value is nearest to it; on a tie between two answers the worse one is taken,
  so the suggestion never claims more than the OPD showed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from sakip.kinerja.lke import Skala


@dataclass(frozen=True)
class Rangkuman:
    """What the OPD answered on one criterion: how many evaluations were read (`jumlah`),
    how many gave each answer (best first, only answers given), the exact mean value of the
    answers given, and the answer nearest to it."""

    jumlah: int
    per_jawaban: tuple[tuple[str, int], ...]
    rerata: Fraction
    jawaban: str

    @property
    def dijawab(self) -> int:
        return sum(n for _, n in self.per_jawaban)


def rangkum_jawaban(skala: Skala, jawaban: Iterable[str | None]) -> Rangkuman | None:
    """The summary of the OPD's answers on a criterion of `skala`; None when no OPD
    answered it (nothing to suggest)."""
    semua = list(jawaban)
    hitung = Counter(j for j in semua if j)
    if not hitung:
        return None
    nilai = {j: Fraction(n) for j, n in skala.pilihan}
    dijawab = sum(hitung.values())
    rerata = sum((nilai[j] * n for j, n in hitung.items()), Fraction(0)) / dijawab
    # Worst first, so that `min` keeps the worse of two equally near answers.
    terdekat = min(reversed(skala.pilihan), key=lambda p: abs(Fraction(p[1]) - rerata))[0]
    per_jawaban = tuple((j, hitung[j]) for j in skala.jawaban if hitung[j])
    return Rangkuman(len(semua), per_jawaban, rerata, terdekat)
