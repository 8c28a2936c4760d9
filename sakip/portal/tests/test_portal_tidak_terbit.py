"""What the workflow has not approved is invisible on the portal (404), to anyone: a draft,
a submitted, verified or returned document, an approved one reopened, an unapproved
quarter; and the year's figures while one of its quarters is not approved."""

from decimal import Decimal

import pytest
from django.test import Client

from sakip.instansi.models import OPD
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.demo import JAMBI, OPD_DEMO, PPU, TEBING

from .bantu import langkah

OPD_PPU, OPD_TEBING = OPD_DEMO[PPU], OPD_DEMO[TEBING]


@pytest.fixture
def tamu(alur_demo):
    return Client()


def _status(klien, *alamat):
    return [klien.get(a).status_code for a in alamat]


def test_ppu_2026_a_draft_year_is_not_found(tamu):
    r = tamu.get(f"/portal/opd/{OPD_PPU}/2026/")
    assert r.status_code == 404
    assert "belum disetujui" in r.content.decode()
    assert tamu.get(f"/portal/pemda/{PPU}/2026/").status_code == 404


@pytest.mark.parametrize(
    "langkah_pk, terlihat",
    [
        (["ajukan"], False),  # submitted
        (["ajukan", "verifikasi"], False),  # verified
        (["ajukan", "kembalikan"], False),  # returned
        (["ajukan", "verifikasi", "setujui", "buka"], False),  # approved, then reopened
        (["ajukan", "verifikasi", "setujui"], True),  # approved
    ],
)
def test_only_an_approved_document_opens_a_year(tamu, langkah_pk, terlihat):
    opd = OPD.objects.get(slug=OPD_PPU)
    langkah(opd, 2026, "pk", *langkah_pk)
    alamat = (f"/portal/opd/{OPD_PPU}/2026/", f"/portal/pemda/{PPU}/2026/")
    assert _status(tamu, *alamat) == ([200, 200] if terlihat else [404, 404])


def test_a_returned_pk_and_a_submitted_quarter_hide_jambi(tamu):
    # Jambi's Renstra is approved, but its PK 2025 was returned and its TW I is submitted.
    ind = Indikator.objects.filter(periode__opd__slug=OPD_DEMO[JAMBI]).first()
    alamat = (f"/portal/opd/{OPD_DEMO[JAMBI]}/2025/", f"/portal/indikator/{ind.pk}/")
    assert _status(tamu, *alamat) == [404, 404]
    assert "Kota Jambi" not in tamu.get("/portal/").content.decode()


def test_a_reopened_quarter_hides_the_years_figures(tamu):
    opd = OPD.objects.get(slug=OPD_TEBING)
    langkah(opd, 2022, "tw4", "buka")
    r = tamu.get(f"/portal/opd/{OPD_TEBING}/2022/")
    assert r.status_code == 200  # its PK, three quarters and LKjIP stay approved
    teks = r.content.decode()
    assert "Capaian tahun 2022 belum disetujui" in teks
    assert "34,29" not in teks and "52,75" not in teks
    assert all(b.angka.capaian is None and b.angka.realisasi is None for b in r.context["h"].baris)
    pemda = tamu.get(f"/portal/pemda/{TEBING}/2022/")
    assert "Capaian 2022 belum disetujui" in pemda.content.decode()
    ind = Indikator.objects.get(nama="Persentase Meningkatnya Kesempatan Kerja", periode__opd=opd)
    csv = tamu.get(f"/portal/indikator/{ind.pk}/csv/").content.decode()
    assert "34.28" not in csv and "52.74" not in csv


def test_a_reopened_renstra_hides_the_plan(tamu):
    opd = OPD.objects.get(slug=OPD_TEBING)
    langkah(opd, 2021, "renstra", "buka")
    ind = Indikator.objects.filter(periode__opd=opd).first()
    alamat = (
        f"/portal/opd/{OPD_TEBING}/2022/",
        f"/portal/pemda/{TEBING}/2022/",
        f"/portal/indikator/{ind.pk}/",
        f"/portal/opd/{OPD_TEBING}/",
    )
    assert _status(tamu, *alamat) == [404, 404, 404, 404]


def test_only_approved_quarters_show_on_the_indicator_page(tamu):
    # PPU 2025: TW I approved, TW II verified, TW III submitted (the demo).
    ind = Indikator.objects.get(periode__opd__slug=OPD_PPU, nama="Jumlah Sentra IKM yang dikuatkan")
    for triwulan, nilai in ((1, "7071"), (2, "8082"), (3, "9093")):
        Realisasi.objects.create(indikator=ind, tahun=2025, triwulan=triwulan, nilai=nilai)
    r = tamu.get(f"/portal/indikator/{ind.pk}/")
    assert r.status_code == 200
    kuartal = r.context["h"].triwulan[2025]
    assert [(a.triwulan, a.realisasi) for a in kuartal] == [(1, Decimal("7071"))]
    teks = r.content.decode()
    assert "7.071" in teks and "8.082" not in teks and "9.093" not in teks
    tahunan = {a.tahun: a for a in r.context["h"].per_tahun}[2025]
    assert not tahunan.terbit and tahunan.realisasi is None
    csv = tamu.get(f"/portal/indikator/{ind.pk}/csv/").content.decode()
    assert "2025,Triwulan I,,,7071," in csv and "8082" not in csv and "9093" not in csv
    # The year page says which quarters are approved.
    opd = tamu.get(f"/portal/opd/{OPD_PPU}/2025/").content.decode()
    assert "Data triwulan yang telah disetujui: Triwulan I " in opd
