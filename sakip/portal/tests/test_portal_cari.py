"""Search by name across the published Pemda, OPD and indicators; what is not published
is never found."""

import pytest
from django.test import Client

from sakip.pertukaran.demo import OPD_DEMO, TEBING


@pytest.fixture
def tamu(alur_demo):
    return Client()


def test_it_finds_pemda_opd_and_indicators_by_every_word(tamu):
    r = tamu.get("/portal/cari/", {"q": "tebing tinggi"})
    assert r.status_code == 200
    hasil = r.context["hasil"]
    assert [p.slug for p in hasil.pemda] == [TEBING]
    assert [o.slug for o in hasil.opd] == [OPD_DEMO[TEBING]]
    r = tamu.get("/portal/cari/", {"q": "KESEMPATAN kerja"})
    nama = [i.nama for i in r.context["hasil"].indikator]
    assert nama == ["Persentase Meningkatnya Kesempatan Kerja"]
    assert "/portal/indikator/" in r.text


def test_it_never_finds_what_is_not_published(tamu):
    # Jambi has nothing approved for a year: neither the city, its OPD nor its indicators.
    r = tamu.get("/portal/cari/", {"q": "jambi"})
    hasil = r.context["hasil"]
    assert (hasil.pemda, hasil.opd, hasil.indikator) == ([], [], [])
    assert "Tidak ada yang cocok dengan «jambi»" in r.text


def test_an_empty_search_shows_the_form(tamu):
    r = tamu.get("/portal/cari/", {"q": "  "})
    assert r.status_code == 200 and r.context["hasil"] is None
