"""Quarter names: "Triwulan I" … "Triwulan IV", "Tahunan" for the year's own values, and
"TW I" for a narrow column heading."""

from sakip.kinerja.triwulan import PILIHAN_TRIWULAN, nama_triwulan, singkatan_triwulan


def test_quarters_are_named_in_roman_numerals():
    assert [nama_triwulan(t) for t in range(5)] == [
        "Tahunan",
        "Triwulan I",
        "Triwulan II",
        "Triwulan III",
        "Triwulan IV",
    ]
    assert singkatan_triwulan(3) == "TW III" and singkatan_triwulan(0) == "Tahunan"
    assert PILIHAN_TRIWULAN[4] == (4, "Triwulan IV")
