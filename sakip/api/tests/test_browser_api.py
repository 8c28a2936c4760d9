"""In a real browser: the API's docs page (Swagger UI) renders from sakip's own files with
every other address blocked (no CDN, no internet) and without a Content-Security-Policy
complaint; and a user makes an API token on their account page at 1366 px and on a phone
(390 px), sees it once, and revokes it. The screenshots are the user guide's
(docs/gambar/api-*.png, docs/panduan-pengguna.md)."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

GAMBAR = Path(__file__).resolve().parents[3] / "docs" / "gambar"


def test_the_docs_page_renders_offline(peramban):
    page = peramban.browser.new_page(viewport={"width": 1366, "height": 900})
    sendiri = urlsplit(peramban.url).netloc
    luar = []

    def hanya_sendiri(route):
        if urlsplit(route.request.url).netloc == sendiri:
            route.continue_()
        else:
            luar.append(route.request.url)
            route.abort()

    page.route("**/*", hanya_sendiri)
    keluhan = []
    page.on("console", lambda m: keluhan.append(m.text) if m.type == "error" else None)
    page.goto(f"{peramban.url}/api/docs")
    expect(page.get_by_role("heading", name="API sakip")).to_be_visible()
    operasi = page.locator(".opblock-summary-path", has_text="/api/opd/{slug}/{tahun}/capaian/")
    expect(operasi.first).to_be_visible()
    expect(page.get_by_role("button", name="Authorize")).to_be_visible()
    page.screenshot(path=GAMBAR / "api-docs-1366.png")
    assert luar == [] and keluhan == []


@pytest.mark.parametrize("lebar", [1366, 390])
def test_a_user_makes_and_revokes_a_token(peramban, lebar):
    page = peramban.masuk("operator-ppu", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}/akun/")
    page.get_by_label("Nama token").fill("Dasbor Bappeda")
    page.get_by_role("button", name="Buat token").click()
    token = page.get_by_label("Token API")
    expect(token).to_contain_text("sakip_")
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    page.screenshot(path=GAMBAR / f"api-token-baru-{lebar}.png", full_page=True)
    teks = token.inner_text()

    page.get_by_role("link", name="Kembali ke Akun saya").click()
    baris = page.locator("tr", has_text="Dasbor Bappeda")
    expect(baris).to_contain_text("Aktif")
    expect(baris).to_contain_text(teks[:12])
    expect(page.get_by_text(teks)).to_have_count(0)  # shown once only
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    page.screenshot(path=GAMBAR / f"api-token-{lebar}.png", full_page=True)
    baris.get_by_role("button", name="Cabut").click()
    expect(page.get_by_text("Token Dasbor Bappeda")).to_contain_text("dicabut")
    expect(page.locator("tr", has_text="Dasbor Bappeda")).to_contain_text("Dicabut")
