import re
from decimal import ROUND_DOWN, Decimal

import pytest

from sakip.kinerja.anggaran import (
    Kode,
    KodeError,
    Serapan,
    Tingkat,
    bobot,
    efisiensi,
    fisik_tertimbang,
    indeks_efisiensi,
    jumlah_diketahui,
    jumlahkan,
    parse_kode,
    periksa_kode,
    realisasi_per_triwulan,
    realisasi_sampai,
    realisasi_tahunan,
    serapan,
    tingkat_efisiensi_indeks,
    urusan_dan_bidang,
)
from sakip.kinerja.angka import format_persen, konteks
from sakip.kinerja.capaian import Polaritas, hitung_capaian

D = Decimal

# Seed source throughout: LKjIP Kota Tebing Tinggi 2022 (Dinas Tenaga Kerja), its RFK annex
# (Realisasi Fisik dan Keuangan) and Tabel 12 (serapan anggaran) / Tabel 13 (efisiensi).

# The three sub kegiatan the RFK annex prints under the same code 2.07.05.2.01.03.
HUBIN_DATA = "Penyelenggaraan Pendataan dan Informasi Sarana Hubungan Industrial…"
HUBIN_SELISIH = "Penyelesaian Perselisihan Hubungan Industrial…"
HUBIN_TRIPARTIT = "Pelaksanaan Operasional Lembaga Kerjasama Tripartit…"


def potong(nilai: Decimal, desimal: int = 4) -> Decimal:
    """Truncate, so a test states the leading digits of a full-precision result."""
    return nilai.quantize(D(1).scaleb(-desimal), rounding=ROUND_DOWN)


# --- parsing codes ---------------------------------------------------------------------------


def test_it_parses_old_and_new_sub_kegiatan_codes():
    # RFK annex: 2.07.01.2.02.01 (2 digits); the 2023 form numbers it 2.07.01.2.02.0001.
    lama = parse_kode("2.07.01.2.02.01")
    baru = parse_kode("2.07.01.2.02.0001")
    assert lama == Kode("2.07.01.2.02.01", Tingkat.SUB_KEGIATAN)
    assert baru == Kode("2.07.01.2.02.0001", Tingkat.SUB_KEGIATAN)
    assert not lama.format_baru
    assert baru.format_baru


@pytest.mark.parametrize(
    ("teks", "tingkat"),
    [
        ("2", Tingkat.URUSAN),
        ("2.07", Tingkat.BIDANG),
        ("2.07.01", Tingkat.PROGRAM),
        ("2.07.01.2.02", Tingkat.KEGIATAN),
        ("2.07.01.1.02", Tingkat.KEGIATAN),
        ("2.07.01.2.02.01", Tingkat.SUB_KEGIATAN),
    ],
)
def test_it_recognises_each_level(teks, tingkat):
    assert parse_kode(teks).tingkat is tingkat


def test_it_walks_the_parent_chain_of_a_sub_kegiatan():
    # RFK annex: sub kegiatan 2.07.01.2.02.01 -> kegiatan 2.07.01.2.02 -> program 2.07.01
    # -> bidang 2.07 -> urusan 2.
    rantai = []
    kode = parse_kode("2.07.01.2.02.01")
    while kode is not None:
        rantai.append((str(kode), kode.tingkat))
        kode = kode.induk
    assert rantai == [
        ("2.07.01.2.02.01", Tingkat.SUB_KEGIATAN),
        ("2.07.01.2.02", Tingkat.KEGIATAN),
        ("2.07.01", Tingkat.PROGRAM),
        ("2.07", Tingkat.BIDANG),
        ("2", Tingkat.URUSAN),
    ]


def test_it_drops_both_kegiatan_segments_to_reach_the_program():
    # RFK annex: 3.31.02.2.01.05 -> kegiatan 3.31.02.2.01 -> program 3.31.02.
    kegiatan = parse_kode("3.31.02.2.01.05").induk
    assert kegiatan == parse_kode("3.31.02.2.01")
    assert kegiatan.induk == parse_kode("3.31.02")


def test_it_keeps_the_new_form_parent_the_same_kegiatan():
    assert parse_kode("2.07.01.2.02.0001").induk == parse_kode("2.07.01.2.02")


def test_urusan_has_no_parent():
    assert parse_kode("2").induk is None


