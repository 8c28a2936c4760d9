"""Deciding on the data in a real browser, at 1366 px and on a phone (390 px): the operator
submits Triwulan I 2025 of PPU from its completeness summary (the browser holds the step
until the reason for its gaps is written), and the Kepala approves it from the page that
shows the figures, the gaps and the operator's reason next to the buttons. Both pages fit
the screen without sideways scrolling; their screenshots are the user guide's."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from sakip.alur.models import StatusDokumen

from .kelengkapan_bantu import HALAMAN, IKU_PPU, isi, unggah

pytestmark = pytest.mark.browser

ALASAN = "Realisasi delapan IKU lain belum diterima dari bidang; dilengkapi bila dikembalikan."


def _muat(page, lebar, nama, folder):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar, nama
    page.screenshot(path=folder / f"{nama}-{lebar}.png", full_page=True)


def _tahap():
    s = StatusDokumen.objects.filter(opd__slug="dkukmperindag-ppu", tahun=2025, dokumen="tw1")
    return s.first().tahap if s.exists() else "draf"


@pytest.mark.parametrize("lebar", [1366, 390])
def test_submitting_from_the_summary_and_approving_from_the_data(peramban, lebar, tmp_path):
    isi(1, {"koperasi-aktif": Decimal("12.5"), "ikm": Decimal("80.25")})
    unggah("koperasi-aktif", 1)
    layar = {"viewport": {"width": lebar, "height": 900}}

    operator = peramban.masuk("operator-ppu", **layar)
    operator.goto(f"{peramban.url}{HALAMAN}")
    operator.locator("#dokumen-tw1").get_by_role("link", name="Periksa, lalu ajukan").click()
    expect(operator.get_by_role("heading", name="Data Triwulan I 2025")).to_be_visible()
    ringkasan = operator.locator("#kelengkapan")
    expect(ringkasan).to_contain_text("Indikator tanpa nilai (8): belum ada nilai Triwulan I")
    expect(ringkasan.get_by_role("link", name=IKU_PPU[1], exact=True).first).to_be_visible()
    expect(ringkasan).to_contain_text("Indikator tanpa bukti dukung (9)")
    _muat(operator, lebar, "alur-ajukan", tmp_path)
    # Without the reason the browser does not send the step.
    operator.get_by_role("button", name="Ajukan").click()
    expect(operator.locator("textarea:invalid")).to_have_count(1)
    assert _tahap() == "draf"
    operator.get_by_label("Alasan mengajukan dengan kekurangan").fill(ALASAN)
    operator.get_by_role("button", name="Ajukan").click()
    expect(operator.get_by_text("Data Triwulan I 2025 kini berstatus Diajukan.")).to_be_visible()

    admin = peramban.masuk("admin-ppu", **layar)
    admin.goto(f"{peramban.url}{HALAMAN}tw1/")
    expect(admin.locator("#alasan-operator")).to_contain_text(ALASAN)
    admin.get_by_role("button", name="Verifikasi").click()
    expect(admin.get_by_text("kini berstatus Diverifikasi")).to_be_visible()

    kepala = peramban.masuk("kepala-ppu", **layar)
    kepala.goto(f"{peramban.url}/")
    kepala.locator("#tugas").get_by_role("link", name="Data Triwulan I 2025").click()
    expect(kepala.locator("#ringkasan")).to_contain_text("2 dari 10 indikator terisi")
    expect(kepala.locator("#alasan-operator")).to_contain_text(ALASAN)
    baris = kepala.locator("#capaian tbody tr").first
    # 12,5 % against the 2025 target of 41 %: 30,49 %.
    for angka in ("12,50", "41,00", "30,49", "1 berkas"):
        expect(baris).to_contain_text(angka)
    setujui = kepala.get_by_role("button", name="Setujui")
    expect(setujui).to_be_visible()
    _muat(kepala, lebar, "alur-setujui", tmp_path)
    setujui.click()
    expect(kepala.get_by_text("Data Triwulan I 2025 kini berstatus Disetujui.")).to_be_visible()
    assert _tahap() == "disetujui"
