"""The OPD profile and the letterhead pages fit the screen at 1366 px and on a phone."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

HALAMAN = [
    ("operator-tebing", "/opd/disnakerind-tebing-tinggi/profil/", "Latar belakang"),
    ("admin-tebing", "/pemda/kota-tebing-tinggi/kop-dokumen/", "Huruf"),
]


@pytest.mark.parametrize("lebar", [1366, 390])
@pytest.mark.parametrize(("pengguna", "alamat", "label"), HALAMAN)
def test_the_page_fits_the_screen(peramban, lebar, pengguna, alamat, label, tmp_path):
    page = peramban.masuk(pengguna, viewport={"width": lebar, "height": 900})
    page.goto(peramban.url + alamat)
    expect(page.get_by_label(label, exact=False).first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    page.screenshot(path=tmp_path / f"{lebar}.png", full_page=True)
