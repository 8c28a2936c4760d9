"""Accepting a group of findings in a real browser, at 1366 px and on a phone (390 px): the
review page starts with its groups folded, the Inspektorat opens one, accepts its two
rounding findings with one reason and comes back to the same group, open, with the count.
The page never scrolls sideways; its screenshots are the user guide's. A refused upload
shows its error next to the upload form, in view."""

import pytest
from playwright.sync_api import expect

from sakip.evaluasi.models import Tanggapan

pytestmark = pytest.mark.browser

URL = "/opd/disnakerind-tebing-tinggi/reviu/2021/"
# LKjIP 2022 Tabel 8 prints two 2021 capaian one hundredth off (seed 004): 71,41 for
# 71,42 and 75,43 for 75,42.
KELOMPOK = "#k-r02-lkjip-2022-tabel-8"
ALASAN = "Selisih pembulatan pada dokumen asli; LKjIP sakip menghitung ulang."


def _muat(page, lebar, nama, folder):
    assert page.evaluate("document.documentElement.scrollWidth") <= page.evaluate(
        "window.innerWidth"
    ), nama
    page.screenshot(path=folder / f"{nama}-{lebar}.png", full_page=True)


def _terlihat(page, locator):
    """Whether the element's top is on screen (the page scrolled to it; a fraction of a
    pixel above at a phone's scale)."""
    atas = locator.evaluate("e => e.getBoundingClientRect().top")
    return -1 < atas < page.evaluate("window.innerHeight")


@pytest.mark.parametrize("lebar", [1366, 390])
def test_accepting_a_group_of_findings(peramban, lebar, tmp_path):
    page = peramban.masuk("inspektorat-tebing", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}{URL}")
    expect(page.locator("#ringkasan-temuan")).to_contain_text("6 kelompok menurut tabel dan aturan")
    kelompok = page.locator(KELOMPOK)
    expect(kelompok).to_contain_text("R02 Capaian tercatat berbeda")
    expect(kelompok).to_contain_text("2 temuan, belum ditanggapi")
    expect(kelompok.get_by_role("row").nth(1)).not_to_be_visible()  # folded
    _muat(page, lebar, "reviu", tmp_path)

    kelompok.locator("summary").click()
    expect(kelompok.get_by_role("row").nth(1)).to_contain_text("71,41")
    expect(kelompok.get_by_role("row").nth(2)).to_contain_text("75,42")
    terima = kelompok.get_by_role("button", name="Terima 2 temuan")
    # Without the reason the browser does not send it.
    terima.click()
    expect(kelompok.locator("form.terima textarea:invalid").first).to_be_visible()
    assert not Tanggapan.objects.filter(tahun=2021).exists()
    kelompok.get_by_label("Alasan menerima 2 temuan").fill(ALASAN)
    _muat(page, lebar, "reviu-kelompok", tmp_path)
    terima.click()

    # Back at the same group, open and in view, with the count in its message.
    expect(kelompok.get_by_text("2 temuan R02 diterima.")).to_be_visible()
    assert page.url.endswith(KELOMPOK)
    assert _terlihat(page, kelompok)
    expect(kelompok).to_contain_text("2 temuan, semua diterima")
    for baris in (1, 2):
        expect(kelompok.get_by_role("row").nth(baris)).to_contain_text(
            f"Diterima oleh inspektorat-tebing: {ALASAN}"
        )
    expect(kelompok.get_by_role("button", name="Terima 2 temuan")).to_have_count(0)
    _muat(page, lebar, "reviu-diterima", tmp_path)
    assert Tanggapan.objects.filter(tahun=2021, aturan="R02").count() == 2


def test_a_refused_upload_shows_its_error_by_the_form(peramban, tmp_path):
    berkas = tmp_path / "catatan.txt"
    berkas.write_text("bukan dokumen")
    page = peramban.masuk("inspektorat-tebing", viewport={"width": 390, "height": 800})
    page.goto(f"{peramban.url}{URL}")
    page.get_by_label("Dokumen (.docx, .xlsx atau .pdf, paling besar 10 MB)").set_input_files(
        berkas
    )
    page.get_by_role("button", name="Reviu dokumen").click()
    galat = page.locator("#unggah").get_by_role("alert")
    expect(galat).to_be_visible()
    assert _terlihat(page, galat)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
