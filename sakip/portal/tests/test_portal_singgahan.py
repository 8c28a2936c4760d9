"""The portal's pages are cached, and a Pemda's cache is dropped when one of its documents is
approved or reopened (after the commit): approve -> visible, reopen -> gone."""

import pytest
from django.test import Client

from sakip.alur.models import StatusDokumen
from sakip.instansi.models import OPD
from sakip.pertukaran.demo import OPD_DEMO, PPU, TEBING
from sakip.portal import singgahan

from .bantu import langkah

OPD_PPU, OPD_TEBING = OPD_DEMO[PPU], OPD_DEMO[TEBING]


@pytest.fixture
def tamu(alur_demo):
    return Client()


def test_a_page_is_read_from_the_cache_until_a_step(tamu):
    alamat = f"/portal/opd/{OPD_TEBING}/2022/"
    assert "52,75" in tamu.get(alamat).content.decode()
    # A change the workflow did not make (no step) leaves the cached figures in place...
    StatusDokumen.objects.filter(opd__slug=OPD_TEBING, tahun=2022, dokumen="tw4").update(
        tahap="draf"
    )
    assert "52,75" in tamu.get(alamat).content.decode()


def test_reopening_drops_the_cache(tamu, django_capture_on_commit_callbacks):
    alamat = f"/portal/opd/{OPD_TEBING}/2022/"
    indikator = f"/portal/indikator/{tamu.get(alamat).context['h'].iku[0].indikator.pk}/"
    assert "52,75" in tamu.get(alamat).content.decode()
    tamu.get(indikator)
    tamu.get(f"/portal/pemda/{TEBING}/2022/")
    with django_capture_on_commit_callbacks(execute=True):
        langkah(OPD.objects.get(slug=OPD_TEBING), 2022, "tw4", "buka")
    assert "52,75" not in tamu.get(alamat).content.decode()
    assert "Capaian 2022 belum disetujui" in tamu.get(f"/portal/pemda/{TEBING}/2022/").text
    assert all(not a.terbit for a in tamu.get(indikator).context["h"].per_tahun)


def test_approving_opens_a_year_and_reopening_closes_it(tamu, django_capture_on_commit_callbacks):
    opd = OPD.objects.get(slug=OPD_PPU)
    beranda = tamu.get(f"/portal/pemda/{PPU}/").url
    assert beranda == f"/portal/pemda/{PPU}/2025/"
    assert tamu.get(f"/portal/opd/{OPD_PPU}/2026/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        langkah(opd, 2026, "pk", "ajukan", "verifikasi")
    assert tamu.get(f"/portal/opd/{OPD_PPU}/2026/").status_code == 404  # verified only
    with django_capture_on_commit_callbacks(execute=True):
        langkah(opd, 2026, "pk", "setujui")
    assert tamu.get(f"/portal/opd/{OPD_PPU}/2026/").status_code == 200
    assert f"/portal/pemda/{PPU}/2026/" in tamu.get("/portal/").text  # the home page's cache
    with django_capture_on_commit_callbacks(execute=True):
        langkah(opd, 2026, "pk", "buka")
    assert tamu.get(f"/portal/opd/{OPD_PPU}/2026/").status_code == 404
    assert f"/portal/pemda/{PPU}/2026/" not in tamu.get("/portal/").text


def test_a_step_that_changes_nothing_public_keeps_the_cache(
    tamu, django_capture_on_commit_callbacks
):
    opd = OPD.objects.get(slug=OPD_PPU)
    sebelum = singgahan._versi(opd.pemda_id)
    with django_capture_on_commit_callbacks(execute=True):
        langkah(opd, 2026, "pk", "ajukan", "verifikasi")
    assert singgahan._versi(opd.pemda_id) == sebelum
    with django_capture_on_commit_callbacks(execute=True):
        langkah(opd, 2026, "pk", "setujui")
    assert singgahan._versi(opd.pemda_id) != sebelum


@pytest.mark.parametrize(
    "alamat",
    [
        f"/portal/opd/{OPD_TEBING}/2022/",
        f"/portal/pemda/{TEBING}/2022/",
        "/portal/",
        "/portal/cari/?q=kerja",
    ],
)
def test_a_cached_page_reads_only_the_access_checks(tamu, alamat, django_assert_max_num_queries):
    tamu.get(alamat)
    # Whether the OPD or Pemda is public and which years (a few queries); nothing else.
    with django_assert_max_num_queries(6):
        assert tamu.get(alamat).status_code == 200
