"""In a real browser, at 1366 px and on a phone (390 px): the Renstra entry page shows the
levels below a sasaran as an indented tree, and the operator adds a sasaran kegiatan under
a sasaran program with its owner (a Plt) and a sub kegiatan, without the page scrolling
sideways. The screenshots are the user guide's (docs/gambar/isian-turunan-*.png)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from sakip.perencanaan.models import Sasaran

from .isian_bantu import OPD_TEBING, indikator

pytestmark = pytest.mark.browser

GAMBAR = Path(__file__).resolve().parents[3] / "docs" / "gambar"


def _pas(page, lebar):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar


@pytest.mark.parametrize("lebar", [1366, 390])
def test_the_operator_adds_a_sasaran_kegiatan_from_the_tree(peramban, lebar):
    program = indikator().sasaran.anak_set.get(nomor="1")
    page = peramban.masuk("operator-tebing", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}/opd/{OPD_TEBING}/rencana/")
    simpul = page.locator("li.turunan", has_text=program.nama).first
    expect(simpul).to_contain_text("Penanggung jawab: Dedi Siregar, S.Sos.")
    _pas(page, lebar)
    simpul.scroll_into_view_if_needed()
    page.screenshot(path=GAMBAR / f"isian-turunan-{lebar}.png")

    simpul.get_by_role("link", name="tambah sasaran kegiatan").first.click()
    expect(page.get_by_role("heading", name="Tambah sasaran kegiatan")).to_be_visible()
    page.get_by_label("Nomor").fill("4")
    page.get_by_label("Rumusan sasaran").fill("Tersusunnya laporan kinerja perangkat daerah")
    page.get_by_label("Penanggung jawab").select_option(
        label="Maya Lubis, S.E. — Plt. Kepala Bidang Perindustrian"
    )
    page.get_by_label("2022 · Sub kegiatan 2.07.01.2.02.01", exact=False).check()
    _pas(page, lebar)
    page.screenshot(path=GAMBAR / f"isian-turunan-form-{lebar}.png", full_page=True)
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Sasaran kegiatan disimpan.")).to_be_visible()

    baru = Sasaran.objects.get(induk=program, nomor="4")
    assert baru.tingkat == "sasaran_kegiatan" and baru.penanggung_jawab.nama == "Maya Lubis, S.E."
    assert [p.kode for p in baru.program_kegiatan_set.all()] == ["2.07.01.2.02.01"]
    expect(page.locator("li.turunan", has_text=baru.nama).last).to_contain_text(
        "2022 2.07.01.2.02.01"
    )
