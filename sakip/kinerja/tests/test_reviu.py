from decimal import Decimal

from sakip.kinerja.predikat import skala
from sakip.kinerja.reviu import ATURAN, Tingkat, cek_angka, cek_predikat


def test_every_rule_has_an_id_description_and_severity():
    for kode, aturan in ATURAN.items():
        assert kode == aturan.kode and aturan.uraian and aturan.tingkat in Tingkat


def test_it_accepts_a_figure_within_half_a_unit_of_the_last_digit():
    # 639 / 1.257 × 100 = 50,8353…; "50,84" is right, "50,83" and "51,00" are not.
    nilai = Decimal(639) * 100 / Decimal(1257)
    assert cek_angka("R01", "x", Decimal("50.84"), nilai) is None
    assert cek_angka("R01", "x", Decimal("50.83"), nilai) is not None
    temuan = cek_angka("R01", "x", Decimal("51.00"), nilai)
    assert temuan.aturan == "R01" and temuan.tingkat == Tingkat.GALAT
    assert "tercatat 51,00, seharusnya 50,84" in temuan.pesan


def test_it_skips_missing_figures():
    assert cek_angka("R01", "x", None, Decimal(1)) is None
    assert cek_angka("R01", "x", Decimal(1), None) is None


def test_it_checks_a_predikat_against_the_declared_scale():
    lkjip = skala("lkjip-tebing-tinggi")
    # 72,84 is "Baik" (65 to before 75), not "Sangat Baik".
    assert cek_predikat("x", Decimal("72.84"), "Sangat Baik", lkjip).seharusnya == "Baik"
    assert cek_predikat("x", Decimal("97.50"), "memuaskan", lkjip) is None  # case-insensitive
    assert cek_predikat("x", Decimal("20"), "Agak Kurang", lkjip).seharusnya is None  # off scale