def test_it_strips_spaces():
    kode = parse_kode("  2.07 . 01 ")
    assert kode.teks == "2.07.01"
    assert str(kode) == "2.07.01"


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        # Malformed codes of the kind found in the RFK annex and typed by hand.
        ("2.07.1", "Kode '2.07.1' tidak valid: segmen ke-3 harus 2 digit"),
        ("2.07.01.3.02", "segmen ke-4 (level kegiatan) harus 1 atau 2"),
        ("2.07.01.2.02.001", "segmen ke-6 (sub kegiatan) harus 2 atau 4 digit"),
        ("2.07.01.2.02.01.01", "tidak boleh ada segmen setelah sub kegiatan"),
        ("a.07", "segmen ke-1 harus berupa angka"),
        ("", "kode kosong"),
        ("   ", "kode kosong"),
        ("2..01", "segmen ke-2 kosong"),
        ("2.07.", "segmen ke-3 kosong"),
        ("2.07.01.2", "kode kegiatan belum lengkap"),
        ("2.7", "segmen ke-2 harus 2 digit"),
        ("2.07.01.2.2", "segmen ke-5 harus 2 digit"),
        ("2.0٧", "segmen ke-2 harus berupa angka"),  # Arabic-Indic seven is not an ASCII digit
    ],
)
def test_it_rejects_malformed_codes(teks, pesan):
    with pytest.raises(KodeError, match=re.escape(pesan)):
        parse_kode(teks)


def test_kode_error_is_a_value_error_carrying_the_code_and_reason():
    with pytest.raises(ValueError) as info:
        parse_kode("2.07.1")
    assert info.value.kode == "2.07.1"
    assert info.value.alasan == "segmen ke-3 harus 2 digit"


def test_it_rejects_a_code_that_is_not_text():
    with pytest.raises(KodeError, match="harus berupa teks"):
        parse_kode(None)


# --- checking a list of codes ----------------------------------------------------------------


def test_an_empty_list_has_no_problems():
    assert periksa_kode([]) == []


def test_a_consistent_list_has_no_problems():
    assert (
        periksa_kode(
            [
                ("2.07.01", "Program"),
                ("2.07.01.2.02", "Kegiatan"),
                ("2.07.01.2.02.01", "Sub kegiatan A"),
                ("2.07.01.2.02.02", "Sub kegiatan B"),
            ]
        )
        == []
    )


def test_it_reports_duplicate_codes():
    # RFK annex: 2.07.05.2.01.03 is printed for three different sub kegiatan, kegiatan
    # 2.07.05.2.01 twice and 3.31.02.2.01.05 twice (the annex's other names are not needed).
    daftar = [
        ("2.07.05", "Program 2.07.05"),
        ("2.07.05.2.01", "Kegiatan 2.07.05.2.01 (baris 1)"),
        ("2.07.05.2.01.03", HUBIN_DATA),
        ("2.07.05.2.01", "Kegiatan 2.07.05.2.01 (baris 2)"),
        ("2.07.05.2.01.03", HUBIN_SELISIH),
        ("2.07.05.2.01.03", HUBIN_TRIPARTIT),
        ("3.31.02", "Program 3.31.02"),
        ("3.31.02.2.01", "Kegiatan 3.31.02.2.01"),
        ("3.31.02.2.01.05", "Sub kegiatan 3.31.02.2.01.05 (baris 1)"),
        ("3.31.02.2.01.05", "Sub kegiatan 3.31.02.2.01.05 (baris 2)"),
    ]
    assert periksa_kode(daftar) == [
        "Kode 2.07.05.2.01 dipakai dua kali: "
        "'Kegiatan 2.07.05.2.01 (baris 1)' dan 'Kegiatan 2.07.05.2.01 (baris 2)'",
        f"Kode 2.07.05.2.01.03 dipakai tiga kali: "
        f"'{HUBIN_DATA}', '{HUBIN_SELISIH}' dan '{HUBIN_TRIPARTIT}'",
        "Kode 3.31.02.2.01.05 dipakai dua kali: "
        "'Sub kegiatan 3.31.02.2.01.05 (baris 1)' dan 'Sub kegiatan 3.31.02.2.01.05 (baris 2)'",
    ]


def test_it_treats_codes_differing_only_in_spaces_as_duplicates():
    masalah = periksa_kode([("2.07.01", "A"), (" 2.07.01 ", "B")])
    assert masalah == ["Kode 2.07.01 dipakai dua kali: 'A' dan 'B'"]


