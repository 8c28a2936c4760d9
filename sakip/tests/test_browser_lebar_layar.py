"""The page header, a workflow page and the audit trail in a real browser at 1366 px and on
a phone (390 px): the header stays one line with the user menu folded (roles, Akun and
Keluar open from it), the pages never scroll sideways, the workflow page's buttons are on
screen (on a phone each document is a card), and the audit trail reads in words: "Tahap:
Draf → Diajukan"."""

import pytest
from playwright.sync_api import expect

from sakip.akun.models import Pengguna
from sakip.alur.ubah import jalankan
from sakip.instansi.models import OPD
from sakip.pertukaran.demo import OPD_DEMO, PPU

pytestmark = pytest.mark.browser

ALUR = f"/opd/{OPD_DEMO[PPU]}/alur/2025/"
JEJAK = f"/opd/{OPD_DEMO[PPU]}/jejak/"


def _pas(page, lebar, nama, folder):
    """The page is no wider than the screen; a screenshot to look at."""
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar, nama
    page.screenshot(path=folder / f"{nama}-{lebar}.png", full_page=True)


def _di_layar(locator, lebar):
    kotak = locator.bounding_box()
    assert kotak is not None and kotak["x"] >= 0 and kotak["x"] + kotak["width"] <= lebar


@pytest.mark.parametrize("lebar", [1366, 390])
def test_header_workflow_and_audit_fit_the_screen(peramban, lebar, tmp_path):
    opd = OPD.objects.get(slug=OPD_DEMO[PPU])
    jalankan(Pengguna.objects.get(username="operator-ppu"), opd, 2025, "tw1", "ajukan", "Menyusul.")
    page = peramban.masuk("admin-ppu", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}{ALUR}")

    # The header: one line, the user menu folded until opened.
    assert page.locator("header").bounding_box()["height"] < 60
    keluar = page.get_by_role("button", name="Keluar")
    expect(keluar).to_be_hidden()
    page.locator(".menu-akun summary").click()
    expect(keluar).to_be_visible()
    expect(page.locator(".menu-akun").get_by_text("Admin Pemda Kabupaten Penajam")).to_be_visible()
    _di_layar(page.locator(".menu-akun .panel"), lebar)
    _pas(page, lebar, "menu-akun", tmp_path)
    page.locator(".menu-akun summary").click()
    expect(keluar).to_be_hidden()

    # The workflow page: every document's steps on screen, a card per document on a phone.
    tw1 = page.locator("#dokumen-tw1")
    tampil = tw1.evaluate("e => getComputedStyle(e).display")
    assert tampil == ("block" if lebar < 640 else "table-row")
    _di_layar(tw1, lebar)
    expect(page.get_by_text("Data Triwulan I 2025: Draf → Diajukan")).to_be_visible()
    _pas(page, lebar, "alur", tmp_path)
    # Steps are taken on the document's page, next to the data decided on.
    tw1.get_by_role("link", name="Data Triwulan I 2025").first.click()
    verifikasi = page.get_by_role("button", name="Verifikasi")
    _di_layar(verifikasi, lebar)
    verifikasi.click()
    expect(page.get_by_text("Data Triwulan I 2025 kini berstatus Diverifikasi.")).to_be_visible()

    # The audit trail: the step in words, on screen.
    page.goto(f"{peramban.url}{JEJAK}")
    terbaru = page.locator("tbody tr").first
    expect(terbaru).to_contain_text("Tahap: Diajukan → Diverifikasi")
    expect(terbaru).to_contain_text("Status dokumen")
    expect(terbaru).not_to_contain_text("#")
    _di_layar(terbaru, lebar)
    _pas(page, lebar, "jejak", tmp_path)

    page.locator(".menu-akun summary").click()
    page.get_by_role("button", name="Keluar").click()
    expect(page.get_by_role("heading", name="Masuk ke sakip")).to_be_visible()
