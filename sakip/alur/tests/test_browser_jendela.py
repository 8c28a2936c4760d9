"""A saved date shows again in the browser's date box, and saving the page untouched keeps
it (the box used to receive "29-11-2026", could not show it, and saving erased the window)."""

from datetime import date

import pytest
from playwright.sync_api import expect

from sakip.alur.models import JendelaPengisian
from sakip.jejak.models import Jejak

pytestmark = pytest.mark.browser

URL = "/pemda/kab-penajam-paser-utara/jendela/2026/"


def test_a_saved_window_shows_again_and_survives_saving_the_page(peramban):
    page = peramban.masuk("admin-ppu")
    page.goto(f"{peramban.url}{URL}")
    page.locator("#id_tw4-mulai").fill("2026-11-29")
    page.locator("#id_tw4-selesai").fill("2027-01-10")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Jendela pengisian 2026 disimpan.")).to_be_visible()

    page.goto(f"{peramban.url}{URL}")
    expect(page.locator("#id_tw4-mulai")).to_have_value("2026-11-29")
    expect(page.locator("#id_tw4-selesai")).to_have_value("2027-01-10")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Jendela pengisian 2026 disimpan.")).to_be_visible()
    j = JendelaPengisian.objects.get(tahun=2026, triwulan=4)
    assert (j.mulai, j.selesai) == (date(2026, 11, 29), date(2027, 1, 10))
    assert Jejak.objects.count() == 1
