"""The indicator page leads to where its values are entered ("Isi data", at the quarter
being filled, to the indicator's own group) and says how far into the year an annual
figure still aggregated from the quarters reaches ("Tahunan (s.d. Triwulan II)")."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sakip.alur.models import JendelaPengisian
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator

PPU = "dkukmperindag-ppu"


@pytest.fixture
def sarana(demo):
    ind = Indikator.objects.get(kode="sarana-perdagangan", periode__opd__slug=PPU)
    hari_ini = timezone.localdate()
    JendelaPengisian.objects.create(
        pemda=ind.periode.pemda,
        tahun=2025,
        triwulan=2,
        mulai=hari_ini - timedelta(days=1),
        selesai=hari_ini + timedelta(days=1),
    )
    return ind


def test_the_operator_is_led_to_the_open_quarter(masuk, sarana):
    r = masuk("operator-ppu").get(f"/indikator/{sarana.pk}/")
    assert f'href="/opd/{PPU}/isian/2025/2/#ind-{sarana.pk}">Isi data</a>' in r.text
    assert "Triwulan II 2025" in r.text
    assert "Lihat dan unggah bukti dukung" in r.text


@pytest.mark.parametrize("username", ["kepala-ppu", "admin-ppu", "inspektorat-ppu"])
def test_readers_are_led_to_look(masuk, sarana, username):
    r = masuk(username).get(f"/indikator/{sarana.pk}/")
    assert f'href="/opd/{PPU}/isian/2025/2/#ind-{sarana.pk}">Lihat data</a>' in r.text
    assert ">Lihat bukti dukung</a>" in r.text


def test_the_link_reaches_the_indicators_group(masuk, sarana):
    r = masuk("operator-ppu").get(f"/opd/{PPU}/isian/2025/2/")
    assert f'<tbody id="ind-{sarana.pk}">' in r.text


@pytest.mark.parametrize(
    "kode, username",
    [
        ("pemberdayaan-tk-koperasi-umkm", "operator-jambi"),  # a composite: nothing entered
        ("tpak", "operator-jambi"),  # the Pemda's own plan
    ],
)
def test_an_indicator_without_inputs_has_no_link(masuk, demo, kode, username):
    ind = Indikator.objects.get(kode=kode)
    r = masuk(username).get(f"/indikator/{ind.pk}/")
    assert r.status_code == 200
    assert "/isian/" not in r.text


def test_a_year_aggregated_so_far_says_how_far(masuk, sarana):
    for triwulan, nilai in ((1, 3), (2, 4)):
        Realisasi.objects.create(indikator=sarana, tahun=2025, triwulan=triwulan, nilai=nilai)
    r = masuk("kepala-ppu").get(f"/indikator/{sarana.pk}/")
    assert 'Tahunan <span class="kecil">(s.d. Triwulan II)</span>' in r.text
    Realisasi.objects.create(indikator=sarana, tahun=2025, triwulan=4, nilai=5)
    assert "s.d. Triwulan" not in masuk("kepala-ppu").get(f"/indikator/{sarana.pk}/").text


def test_another_opds_user_and_anonymous_are_refused(masuk, client, sarana):
    assert masuk("operator-jambi").get(f"/indikator/{sarana.pk}/").status_code == 404
    r = client.get(f"/indikator/{sarana.pk}/")
    assert r.status_code == 302 and r.url.startswith("/masuk/")
