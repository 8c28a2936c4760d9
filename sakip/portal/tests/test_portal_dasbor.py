"""The dashboards on the portal's Pemda and OPD pages: capaian per sasaran (per OPD on the
Pemda page), the mean capaian per year and the budget absorbed per quarter, drawn as SVG,
with only approved figures. Tebing Tinggi 2022 is approved throughout in the demo; the
figures are worked from seed 004 in `pengukuran/tests/test_capaian_per_sasaran.py` and
`anggaran/tests/test_serapan_triwulan.py`."""

import re

import pytest
from django.test import Client

from sakip.pertukaran.demo import OPD_DEMO, PPU, TEBING

from .bantu import langkah


def _uraian(r):
    """The description (every figure) of each chart on the page."""
    return re.findall(r"<desc [^>]*>(.*?)</desc>", r.content.decode())


@pytest.fixture
def tamu(alur_demo):
    return Client()


def test_the_opd_page_of_tebing_tinggi_2022(tamu):
    r = tamu.get(f"/portal/opd/{OPD_DEMO[TEBING]}/2022/")
    per_sasaran, per_tahun, triwulan = _uraian(r)
    assert per_sasaran == (
        "Meningkatnya Kesempatan kerja: 52,75%; Meningkatnya Kualitas dan Produktivitas "
        "Tenaga kerja: 97,51%; Meningkatnya Perlindungan dan Pengembangan Lembaga "
        "Ketenagakerjaan: 72,84%; Meningkatnya kesejahteraan pekerja: 74,90%; Meningkatnya "
        "kualitas produk IKM: 82,60%; Mengembangkan Sentra-sentra Industri: 82,60%."
    )
    # Only 2022 is approved: 2021's recorded figures stay off the portal.
    assert per_tahun == "2022: 77,20%."
    assert triwulan == "TW I: –; TW II: –; TW III: 68,41%; TW IV: 93,32%."
    assert r.content.decode().count('<svg class="grafik"') == 3


def test_the_pemda_page_of_tebing_tinggi_2022(tamu):
    r = tamu.get(f"/portal/pemda/{TEBING}/2022/")
    assert _uraian(r) == [
        "Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi: 77,20%.",
        "2022: 77,20%.",
        "TW I: –; TW II: –; TW III: 68,41%; TW IV: 93,32%.",
    ]


def test_a_reopened_year_leaves_the_dashboard(tamu):
    opd = OPD_DEMO[TEBING]
    from sakip.instansi.models import OPD

    langkah(OPD.objects.get(slug=opd), 2022, "tw4", "buka")
    r = tamu.get(f"/portal/opd/{opd}/2022/")
    # The year's capaian is no longer approved (TW IV reopened): no capaian per sasaran, no
    # mean for 2022, and the budget only up to the approved TW III.
    assert _uraian(r) == ["TW I: –; TW II: –; TW III: 68,41%."]
    assert r.content.decode().count("Belum ada data") == 2
    pemda = tamu.get(f"/portal/pemda/{TEBING}/2022/")
    assert _uraian(pemda) == []


def test_ppu_2025_shows_no_unapproved_figure(tamu):
    # PK and TW I approved, TW II verified, TW III submitted: no year's capaian is public,
    # and PPU has no budget recorded.
    r = tamu.get(f"/portal/opd/{OPD_DEMO[PPU]}/2025/")
    assert r.status_code == 200
    assert _uraian(r) == []
    assert r.content.decode().count("Belum ada data") == 3
