"""How far into the year an annual figure reaches while it is aggregated from the quarters
entered so far ("s.d. Triwulan II"), and where each series' annual value comes from (the
Tahunan tab of the entry page)."""

import pytest

from sakip.pengukuran.hitung import teks_sampai
from sakip.pengukuran.models import Variabel
from sakip.pengukuran.tests.dunia_uji import indikator, muat
from sakip.perencanaan.models import Indikator


def _v(kode, nilai, **isi):
    return {"kode": kode, "nama": kode.title(), "nilai": nilai, **isi}


@pytest.fixture
def data(db):
    return muat(
        variabel=[
            _v("lulus", {"2024-T1": 1, "2024-T2": 9}),
            _v("peserta", {"2024-T1": 2}),
            _v("stok", {2023: 1, "2024-T1": 5, "2024-T3": 7}, agregasi="terakhir"),
            _v("diisi", {2024: 50, "2024-T1": 3}),
            _v("penuh", {"2024-T1": 1, "2024-T2": 1, "2024-T3": 1, "2024-T4": 1}),
            _v("selang", {"2024-T1": 4, "2024-T3": 6}, agregasi="maks"),
        ],
        indikator_tujuan=[indikator("komposit", komponen=["stok", "langsung"])],
        indikator_sasaran=[
            indikator("rasio", rumus="lulus / peserta * 100"),
            indikator("stok", rumus="stok"),
            indikator("lag", rumus="stok - stok[n-1]"),
            indikator("diisi", rumus="diisi"),
            indikator("penuh", rumus="penuh"),
            indikator("langsung", agregasi="jumlah", realisasi={"2024-T1": 4, "2024-T2": 5}),
            indikator("kosong"),
        ],
    )


def sampai(data, kode):
    return data.sampai_triwulan(Indikator.objects.get(kode=kode), 2024)


def test_a_formula_reaches_as_far_as_its_shortest_variable(data):
    # lulus runs to Triwulan II, peserta only to Triwulan I.
    assert sampai(data, "rasio") == 1


def test_the_last_quarter_value_reaches_its_quarter(data):
    assert sampai(data, "stok") == 3
    # Last year's value read by stok[n-1] is last year's; this year's reaches Triwulan III.
    assert sampai(data, "lag") == 3


def test_a_direct_realisation_reaches_its_last_quarter(data):
    assert sampai(data, "langsung") == 2


def test_a_composite_reaches_as_far_as_its_shortest_component(data):
    assert sampai(data, "komposit") == 2


@pytest.mark.parametrize("kode", ["diisi", "penuh", "kosong"])
def test_a_complete_year_or_no_value_says_nothing(data, kode):
    # An annual value entered wins over its quarters; Triwulan IV in completes the year.
    assert sampai(data, kode) is None


def test_the_words_on_the_page():
    assert teks_sampai(2) == "s.d. Triwulan II"
    assert teks_sampai(None) == ""


def _tahunan(data, kode):
    return data.tahunan_variabel(Variabel.objects.get(kode=kode), 2024)


def test_each_series_says_where_the_years_value_comes_from(data):
    lulus = _tahunan(data, "lulus")
    assert (lulus.nilai, lulus.uraian) == (10, "jumlah Triwulan I–II")
    stok = _tahunan(data, "stok")
    assert (stok.nilai, stok.uraian) == (7, "dari Triwulan III")
    selang = _tahunan(data, "selang")
    assert (selang.nilai, selang.uraian) == (6, "terbesar dari Triwulan I, III")
    diisi = _tahunan(data, "diisi")
    assert (diisi.nilai, diisi.diisi, diisi.uraian) == (50, True, "nilai tahunan yang diisi")
    langsung = data.tahunan_langsung(Indikator.objects.get(kode="langsung"), 2024)
    assert (langsung.nilai, langsung.uraian) == (9, "jumlah Triwulan I–II")
    kosong = data.tahunan_langsung(Indikator.objects.get(kode="kosong"), 2024)
    assert (kosong.nilai, kosong.uraian) == (None, "")