def test_it_reports_malformed_codes_with_their_names():
    masalah = periksa_kode([("2.07.1", "Program salah ketik"), ("a.07", "Bidang huruf")])
    assert masalah == [
        "Kode '2.07.1' ('Program salah ketik') tidak valid: segmen ke-3 harus 2 digit",
        "Kode 'a.07' ('Bidang huruf') tidak valid: segmen ke-1 harus berupa angka",
    ]


def test_it_reports_a_sub_kegiatan_without_its_kegiatan():
    masalah = periksa_kode([("2.07.03", "Program"), ("2.07.03.2.01.01", "Sub kegiatan yatim")])
    assert masalah == [
        "Sub kegiatan 2.07.03.2.01.01 ('Sub kegiatan yatim') tidak memiliki induk: "
        "kegiatan 2.07.03.2.01 tidak ada dalam daftar"
    ]


def test_it_reports_a_kegiatan_without_its_program():
    masalah = periksa_kode([("2.07.03.2.01", "Kegiatan yatim")])
    assert masalah == [
        "Kegiatan 2.07.03.2.01 ('Kegiatan yatim') tidak memiliki induk: "
        "program 2.07.03 tidak ada dalam daftar"
    ]


def test_it_does_not_require_urusan_or_bidang_to_be_listed():
    assert periksa_kode([("2.07.03", "Program tanpa bidang"), ("2", "Urusan")]) == []


def test_it_reports_a_list_mixing_old_and_new_sub_kegiatan_forms():
    masalah = periksa_kode(
        [
            ("2.07.01", "Program"),
            ("2.07.01.2.02", "Kegiatan"),
            ("2.07.01.2.02.01", "Lama"),
            ("2.07.01.2.02.0002", "Baru"),
        ]
    )
    assert masalah == [
        "Daftar mencampur kode sub kegiatan 2 digit (mis. 2.07.01.2.02.01) dan 4 digit "
        "(mis. 2.07.01.2.02.0002); gunakan satu format untuk satu daftar"
    ]


def test_a_list_in_the_new_form_only_is_fine():
    daftar = [("2.07.01", "P"), ("2.07.01.2.02", "K"), ("2.07.01.2.02.0001", "S")]
    assert periksa_kode(daftar) == []


def test_it_reports_an_orphan_once_even_when_its_code_is_duplicated():
    masalah = periksa_kode([("2.07.03.2.01.01", "A"), ("2.07.03.2.01.01", "B")])
    assert sum("tidak memiliki induk" in m for m in masalah) == 1


# --- serapan ---------------------------------------------------------------------------------


def test_it_computes_serapan_of_a_sub_kegiatan():
    # Tabel 12 row 1.a.1: pagu 2.693.549.200, realisasi 2.602.212.755 -> 96,6090…% (printed
    # 96,61), sisa 91.336.445.
    s = serapan(D("2693549200"), D("2602212755"))
    assert potong(s.persen) == D("96.6090")
    assert format_persen(s.persen) == "96,61%"
    assert s.sisa == D("91336445")
    assert s.catatan is None


def test_serapan_percentage_is_the_positive_capaian_of_realisasi_against_pagu():
    pagu, realisasi = D("2693549200"), D("2602212755")
    capaian = hitung_capaian(pagu, realisasi, Polaritas.POSITIF)
    assert serapan(pagu, realisasi).persen == capaian.nilai


def test_nothing_spent_is_zero_percent():
    # Tabel 12 row 1.c.2: pagu 886.600, realisasi 0 -> 0%.
    s = serapan(D("886600"), D("0"))
    assert s.persen == 0
    assert s.sisa == D("886600")


def test_zero_pagu_gives_no_percentage_with_a_reason():
    s = serapan(D("0"), D("0"))
    assert s.persen is None
    assert "nol" in s.catatan
    assert s.sisa == 0


def test_spending_over_pagu_leaves_a_negative_sisa_and_a_note():
    s = serapan(D("1000000"), D("1250000"))
    assert s.sisa == D("-250000")
    assert s.persen == 125
    assert s.catatan == "Realisasi melebihi pagu sebesar Rp 250.000"


def test_spending_with_zero_pagu_keeps_both_notes():
    s = serapan(D("0"), D("5000"))
    assert s.persen is None
    assert "Target nol" in s.catatan
    assert "Realisasi melebihi pagu" in s.catatan


@pytest.mark.parametrize("buruk", [D("NaN"), D("Infinity"), None, 5])
def test_serapan_rejects_money_that_is_not_a_finite_decimal(buruk):
    with pytest.raises(ValueError, match="bukan angka yang valid"):
        serapan(buruk, D(1))


