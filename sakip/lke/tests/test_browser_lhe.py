"""The evaluation in a real browser at 1366 px and on a phone (390 px), on Tebing Tinggi
2022 with its dated approvals (the demo walk): the OPD answers better than the data
supports and is warned; the Inspektorat accepts a suggestion (3.1.6, the LKjIP approved
27 March 2023: Y), writes a recommendation on the LHE; the OPD finds it in its to-do list
and records its follow-up; the Inspektorat judges it done. Then the demo's recap. No page
scrolls sideways."""

import pytest
from playwright.sync_api import expect

from sakip.pertukaran.demo import muat_alur_demo
from sakip.pertukaran.demo_lke import muat_lke_demo

from .bantu import URL

pytestmark = pytest.mark.browser
LHE = f"{URL}lhe/"


def _pas(page, lebar, nama, folder):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar, nama
    page.screenshot(path=folder / f"{nama}-{lebar}.png", full_page=nama.startswith("rekap"))


@pytest.mark.parametrize("lebar", [1366, 390])
def test_suggestion_lhe_and_follow_up(peramban, lebar, tmp_path):
    muat_alur_demo()
    ukuran = {"viewport": {"width": lebar, "height": 900}}
    page = peramban.masuk("operator-tebing", **ukuran)
    page.goto(f"{peramban.url}{URL}")
    baris = page.locator("#k-1\\.2\\.8")
    baris.get_by_label("Jawaban").select_option("AA")
    page.get_by_role("button", name="Simpan jawaban OPD").first.click()
    expect(page.locator("#peringatan")).to_contain_text(
        "Kriteria 1.2.8 dijawab AA, lebih baik daripada yang didukung data di sakip (E)"
    )
    expect(page.get_by_role("button", name="Terima saran 3.1.6")).to_have_count(0)
    page.locator("#peringatan").scroll_into_view_if_needed()
    _pas(page, lebar, "lke-peringatan", tmp_path)

    page = peramban.masuk("inspektorat-tebing", **ukuran)
    page.goto(f"{peramban.url}{URL}")
    saran = page.locator("#saran-3\\.1\\.6")
    expect(saran).to_contain_text("Saran dari data: Y")
    expect(saran).to_contain_text("LKjIP 2022 disetujui 27 Maret 2023, sebelum batas 31 Maret 2023")
    saran.scroll_into_view_if_needed()
    _pas(page, lebar, "lke-saran", tmp_path)
    saran.get_by_role("button", name="Terima saran 3.1.6").click()
    expect(page.get_by_text("1 saran diterima sebagai jawaban evaluator.")).to_be_visible()
    # 3.1.6 Y: one of six Y/T criteria of 3.1 (weight 3): 0,50 of the final score.
    expect(page.locator("#nilai-akhir")).to_have_text("0,50 (D)")
    expect(page.locator("#k-3\\.1\\.6").get_by_label("Jawaban")).to_have_value("Y")

    page.get_by_role("link", name="Laporan Hasil Evaluasi (LHE) dan tindak lanjut").click()
    page.get_by_label("Kelemahan").fill("Sasaran Renstra belum terhubung ke sasaran RPJMD.")
    page.get_by_label("Rekomendasi").fill("Hubungkan sasaran pada pohon kinerja.")
    page.get_by_label("Penanggung jawab").fill("Sekretaris Dinas")
    page.get_by_label("Batas waktu").fill("2027-03-31")
    page.get_by_role("button", name="Tambah rekomendasi").click()
    expect(page.get_by_text("Rekomendasi 1 ditambahkan.")).to_be_visible()
    _pas(page, lebar, "lhe-inspektorat", tmp_path)

    page = peramban.masuk("operator-tebing", **ukuran)
    page.goto(f"{peramban.url}/")
    page.get_by_role("link", name="Rekomendasi 1 LHE 2022").click()
    rek = page.locator("#rekomendasi-1")
    rek.get_by_label("Tindak lanjut yang dilakukan").fill("Pohon kinerja disusun bersama Bappeda.")
    rek.get_by_label("Bukti (nama dokumen atau alamat web)").fill("Berita acara 12/2027")
    rek.get_by_role("button", name="Simpan tindak lanjut").click()
    expect(page.locator("#rekomendasi-1")).to_contain_text("Ditindaklanjuti, menunggu penilaian")
    _pas(page, lebar, "lhe-opd", tmp_path)

    page = peramban.masuk("inspektorat-tebing", **ukuran)
    page.goto(f"{peramban.url}/")
    page.get_by_role("link", name="Rekomendasi 1 LHE 2022").click()
    rek = page.locator("#rekomendasi-1")
    expect(rek).to_contain_text("Berita acara 12/2027")
    rek.get_by_label("Penilaian").select_option("1")
    rek.get_by_role("button", name="Simpan penilaian").click()
    expect(page.locator("#rekomendasi-1 h3")).to_contain_text("Selesai")
    _pas(page, lebar, "lhe-selesai", tmp_path)


@pytest.mark.parametrize("lebar", [1366, 390])
def test_the_demo_recap(peramban, lebar, tmp_path):
    muat_alur_demo()
    muat_lke_demo()
    page = peramban.masuk("inspektorat-tebing", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}/pemda/kota-tebing-tinggi/lke/2022/")
    expect(page.locator("#rekap")).to_contain_text("95,77 (AA)")
    expect(page.locator("#rekap")).to_contain_text("+24,77")
    _pas(page, lebar, "rekap", tmp_path)
