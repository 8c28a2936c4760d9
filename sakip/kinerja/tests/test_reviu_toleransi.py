"""A printed figure is right when within half a unit of its last printed decimal, and a
finding shows it with the digits it was printed with."""

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from sakip.kinerja.angka import konteks
from sakip.kinerja.reviu import cek_angka, cek_antar_sumber, seperti_dicetak, setengah_satuan

# 93,634…: the example.
TEPAT = Decimal("93.634")


def test_the_tolerance_comes_from_the_printed_decimals():
    assert cek_angka("R02", "x", Decimal("93.6"), TEPAT) is None  # 0,034 ≤ 0,05
    assert cek_angka("R02", "x", Decimal("94"), TEPAT) is None  # 0,366 ≤ 0,5
    assert cek_angka("R02", "x", Decimal("93.63"), TEPAT) is None  # 0,004 ≤ 0,005
    salah = cek_angka("R02", "x", Decimal("93.60"), TEPAT)  # 0,034 > 0,005
    assert salah is not None
    assert cek_angka("R02", "x", Decimal("93"), TEPAT) is not None  # 0,634 > 0,5
    assert cek_angka("R02", "x", Decimal("93.5"), TEPAT) is not None  # 0,134 > 0,05


def test_the_finding_keeps_what_was_printed():
    t = cek_angka("R02", "x", Decimal("93.60"), TEPAT)
    assert (t.teks_tercatat, t.teks_seharusnya) == ("93,60", "93,63")
    assert t.pesan.endswith("tercatat 93,60, seharusnya 93,63")
    t = cek_angka("R02", "x", Decimal("95.5"), TEPAT)
    assert (t.teks_tercatat, t.teks_seharusnya) == ("95,5", "93,63")
    # A whole number keeps no decimals; the computed one shows the two the review works to.
    t = cek_angka("R01", "x", Decimal("72"), Decimal("70.21"))
    assert (t.teks_tercatat, t.teks_seharusnya) == ("72", "70,21")
    # Money printed whole, an exact sum: no ",00" added to either.
    t = cek_angka("R08", "x", Decimal("4544274054"), Decimal("3933915154"))
    assert (t.teks_tercatat, t.teks_seharusnya) == ("4.544.274.054", "3.933.915.154")


def test_two_prints_of_one_figure_agree_within_the_coarser_rounding():
    # Seed 004: Tabel 5 prints 70,20 %, Tabel 8 "70%" for the same realisation.
    assert cek_antar_sumber("Tabel 8", "realisasi", Decimal("70"), Decimal("70.20"), "T5") is None
    assert cek_antar_sumber("Tabel 8", "realisasi", Decimal("70.00"), Decimal("70.20"), "T5")


def test_a_stored_figure_is_judged_as_printed_with_two_decimals_at_least():
    # The database keeps 70 as 70.000000000000 (PostgreSQL) or "70" (SQLite).
    assert str(seperti_dicetak(Decimal("70.000000000000"))) == "70.00"
    assert str(seperti_dicetak(Decimal("70"))) == "70.00"
    assert str(seperti_dicetak(Decimal("97.505000000000"))) == "97.505"
    assert seperti_dicetak(None) is None


def test_half_a_unit_of_the_last_decimal():
    assert setengah_satuan(Decimal("93.6")) == Decimal("0.05")
    assert setengah_satuan(Decimal("94")) == Decimal("0.5")
    assert setengah_satuan(Decimal("93.60")) == Decimal("0.005")


# Exact values as the engine computes them: a ratio at full precision.
tepat = st.builds(
    lambda a, b: _bagi(a, b),
    st.integers(min_value=-(10**9), max_value=10**9),
    st.integers(min_value=1, max_value=10**6),
)
desimal = st.integers(min_value=0, max_value=6)


def _bagi(a, b):
    with konteks():
        return Decimal(a) * 100 / Decimal(b)


def _cetak(nilai, d, pembulatan=ROUND_HALF_UP):
    with konteks():
        return nilai.quantize(Decimal(1).scaleb(-d), rounding=pembulatan)


@given(tepat, desimal, st.sampled_from([ROUND_HALF_UP, ROUND_HALF_EVEN]))
def test_a_correctly_rounded_print_at_any_precision_is_never_flagged(nilai, d, pembulatan):
    tercetak = _cetak(nilai, d, pembulatan)
    assert cek_angka("R02", "x", tercetak, nilai) is None


@given(tepat, desimal, st.integers(min_value=-1000, max_value=1000).filter(bool))
def test_a_print_off_by_more_than_half_a_unit_is_always_flagged(nilai, d, langkah):
    satuan = Decimal(1).scaleb(-d)
    tercetak = _cetak(nilai, d) + langkah * satuan
    assume(abs(tercetak - nilai) > satuan / 2)  # not a tie rounded the other way
    t = cek_angka("R02", "x", tercetak, nilai)
    assert t is not None
    assert len(t.teks_tercatat.partition(",")[2]) == d  # its printed digits, no more, no less