# --- jumlahkan -------------------------------------------------------------------------------


def test_a_parent_is_the_sum_of_its_children():
    anak = [serapan(D("1000"), D("900")), serapan(D("2500"), D("2500")), serapan(D("500"), D(0))]
    induk = jumlahkan(anak)
    assert induk == Serapan(D("4000"), D("3400"), D("600"), D("85"), None)


def test_a_parent_percentage_is_not_the_mean_of_the_children_percentages():
    # 90% and 10% of very different pagu: the parent is 82,7…%, not 50%.
    induk = jumlahkan([serapan(D("1000"), D("900")), serapan(D("100"), D("10"))])
    assert potong(induk.persen) == D("82.7272")


# Program 2.07.01 in the RFK annex, as transcribed in sakip/pertukaran/demo/kota-tebing-tinggi.yaml:
# (sub kegiatan, pagu, realisasi s.d. TW III + TW IV).
PROGRAM_2_07_01 = [
    ("2.07.01.2.02.01", 2693549200, 1981068813 + 621143942),
    ("2.07.01.2.06.01", 7500000, 5389100 + 2108900),
    ("2.07.01.2.06.04", 17521876, 13332900 + 4157800),
    ("2.07.01.2.06.05", 9000000, 6220800 + 2267000),
    ("2.07.01.2.06.09", 69274000, 19336409 + 49594813),
    ("2.07.01.2.07.05", 11980300, 11865900 + 0),
    ("2.07.01.2.07.06", 886600, 0 + 0),
    ("2.07.01.2.08.02", 92704777, 38229349 + 16657669),
    ("2.07.01.2.08.04", 315008801, 236841400 + 76451080),
    ("2.07.01.2.09.01", 36805600, 24612175 + 12173453),
    ("2.07.01.2.09.02", 39075100, 28082106 + 10523237),
    ("2.07.01.2.09.06", 15630000, 9330000 + 6270000),
]


def test_program_2_07_01_is_the_sum_of_its_sub_kegiatan():
    # RFK annex and Tabel 12 row 1 print program 2.07.01 as pagu 3.308.936.254, realisasi
    # 3.175.656.846, 95,97%; the sub kegiatan rows add up to exactly that.
    program = jumlahkan(serapan(D(p), D(r)) for _, p, r in PROGRAM_2_07_01)
    assert program.pagu == D("3308936254")
    assert program.realisasi == D("3175656846")
    assert format_persen(program.persen) == "95,97%"


def test_it_sums_the_four_programs_not_the_printed_total():
    # RFK annex: the four programs have pagu 3.308.936.254 + 14.620.000 + 358.256.200 +
    # 252.102.700 = 3.933.915.154, but the total row prints Rp 4.544.274.054 (wrong).
    programs = [
        serapan(D("3308936254"), D(0)),
        serapan(D("14620000"), D(0)),
        serapan(D("358256200"), D(0)),
        serapan(D("252102700"), D(0)),
    ]
    total = jumlahkan(programs)
    assert total.pagu == D("3933915154")
    assert total.pagu != D("4544274054")


def test_the_rfk_quarters_add_up_to_the_tabel_12_realisation():
    # RFK row 2.07.01.2.02.01: s.d. TW III 1.981.068.813 + TW IV 621.143.942 = 2.602.212.755,
    # the realisasi of Tabel 12 row 1.a.1.
    entri = [(1, 9, D("1981068813")), (10, 12, D("621143942"))]
    assert realisasi_tahunan(entri) == D("2602212755")


def test_an_empty_parent_has_zero_pagu_and_no_percentage():
    induk = jumlahkan([])
    assert (induk.pagu, induk.realisasi, induk.sisa, induk.persen) == (0, 0, 0, None)
    assert induk.catatan is not None


def test_jumlahkan_accepts_a_generator():
    induk = jumlahkan(serapan(D(p), D(0)) for p in ("1", "2", "3"))
    assert induk.pagu == 6


# --- efisiensi -------------------------------------------------------------------------------


def test_it_computes_efisiensi():
    # Tabel 13 row 2: capaian kinerja 97,50, capaian anggaran 95,65 -> 1,897…% (printed 1,90).
    h = efisiensi(D("97.50"), D("95.65"))
    assert potong(h.nilai, 3) == D("1.897")
    assert format_persen(h.nilai) == "1,90%"
    assert h.catatan is None


