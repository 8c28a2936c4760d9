"""The budget rules (`anggaran.aturan`), each checked once here with worked values; the
realisation and sub kegiatan forms, the workbook and the YAML import show the same reasons
(test_isi_realisasi, test_struktur, pertukaran test_buku_kerja_anggaran and
test_impor_anggaran_aturan)."""

from decimal import Decimal as D

from sakip.anggaran.aturan import alasan_pagu, alasan_tumpang_bulan, nama_rentang, pagu_berlaku


def test_a_run_of_months_is_named():
    assert nama_rentang(1, 3) == "Januari–Maret"
    assert nama_rentang(12, 12) == "Desember"


def test_the_revised_budget_is_the_one_in_force():
    assert pagu_berlaku(D("1000"), None) == D("1000")
    assert pagu_berlaku(D("1000"), D("900")) == D("900")
    assert pagu_berlaku(D("1000"), D("0")) == D("0")  # revised to nothing is still revised
    assert pagu_berlaku(None, None) is None


def test_entries_share_no_month():
    lain = [(1, 9), (12, 12)]
    assert alasan_tumpang_bulan(10, 11, lain) is None
    assert alasan_tumpang_bulan(4, 6, []) is None
    assert alasan_tumpang_bulan(7, 9, lain) == (
        "Realisasi Juli–September bertumpang tindih dengan realisasi Januari–September yang "
        "tercatat sebagai satu rentang; angkanya tidak dapat dipisahkan."
    )
    # One shared month is enough; the same run of months is an overlap too.
    assert alasan_tumpang_bulan(10, 12, lain).startswith(
        "Realisasi Oktober–Desember bertumpang tindih dengan realisasi Desember "
    )
    assert alasan_tumpang_bulan(12, 12, lain) is not None


def test_the_year_spends_at_most_the_budget_in_force():
    entri = [(1, 9, D("600")), (10, 12, D("300.50"))]  # 900,50 in all
    assert alasan_pagu(D("900.50"), entri) is None  # exactly the budget
    assert alasan_pagu(None, entri) is None  # no budget set: no limit
    assert alasan_pagu(D("900.49"), entri) == (
        "Total realisasi keuangan setahun Rp 900,50 melebihi pagu yang berlaku Rp 900,49."
    )
    assert alasan_pagu(D("0"), []) is None
