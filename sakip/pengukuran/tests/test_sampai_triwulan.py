"""How far into the year an annual figure reaches while it is aggregated from the quarters
entered so far ("s.d. Triwulan II"), and where each series' annual value comes from (the
Tahunan tab of the entry page)."""

import pytest

from sakip.pengukuran.hitung import DataKinerja, teks_sampai
from sakip.pengukuran.models import Variabel
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.impor import impor_teks


def _indikator(kode, **isi):
    baris = [f"kode: {kode}", f"nama: {kode}", "satuan: unit", "jenis: absolut"]
    baris += ["polaritas: positif", *(f"{k}: {v}" for k, v in isi.items())]
    return "                    - " + "\n                      ".join(baris)


BERKAS = f"""\
format: sakip-data/1
pemda:
  slug: kota-uji
  nama: Kota Uji
  jenis: kota
  skala_predikat: permendagri-86
  opd:
    - slug: dinas-uji
      nama: Dinas Uji
      variabel:
        - {{kode: lulus, nama: Lulus, nilai: {{2024-T1: 1, 2024-T2: 9}}}}
        - {{kode: peserta, nama: Peserta, nilai: {{2024-T1: 2}}}}
        - {{kode: stok, nama: Stok, agregasi: terakhir, nilai: {{2023: 1, 2024-T1: 5, 2024-T3: 7}}}}
        - {{kode: diisi, nama: Diisi, nilai: {{2024: 50, 2024-T1: 3}}}}
        - {{kode: penuh, nama: Penuh, nilai: {{2024-T1: 1, 2024-T2: 1, 2024-T3: 1, 2024-T4: 1}}}}
        - {{kode: selang, nama: Selang, agregasi: maks, nilai: {{2024-T1: 4, 2024-T3: 6}}}}
      periode:
        - kode: renstra
          jenis: renstra
          nama: Renstra Uji
          tahun_awal: 2024
          tahun_akhir: 2024
          tujuan:
            - nomor: '1'
              nama: Tujuan
              indikator:
{_indikator("komposit", komponen="[stok, langsung]")}
              sasaran:
                - nomor: '1'
                  nama: Sasaran
                  indikator:
{_indikator("rasio", rumus="lulus / peserta * 100")}
{_indikator("stok", rumus="stok")}
{_indikator("lag", rumus="stok - stok[n-1]")}
{_indikator("diisi", rumus="diisi")}
{_indikator("penuh", rumus="penuh")}
{_indikator("langsung", agregasi="jumlah", realisasi="{2024-T1: 4, 2024-T2: 5}")}
{_indikator("kosong")}
"""


@pytest.fixture
def data(db):
    impor_teks(BERKAS)
    return DataKinerja(Indikator.objects.select_related("periode__pemda"))


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
