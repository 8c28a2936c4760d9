"""A node's capaian (mean of its indicators) and its colour on the Pemda's scale."""

from decimal import Decimal

from sakip.kinerja.pohon import SASARAN, NilaiSimpul, Simpul, datar, warna
from sakip.kinerja.predikat import skala

TEBING = skala("lkjip-tebing-tinggi")  # Agak Kurang 30–50 … Memuaskan ≥81


def n(capaian):
    return NilaiSimpul("I", "%", None, None, None if capaian is None else Decimal(capaian))


def test_a_nodes_capaian_is_the_mean_of_its_indicators_with_a_value():
    # (52,75 + 97,51) / 2 = 75,13; an indicator without a value is left out.
    assert Simpul(SASARAN, "S", indikator=[n("52.75"), n("97.51"), n(None)]).capaian == Decimal(
        "75.13"
    )
    assert Simpul(SASARAN, "S").capaian is None


def test_the_colour_follows_the_band():
    assert warna(TEBING, Decimal("97.50")) == "tinggi"  # Memuaskan, the top band
    assert warna(TEBING, Decimal("72.84")) == "sedang"  # Baik
    assert warna(TEBING, Decimal("30")) == "rendah"  # Agak Kurang, the bottom band
    assert warna(TEBING, Decimal("12")) is None  # below the scale
    assert warna(TEBING, None) is None


def test_the_rows_of_the_indented_table_come_depth_first():
    c = Simpul(SASARAN, "C")
    b = Simpul(SASARAN, "B", anak=[c])
    d = Simpul(SASARAN, "D")
    assert [(k, s.nama) for k, s in datar([Simpul(SASARAN, "A", anak=[b, d])])] == [
        (0, "A"),
        (1, "B"),
        (2, "C"),
        (1, "D"),
    ]
