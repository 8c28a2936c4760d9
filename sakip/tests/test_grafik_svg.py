"""The page charts (`sakip/dasar/grafik.py`): well-formed SVG that scales by its viewBox,
with a title and a description listing every figure in Indonesian format, user text
escaped, and nothing drawn when there is nothing to draw."""

import xml.etree.ElementTree as ET
from decimal import Decimal

from sakip.dasar import grafik

NS = "{http://www.w3.org/2000/svg}"


def _baca(svg):
    akar = ET.fromstring(str(svg).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))
    return akar, [t.text for t in akar.iter(f"{NS}text")]


def test_bars_carry_a_title_a_description_and_indonesian_figures():
    svg = grafik.batang(
        "Capaian per sasaran 2022 (%)",
        [("Meningkatnya Kesempatan kerja", Decimal("52.747252")), ("Sasaran tanpa data", None)],
    )
    akar, teks = _baca(svg)
    assert akar.get("viewBox").startswith("0 0 400 ")
    assert akar.get("width") == "100%"
    assert akar.get("role") == "img"
    judul, uraian = akar.find(f"{NS}title"), akar.find(f"{NS}desc")
    assert akar.get("aria-labelledby") == f"{judul.get('id')} {uraian.get('id')}"
    assert judul.text == "Capaian per sasaran 2022 (%)"
    assert uraian.text == "Meningkatnya Kesempatan kerja: 52,75%; Sasaran tanpa data: –."
    assert "52,75%" in teks and "belum ada nilai" in teks
    assert "100%" in teks  # the reference line: the target met


def test_user_text_is_escaped():
    svg = grafik.batang("Uji", [('<script>alert("x")</script> & co', Decimal(1))])
    assert "<script>" not in str(svg)
    _, teks = _baca(svg)
    assert '<script>alert("x")</script> & co' in teks


def test_columns_show_a_dash_where_a_value_is_unknown():
    svg = grafik.kolom("Serapan", [("TW I", None), ("TW IV", Decimal("93.3215828"))])
    akar, teks = _baca(svg)
    assert teks.count("–") == 1 and "93,32%" in teks
    assert len(list(akar.iter(f"{NS}rect"))) == 1


def test_a_large_value_stays_inside_the_chart():
    akar, _ = _baca(grafik.batang("Uji", [("a", Decimal("250")), ("b", Decimal("-5"))]))
    lebar = [float(r.get("width")) for r in akar.iter(f"{NS}rect")]
    # 250 % fills the room left of the figures (400 - 4 - 64); a negative value draws none.
    assert lebar == [332.0, 0.0]


def test_the_trend_labels_each_point_in_the_indicators_unit():
    titik = [(2021, Decimal("42.85"), Decimal(60)), (2022, None, Decimal(65))]
    akar, teks = _baca(grafik.tren("Tren", titik, "%", "persentase"))
    assert {"42,85", "60,00", "65,00", "2021", "2022"} <= set(teks)
    assert akar.find(f"{NS}desc").text == (
        "2021: target 60,00, realisasi 42,85; 2022: target 65,00, realisasi –."
    )
    # A count is written as counted: "200", not "200,00".
    _, teks = _baca(grafik.tren("Tren", [(2024, Decimal(200), Decimal(200))], "unit"))
    assert "200" in teks and "200,00" not in teks


def test_nothing_to_draw_gives_no_chart():
    assert grafik.batang("Uji", []) is None
    assert grafik.kolom("Uji", []) is None
    assert grafik.tren("Uji", [(2021, None, None)]) is None


def test_two_charts_of_a_page_have_distinct_ids():
    a = grafik.kolom("Rata-rata", [("2022", Decimal(1))])
    b = grafik.kolom("Serapan", [("TW I", Decimal(1))])
    ida = _baca(a)[0].get("aria-labelledby")
    assert ida != _baca(b)[0].get("aria-labelledby")
    assert ida == _baca(grafik.kolom("Rata-rata", [("2022", Decimal(1))]))[0].get("aria-labelledby")
