"""Budget absorbed by the end of each quarter (`hitung.serapan_triwulan`), cumulative.
Figures from seed 004, LKjIP 2022 of Tebing Tinggi, Lampiran RFK 2022 (the lines of the
18 sub kegiatan): pagu 3.933.915.154 (the sum of its lines, as Tabel 12's four programs:
3.308.936.254 + 14.620.000 + 358.256.200 + 252.102.700; the RFK's TOTAL row prints
4.544.274.054, which its lines do not add up to), realisation January–September
("realisasi triwulan lalu") 2.691.356.252, October–December 979.835.638."""

from decimal import Decimal

from sakip.anggaran.hitung import serapan_triwulan
from sakip.instansi.models import OPD
from sakip.kinerja.angka import bulatkan
from sakip.pertukaran.demo import OPD_DEMO, PPU, TEBING


def test_tebing_tinggi_2022(demo):
    hasil = serapan_triwulan([OPD.objects.get(slug=OPD_DEMO[TEBING])], 2022)
    # January–September is one entry: its split over TW I and TW II is unknown.
    assert hasil[1] is None and hasil[2] is None
    tw3, tw4 = hasil[3], hasil[4]
    assert tw3.pagu == tw4.pagu == Decimal("3933915154")
    # 2.691.356.252 / 3.933.915.154 = 68,4142 %
    assert tw3.realisasi == Decimal("2691356252")
    assert bulatkan(tw3.persen) == Decimal("68.41")
    # (2.691.356.252 + 979.835.638) / 3.933.915.154 = 3.671.191.890 / ... = 93,3216 %
    assert tw4.realisasi == Decimal("3671191890")
    assert bulatkan(tw4.persen) == Decimal("93.32")


def test_no_budget_gives_nothing(demo):
    assert serapan_triwulan([OPD.objects.get(slug=OPD_DEMO[PPU])], 2025) == {}
    assert serapan_triwulan([], 2022) == {}
