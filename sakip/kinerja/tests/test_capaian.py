from decimal import ROUND_DOWN, Decimal

import pytest

from sakip.kinerja.angka import format_persen, konteks
from sakip.kinerja.capaian import (
    Agregasi,
    Capaian,
    Hasil,
    Polaritas,
    agregasi_triwulan,
    hitung_capaian,
    kemajuan_terhadap_target_akhir,
    nilai_tahunan,
    perubahan,
    rata_rata,
    tercapai,
)

D = Decimal
POSITIF, NEGATIF, RENTANG = Polaritas.POSITIF, Polaritas.NEGATIF, Polaritas.RENTANG


def potong(nilai: Decimal, desimal: int = 4) -> Decimal:
    """Truncate, so a test states the leading digits of a full-precision result."""
    return nilai.quantize(D(1).scaleb(-desimal), rounding=ROUND_DOWN)


def persen(pembilang: int, penyebut: int) -> Decimal:
    with konteks():
        return D(pembilang) / D(penyebut) * 100


# --- positive polarity: seed facts ---------------------------------------------------------


def test_it_computes_positive_polarity():
    # Kota Jambi IKU 2025, Tabel 3.4: Penyerapan Tenaga Kerja 639 / 1.257 × 100 = 50,8353…%,
    # target 42,00 -> 50,8353… / 42 × 100 = 121,0364…%.
    realisasi = persen(639, 1257)
    assert potong(realisasi) == D("50.8353")
    c = hitung_capaian(D("42.00"), realisasi, POSITIF)
    assert potong(c.nilai) == D("121.0364")
    assert c.tanpa_batas == c.nilai
    assert c.catatan is None


def test_it_does_not_round_the_realisation_before_dividing():
    # Tabel 3.4 printed 121,43% from the realisation rounded to 51,00 (51 / 42 × 100);
    # the full-precision figure is 121,04%.
    c = hitung_capaian(D("42.00"), persen(639, 1257), POSITIF)
    assert format_persen(c.nilai) == "121,04%"
    assert format_persen(hitung_capaian(D("42.00"), D("51.00"), POSITIF).nilai) == "121,43%"


@pytest.mark.parametrize(
    ("pembilang", "penyebut", "target", "capaian"),
    [
        # Kota Jambi IKU 2025, Tabel 3.4: Koperasi Modern 12 / 97 × 100 = 12,3711…, target 15,46
        # -> 12,3711… / 15,46 × 100 = 80,0202…
        (12, 97, "15.46", "80.0202"),
        # Tabel 3.4: UMKM Naik Kelas 176 / 3.320 × 100 = 5,3012…, target 7,15 -> 74,1427…
        (176, 3320, "7.15", "74.1427"),
        # LKjIP Kota Tebing Tinggi 2022, Tabel 5: tenaga kerja dilindungi 4.667 / 6.744 × 100
        # = 69,2022…, target 95 -> 72,8444…
        (4667, 6744, "95", "72.8444"),
        # Tabel 5: kesejahteraan 2.273 / 6.744 × 100 = 33,7040…, target 45 -> 74,8978…
        # (the document printed 74,88).
        (2273, 6744, "45", "74.8978"),
        # Tabel 5: sertifikat 88 / 95 × 100 = 92,6315…, target 95 -> 97,5069…
        (88, 95, "95", "97.5069"),
    ],
)
def test_it_reproduces_the_seed_tables(pembilang, penyebut, target, capaian):
    assert potong(hitung_capaian(D(target), persen(pembilang, penyebut), POSITIF).nilai) == D(
        capaian
    )


def test_it_computes_a_growth_indicator_against_its_target():
    # LKjIP Tebing Tinggi 2022, Tabel 5: Kesempatan Kerja growth (141 − 105) / 105 × 100
    # = 34,2857…%, target 65 -> 52,7472…% (shown 52,75; the document printed 52,74).
    realisasi = persen(141 - 105, 105)
    c = hitung_capaian(D(65), realisasi, POSITIF)
    assert potong(c.nilai) == D("52.7472")
    assert format_persen(c.nilai) == "52,75%"


