"""The LKE score of PermenPANRB 88/2021 worked by hand on the shipped worksheet
(sakip/lke/kriteria/permenpanrb-88-2021.yaml): components 30/30/15/25, sub-components
20/30/50 % of their component, criteria counts 6/11/8, 3/7/10, 6/9/7, 3/5/5."""

from decimal import Decimal

import pytest

from sakip.kinerja.lke import LembarError, Skala, nilai_lembar, predikat
from sakip.lke.lembar import berkas

LEMBAR = berkas("permenpanrb-88-2021").lembar


def _semua(pilih, komponen=None):
    """Every criterion (of the components named) answered `pilih(skala)`."""
    return {
        k.kode: pilih(k.skala)
        for kom in LEMBAR.komponen
        if komponen is None or kom.kode in komponen
        for s in kom.subkomponen
        for k in s.kriteria
    }


def terbaik(skala):
    return skala.terbaik


def terburuk(skala):
    return skala.terburuk


def test_the_shipped_worksheet_has_the_regulations_weights():
    assert [(k.nama, k.bobot) for k in LEMBAR.komponen] == [
        ("Perencanaan Kinerja", 30),
        ("Pengukuran Kinerja", 30),
        ("Pelaporan Kinerja", 15),
        ("Evaluasi Akuntabilitas Kinerja Internal", 25),
    ]
    assert [s.bobot for k in LEMBAR.komponen for s in k.subkomponen] == [
        6, 9, 15, 6, 9, 15, 3, Decimal("4.5"), Decimal("7.5"), 5, Decimal("7.5"), Decimal("12.5")
    ]  # fmt: skip
    assert [len(s.kriteria) for k in LEMBAR.komponen for s in k.subkomponen] == [
        6, 11, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5
    ]  # fmt: skip
    assert LEMBAR.kriteria("1.1.1").skala.teks == "Y/T"
    assert LEMBAR.kriteria("1.2.3").skala.teks == "AA/A/BB/B/CC/C/D/E"


def test_all_best_answers_score_100_and_AA():
    hasil = nilai_lembar(LEMBAR, _semua(terbaik))
    assert hasil.nilai == 100 and hasil.predikat == "AA"
    assert [k.nilai for k in hasil.komponen] == [30, 30, 15, 25]
    assert hasil.belum_dijawab == ()


def test_all_worst_answers_score_0_and_D():
    hasil = nilai_lembar(LEMBAR, _semua(terburuk))
    assert hasil.nilai == 0 and hasil.predikat == "D"


def test_only_perencanaan_best_scores_30_and_D():
    jawaban = _semua(terburuk) | _semua(terbaik, {"1"})
    hasil = nilai_lembar(LEMBAR, jawaban)
    assert hasil.nilai == 30 and hasil.predikat == "D"


def test_perencanaan_and_pengukuran_best_score_60_and_CC():
    jawaban = _semua(terburuk) | _semua(terbaik, {"1", "2"})
    hasil = nilai_lembar(LEMBAR, jawaban)
    assert hasil.nilai == 60 and hasil.predikat == "CC"


def test_a_mixed_perencanaan_by_hand():
    # 1.1: 3 Y and 3 T of 6 -> 0,5 x 6 = 3; 1.2: all A (0,9) -> 0,9 x 9 = 8,1;
    # 1.3: 4 AA and 4 D (0,3) of 8 -> (4 + 1,2) / 8 = 0,65 x 15 = 9,75; Perencanaan 20,85;
    # the other components all best: 30 + 15 + 25 = 70; total 90,85 -> AA.
    jawaban = _semua(terbaik)
    jawaban |= {f"1.1.{i}": "T" for i in (4, 5, 6)}
    jawaban |= {f"1.2.{i}": "A" for i in range(1, 12)}
    jawaban |= {f"1.3.{i}": "D" for i in (5, 6, 7, 8)}
    hasil = nilai_lembar(LEMBAR, jawaban)
    assert [s.nilai for s in hasil.komponen[0].subkomponen] == [3, Decimal("8.1"), Decimal("9.75")]
    assert hasil.komponen[0].nilai == Decimal("20.85")
    assert hasil.nilai == Decimal("90.85") and hasil.predikat == "AA"


def test_unanswered_criteria_count_as_worst_and_are_reported():
    jawaban = _semua(terbaik)
    del jawaban["2.3.10"]
    jawaban["4.1.1"] = ""
    hasil = nilai_lembar(LEMBAR, jawaban)
    # 2.3: 9 of 10 best -> 0,9 x 15 = 13,5 (1,5 lost); 4.1: 2 of 3 -> 5 x 2/3 (5/3 lost).
    assert hasil.komponen[1].nilai == Decimal("28.5")
    assert hasil.belum_dijawab == ("2.3.10", "4.1.1")
    assert nilai_lembar(LEMBAR, {}).nilai == 0
    assert len(nilai_lembar(LEMBAR, {}).belum_dijawab) == 80


def test_an_answer_off_the_scale_is_refused():
    with pytest.raises(LembarError, match="tidak ada pada skala Y/T"):
        nilai_lembar(LEMBAR, {"1.1.1": "AA"})


# Edges: "> 80–90" is 80 < nilai <= 90 (the upper edge belongs to the band); D is 0–30.
@pytest.mark.parametrize(
    "nilai, harapan",
    [
        ("0", "D"), ("30", "D"), ("30.01", "C"), ("50", "C"), ("50.01", "CC"), ("60", "CC"),
        ("60.01", "B"), ("70", "B"), ("70.01", "BB"), ("80", "BB"), ("80.01", "A"),
        ("90", "A"), ("90.01", "AA"), ("100", "AA"),
    ],
)  # fmt: skip
def test_band_edges(nilai, harapan):
    assert predikat(Decimal(nilai)) == harapan


@pytest.mark.parametrize("nilai", ["-0.01", "100.01"])
def test_a_score_outside_0_to_100_has_no_grade(nilai):
    with pytest.raises(LembarError):
        predikat(Decimal(nilai))


def test_a_scale_must_run_from_1_down_to_0():
    with pytest.raises(LembarError):
        Skala((("Y", Decimal(1)), ("T", Decimal("0.5"))))
    with pytest.raises(LembarError):
        Skala((("A", Decimal(0)), ("B", Decimal(1))))
