"""Rolling a node's capaian up from its children (the Pemda's choice): plain mean or
weighted by the budget under each child, worked by hand, plus properties."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.kinerja.anggaran import serapan
from sakip.kinerja.pohon import (
    SASARAN,
    SASARAN_KEGIATAN,
    SASARAN_PROGRAM,
    SUB_KEGIATAN,
    CaraGabung,
    NilaiSimpul,
    Simpul,
    capaian_simpul,
    gabung_capaian,
)

D = Decimal


def test_mean_and_budget_weight_by_hand():
    anak = [(D(80), D(100)), (D(100), D(300))]
    # (80 + 100) / 2 = 90; (80 × 100 + 100 × 300) / 400 = 38.000 / 400 = 95.
    assert gabung_capaian(anak, CaraGabung.RATA_RATA).nilai == D(90)
    assert gabung_capaian(anak, CaraGabung.BOBOT_ANGGARAN).nilai == D(95)


def test_a_child_without_budget_weighs_nothing_and_is_reported():
    anak = [(D(80), D(100)), (D(100), D(300)), (D(60), None)]
    # The mean counts it: (80 + 100 + 60) / 3 = 80.
    assert gabung_capaian(anak, CaraGabung.RATA_RATA).nilai == D(80)
    hasil = gabung_capaian(anak, CaraGabung.BOBOT_ANGGARAN)
    assert (hasil.nilai, hasil.catatan) == (D(95), "2 dari 3 simpul anak dihitung")


def test_no_child_that_counts_gives_none_with_the_reason():
    hasil = gabung_capaian([(None, D(10)), (D(50), D(0))], CaraGabung.BOBOT_ANGGARAN)
    assert hasil.nilai is None
    assert hasil.catatan == "Tidak ada simpul anak yang memiliki capaian dan pagu"


def test_an_unknown_choice_is_refused():
    with pytest.raises(ValueError, match="tidak dikenal"):
        gabung_capaian([], "median")


def _sub(capaian, pagu):
    return Simpul(
        SUB_KEGIATAN,
        "Sub",
        indikator=[NilaiSimpul("Keluaran", "bulan", None, None, D(capaian))],
        serapan=serapan(D(pagu), D(0)),
    )


def _ind(capaian):
    return [NilaiSimpul("I", "%", None, None, D(capaian))]


def _pohon():
    """A sasaran program over kegiatan K1 (own indicator 50; sub kegiatan 100 with pagu 10
    and 0 with pagu 30) and K2 (a leaf, own 100, pagu 60)."""
    k1 = Simpul(
        SASARAN_KEGIATAN,
        "K1",
        indikator=_ind(50),
        anak=[_sub(100, 10), _sub(0, 30)],
        serapan=serapan(D(40), D(0)),
    )
    k2 = Simpul(SASARAN_KEGIATAN, "K2", indikator=_ind(100), serapan=serapan(D(60), D(0)))
    return Simpul(SASARAN_PROGRAM, "P", indikator=_ind(10), anak=[k1, k2])


def test_a_branch_rolls_up_level_by_level():
    p = _pohon()
    # Own indicators: 10.
    assert capaian_simpul(p, CaraGabung.SENDIRI) == D(10)
    # Mean: K1 = (100 + 0) / 2 = 50, K2 = 100 → (50 + 100) / 2 = 75.
    assert capaian_simpul(p, CaraGabung.RATA_RATA) == D(75)
    # Budget: K1 = (100 × 10 + 0 × 30) / 40 = 25; P = (25 × 40 + 100 × 60) / 100 = 70.
    assert capaian_simpul(p.anak[0], CaraGabung.BOBOT_ANGGARAN) == D(25)
    assert capaian_simpul(p, CaraGabung.BOBOT_ANGGARAN) == D(70)


def test_an_opd_sasaran_keeps_its_own_indicators():
    s = Simpul(SASARAN, "S", indikator=_ind(52), anak=[_pohon()])
    assert capaian_simpul(s, CaraGabung.BOBOT_ANGGARAN) == D(52)


pengaturan = settings(max_examples=200, deadline=None)
capaian = st.decimals(min_value=0, max_value=200, places=2)
pagu = st.decimals(min_value=D("0.01"), max_value=10**12, places=2)
anak_st = st.lists(st.tuples(capaian, pagu), min_size=1, max_size=8)


@pengaturan
@given(anak=anak_st)
def test_the_weighted_capaian_lies_between_its_childrens(anak):
    nilai = gabung_capaian(anak, CaraGabung.BOBOT_ANGGARAN).nilai
    assert min(c for c, _ in anak) <= nilai <= max(c for c, _ in anak)


@pengaturan
@given(anak=anak_st, faktor=st.integers(min_value=1, max_value=1000))
def test_scaling_every_budget_changes_nothing(anak, faktor):
    a = gabung_capaian(anak, CaraGabung.BOBOT_ANGGARAN).nilai
    b = gabung_capaian([(c, p * faktor) for c, p in anak], CaraGabung.BOBOT_ANGGARAN).nilai
    assert abs(a - b) <= D("1e-40")


@pengaturan
@given(nilai=st.lists(capaian, min_size=1, max_size=8), p=pagu)
def test_equal_budgets_give_the_plain_mean(nilai, p):
    anak = [(c, p) for c in nilai]
    a = gabung_capaian(anak, CaraGabung.BOBOT_ANGGARAN).nilai
    b = gabung_capaian(anak, CaraGabung.RATA_RATA).nilai
    assert abs(a - b) <= D("1e-40")