def test_it_computes_a_directly_entered_realisation():
    # LKjIP Tebing Tinggi 2022, Tabel 8 (2021): 67,88 / 90 × 100 = 75,4222… (printed 75,43).
    assert potong(hitung_capaian(D(90), D("67.88"), POSITIF).nilai) == D("75.4222")


def test_it_keeps_full_precision():
    # 1 / 3 × 100 carries 50 significant digits, not a rounded 33,33.
    c = hitung_capaian(D(3), D(1), POSITIF)
    assert len(c.nilai.as_tuple().digits) == 50


def test_it_leaves_positive_capaian_below_zero_unfloored():
    # Only negative polarity has the floor rule; a shrinking growth indicator is shown as is.
    assert hitung_capaian(D(10), D(-5), POSITIF).nilai == D(-50)


# --- missing and undefined -----------------------------------------------------------------


def test_it_reports_missing_realisation():
    assert hitung_capaian(D(10), None, POSITIF) == Capaian(None, None, "Realisasi belum tersedia")


def test_it_reports_missing_target():
    assert hitung_capaian(None, D(5), NEGATIF) == Capaian(None, None, "Target belum ditetapkan")


def test_it_reports_both_missing():
    c = hitung_capaian(None, None, POSITIF)
    assert c.nilai is None
    assert "Target belum ditetapkan" in c.catatan and "Realisasi belum tersedia" in c.catatan


def test_it_leaves_positive_capaian_undefined_for_a_zero_target():
    c = hitung_capaian(D(0), D(5), POSITIF)
    assert c.nilai is None and c.tanpa_batas is None
    assert "Target nol" in c.catatan and "tidak terdefinisi" in c.catatan


def test_it_leaves_positive_capaian_undefined_for_a_negative_target():
    c = hitung_capaian(D(-5), D(5), POSITIF)
    assert c.nilai is None
    assert "Target negatif" in c.catatan


def test_it_reports_non_finite_inputs_instead_of_raising():
    c = hitung_capaian(D("NaN"), D(5), POSITIF)
    assert c.nilai is None and c.catatan


def test_it_accepts_polarity_as_plain_text():
    assert hitung_capaian(D(10), D(8), "negatif").nilai == D(120)


# --- negative polarity ---------------------------------------------------------------------


def test_it_computes_negative_polarity():
    # (2 × 10 − 8) / 10 × 100 = 120: lower than target is better.
    c = hitung_capaian(D(10), D(8), NEGATIF)
    assert c.nilai == D(120) and c.catatan is None


def test_it_floors_negative_polarity_at_zero_and_keeps_the_raw_value():
    # (2 × 10 − 25) / 10 × 100 = −50 -> 0 (PermenPANRB 6/2022 kondisi khusus).
    c = hitung_capaian(D(10), D(25), NEGATIF)
    assert c.nilai == 0
    assert c.tanpa_batas == D(-50)
    assert "ditetapkan 0" in c.catatan and "-50,00%" in c.catatan


def test_it_gives_100_when_a_zero_target_is_met_on_negative_polarity():
    c = hitung_capaian(D(0), D(0), NEGATIF)
    assert c.nilai == 100
    assert c.catatan == "Target nol tercapai"


def test_it_gives_0_when_a_zero_target_is_exceeded_on_negative_polarity():
    c = hitung_capaian(D(0), D(3), NEGATIF)
    assert c.nilai == 0
    assert "Target nol terlampaui" in c.catatan


def test_it_leaves_negative_polarity_undefined_for_a_negative_target():
    c = hitung_capaian(D(-1), D(3), NEGATIF)
    assert c.nilai is None and "Target negatif" in c.catatan


