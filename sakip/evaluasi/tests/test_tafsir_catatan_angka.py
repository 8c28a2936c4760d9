"""A figure followed by a note is still the figure: "34,12 sd mei" (to May), "38%
(Evaluasi Semester I)"; a note is not mistaken for the figure's own parts."""

from decimal import Decimal

import pytest

from sakip.evaluasi.tafsir import baca_angka


@pytest.mark.parametrize(
    "teks, nilai, persen",
    [
        ("34,12 sd mei", "34.12", False),
        ("34,12 s.d. Mei", "34.12", False),
        ("38% (Evaluasi Semester I)", "38", True),
        ("1.440.615.809 (sampai Mei)", "1440615809", False),
        ("(1.234)", None, False),
        ("2 (Dua) Dokumen", None, False),
        ("Belum Tercapai (realisasi s.d. Oktober 82 %)", None, True),
    ],
)
def test_it_reads_the_figure_before_a_note(teks, nilai, persen):
    assert baca_angka(teks) == (nilai and Decimal(nilai), persen)
