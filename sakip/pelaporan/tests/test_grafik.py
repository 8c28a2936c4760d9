"""Charts are drawn once per content: equal values give the PNG already drawn, other values
a new one."""

from decimal import Decimal

from sakip.pelaporan import grafik


def test_equal_values_reuse_the_chart_and_other_values_draw_anew():
    nama, capaian = ["Tingkat pengangguran terbuka"], [Decimal("97.5")]
    pertama = grafik.capaian_per_indikator(nama, capaian)
    assert pertama.startswith(b"\x89PNG")
    assert grafik.capaian_per_indikator(list(nama), [Decimal("97.5")]) is pertama
    lain = grafik.capaian_per_indikator(nama, [Decimal("80")])
    assert lain is not pertama and lain != pertama
    seri = [("Indikator", [2021, 2022], [Decimal(1), Decimal(2)], [Decimal(2), None])]
    assert grafik.tren(seri) is grafik.tren([(*seri[0][:3], [Decimal(2), None])])
