"""The audit trail in a real browser: an operator changes a quarterly value, the audit page
shows it with old and new values, the filters narrow the list, the Excel export holds the
record, and an operator of another Pemda cannot reach the page."""

import pytest
from django.utils import dateformat, timezone, translation
from openpyxl import load_workbook
from playwright.sync_api import expect

from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import OPD_DEMO, PPU

pytestmark = pytest.mark.browser

OPD = OPD_DEMO[PPU]
ISIAN = f"/opd/{OPD}/isian/2025/1/"
JEJAK_OPD = f"/opd/{OPD}/jejak/"
JEJAK_PEMDA = f"/pemda/{PPU}/jejak/"


def isi_nilai_pertama(page, nilai):
    page.locator("tbody input[type=text]").first.fill(nilai)
    # Wait for the new page: the message of the previous save is still on the old one.
    with page.expect_navigation():
        page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("1 nilai disimpan.")).to_be_visible()


def test_a_change_is_shown_filtered_and_exported(peramban, tmp_path):
    operator = peramban.masuk("operator-ppu")
    operator.goto(f"{peramban.url}{ISIAN}")
    isi_nilai_pertama(operator, "1.257,5")
    isi_nilai_pertama(operator, "1.300")
    ubah = Jejak.objects.latest("id")
    assert (ubah.tindakan, ubah.nama_pengguna) == ("ubah", "operator-ppu")
    assert (ubah.lama, ubah.baru) == ({"nilai": "1257.5"}, {"nilai": "1300"})

    operator.goto(f"{peramban.url}{JEJAK_OPD}")
    expect(operator.get_by_role("heading", name="Jejak audit")).to_be_visible()
    terbaru = operator.locator("tbody tr").first
    with translation.override("id"):
        waktu = dateformat.format(timezone.localtime(ubah.waktu), "j F Y")
    for teks in (waktu, "operator-ppu", "Diubah", ubah.uraian, "Nilai: 1.257,5 → 1.300"):
        expect(terbaru).to_contain_text(teks)
    assert operator.locator("tbody tr").count() > 1

    operator.get_by_label("Pengguna").select_option("operator-ppu")
    operator.get_by_label("Tindakan").select_option("ubah")
    operator.get_by_role("button", name="Saring").click()
    expect(operator.get_by_text("1 catatan.", exact=True)).to_be_visible()
    expect(operator.locator("tbody tr")).to_have_count(1)
    expect(operator.locator("tbody tr")).to_contain_text("1.257,5 → 1.300")

    with operator.expect_download() as unduhan:
        operator.get_by_role("link", name="Excel (.xlsx)").click()
    assert unduhan.value.suggested_filename.startswith(f"jejak-{OPD}-")
    berkas = tmp_path / unduhan.value.suggested_filename
    unduhan.value.save_as(berkas)
    baris = list(load_workbook(berkas).active.iter_rows(values_only=True))
    assert len(baris) == 2
    assert baris[1][1:3] == ("operator-ppu", "Diubah")
    assert baris[1][5:8] == (ubah.uraian, "Nilai: 1.257,5", "Nilai: 1.300")

    # The Pemda-wide trail of the Admin Pemda holds the same record.
    admin = peramban.masuk("admin-ppu")
    admin.goto(f"{peramban.url}{JEJAK_PEMDA}?tindakan=ubah")
    expect(admin.locator("tbody tr").first).to_contain_text("Nilai: 1.257,5 → 1.300")


def test_an_operator_of_another_pemda_gets_404(peramban):
    lain = peramban.masuk("operator-jambi")
    for url in (JEJAK_OPD, f"{JEJAK_OPD}?format=xlsx", JEJAK_PEMDA, f"{JEJAK_PEMDA}?format=xlsx"):
        assert lain.goto(f"{peramban.url}{url}").status == 404
