"""The main workflow end to end in a real browser (Debian's Chromium via Playwright):
an operator enters quarterly data and submits, the Admin Pemda verifies, the head
approves, each on the document's page next to its data; the data is locked, the
Inspektorat sees it, another OPD cannot reach it."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from sakip.pengukuran.models import NilaiVariabel, Realisasi

pytestmark = pytest.mark.browser

OPD = "dkukmperindag-ppu"
ISIAN = f"/opd/{OPD}/isian/2025/1/"
ALUR = f"/opd/{OPD}/alur/2025/"
ALASAN = "Realisasi sembilan IKU lain menyusul dari bidang."


def langkah(page, url, tombol):
    """From the workflow list to the document's page, then take the step."""
    page.goto(url)
    page.locator("#dokumen-tw1").get_by_role("link", name="Periksa, lalu").click()
    if tombol == "Ajukan":
        page.get_by_label("Alasan mengajukan dengan kekurangan").fill(ALASAN)
    page.get_by_role("button", name=tombol, exact=True).click()


def test_quarterly_data_are_entered_submitted_approved_and_locked(peramban):
    operator = peramban.masuk("operator-ppu")
    operator.goto(f"{peramban.url}{ISIAN}")
    sel = operator.locator("tbody input[type=text]").first
    sel.fill("12,3,4")
    operator.get_by_role("button", name="Simpan").click()
    expect(operator.get_by_text("bukan angka yang valid")).to_be_visible()
    operator.locator("tbody input[type=text]").first.fill("1.257,5")
    operator.get_by_role("button", name="Simpan").click()
    expect(operator.get_by_text("1 nilai disimpan.")).to_be_visible()
    tersimpan = [*NilaiVariabel.objects.filter(tahun=2025), *Realisasi.objects.filter(tahun=2025)]
    assert Decimal("1257.5") in {n.nilai for n in tersimpan}
    langkah(operator, f"{peramban.url}{ALUR}", "Ajukan")
    expect(operator.get_by_text("Data Triwulan I 2025 kini berstatus Diajukan.")).to_be_visible()

    admin = peramban.masuk("admin-ppu")
    langkah(admin, f"{peramban.url}{ALUR}", "Verifikasi")
    expect(admin.get_by_text("kini berstatus Diverifikasi")).to_be_visible()

    kepala = peramban.masuk("kepala-ppu")
    kepala.goto(f"{peramban.url}/")
    kepala.locator("#tugas").get_by_role("link", name="Data Triwulan I 2025").click()
    expect(kepala.locator("#alasan-operator")).to_contain_text(ALASAN)
    kepala.get_by_role("button", name="Setujui").click()
    expect(kepala.get_by_text("kini berstatus Disetujui")).to_be_visible()

    operator.goto(f"{peramban.url}{ISIAN}")
    expect(operator.locator("#terkunci")).to_contain_text("berstatus Disetujui")
    expect(operator.get_by_role("button", name="Simpan")).to_have_count(0)
    expect(operator.get_by_role("cell", name="1.257,5")).to_be_visible()

    inspektorat = peramban.masuk("inspektorat-ppu")
    inspektorat.goto(f"{peramban.url}{ISIAN}")
    expect(inspektorat.get_by_role("cell", name="1.257,5")).to_be_visible()
    inspektorat.goto(f"{peramban.url}{ALUR}")
    expect(inspektorat.locator("#dokumen-tw1")).to_contain_text("Disetujui")
    expect(inspektorat.get_by_text("Diverifikasi → Disetujui")).to_be_visible()

    lain = peramban.masuk("operator-jambi")
    for url in (ISIAN, ALUR, f"{ALUR}tw1/"):
        respons = lain.goto(f"{peramban.url}{url}")
        assert respons.status == 404
