"""The drawn pohon kinerja of the OPD and of the whole Pemda in a real browser at 1366 px
and on a phone (390 px): branches fold and unfold, the zoom buttons resize a drawing inside
its scrolling box (never the page), all under the Content-Security-Policy."""

import pytest
from playwright.sync_api import expect

from sakip.tests.test_kebijakan_konten_browser import pantau, pelanggaran

pytestmark = pytest.mark.browser

HALAMAN = [
    ("kepala-tebing", "/opd/disnakerind-tebing-tinggi/pohon/2022/", "Pohon kinerja 2022"),
    (
        "admin-tebing",
        "/pemda/kota-tebing-tinggi/pohon/2022/",
        "Pohon kinerja Kota Tebing Tinggi 2022",
    ),
]


def lebar_svg(svg):
    return svg.evaluate("e => e.getBoundingClientRect().width")


@pytest.mark.parametrize("lebar", [1366, 390])
@pytest.mark.parametrize("pengguna,alamat,judul", HALAMAN)
def test_the_tree_folds_and_zooms_inside_its_box(
    peramban, lebar, pengguna, alamat, judul, tmp_path
):
    page = peramban.masuk(pengguna, viewport={"width": lebar, "height": 900})
    pesan = pantau(page)
    page.goto(f"{peramban.url}{alamat}")
    expect(page.get_by_role("heading", name=judul)).to_be_visible()
    gambar = page.locator(".gambar-pohon").first
    svg = gambar.locator("svg")
    asli = lebar_svg(svg)
    assert asli == float(svg.get_attribute("width"))

    alat = page.locator(".zoom-pohon").first
    expect(alat).to_be_visible()  # shown by the script
    alat.get_by_role("button", name="Perbesar gambar").click()
    alat.get_by_role("button", name="Perbesar gambar").click()
    assert lebar_svg(svg) == pytest.approx(asli * 1.25 * 1.25, abs=0.2)
    expect(alat.get_by_role("button", name="Kembalikan ukuran gambar")).to_have_text("156%")
    # Wider than its box (on a phone): the box scrolls, the page does not.
    if lebar_svg(svg) > gambar.evaluate("e => e.clientWidth"):
        assert gambar.evaluate("e => e.scrollWidth > e.clientWidth")
    if lebar < 640:
        assert lebar_svg(svg) > gambar.evaluate("e => e.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    page.screenshot(path=tmp_path / f"pohon-zoom-{lebar}.png", full_page=False)
    alat.get_by_role("button", name="Perkecil gambar").click()
    assert lebar_svg(svg) == pytest.approx(asli * 1.25, abs=0.2)
    alat.get_by_role("button", name="Kembalikan ukuran gambar").click()
    assert lebar_svg(svg) == pytest.approx(asli, abs=0.2)

    # The innermost branch above the drawing folds and unfolds.
    cabang = page.locator("details.cabang", has=page.locator(".gambar-pohon")).last
    cabang.locator(":scope > summary").click()
    expect(cabang.locator(".gambar-pohon").first).to_be_hidden()
    cabang.locator(":scope > summary").click()
    expect(cabang.locator(".gambar-pohon").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    page.screenshot(path=tmp_path / f"pohon-{lebar}.png", full_page=True)
    assert pelanggaran(page, pesan) == []


def test_without_script_the_drawing_keeps_its_size_and_no_button_shows(peramban):
    page = peramban.masuk("admin-tebing", java_script_enabled=False)
    page.goto(f"{peramban.url}/pemda/kota-tebing-tinggi/pohon/2022/")
    svg = page.locator(".gambar-pohon svg").first
    expect(svg).to_be_visible()
    assert lebar_svg(svg) == float(svg.get_attribute("width"))
    expect(page.locator(".zoom-pohon").first).to_be_hidden()
