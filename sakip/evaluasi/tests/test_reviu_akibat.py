"""`reviu_opd` (stored data): a printed figure is compared with what the data give, not only
with the printed figures of its row; one that follows only from a wrong printed figure is
that figure's consequence (R29), linked to it."""

from decimal import Decimal

from sakip.evaluasi.reviu import reviu_opd
from sakip.instansi.models import OPD
from sakip.kinerja.angka import bulatkan


def temuan(opd, tahun):
    return {(t.aturan, t.lokasi): t for t in reviu_opd(OPD.objects.get(slug=opd), tahun)}


def test_jambis_capaian_is_recomputed_from_the_data(demo):
    # Seed 003 line 357: 639 / 1.257 × 100 = 50,8353 printed 51,00 (R01); its capaian
    # 121,43 = 51,00 / 42 × 100 is 50,8353 / 42 × 100 = 121,0365 → 121,04 from the data.
    lokasi = "IKU 2025 Tabel 3.4, Persentase Penyerapan Tenaga Kerja"
    t = temuan("dtkk-ukm-jambi", 2024)[("R29", lokasi)]
    assert (t.teks_tercatat, t.teks_seharusnya, t.sebab) == ("121,43", "121,04", ("R01", lokasi))
    assert f"akibat dari R01 di {lokasi}" in t.pesan


def test_the_rfk_totals_percentage_is_recomputed_from_the_budget(demo):
    # Seed 004 line 924: TOTAL pagu 4.544.274.054, realisation 4.156.626.934, 91,47 %; the
    # stored budget sums to 3.933.915.154 and 3.671.191.890 (R08 for both), which make
    # 3.671.191.890 / 3.933.915.154 = 93,3216 % → 93,32.
    semua = temuan("disnakerind-tebing-tinggi", 2022)
    t = semua[("R29", "Lampiran RFK 2022, baris TOTAL")]
    assert (t.teks_tercatat, bulatkan(t.seharusnya)) == ("91,47", Decimal("93.32"))
    assert t.sebab == ("R08", "Lampiran RFK 2022, baris TOTAL (pagu)")
    assert t.sebab in semua
    # Its remainder 262.723.264 = 3.933.915.154 − 3.671.191.890 is right by the data (it was
    # reported against the printed pagu − realisation, 387.647.120, before issue 16).
    assert ("R07", "Lampiran RFK 2022, baris TOTAL") not in semua


def test_an_efficiency_from_a_wrong_realisation_is_recomputed_from_the_data(demo):
    # Seed 004 line 861 (Tabel 13 row 5): realisation 70 %, budget 19.518.000 of 19.978.000,
    # efficiency −18,63 = (70 / 85 − 97,6975 %) ÷ 70 / 85, with 70 / 85 × 100 = 82,3529 and
    # 19.518.000 / 19.978.000 × 100 = 97,6975. The data (line 1030: 238 of 339 products)
    # give 70,2065 %, capaian 82,5959 % and (82,5959 − 97,6975) / 82,5959 × 100 = −18,2838
    # → −18,28.
    semua = temuan("disnakerind-tebing-tinggi", 2022)
    t = semua[("R29", "LKjIP 2022 Tabel 13, baris 5")]
    assert (t.teks_tercatat, t.teks_seharusnya) == ("-18,63", "-18,28")
    sebab = ("R01", "LKjIP 2022 Tabel 13, Persentase produk IKM yang memenuhi standart")
    assert t.sebab == sebab and semua[sebab].teks_seharusnya == "70,21"
    # Row 6 likewise: 238 / 339 again, budget 226.076.044 of 232.124.700 = 97,3942 %, so
    # (82,5959 − 97,3942) / 82,5959 × 100 = −17,9165 → −17,92 for the printed −18,26.
    t = semua[("R29", "LKjIP 2022 Tabel 13, baris 6")]
    assert (t.teks_tercatat, t.teks_seharusnya) == ("-18,26", "-17,92")


def test_a_capaian_from_a_wrong_realisation_is_its_consequence(demo):
    # Seed 004 line 707 (Tabel 5 row 1): realisation 34,28 % where the data (141 placed in
    # 2022, line 977; 105 in 2021, line 996) give (141 − 105) / 105 × 100 = 34,2857 (R01);
    # capaian 52,74 = 34,28 / 65 × 100 (52,7385) follows from the printed realisation, the
    # data give 34,2857 / 65 × 100 = 52,7473 → 52,75.
    lokasi = "LKjIP 2022 Tabel 5, Persentase Meningkatnya Kesempatan Kerja"
    t = temuan("disnakerind-tebing-tinggi", 2022)[("R29", lokasi)]
    assert (t.teks_tercatat, t.teks_seharusnya, t.sebab) == ("52,74", "52,75", ("R01", lokasi))