# --- range ---------------------------------------------------------------------------------


@pytest.mark.parametrize("realisasi", ["60", "65.5", "70"])
def test_it_gives_100_inside_the_range(realisasi):
    assert hitung_capaian(D(60), D(realisasi), RENTANG, target_atas=D(70)).nilai == 100


def test_it_uses_the_positive_formula_below_the_range():
    # 45 / 60 × 100 = 75.
    c = hitung_capaian(D(60), D(45), RENTANG, target_atas=D(70))
    assert c.nilai == 75
    assert "di bawah rentang" in c.catatan


def test_it_uses_the_negative_formula_above_the_range():
    # (2 × 70 − 77) / 70 × 100 = 90.
    c = hitung_capaian(D(60), D(77), RENTANG, target_atas=D(70))
    assert c.nilai == 90
    assert "di atas rentang" in c.catatan


def test_it_floors_above_the_range():
    c = hitung_capaian(D(60), D(150), RENTANG, target_atas=D(70))
    assert c.nilai == 0 and c.tanpa_batas < 0


def test_it_requires_the_upper_bound_of_a_range():
    c = hitung_capaian(D(60), D(65), RENTANG)
    assert c.nilai is None and "Batas atas" in c.catatan


def test_it_refuses_an_inverted_range():
    c = hitung_capaian(D(70), D(65), RENTANG, target_atas=D(60))
    assert c.nilai is None and "tidak valid" in c.catatan


def test_it_handles_a_zero_lower_bound_below_the_range():
    c = hitung_capaian(D(0), D(-1), RENTANG, target_atas=D(5))
    assert c.nilai is None and "Target nol" in c.catatan


# --- cap -----------------------------------------------------------------------------------


def test_it_caps_and_keeps_the_uncapped_value():
    # Jambi Penyerapan Tenaga Kerja 121,04% capped at 100.
    c = hitung_capaian(D("42.00"), persen(639, 1257), POSITIF, batas=D(100))
    assert c.nilai == 100
    assert potong(c.tanpa_batas) == D("121.0364")
    assert "dibatasi 100,00%" in c.catatan


def test_it_does_not_cap_values_below_the_cap():
    c = hitung_capaian(D(90), D("67.88"), POSITIF, batas=D(120))
    assert c.nilai == c.tanpa_batas and c.catatan is None


# --- progress towards the end-of-plan target -----------------------------------------------


def test_it_computes_progress_towards_the_final_target():
    # LKjIP Tabel 9: realisasi 67,88 against target akhir RPJMD 90 -> 75,4222…%.
    c = kemajuan_terhadap_target_akhir(D("67.88"), D(90), POSITIF)
    assert c == hitung_capaian(D(90), D("67.88"), POSITIF)
    assert potong(c.nilai) == D("75.4222")


def test_progress_follows_the_polarity_rules():
    assert kemajuan_terhadap_target_akhir(D(8), D(10), NEGATIF).nilai == 120


# --- aggregation of quarters ---------------------------------------------------------------

TRIWULAN = {1: D(10), 2: D(30), 4: D(20)}


@pytest.mark.parametrize(
    ("cara", "hasil"),
    [
        (Agregasi.JUMLAH, D(60)),
        (Agregasi.TERAKHIR, D(20)),
        (Agregasi.RATA_RATA, D(20)),
        (Agregasi.MAKS, D(30)),
        (Agregasi.MIN, D(10)),
    ],
)
def test_it_aggregates_quarters(cara, hasil):
    assert agregasi_triwulan(TRIWULAN, cara) == hasil


def test_it_takes_the_highest_quarter_present_as_last():
    assert agregasi_triwulan({3: D(7), 1: D(9)}, Agregasi.TERAKHIR) == 7


def test_it_aggregates_nothing_to_none():
    assert agregasi_triwulan({}, Agregasi.JUMLAH) is None
    assert agregasi_triwulan({1: None}, Agregasi.RATA_RATA) is None


