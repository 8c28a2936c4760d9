"""Accepting a wrong figure with its consequence in a real browser, at 1366 px and on a
phone (390 px): the consequence is listed under its cause, marked "↳ akibat dari R01";
accepting the cause accepts it too. The page never scrolls sideways."""

import pytest
from playwright.sync_api import expect

from sakip.evaluasi.models import Tanggapan

from .test_browser_terima_kelompok import _muat

pytestmark = pytest.mark.browser

URL = "/opd/dtkk-ukm-jambi/reviu/2024/"
# Seed 001, IKU 2025 Tabel 3.4: realisasi 51,00 where 639 / 1.257 = 50,84 (R01); the capaian
# 121,43 follows from it, 121,04 from the right one (R29).
KELOMPOK = "#k-r01-iku-2025-tabel-3-4"
ALASAN = "Realisasi dibulatkan OPD; dikoreksi pada LKjIP."


@pytest.mark.parametrize("lebar", [1366, 390])
def test_accepting_a_cause_accepts_its_consequence(peramban, lebar, tmp_path):
    page = peramban.masuk("inspektorat-jambi", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}{URL}")
    kelompok = page.locator(KELOMPOK)
    kelompok.locator("summary").click()
    expect(kelompok).to_contain_text("2 temuan, belum ditanggapi")
    sebab, akibat = kelompok.get_by_role("row").nth(1), kelompok.get_by_role("row").nth(2)
    expect(sebab).to_contain_text("50,84")
    expect(akibat).to_contain_text("↳ akibat dari R01")
    expect(akibat).to_contain_text("121,04")
    _muat(page, lebar, "reviu-akibat", tmp_path)
    sebab.get_by_label("Alasan diterima").fill(ALASAN)
    sebab.get_by_role("button", name="Terima").click()

    expect(
        kelompok.get_by_text("1 temuan R01 diterima, beserta 1 temuan akibatnya.")
    ).to_be_visible()
    expect(kelompok).to_contain_text("2 temuan, semua diterima")
    expect(kelompok.get_by_role("row").nth(2)).to_contain_text(
        f"Diterima oleh inspektorat-jambi: Akibat dari temuan R01 di "
        f"IKU 2025 Tabel 3.4, Persentase Penyerapan Tenaga Kerja: {ALASAN}"
    )
    _muat(page, lebar, "reviu-akibat-diterima", tmp_path)
    assert Tanggapan.objects.filter(tahun=2024, aturan__in=["R01", "R29"]).count() == 2
