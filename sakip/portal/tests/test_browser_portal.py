"""A citizen, not signed in, in a real browser at 1366 px and on a phone (390 px): from the
home page to Tebing Tinggi, its OPD of 2022, an indicator and its CSV, without a login and
without the page ever scrolling sideways. The screenshots are the user guide's
(docs/gambar/portal-*.png, docs/panduan-pengguna.md)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from sakip.akun.models import Pengguna
from sakip.alur.ubah import langkah_pemda
from sakip.instansi.models import Pemda
from sakip.pelaporan.ubah import setujui_dokumen_pemda
from sakip.pengukuran.models import NilaiVariabel, Variabel
from sakip.pertukaran.demo import muat_alur_demo

pytestmark = pytest.mark.browser

GAMBAR = Path(__file__).resolve().parents[3] / "docs" / "gambar"


def _pas(page, lebar, nama):
    """The page is no wider than the screen; its screenshot for the guide."""
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar, nama
    page.screenshot(path=GAMBAR / f"portal-{nama}-{lebar}.png", full_page=True)


@pytest.mark.parametrize("lebar", [1366, 390])
def test_a_citizen_finds_an_indicator_and_downloads_its_csv(peramban, lebar):
    muat_alur_demo()
    page = peramban.browser.new_page(viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}/")
    expect(page.get_by_role("heading", name="Portal kinerja pemerintah daerah")).to_be_visible()
    _pas(page, lebar, "beranda")

    page.get_by_role("link", name="Kota Tebing Tinggi").click()
    expect(page.get_by_role("heading", name="Kota Tebing Tinggi tahun 2022")).to_be_visible()
    expect(page.get_by_text("77,20").first).to_be_visible()
    _pas(page, lebar, "pemda")

    page.get_by_role("link", name="Dinas Ketenagakerjaan dan Perindustrian").first.click()
    expect(page.get_by_role("heading", name="Indikator Kinerja Utama 2022")).to_be_visible()
    baris = page.locator("tr", has_text="Persentase Meningkatnya Kesempatan Kerja").first
    expect(baris).to_contain_text("52,75")
    expect(baris).to_contain_text("Cukup Baik")
    _pas(page, lebar, "opd")

    # Search finds the indicator by two words of its name.
    page.get_by_label("Cari pemerintah daerah").fill("kesempatan kerja")
    page.get_by_role("button", name="Cari").click()
    page.get_by_role("link", name="Persentase Meningkatnya Kesempatan Kerja").click()
    expect(page.locator("svg polyline").first).to_be_visible()
    expect(page.get_by_text("telah mencapai 52,75% dari target akhir")).to_be_visible()
    _pas(page, lebar, "indikator")

    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh data (CSV)").click()
    isi = Path(unduhan.value.path()).read_text()
    assert isi.splitlines()[2].startswith("2022,Tahunan,65,,34.2857142857")


@pytest.mark.parametrize("lebar", [1366, 390])
def test_a_citizen_reads_the_pemda_iku_once_its_lkjip_is_approved(peramban, admin_kedua, lebar):
    muat_alur_demo()
    jambi = Pemda.objects.get(slug="kota-jambi")
    for kode, nilai in (("angkatan_kerja", 299000), ("penduduk_usia_kerja", 460000)):
        v = Variabel.objects.get(pemda=jambi, opd=None, kode=kode)
        NilaiVariabel.objects.create(variabel=v, tahun=2024, triwulan=0, nilai=nilai)
    langkah_pemda(Pengguna.objects.get(username="admin-jambi"), jambi, 2024, "lkjip", "ajukan")
    setujui_dokumen_pemda(admin_kedua("kota-jambi"), jambi, 2024, "lkjip")
    page = peramban.browser.new_page(viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}/portal/pemda/kota-jambi/2024/")
    expect(
        page.get_by_role("heading", name="Indikator Kinerja Utama pemerintah daerah")
    ).to_be_visible()
    baris = page.locator("tr", has_text="Tingkat Partisipasi Angkatan Kerja")
    expect(baris).to_contain_text("102,77")
    _pas(page, lebar, "pemda-iku")
