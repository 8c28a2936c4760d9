"""The Pemda's own evaluation in a real browser at 1366 px and on a phone (390 px): the
Inspektorat reaches it from the recap, sees 1.3.7 suggested from the one OPD evaluation
(B), accepts every suggestion and the recap shows the Pemda's score; the page never
scrolls sideways."""

import pytest
from playwright.sync_api import expect

from sakip.pertukaran.demo import muat_alur_demo
from sakip.pertukaran.demo_lke import muat_lke_demo

pytestmark = pytest.mark.browser

REKAP = "/pemda/kota-tebing-tinggi/lke/2022/"


def _pas(page, lebar, nama, folder):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar, nama
    page.screenshot(path=folder / f"{nama}-{lebar}.png", full_page=False)


@pytest.mark.parametrize("lebar", [1366, 390])
def test_the_inspektorat_accepts_the_suggestions_from_the_opd(peramban, lebar, tmp_path):
    muat_alur_demo()
    muat_lke_demo()
    page = peramban.masuk("inspektorat-tebing", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}{REKAP}")
    # The demo's Admin Pemda has answered; the evaluator has not yet.
    expect(page.locator("#evaluasi-pemda")).to_contain_text("0,00 (D), dalam proses")
    page.get_by_role("link", name="Lembar kerja evaluasi Pemda").click()
    expect(page.get_by_role("heading", name="Evaluasi SAKIP (LKE) 2022 · Pemda")).to_be_visible()
    saran = page.locator("#saran-1\\.3\\.7")
    expect(saran).to_contain_text("1 dari 1 OPD menjawab B")
    saran.scroll_into_view_if_needed()
    _pas(page, lebar, "lke-pemda-saran", tmp_path)
    page.get_by_role("button", name="Terima semua saran").click()
    expect(page.get_by_text("12 saran diterima sebagai jawaban evaluator.")).to_be_visible()
    expect(page.locator("#k-1\\.3\\.7")).to_contain_text("B")
    page.goto(f"{peramban.url}{REKAP}")
    expect(page.locator("#evaluasi-pemda")).to_contain_text("15,07 (D), dalam proses")
    page.locator("#evaluasi-pemda").scroll_into_view_if_needed()
    _pas(page, lebar, "lke-pemda-rekap", tmp_path)