@pytest.mark.parametrize("triwulan", [0, 5, True, "1"])
def test_it_refuses_invalid_quarter_keys(triwulan):
    with pytest.raises(ValueError, match="Triwulan tidak valid"):
        agregasi_triwulan({triwulan: D(1)}, Agregasi.JUMLAH)


def test_an_entered_annual_value_wins_over_the_quarters():
    assert nilai_tahunan(D(99), TRIWULAN, Agregasi.JUMLAH) == 99


def test_it_falls_back_to_the_quarters_without_an_annual_value():
    assert nilai_tahunan(None, TRIWULAN, Agregasi.JUMLAH) == 60


def test_a_ratio_sums_its_variables_before_dividing():
    # Q1 1 / 2 and Q2 9 / 10: the annual ratio is 10 / 12 = 83,33…%, not mean(50%, 90%) = 70%.
    pembilang = nilai_tahunan(None, {1: D(1), 2: D(9)}, Agregasi.JUMLAH)
    penyebut = nilai_tahunan(None, {1: D(2), 2: D(10)}, Agregasi.JUMLAH)
    with konteks():
        rasio = pembilang / penyebut * 100
    rerata_rasio = agregasi_triwulan({1: D(50), 2: D(90)}, Agregasi.RATA_RATA)
    assert potong(rasio) == D("83.3333")
    assert rerata_rasio == 70
    assert rasio != rerata_rasio


# --- mean of indicators --------------------------------------------------------------------


def test_it_averages_component_indicators():
    # Jambi "Indikator Tujuan" style: mean of four percentages (80 + 90 + 100 + 110) / 4 = 95.
    assert rata_rata([D(80), D(90), D(100), D(110)]) == Hasil(D(95), None)


def test_it_averages_only_defined_values_and_says_how_many():
    h = rata_rata([D("72.8444"), None, D("97.5069")])
    assert h.nilai == D("85.17565")
    assert h.catatan == "2 dari 3 indikator memiliki nilai"


def test_it_gives_no_mean_when_nothing_is_defined():
    h = rata_rata([None, None])
    assert h.nilai is None and "0 dari 2" in h.catatan


def test_it_gives_no_mean_for_no_indicators():
    h = rata_rata([])
    assert h.nilai is None and h.catatan


# --- change against the previous year ------------------------------------------------------


def test_it_computes_the_change_against_last_year():
    # Kesempatan Kerja, Tebing Tinggi: 105 -> 141 is +36, +34,2857…%.
    p = perubahan(D(141), D(105))
    assert p.selisih == 36
    assert potong(p.persen) == D("34.2857")
    assert p.catatan is None


def test_it_measures_a_change_against_the_absolute_previous_value():
    # −10 -> −5 is an improvement of 5, i.e. +50%.
    assert perubahan(D(-5), D(-10)).persen == 50


def test_it_leaves_the_percentage_change_from_zero_undefined():
    p = perubahan(D(4), D(0))
    assert p.selisih == 4 and p.persen is None
    assert "tidak terdefinisi" in p.catatan


def test_it_reports_a_missing_year():
    p = perubahan(D(4), None)
    assert p.selisih is None and p.persen is None
    assert p.catatan == "Nilai tahun sebelumnya belum tersedia"


@pytest.mark.parametrize(
    ("target", "realisasi", "polaritas", "hasil"),
    [
        (D(100), D(99), POSITIF, False),  # PNBP 99% of a 100% target: not reached
        (D(84), D(86), POSITIF, True),
        (D(0), D(0), POSITIF, True),
        (D(1), D("0.26"), NEGATIF, True),  # errors "maksimal 1 %": 0,26 % is within
        (D(1), D("1.5"), NEGATIF, False),
    ],
)
def test_tercapai_compares_by_polarity(target, realisasi, polaritas, hasil):
    assert tercapai(target, realisasi, polaritas) is hasil
