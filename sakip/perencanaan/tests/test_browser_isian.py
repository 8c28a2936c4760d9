from decimal import Decimal

import pytest
from playwright.sync_api import expect

from .isian_bantu import OPD_TEBING, indikator


@pytest.mark.browser
def test_the_formula_editor_checks_as_you_type_and_saves(peramban):
    ind = indikator()
    page = peramban.masuk("operator-tebing")
    page.goto(f"{peramban.url}/opd/{OPD_TEBING}/")
    page.get_by_role("link", name="Isi dan ubah rencana").click()
    page.locator(f'a[href="/rencana/indikator/{ind.pk}/"]').click()
    expect(page.get_by_role("heading", name=f"Ubah indikator {ind.kode}")).to_be_visible()

    rumus = page.locator("#id_rumus")
    rumus.fill("ditempatkan ** 2")
    expect(page.locator("#rumus-galat")).to_contain_text("Rumus tidak valid di kolom 14")
    expect(page.locator("#rumus-tanda")).to_contain_text("^")

    rumus.fill("bagi(ditempatkan - ditempatkan[n-1]; ditempatkan[n-1]; 0) * 100")
    expect(page.locator("#rumus-galat")).to_have_count(0)
    penjelasan = page.locator("#rumus-penjelasan")
    expect(penjelasan).to_contain_text("Rumus sah.")
    expect(penjelasan).to_contain_text(
        "«Jumlah pencari kerja terdaftar yang ditempatkan» tahun sebelumnya"
    )
    expect(page.locator("#rumus-variabel")).to_contain_text(
        "ditempatkan (n−1): Jumlah pencari kerja"
    )

    page.locator("#id_baseline_tahun").fill("2020")
    page.locator("#id_baseline_nilai").fill("1.257,5")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Indikator disimpan.")).to_be_visible()

    ind.refresh_from_db()
    assert ind.rumus == "bagi(ditempatkan - ditempatkan[n-1]; ditempatkan[n-1]; 0) * 100"
    assert ind.baseline_nilai == Decimal("1257.5")