def test_efisiensi_is_negative_when_spending_outran_performance():
    # Tabel 13 row 5: 82,58 and 97,70 -> −18,309…%; the document printed −18,63 (wrong).
    h = efisiensi(D("82.58"), D("97.70"))
    assert potong(h.nilai, 3) == D("-18.309")
    assert format_persen(h.nilai) == "-18,31%"
    assert format_persen(h.nilai) != "-18,63%"


def test_zero_capaian_kinerja_gives_no_efisiensi():
    h = efisiensi(D(0), D("95.65"))
    assert h.nilai is None
    assert h.catatan == "Capaian kinerja nol: efisiensi tidak terdefinisi"


@pytest.mark.parametrize(
    ("kinerja", "anggaran", "catatan"),
    [
        (None, D("95.65"), "Capaian kinerja belum tersedia"),
        (D("97.50"), None, "Capaian anggaran belum tersedia"),
        (None, None, "Capaian kinerja belum tersedia; Capaian anggaran belum tersedia"),
    ],
)
def test_missing_capaian_gives_no_efisiensi(kinerja, anggaran, catatan):
    assert efisiensi(kinerja, anggaran).catatan == catatan
    assert efisiensi(kinerja, anggaran).nilai is None


def test_negative_capaian_kinerja_gives_no_efisiensi():
    # (−40 − 95) / −40 × 100 = +337,5 would read as "efficient": refuse instead.
    h = efisiensi(D(-40), D(95))
    assert h.nilai is None
    assert "negatif" in h.catatan


def test_non_finite_capaian_gives_no_efisiensi():
    assert efisiensi(D("NaN"), D(1)).nilai is None
    assert efisiensi(D(1), D("Infinity")).nilai is None


def test_it_computes_the_indeks_efisiensi_and_its_distance_from_the_standard():
    # BPOM PRKOM 2021 Tabel 28: % capaian output 99,92 ÷ % capaian input 94,00 = 1,06298
    # (printed 1,063), less the standard 1 = 0,063.
    indeks = indeks_efisiensi(D("99.92"), D("94.00")).nilai
    assert potong(indeks, 5) == D("1.06297")
    assert potong(tingkat_efisiensi_indeks(indeks), 5) == D("0.06297")


@pytest.mark.parametrize("anggaran", [D(0), D(-5), None, D("NaN")])
def test_no_indeks_efisiensi_without_a_positive_capaian_anggaran(anggaran):
    h = indeks_efisiensi(D("99.92"), anggaran)
    assert h.nilai is None
    assert h.catatan


# --- realisation per quarter -----------------------------------------------------------------


def test_a_range_crossing_quarters_leaves_them_unknown():
    # RFK row 2.07.01.2.02.01: s.d. TW III (Jan–Sep) 1.981.068.813, TW IV 621.143.942.
    entri = [(1, 9, D("1981068813")), (10, 12, D("621143942"))]
    assert realisasi_per_triwulan(entri) == {1: None, 2: None, 3: None, 4: D("621143942")}


def test_monthly_entries_sum_per_quarter():
    entri = [(m, m, D(m * 100)) for m in range(1, 13)]
    assert realisasi_per_triwulan(entri) == {1: D(600), 2: D(1500), 3: D(2400), 4: D(3300)}


def test_a_quarter_without_entries_is_zero():
    assert realisasi_per_triwulan([(4, 6, D(700))]) == {1: 0, 2: D(700), 3: 0, 4: 0}


def test_a_range_crossing_into_a_quarter_makes_it_unknown_despite_other_entries():
    entri = [(4, 4, D(100)), (6, 7, D(50))]
    assert realisasi_per_triwulan(entri) == {1: 0, 2: None, 3: None, 4: 0}


def test_nothing_entered_is_zero_everywhere():
    assert realisasi_per_triwulan([]) == {1: 0, 2: 0, 3: 0, 4: 0}
    assert realisasi_tahunan([]) == 0


@pytest.mark.parametrize("rentang", [(0, 3), (1, 13), (5, 4), (True, 3), (1.0, 3), ("1", "3")])
def test_invalid_months_raise(rentang):
    with pytest.raises(ValueError, match="Rentang bulan tidak valid"):
        realisasi_per_triwulan([(*rentang, D(1))])
    with pytest.raises(ValueError, match="Rentang bulan tidak valid"):
        realisasi_tahunan([(*rentang, D(1))])


