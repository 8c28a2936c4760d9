from decimal import Decimal

import pytest

from sakip.kinerja.angka import (
    PRESISI,
    AngkaError,
    bulatkan,
    format_angka,
    format_persen,
    format_rupiah,
    format_tepat,
    konteks,
    parse_angka,
    tidak_muat,
)


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("1.257", Decimal("1257")),
        ("51,00", Decimal("51.00")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("-3,5", Decimal("-3.5")),
        ("639", Decimal("639")),
        ("  42,00 ", Decimal("42.00")),
    ],
)
def test_it_parses_indonesian_numbers(teks, nilai):
    assert parse_angka(teks) == nilai


def test_it_keeps_the_written_decimal_places():
    assert str(parse_angka("51,00")) == "51.00"


def test_it_ignores_a_trailing_percent_sign():
    assert parse_angka("82,97%") == Decimal("82.97")


def test_it_accepts_a_rupiah_prefix():
    assert parse_angka("Rp 1.234") == Decimal("1234")
    assert parse_angka("Rp1.234.567,50") == Decimal("1234567.50")


def test_it_parses_exactly_without_float_noise():
    assert parse_angka("0,1") + parse_angka("0,2") == Decimal("0.3")


@pytest.mark.parametrize("teks", ["1.5", "1.50", "12.3456", "1234.567"])
def test_it_refuses_a_dot_used_as_decimal_point(teks):
    with pytest.raises(AngkaError, match="koma untuk desimal"):
        parse_angka(teks)


@pytest.mark.parametrize("teks", ["", "abc", "1,2,3", "--1", "12 34"])
def test_it_refuses_non_numbers(teks):
    with pytest.raises(AngkaError):
        parse_angka(teks)


def test_angka_error_is_a_value_error():
    assert issubclass(AngkaError, ValueError)


def test_it_formats_with_thousands_dots_and_decimal_comma():
    assert format_angka(Decimal("1234567.891")) == "1.234.567,89"


def test_it_formats_half_up():
    # Tebing Tinggi 2022 Tabel 5: 52,7472… is shown as 52,75.
    assert format_angka(Decimal("52.747252")) == "52,75"
    assert format_angka(Decimal("0.125")) == "0,13"


def test_it_formats_negative_numbers():
    assert format_angka(Decimal("-87.424")) == "-87,42"


def test_it_does_not_show_negative_zero():
    assert format_angka(Decimal("-0.001")) == "0,00"


def test_it_formats_none_as_an_en_dash():
    assert format_angka(None) == "–"
    assert format_persen(None) == "–"
    assert format_rupiah(None) == "–"


def test_it_formats_with_a_chosen_number_of_decimals():
    assert format_angka(Decimal("1257"), 0) == "1.257"
    assert format_angka(Decimal("5.30120"), 4) == "5,3012"


def test_it_formats_percentages():
    assert format_persen(Decimal("52.747252")) == "52,75%"


def test_it_formats_rupiah_without_cents():
    assert format_rupiah(Decimal("1234567")) == "Rp 1.234.567"
    assert format_rupiah(Decimal("1234567.00")) == "Rp 1.234.567"


def test_it_formats_rupiah_cents_when_present():
    assert format_rupiah(Decimal("1234.5")) == "Rp 1.234,50"


def test_it_formats_negative_rupiah():
    assert format_rupiah(Decimal("-1234")) == "-Rp 1.234"


def test_it_rounds_half_up_to_a_decimal():
    assert bulatkan(Decimal("74.8978")) == Decimal("74.90")
    assert bulatkan(Decimal("2.675"), 2) == Decimal("2.68")
    assert bulatkan(Decimal("-2.5"), 0) == Decimal("-3")


def test_it_rounds_values_larger_than_the_working_precision():
    assert format_angka(Decimal("1E+60"), 0) == "1" + ".000" * 20


def test_konteks_computes_with_fifty_digits():
    with konteks():
        sepertiga = Decimal(1) / 3
    assert len(sepertiga.as_tuple().digits) == PRESISI == 50


def test_it_keeps_every_digit_of_a_long_value():
    # 30 significant digits: more than the default decimal context's 28.
    assert format_tepat(Decimal("123456789012345678.123456789012")) == (
        "123.456.789.012.345.678,123456789012"
    )


BESAR = "angka terlalu besar, paling banyak 18 angka sebelum koma (tertulis {})"
RINCI = "angka terlalu rinci, paling banyak 12 angka di belakang koma (tertulis {})"


@pytest.mark.parametrize(
    "teks,pesan",
    [
        ("999999999999999999.999999999999", None),
        ("-999999999999999999", None),
        ("0.000000000001", None),
        ("1.50000000000000000000", None),  # zeros at the end change nothing
        ("0E-20", None),
        ("1E+17", None),
        ("1E+18", BESAR.format(19)),
        ("-1000000000000000000.5", BESAR.format(19)),
        ("0.0000000000001", RINCI.format(13)),
        # 61 digits: a context of 50 digits would round the last 1 away and call it a fit
        ("1" + "0" * 59 + ".1", BESAR.format(60)),
        ("1." + "0" * 59 + "1", RINCI.format(60)),
        ("NaN", "bukan angka terhingga"),
    ],
)
def test_it_tells_whether_a_number_fits_the_database(teks, pesan):
    assert tidak_muat(Decimal(teks)) == pesan
