"""Which quarters a year's value is taken from: what the data entry page's Tahunan tab and
the "s.d. Triwulan II" of a year still under way say."""

from decimal import Decimal as D

import pytest

from sakip.kinerja.capaian import Agregasi, nilai_tahunan, triwulan_tahunan

SEBAGIAN = {1: D(10), 2: None, 3: D(30)}


def test_an_entered_annual_value_takes_nothing_from_the_quarters():
    assert triwulan_tahunan(D(99), SEBAGIAN, Agregasi.JUMLAH) == ()
    assert nilai_tahunan(D(99), SEBAGIAN, Agregasi.JUMLAH) == 99


@pytest.mark.parametrize("cara", [Agregasi.JUMLAH, Agregasi.RATA_RATA, Agregasi.MAKS, Agregasi.MIN])
def test_an_aggregate_takes_every_quarter_with_a_value(cara):
    assert triwulan_tahunan(None, SEBAGIAN, cara) == (1, 3)


def test_the_last_quarter_value_takes_only_that_quarter():
    assert triwulan_tahunan(None, {3: D(7), 1: D(9), 4: None}, Agregasi.TERAKHIR) == (3,)
    assert nilai_tahunan(None, {3: D(7), 1: D(9), 4: None}, Agregasi.TERAKHIR) == 7


def test_no_quarter_with_a_value_takes_none():
    assert triwulan_tahunan(None, {}, Agregasi.JUMLAH) == ()
    assert triwulan_tahunan(None, {1: None}, Agregasi.TERAKHIR) == ()


def test_the_way_is_given_by_name_too():
    assert triwulan_tahunan(None, SEBAGIAN, "terakhir") == (3,)
