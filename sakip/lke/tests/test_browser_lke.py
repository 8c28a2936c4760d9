"""The worksheet in a real browser at 1366 px and on a phone (390 px): reached from the OPD
page, it never scrolls sideways; the OPD answers a criterion and sees its score, the
Inspektorat answers as evaluator and the final score (the evaluator's) follows."""

import pytest
from playwright.sync_api import expect

from .bantu import OPD, URL

pytestmark = pytest.mark.browser


def _pas(page, lebar, nama, folder):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar, nama
    page.screenshot(path=folder / f"{nama}-{lebar}.png")


@pytest.mark.parametrize("lebar", [1366, 390])
def test_self_assessment_then_evaluation(peramban, lebar, tmp_path):
    page = peramban.masuk("operator-tebing", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}/opd/{OPD}/")
    page.locator(f'a[href="{URL}"]').click()
    expect(page.get_by_role("heading", name="Evaluasi SAKIP (LKE) 2022")).to_be_visible()
    _pas(page, lebar, "lke-opd", tmp_path)
    baris = page.locator("#k-1\\.1\\.1")
    baris.get_by_label("Jawaban").select_option("Y")
    baris.get_by_label("Keterangan OPD 1.1.1").fill("Perwali 5/2021 tentang pedoman")
    page.get_by_role("button", name="Simpan jawaban OPD").first.click()
    expect(page.get_by_text("1 jawaban disimpan.")).to_be_visible()
    # 1.1.1 of six Y/T criteria: 6 / 6 = 1 point of the OPD's; the evaluator has none yet.
    expect(page.locator("#nilai-akhir")).to_have_text("0,00 (D)")
    expect(page.locator("#ringkasan")).to_contain_text("1,00 (D)")
    _pas(page, lebar, "lke-opd-disimpan", tmp_path)

    page = peramban.masuk("inspektorat-tebing", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}{URL}")
    baris = page.locator("#k-1\\.1\\.1")
    expect(baris).to_contain_text("Perwali 5/2021 tentang pedoman")
    baris.get_by_label("Jawaban").select_option("Y")
    baris.get_by_label("Catatan evaluator 1.1.1").fill("Sesuai.")
    page.get_by_role("button", name="Simpan jawaban evaluator").first.click()
    expect(page.locator("#nilai-akhir")).to_have_text("1,00 (D)")
    _pas(page, lebar, "lke-evaluator", tmp_path)
