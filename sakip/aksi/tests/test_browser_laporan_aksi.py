"""In a real browser, at 1366 px and on a phone (390 px): the official responsible for an
action, allowed by the Pemda, files its Triwulan II report with an evidence file and sees
the progress of the actions next to the indicator's capaian, the page never wider than
the screen."""

import pytest
from playwright.sync_api import expect

from sakip.aksi.models import Aksi
from sakip.akun.models import Pengguna
from sakip.alur.models import JendelaPengisian, StatusDokumen
from sakip.instansi.models import Pejabat
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Target
from sakip.pertukaran.demo import KATA_SANDI_DEMO

from .conftest import OPD, RENCANA
from .test_laporan import PNG

pytestmark = pytest.mark.browser


def _pas(page, lebar, nama, folder):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar, nama
    page.screenshot(path=folder / f"{nama}-{lebar}.png", full_page=True)
    page.screenshot(path=folder / f"{nama}-{lebar}-layar.png")


@pytest.mark.parametrize("lebar", [1366, 390])
def test_the_official_files_a_quarter_report_with_evidence(peramban, lebar, tmp_path):
    StatusDokumen.objects.filter(opd__slug=OPD, tahun=2022).exclude(dokumen="renstra").delete()
    JendelaPengisian.objects.filter(pemda__slug="kota-tebing-tinggi").delete()
    pj = Pejabat.objects.get(kode="kasi-jaminan-sosial")
    pj.pemda.pejabat_boleh_mengisi = True
    pj.pemda.save()
    Pengguna.objects.create_user("lestari", password=KATA_SANDI_DEMO, pejabat=pj)
    # The key indicator's Triwulan II: realisation 70 against a target of 95.
    aksi = Aksi.objects.get(opd__slug=OPD, tahun=2022, urutan=2)  # pemeriksaan, TW II
    Target.objects.create(indikator=aksi.indikator, tahun=2022, triwulan=2, nilai=95)
    Realisasi.objects.create(indikator=aksi.indikator, tahun=2022, triwulan=2, nilai=70)

    page = peramban.masuk("lestari", viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}{RENCANA}#indikator-{aksi.indikator_id}")
    bagian = page.locator(f"#indikator-{aksi.indikator_id}")
    ringkas = bagian.locator(".ringkas-tw").nth(1)  # Triwulan II
    expect(ringkas).to_contain_text("Kemajuan aksi: 50,00%")
    expect(ringkas).to_contain_text("Capaian indikator: 73,68%")  # 70 / 95 × 100
    _pas(page, lebar, "rencana-aksi", tmp_path)

    bagian.get_by_role("link", name="Lapor Triwulan II…").first.click()
    expect(page.get_by_role("heading", name="Laporan Triwulan II")).to_be_visible()
    page.get_by_label("Status aksi").select_option("selesai")
    page.get_by_label("Kemajuan (%)").fill("100")
    page.get_by_label("Yang telah dilaksanakan").fill("25 perusahaan telah diperiksa")
    page.get_by_label("Bukti dukung").set_input_files(
        {"name": "berita-acara.png", "mimeType": "image/png", "buffer": PNG}
    )
    page.get_by_label("Keterangan bukti").fill("Berita acara pemeriksaan")
    _pas(page, lebar, "laporan-aksi", tmp_path)
    page.get_by_role("button", name="Simpan laporan").click()

    expect(page.get_by_text("Laporan Triwulan II disimpan.")).to_be_visible()
    ringkas = page.locator(f"#indikator-{aksi.indikator_id} .ringkas-tw").nth(1)
    expect(ringkas).to_contain_text("Kemajuan aksi: 100,00%")  # both TW I and TW II done
    expect(ringkas).to_contain_text("Capaian indikator: 73,68%")
    expect(page.locator(f"#indikator-{aksi.indikator_id}")).to_contain_text("(1 bukti)")
    _pas(page, lebar, "rencana-aksi-sesudah", tmp_path)
    assert aksi.laporan_set.get(triwulan=2).bukti.get().nama_asli == "berita-acara.png"
