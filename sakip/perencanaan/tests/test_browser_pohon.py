"""The pohon kinerja page in a real browser at 1366 px and on a phone (390 px): the page
never scrolls sideways, each node reads with its level, and on a phone every node is a
card indented under the one it serves."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

URL = "/opd/disnakerind-tebing-tinggi/pohon/2022/"


@pytest.mark.parametrize("lebar", [1366, 390])
def test_the_tree_fits_the_screen(peramban, lebar, tmp_path):
    page = peramban.masuk("kepala-tebing", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}{URL}")
    expect(page.get_by_role("heading", name="Pohon kinerja 2022")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    kegiatan = page.locator("tr.sasaran_kegiatan").first
    expect(kegiatan).to_contain_text("Sasaran kegiatan 1")
    expect(kegiatan).to_contain_text("Rudi Simanjuntak")
    sasaran = page.locator("tr.sasaran").first.bounding_box()
    kotak = kegiatan.bounding_box()
    assert kotak["x"] + kotak["width"] <= lebar
    if lebar < 640:  # a card per node, indented by its depth
        assert kegiatan.evaluate("e => getComputedStyle(e).display") == "block"
        assert kotak["x"] > sasaran["x"]
    page.screenshot(path=tmp_path / f"pohon-{lebar}.png", full_page=True)


@pytest.mark.parametrize("lebar", [1366, 390])
def test_the_drawing_scrolls_in_its_box_and_folds(peramban, lebar, tmp_path):
    page = peramban.masuk("kepala-tebing", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}{URL}")
    gambar = page.locator(".gambar-pohon").first
    expect(gambar.locator("svg")).to_be_visible()
    expect(gambar.locator("rect.simpul").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    page.screenshot(path=tmp_path / f"gambar-pohon-{lebar}.png", full_page=True)
    # Every drawing keeps its size (never shrunk out of reading); one wider than its box
    # scrolls inside the box, never the page.
    for kotak in page.locator(".gambar-pohon").all():
        svg = kotak.locator("svg")
        assert svg.evaluate("e => e.getBoundingClientRect().width") == float(
            svg.get_attribute("width")
        )
        if float(svg.get_attribute("width")) > kotak.evaluate("e => e.clientWidth"):
            assert kotak.evaluate("e => e.scrollWidth > e.clientWidth")
    cabang = page.locator("details.cabang details.cabang").first
    cabang.locator("summary").click()
    expect(cabang.locator("svg")).to_be_hidden()
