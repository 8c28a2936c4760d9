"""The planning rules (`perencanaan.aturan`), each checked once here with worked values;
the form (test_isian_periode_baru) and the YAML import (pertukaran test_impor_periode)
show the same reasons."""

from decimal import Decimal as D

from sakip.perencanaan.aturan import (
    alasan_dalam_induk,
    alasan_tahun_periode,
    alasan_target,
    alasan_tumpang_periode,
)


def test_a_period_runs_forward_for_at_most_six_years():
    assert alasan_tahun_periode(2025, 2030, "Renstra") is None  # 6 years
    assert alasan_tahun_periode(2025, 2025, "Renstra") is None  # 1 year
    assert alasan_tahun_periode(2025, 2031, "RPJMD/RPD") == "Periode RPJMD/RPD paling lama 6 tahun."
    assert alasan_tahun_periode(2026, 2025, "Renstra") == (
        "Tahun akhir tidak boleh sebelum tahun awal."
    )


def test_a_supplement_lies_within_its_parent():
    assert alasan_dalam_induk(2019, 2020, 2017, 2022) is None
    assert alasan_dalam_induk(2017, 2022, 2017, 2022) is None
    pesan = "Tahun suplemen harus berada dalam periode induknya (2017–2022)."
    assert alasan_dalam_induk(2022, 2023, 2017, 2022) == pesan
    assert alasan_dalam_induk(2016, 2017, 2017, 2022) == pesan


def test_periods_of_one_owner_and_parent_share_no_year():
    lain = [("Renstra A", 2017, 2022), ("Renstra B", 2023, 2026)]
    assert alasan_tumpang_periode(2027, 2030, lain, "Renstra") is None
    assert alasan_tumpang_periode(2015, 2016, lain, "Renstra") is None
    # 2026 is the last year of B: one shared year is an overlap.
    assert alasan_tumpang_periode(2026, 2030, lain, "Renstra") == (
        "Tahun 2026–2030 bertumpang tindih dengan Renstra B (2023–2026). Periode yang "
        "menggantikan sebagian tahun Renstra lain dibuat sebagai suplemennya."
    )
    # The first one met is named.
    assert alasan_tumpang_periode(2020, 2024, lain, "Renstra").startswith(
        "Tahun 2020–2024 bertumpang tindih dengan Renstra A (2017–2022)."
    )


def test_only_a_range_target_has_an_upper_bound_and_then_needs_both():
    assert alasan_target(False, D("70"), None) is None
    assert alasan_target(True, D("60"), D("70")) is None
    assert alasan_target(True, D("70"), D("70")) is None  # a range of one value
    assert alasan_target(True, None, None) is None  # no target at all
    assert alasan_target(False, None, None) is None
    assert alasan_target(False, D("60"), D("70")) == (
        "atas",
        "Batas atas hanya untuk indikator berpolaritas rentang.",
    )
    assert alasan_target(True, D("60"), None) == (
        "atas",
        "Indikator berpolaritas rentang memerlukan batas atas.",
    )
    assert alasan_target(True, None, D("70")) == ("bawah", "Isi batas bawah target rentang.")
    assert alasan_target(True, D("70"), D("69.99")) == (
        "atas",
        "Batas atas lebih kecil dari batas bawah.",
    )
