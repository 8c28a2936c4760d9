"""Charts are drawn once per content: equal values give the PNG already drawn, other values
a new one; once forgotten (the benchmark's cold renders), every chart is drawn again."""

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


def test_forgotten_charts_are_drawn_again_the_same():
    nama, capaian = ["Tingkat pengangguran terbuka"], [Decimal("97.5")]
    seri = [("Indikator", [2021, 2022], [Decimal(1), Decimal(2)], [Decimal(2), None])]
    pertama = grafik.capaian_per_indikator(nama, capaian), grafik.tren(seri)
    grafik.lupakan()
    baru = grafik.capaian_per_indikator(nama, capaian), grafik.tren(seri)
    assert all(b is not p and b == p for b, p in zip(baru, pertama, strict=True))
