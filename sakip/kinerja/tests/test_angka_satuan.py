"""One display rule per unit kind (issue 15 item 5), worked by hand from the demo's values:
PPU's "Jumlah Dokumen Pengembangan Industri" (target 1 dokumen), "Jumlah Peningkatan Alat
UTTP yang di Tera/Tera Ulang" (200 unit in 2024), its "Indeks Kepuasan Masyarakat" (82,97 in
2024), its sub kegiatan with 12 bulan of output, Tebing Tinggi's "Persentase Meningkatnya
Kesempatan Kerja" (target 65 %, realisation 34,29 %) and its budget total Rp 3.933.915.154."""

from decimal import Decimal as D

import pytest

from sakip.kinerja.angka import (
    KOSONG,
    AngkaError,
    JenisSatuan,
    desimal_perlu,
    format_nilai,
    jenis_satuan,
)


@pytest.mark.parametrize(
    ("satuan", "jenis", "bentuk"),
    [
        ("%", "persentase", JenisSatuan.PERSEN),
        ("Persen", "", JenisSatuan.PERSEN),
        ("", "persentase", JenisSatuan.PERSEN),
        ("Rp", "absolut", JenisSatuan.RUPIAH),
        ("Rp.", "", JenisSatuan.RUPIAH),
        ("rupiah", "", JenisSatuan.RUPIAH),
        ("indeks", "indeks", JenisSatuan.INDEKS),
        ("Nilai", "", JenisSatuan.INDEKS),
        ("", "rasio", JenisSatuan.INDEKS),
        ("dokumen", "absolut", JenisSatuan.JUMLAH),
        ("unit", "absolut", JenisSatuan.JUMLAH),
        ("bulan", "", JenisSatuan.JUMLAH),
        ("", "absolut", JenisSatuan.JUMLAH),
        # The unit decides over the kind when both are given.
        ("orang", "persentase", JenisSatuan.JUMLAH),
    ],
)
def test_the_unit_decides_the_kind(satuan, jenis, bentuk):
    assert jenis_satuan(satuan, jenis) is bentuk


@pytest.mark.parametrize(
    ("nilai", "satuan", "jenis", "teks"),
    [
        (D("1.000000000000"), "dokumen", "absolut", "1 dokumen"),  # was "1,00"
        (D("200.000000000000"), "unit", "absolut", "200 unit"),  # was "200,00"
        (D("12.000000000000"), "bulan", "", "12 bulan"),  # was "12,00"
        (D("1257"), "orang", "absolut", "1.257 orang"),
        (D("82.970000000000"), "indeks", "indeks", "82,97"),
        (D("83"), "indeks", "indeks", "83"),
        (D("65.000000000000"), "%", "persentase", "65,00%"),
        (D("34.2857142857"), "%", "persentase", "34,29%"),  # display rounding only
        (D("3933915154"), "Rp", "", "Rp 3.933.915.154"),
        (None, "unit", "absolut", KOSONG),
    ],
)
def test_each_kind_prints_its_way(nilai, satuan, jenis, teks):
    assert format_nilai(nilai, satuan, jenis) == teks


def test_a_count_that_is_not_whole_keeps_its_decimals():
    assert format_nilai(D("2.5"), "unit", "absolut") == "2,5 unit"
    assert format_nilai(D("2.25"), "jenis") == "2,25 jenis"
    # Never printed as a whole number, even when tiny.
    assert format_nilai(D("12.0001"), "bulan") == "12,0001 bulan"
    assert format_nilai(D("12.00001"), "bulan") != "12 bulan"


def test_a_computed_value_is_cut_for_display_only():
    sepertiga = D(10) / D(3)
    assert format_nilai(sepertiga, "unit") == "3,3333 unit"
    assert sepertiga != D("3.3333")  # the value itself is untouched


def test_without_the_unit_each_kind_keeps_its_form():
    # A table with its own Satuan column (the IKU table: "dokumen", "%", ...).
    assert format_nilai(D("200.000000000000"), "unit", "absolut", dengan_satuan=False) == "200"
    assert format_nilai(D("2.5"), "unit", "absolut", dengan_satuan=False) == "2,5"
    assert format_nilai(D("65"), "%", "persentase", dengan_satuan=False) == "65,00"
    assert format_nilai(D("3933915154"), "Rp", dengan_satuan=False) == "3.933.915.154"
    assert format_nilai(D("82.97"), "indeks", "indeks", dengan_satuan=False) == "82,97"


def test_negative_and_large_values():
    assert format_nilai(D("-3"), "kasus") == "-3 kasus"
    assert format_nilai(D("1234567.5"), "orang") == "1.234.567,5 orang"


def test_the_decimals_a_value_needs():
    assert desimal_perlu(D("12.000000000000")) == 0
    assert desimal_perlu(D("2.50")) == 1
    assert desimal_perlu(D("0.123456"), 4) == 4


def test_a_non_finite_value_is_refused():
    with pytest.raises(AngkaError):
        format_nilai(D("NaN"), "unit")
