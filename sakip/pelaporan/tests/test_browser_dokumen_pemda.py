"""The Pemda's documents in a real browser at 1366 px and 390 px: one Admin Pemda submits
the LKjIP Pemda, sees no approve button on it; a second Admin Pemda approves it. The
screenshots are the user guide's (docs/gambar/dokumen-pemda-*.png)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

GAMBAR = Path(__file__).resolve().parents[3] / "docs" / "gambar"
DAFTAR = "/pemda/kota-jambi/dokumen/2024/"


def _baris(page):
    return page.locator("tr", has_text="Laporan Kinerja")


@pytest.mark.parametrize("lebar", [1366, 390])
def test_one_admin_submits_another_approves(peramban, admin_kedua, lebar):
    admin_kedua("kota-jambi")
    layar = {"viewport": {"width": lebar, "height": 900}}
    page = peramban.masuk("admin-jambi", **layar)
    page.goto(f"{peramban.url}{DAFTAR}")
    _baris(page).get_by_role("button", name="Ajukan untuk disetujui").click()
    expect(page.get_by_text("Admin Pemda lain yang menyetujuinya")).to_be_visible()
    expect(_baris(page)).to_contain_text("Diajukan oleh admin-jambi")
    expect(_baris(page).get_by_role("button", name="Setujui dan terbitkan")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    page.screenshot(path=GAMBAR / f"dokumen-pemda-{lebar}.png", full_page=True)

    kedua = peramban.masuk("admin2-jambi", **layar)
    kedua.goto(f"{peramban.url}{DAFTAR}")
    _baris(kedua).get_by_role("button", name="Setujui dan terbitkan").click()
    expect(kedua.get_by_text("disetujui dan terbit.")).to_be_visible()
    expect(_baris(kedua)).to_contain_text("Disetujui")
