"""The summary of the OPD's answers that suggests the Pemda's own answer, worked by hand
on the shipped scales (sakip/lke/kriteria/permenpanrb-88-2021.yaml: Y/T = 1/0; AA/A/BB/B/
CC/C/D/E = 1; 0,9; 0,8; 0,7; 0,6; 0,5; 0,3; 0)."""

from fractions import Fraction

from sakip.kinerja.lke_pemda import rangkum_jawaban
from sakip.lke.lembar import berkas

SKALA = berkas("permenpanrb-88-2021").skala
YT, GRADASI = SKALA["yt"], SKALA["gradasi"]


def test_twelve_of_fifteen_yes_suggests_yes():
    r = rangkum_jawaban(YT, ["Y"] * 12 + ["T"] * 3)
    # 12 × 1 / 15 = 4/5: 0,2 from Y, 0,8 from T.
    assert (r.jumlah, r.dijawab, r.per_jawaban) == (15, 15, (("Y", 12), ("T", 3)))
    assert (r.rerata, r.jawaban) == (Fraction(4, 5), "Y")


def test_a_tie_takes_the_worse_answer():
    assert rangkum_jawaban(YT, ["Y", "T"]).jawaban == "T"  # 1/2: as near to Y as to T
    assert rangkum_jawaban(GRADASI, ["A", "BB"]).jawaban == "BB"  # 0,85 between 0,9 and 0,8
    assert rangkum_jawaban(GRADASI, ["C", "D"]).jawaban == "D"  # 0,4 between 0,5 and 0,3


def test_graded_answers_map_the_mean_to_the_nearest_answer():
    r = rangkum_jawaban(GRADASI, ["AA", "A", "B"])
    # (1 + 0,9 + 0,7) / 3 = 13/15 = 0,866…: 0,033… from A, 0,066… from BB.
    assert (r.rerata, r.jawaban) == (Fraction(13, 15), "A")
    assert r.per_jawaban == (("AA", 1), ("A", 1), ("B", 1))


def test_unanswered_evaluations_are_counted_but_not_in_the_mean():
    r = rangkum_jawaban(YT, ["Y", "", None, "T", "T"])
    assert (r.jumlah, r.dijawab, r.rerata, r.jawaban) == (5, 3, Fraction(1, 3), "T")


def test_no_answer_at_all_suggests_nothing():
    assert rangkum_jawaban(YT, ["", None]) is None
    assert rangkum_jawaban(YT, []) is None


def test_the_shipped_worksheet_marks_the_criteria_about_the_opd():
    lembar = berkas("permenpanrb-88-2021").lembar
    tentang = [k.kode for k in lembar.semua_kriteria() if k.tentang_opd]
    # "Setiap unit kerja / pegawai", cascading, "seluruh unit kerja" and the follow-up of
    # every internal recommendation.
    assert tentang == [
        "1.2.8", "1.2.10", "1.2.11", "1.3.7", "1.3.8", "2.2.5", "2.3.9", "2.3.10",
        "3.3.2", "4.1.2", "4.2.4", "4.3.1",
    ]  # fmt: skip
    assert lembar.kriteria("1.2.8").syarat == ("1.1.3",)
