"""The workbook import in a real browser (Debian's Chromium via Playwright)."""

import pytest
from playwright.sync_api import expect

from sakip.jejak.models import Jejak
from sakip.pengukuran.models import NilaiVariabel

from .buku_kerja_bantu import TEBING, opd_terbuka, ubah

pytestmark = pytest.mark.browser


def test_an_import_with_one_bad_row_changes_nothing(peramban, tmp_path):
    opd_terbuka()
    sebelum = sorted(NilaiVariabel.objects.values_list("pk", "nilai"))
    page = peramban.masuk("operator-tebing")
    page.goto(f"{peramban.url}/opd/{TEBING}/buku-kerja/2022/")
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh buku kerja 2022 (.xlsx)").click()
    data = unduhan.value.path().read_bytes()
    # One good change and one bad row, as a user would type them in Excel.
    data, *_ = ubah(data, "Nilai Triwulan", "ditempatkan", "TW I", "35")
    data, baris, kolom = ubah(data, "Nilai Triwulan", "ditempatkan", "TW II", "12,3,4")
    berkas = tmp_path / "isian tw2.xlsx"
    berkas.write_bytes(data)
    page.get_by_label("Buku kerja (.xlsx, paling besar 10 MB)").set_input_files(berkas)
    page.get_by_role("button", name="Unggah dan periksa").click()
    galat = page.get_by_role("alert")
    expect(galat).to_contain_text("Tidak ada yang disimpan.")
    expect(galat).to_contain_text(
        f"Lembar 'Nilai Triwulan', baris {baris}, kolom {kolom}: '12,3,4' bukan angka yang valid."
    )
    expect(page.get_by_role("button", name="Simpan semua perubahan")).to_have_count(0)
    assert sorted(NilaiVariabel.objects.values_list("pk", "nilai")) == sebelum
    assert Jejak.objects.count() == 0
