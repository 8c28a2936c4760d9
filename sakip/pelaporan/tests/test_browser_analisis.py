"""The analysis page in a real browser, at 1366 px and on a phone: reached from the Dokumen
page, it fits the screen; a refused save keeps what was typed next to the message, and a
corrected one is saved."""

import pytest
from playwright.sync_api import expect

from sakip.pelaporan.models import AnalisisIndikator

from .analisis_bantu import DOKUMEN, indikator

pytestmark = pytest.mark.browser


def _muat(page, lebar):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar


@pytest.mark.parametrize("lebar", [1366, 390])
def test_the_operator_writes_an_analysis_from_the_dokumen_page(peramban, lebar, tmp_path):
    ind = indikator("sengketa-diselesaikan")
    page = peramban.masuk("operator-tebing", viewport={"width": lebar, "height": 900})
    page.goto(peramban.url + DOKUMEN)
    page.get_by_role("link", name="Analisis indikator LKjIP 2022").click()
    expect(page.get_by_role("heading", name="Analisis indikator LKjIP 2022")).to_be_visible()
    _muat(page, lebar)
    page.screenshot(path=tmp_path / f"halaman-{lebar}.png", full_page=True)

    bagian = page.locator(f"#indikator-{ind.pk}")
    expect(bagian.locator(".uraian")).to_contain_text(
        "Indikator Persentase menurunnya sengketa pekerja dan pengusaha tahun 2022"
    )
    analisis = bagian.get_by_label("Analisis keberhasilan/kegagalan")
    solusi = bagian.get_by_label("Solusi yang dilakukan")
    solusi.fill("Menambah mediator\nhubungan industrial.")
    page.get_by_role("button", name="Simpan analisis").click()

    bagian = page.locator(f"#indikator-{ind.pk}")
    expect(bagian.locator(".galat")).to_contain_text("Tulis juga analisis keberhasilan/kegagalan")
    expect(solusi).to_have_value("Menambah mediator\nhubungan industrial.")
    _muat(page, lebar)
    bagian.scroll_into_view_if_needed()
    page.screenshot(path=tmp_path / f"galat-{lebar}.png")
    assert not AnalisisIndikator.objects.filter(indikator=ind).exists()

    analisis.fill("Mediasi bipartit berjalan.")
    page.get_by_role("button", name="Simpan analisis").click()
    expect(page.get_by_text("Analisis 1 indikator untuk LKjIP 2022 disimpan.")).to_be_visible()
    a = AnalisisIndikator.objects.get(indikator=ind, tahun=2022)
    assert (a.analisis, a.solusi) == (
        "Mediasi bipartit berjalan.",
        "Menambah mediator\nhubungan industrial.",
    )
