"""Capaian per sasaran (`tersimpan.capaian_per_sasaran`): the mean capaian of each sasaran's
IKU, in plan order. Figures worked by hand from seed 004, LKjIP 2022 of the Dinas
Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi: Tabel 5 (targets, one IKU per
sasaran) and the data annexes (realisations); the printed Tabel 5 rounds the realisation
first (52,74; 97,50; 72,84; 74,88; 82,58)."""

from decimal import Decimal

from sakip.instansi.models import OPD
from sakip.kinerja.angka import bulatkan
from sakip.kinerja.capaian import rata_rata
from sakip.pengukuran.tersimpan import capaian_per_sasaran
from sakip.pertukaran.demo import OPD_DEMO, TEBING

# (sasaran, capaian %): realisation ÷ target × 100.
DIHARAPKAN = [
    # (141 - 105) / 105 = 34,2857 % placed job seekers' growth, against 65 %
    ("Meningkatnya Kesempatan kerja", "52.75"),
    # 88 of 95 certified = 92,6316 %, against 95 %
    ("Meningkatnya Kualitas dan Produktivitas Tenaga kerja", "97.51"),
    # 4.667 of 6.744 workers insured = 69,2023 %, against 95 %
    ("Meningkatnya Perlindungan dan Pengembangan Lembaga Ketenagakerjaan", "72.84"),
    # 2.273 of 6.744 paid the UMK = 33,7040 %, against 45 %
    ("Meningkatnya kesejahteraan pekerja", "74.90"),
    # 238 of 339 products up to standard = 70,2065 %, against 85 % (both IKM sasaran)
    ("Meningkatnya kualitas produk IKM", "82.60"),
    ("Mengembangkan Sentra-sentra Industri", "82.60"),
]


def test_tebing_tinggi_2022_per_sasaran(demo):
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    hasil = capaian_per_sasaran(opd, 2022)
    assert [(c.sasaran.nama, str(bulatkan(c.capaian.nilai))) for c in hasil] == DIHARAPKAN
    # One IKU per sasaran, each measured; the tujuan's own IKU have no sasaran.
    assert all(len(c.nilai) == 1 and c.capaian.catatan is None for c in hasil)
    # Their mean: (52,7473 + 97,5069 + 72,8445 + 74,8979 + 82,5959 × 2) / 6 = 77,1980.
    rerata = rata_rata(c.capaian.nilai for c in hasil).nilai
    assert bulatkan(rerata) == Decimal("77.20")


def test_a_year_without_realisation_has_sasaran_without_capaian(demo):
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    hasil = capaian_per_sasaran(opd, 2020)  # the Renstra 2017-2022, nothing recorded
    assert all(c.capaian.nilai is None for c in hasil)