def test_a_non_finite_amount_raises():
    with pytest.raises(ValueError, match="bukan angka yang valid"):
        realisasi_per_triwulan([(1, 3, D("NaN"))])


def test_it_sums_realisation_up_to_a_month():
    # RFK 2022 row 2.07.01.2.02.01: "realisasi triwulan lalu" 1.981.068.813 (January–September).
    entri = [(1, 9, Decimal(1981068813)), (10, 12, Decimal(621143942))]
    assert realisasi_sampai(entri, 9) == Decimal(1981068813)
    assert realisasi_sampai(entri, 12) == Decimal(2602212755)
    assert realisasi_sampai(entri, 0) == 0
    assert realisasi_sampai(entri, 6) is None  # inside the January–September lump


def test_it_sums_parts_and_refuses_to_hide_an_unknown_part():
    # RFK 2022 programme 2.07.05, triwulan IV: 0 + 37.962.000 + 27.080.000.
    assert jumlah_diketahui([Decimal(0), Decimal(37962000), Decimal(27080000)]) == 65042000
    assert jumlah_diketahui([Decimal(1), None]) is None
    assert jumlah_diketahui([]) == 0


# --- bobot and weighted physical progress -----------------------------------------------------
# Hand-worked from the Tebing Tinggi LKjIP 2022 RFK annex (Lampiran RFK 2022, seed 004): the OPD's
# budget is the sum of its 18 sub kegiatan, Rp 3.933.915.154 (the printed TOTAL, 4.544.274.054,
# does not add up; see sakip/anggaran/tests/test_anggaran_seed.py). The annex's own column
# "PERSENTASE BOBOT SUBKEGIATAN" repeats the keuangan % (96,61 for Gaji) and is not a weight.
TOTAL_2022 = Decimal(3933915154)


def _30(x):
    """Full precision, compared to 30 decimals."""
    with konteks():
        return x.quantize(Decimal("1e-30"))


def test_bobot_is_the_share_of_the_total_budget():
    # Penyediaan Gaji dan Tunjangan ASN: 2.693.549.200 / 3.933.915.154 × 100 = 68,4699362989…
    assert _30(bobot(Decimal(2693549200), TOTAL_2022)) == Decimal(
        "68.469936298987092999210119720848"
    )
    # Pengadaan Peralatan dan Mesin Lainnya: 886.600 / 3.933.915.154 × 100 = 0,0225373442…
    assert _30(bobot(Decimal(886600), TOTAL_2022)) == Decimal("0.022537344230683425664955253888")
    assert bobot(TOTAL_2022, TOTAL_2022) == 100


def test_bobot_of_no_budget_is_undefined():
    assert bobot(Decimal(0), Decimal(0)) is None
    with pytest.raises(ValueError):
        bobot(Decimal("NaN"), TOTAL_2022)


def test_fisik_tertimbang_weighs_progress_by_budget():
    # Annex: every sub kegiatan 100 % except Penyediaan Jasa Pelayanan Umum Kantor (315.008.801,
    # 95 %) and Pengadaan Peralatan dan Mesin Lainnya (886.600, 0 %):
    # 100 − (315.008.801 × 5 + 886.600 × 100) / 3.933.915.154 = 99,5770869630… (the plain mean
    # the annex prints is 94,17 %).
    sisanya = TOTAL_2022 - 315008801 - 886600
    baris = [
        (sisanya, Decimal(100)),
        (Decimal(315008801), Decimal(95)),
        (Decimal(886600), Decimal(0)),
    ]
    assert _30(fisik_tertimbang(baris, TOTAL_2022)) == Decimal("99.577086963019945193256193953999")


def test_fisik_tertimbang_does_not_hide_a_gap():
    assert fisik_tertimbang([(Decimal(5), Decimal(100)), (Decimal(5), None)], Decimal(10)) is None
    assert fisik_tertimbang([], Decimal(0)) is None
    assert fisik_tertimbang([], Decimal(10)) == 0


def test_urusan_dan_bidang_are_the_first_segments():
    assert tuple(map(str, urusan_dan_bidang(parse_kode("2.07.01")))) == ("2", "2.07")
    u, b = urusan_dan_bidang(parse_kode("3.31.02.2.01.0005"))
    assert (u.teks, u.tingkat, b.teks, b.tingkat) == ("3", Tingkat.URUSAN, "3.31", Tingkat.BIDANG)
    with pytest.raises(KodeError):
        urusan_dan_bidang(parse_kode("2.07"))
