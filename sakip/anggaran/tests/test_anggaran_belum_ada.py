"""A planned year without a budget yet (PPU 2026): the budget page says so in Indonesian and
leads whoever may enter the structure to it; the OPD page links every such year."""

import pytest

from sakip.alur.models import StatusDokumen
from sakip.instansi.models import OPD
from sakip.pertukaran.demo import OPD_DEMO, PPU

SLUG = OPD_DEMO[PPU]
URL = f"/opd/{SLUG}/anggaran/2026/"
STRUKTUR = f"/opd/{SLUG}/anggaran/2026/struktur/"


def test_the_operator_is_led_to_the_structure(masuk):
    r = masuk("operator-ppu").get(URL)
    assert r.status_code == 200
    assert "Belum ada anggaran" in r.text and "untuk tahun 2026" in r.text
    assert f'href="{STRUKTUR}"' in r.text
    assert "Susun struktur anggaran 2026" in r.text


@pytest.mark.parametrize("username", ["kepala-ppu", "admin-ppu", "inspektorat-ppu"])
def test_readers_are_told_who_enters_it(masuk, username):
    r = masuk(username).get(URL)
    assert r.status_code == 200
    assert "Belum ada anggaran" in r.text
    assert f'href="{STRUKTUR}"' not in r.text
    assert "Hanya operator OPD ini" in r.text


def test_a_locked_perjanjian_kinerja_says_why(masuk):
    StatusDokumen.objects.create(
        opd=OPD.objects.get(slug=SLUG), tahun=2026, dokumen="pk", tahap="diajukan"
    )
    r = masuk("operator-ppu").get(URL)
    assert f'href="{STRUKTUR}"' not in r.text
    assert "Perjanjian Kinerja 2026 berstatus Diajukan" in r.text


def test_the_opd_page_links_the_budget_of_every_planned_year(masuk):
    r = masuk("kepala-ppu").get(f"/opd/{SLUG}/")
    assert "Anggaran, RFK dan efisiensi" in r.text
    for tahun in (2024, 2025, 2026):
        assert f'href="/opd/{SLUG}/anggaran/{tahun}/"' in r.text
    assert "(belum ada)" in r.text


def test_a_budgeted_year_is_not_marked_missing(masuk):
    r = masuk("kepala-tebing").get("/opd/disnakerind-tebing-tinggi/")
    assert 'href="/opd/disnakerind-tebing-tinggi/anggaran/2022/">2022</a> <span' not in r.text


@pytest.mark.parametrize("username", ["operator-jambi", "admin-tebing", "publik-ppu"])
def test_another_opds_user_gets_404(masuk, username):
    assert masuk(username).get(URL).status_code == 404


def test_anonymous_users_are_sent_to_login(client, demo):
    r = client.get(URL)
    assert r.status_code == 302 and r.url.startswith("/masuk/")
