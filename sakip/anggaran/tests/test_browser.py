"""Entering a quarter's realisation in a real browser (Debian's Chromium via Playwright)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_it_records_a_quarter_and_shows_the_new_totals(peramban):
    page = peramban.masuk("operator-tebing")
    page.goto(f"{peramban.url}/opd/disnakerind-tebing-tinggi/anggaran/2022/")
    baris = page.get_by_role("row").filter(has_text="2.07.03.2.01.01")
    baris.get_by_role("link", name="Isi realisasi").click()
    # A mistyped amount is explained, and nothing is saved.
    page.get_by_label("Triwulan:", exact=True).select_option("4")
    page.get_by_label("Realisasi keuangan triwulan ini (Rp)").fill("10.1")
    page.get_by_label("Realisasi fisik s.d. akhir triwulan (%)").fill("100")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("koma")).to_be_visible()
    # Tabel 12 row 2.a.1: pagu 14.620.000; spending 12.000.000 in TW IV → 82,08 %.
    page.get_by_label("Realisasi keuangan triwulan ini (Rp)").fill("12.000.000")
    page.get_by_role("button", name="Simpan").click()
    expect(
        page.get_by_text("Realisasi Triwulan IV untuk 2.07.03.2.01.01 disimpan.")
    ).to_be_visible()
    baris = page.get_by_role("row").filter(has_text="2.07.03.2.01.01")
    expect(baris).to_contain_text("12.000.000")
    expect(baris).to_contain_text("82,08")


@pytest.mark.parametrize("lebar", [1366, 390])
def test_the_wide_rfk_scrolls_inside_its_box_not_the_page(peramban, lebar):
    page = peramban.masuk("operator-tebing", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}/opd/disnakerind-tebing-tinggi/rfk/2022/")
    expect(page.get_by_role("cell", name="URUSAN PEMERINTAHAN BIDANG TENAGA KERJA")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    # On a phone every table is its own scrolling box (base.html).
    kotak = page.locator(".gulir table")
    if lebar < 1000:
        assert kotak.evaluate("e => e.scrollWidth > e.clientWidth")
