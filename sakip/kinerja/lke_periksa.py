"""Consistency checks between the answers of one side (the OPD's or the evaluator's) of an
LKE worksheet, shown as warnings on the worksheet page, as review findings are.

Rules:
- A criterion that builds on others (`Kriteria.syarat`, declared in the worksheet file)
  must not be answered better than any of them: "the measurement results change the
  strategy" (AA) while "measured periodically" is CC is suspect. Answers on different
  scales compare by value (Y = 1 = AA). Checked once both are answered.
- An answer must not be better than the answer the data in sakip supports (the
  suggestion of `sakip.lke.saran`): a "Y" on "the LKjIP was on time" when it was approved
  in May is suspect. Only criteria with a suggestion are checked.
Warnings never block a save: the evaluator decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .lke import Lembar


@dataclass(frozen=True)
class Peringatan:
    kode: str  # the criterion warned about
    pesan: str  # Indonesian


def periksa_jawaban(
    lembar: Lembar, jawaban: Mapping[str, str | None], saran: Mapping[str, str] | None = None
) -> list[Peringatan]:
    """The warnings of one side's answers (criterion code → answer, empty: unanswered);
    `saran` maps codes to the answer the data supports."""
    hasil = []
    for k in lembar.semua_kriteria():
        isi = jawaban.get(k.kode)
        if not isi:
            continue
        nilai = k.skala.nilai(isi)
        for kode_syarat in k.syarat:
            dasar = lembar.kriteria(kode_syarat)
            isi_dasar = jawaban.get(kode_syarat)
            if dasar is not None and isi_dasar and nilai > dasar.skala.nilai(isi_dasar):
                hasil.append(
                    Peringatan(
                        k.kode,
                        f"Kriteria {k.kode} dijawab {isi}, lebih baik daripada kriteria "
                        f"{kode_syarat} yang menjadi dasarnya ({isi_dasar}).",
                    )
                )
        didukung = (saran or {}).get(k.kode)
        if didukung and nilai > k.skala.nilai(didukung):
            hasil.append(
                Peringatan(
                    k.kode,
                    f"Kriteria {k.kode} dijawab {isi}, lebih baik daripada yang didukung "
                    f"data di sakip ({didukung}); lihat saran dan buktinya.",
                )
            )
    return hasil
