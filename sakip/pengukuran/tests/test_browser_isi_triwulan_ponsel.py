"""Entering a quarter in a real browser, on a phone (390 px) and at 1366 px: from the
indicator page's "Isi data" the operator reaches the quarter being filled; every input is
on the screen and the page never scrolls sideways; a wrong number is refused with its
message right under its own input, still on the screen; corrected, it is saved exactly."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from sakip.alur.models import JendelaPengisian
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator

pytestmark = pytest.mark.browser

PPU = "dkukmperindag-ppu"


def tanpa_gulir_samping(page, lebar):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar


def kotak(locator):
    locator.scroll_into_view_if_needed()
    return locator.bounding_box()


@pytest.mark.parametrize("lebar", [390, 1366])
def test_the_operator_enters_a_quarter(peramban, lebar):
    sarana = Indikator.objects.get(kode="sarana-perdagangan", periode__opd__slug=PPU)
    koperasi = Indikator.objects.get(kode="koperasi-aktif", periode__opd__slug=PPU)
    hari_ini = timezone.localdate()
    JendelaPengisian.objects.create(
        pemda=sarana.periode.pemda,
        tahun=2025,
        triwulan=2,
        mulai=hari_ini - timedelta(days=1),
        selesai=hari_ini + timedelta(days=1),
    )
    page = peramban.masuk("operator-ppu", viewport={"width": lebar, "height": 844})
    page.goto(f"{peramban.url}/indikator/{sarana.pk}/")
    page.get_by_role("link", name="Isi data", exact=True).click()
    expect(page.get_by_role("heading", name="Data kinerja 2025")).to_be_visible()
    expect(page.get_by_text("Data Triwulan II 2025", exact=True)).to_be_visible()
    tanpa_gulir_samping(page, lebar)

    # Every input is usable: on the screen, wide enough to read a number.
    isian = page.locator(".masukan input")
    assert isian.count() == 10
    for i in range(isian.count()):
        k = kotak(isian.nth(i))
        assert k["x"] >= 0 and k["x"] + k["width"] <= lebar
        assert k["width"] >= 120

    nilai = page.get_by_label(f"Realisasi {sarana.nama}")
    expect(page.locator(f"#ind-{sarana.pk}")).to_contain_text("Target Triwulan II: –")
    expect(page.locator(f"#ind-{sarana.pk}")).to_contain_text("(target 2025: 14 unit)")
    nilai.fill("12,3,4")
    page.get_by_label(f"Realisasi {koperasi.nama}").fill("41,5")
    page.get_by_role("button", name="Simpan").click()

    galat = page.locator(f"#ind-{sarana.pk} .galat-isian")
    expect(galat).to_have_text("'12,3,4' bukan angka yang valid.")
    tanpa_gulir_samping(page, lebar)
    k_isian, k_galat = kotak(nilai), kotak(galat)
    # Right under its input, within the screen and no wider than the input's cell.
    assert 0 <= k_galat["y"] - (k_isian["y"] + k_isian["height"]) <= 12
    assert k_galat["x"] >= k_isian["x"] - 1 and k_galat["x"] + k_galat["width"] <= lebar
    expect(nilai).to_have_value("12,3,4")
    assert not Realisasi.objects.filter(indikator__in=[sarana, koperasi]).exists()

    nilai.fill("3")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("2 nilai disimpan.")).to_be_visible()
    expect(page.locator(".galat-isian")).to_have_count(0)
    simpanan = Realisasi.objects.get(indikator=sarana, tahun=2025, triwulan=2)
    assert simpanan.nilai == Decimal(3)
    assert Realisasi.objects.get(indikator=koperasi, tahun=2025, triwulan=2).nilai == Decimal(
        "41.5"
    )
