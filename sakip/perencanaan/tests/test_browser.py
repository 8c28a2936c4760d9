"""The main flow in a real browser: Debian's Chromium driven by Playwright."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_it_walks_from_login_to_the_iku_table_and_an_indicator(peramban):
    page = peramban.masuk("operator-tebing")
    page.get_by_role(
        "link", name="Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi"
    ).click()
    page.get_by_text("Tabel IKU per tahun").get_by_role("link", name="2022", exact=True).click()
    expect(page.get_by_role("heading")).to_have_text("Capaian Indikator Kinerja Utama 2022")
    baris = page.get_by_role("row").filter(has_text="Persentase Meningkatnya Kesempatan Kerja")
    # LKjIP 2022 Tabel 5 row 1, computed from 141 and 105 placements.
    expect(baris).to_contain_text("52,75")
    expect(baris).to_contain_text("Cukup Baik")
    baris.get_by_role("link").click()
    expect(page.locator("svg polyline").first).to_be_visible()
    page.screenshot(path="var/indikator.png", full_page=True)


def test_it_refuses_a_wrong_password_in_indonesian(peramban):
    page = peramban.browser.new_page()
    page.goto(f"{peramban.url}/masuk/")
    page.get_by_label("Nama pengguna").fill("operator-tebing")
    page.get_by_label("Kata sandi").fill("salah")
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_text("Nama pengguna atau kata sandi salah")).to_be_visible()


def test_it_fits_a_phone_screen(peramban):
    page = peramban.masuk("operator-jambi", viewport={"width": 390, "height": 844})
    page.goto(f"{peramban.url}/opd/dtkk-ukm-jambi/iku/2024/")
    expect(page.get_by_role("cell", name="121,04")).to_be_visible()
    # Wide tables scroll inside their own box; the page itself never scrolls sideways.
    lebar = page.evaluate("document.documentElement.scrollWidth")
    assert lebar <= 390
    page.screenshot(path="var/iku-ponsel.png", full_page=True)
