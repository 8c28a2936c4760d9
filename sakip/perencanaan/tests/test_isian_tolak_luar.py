"""The OPD plan's new-indicator page and its quarterly target page refuse a user of another
Pemda (404, nothing written) and an anonymous user (to the login page), on GET and POST; the
OPD's other roles only read (403 on POST)."""

import pytest

from sakip.perencanaan.models import Indikator, Target

from .isian_bantu import data_indikator, indikator, jejak_terakhir


def _baru(jenis):
    ind = indikator()
    induk = ind.sasaran if jenis == "sasaran" else ind.sasaran.tujuan
    data = data_indikator(ind, asal="null", kode="dari-luar", nama="Dari luar", iku="")
    return f"/rencana/{jenis}/{induk.pk}/indikator/", data


def _triwulan():
    ind = indikator()
    return f"/rencana/indikator/{ind.pk}/target/2022/", {"n_2022_1": "7", "n_2022_2": "8"}


def _halaman(nama):
    return {"sasaran": lambda: _baru("sasaran"), "tujuan": lambda: _baru("tujuan")}.get(
        nama, _triwulan
    )()


HALAMAN = ["sasaran", "tujuan", "triwulan"]


def _keadaan():
    return Target.objects.count(), jejak_terakhir()


def _tak_tertulis(sebelum):
    assert not Indikator.objects.filter(kode="dari-luar").exists()
    assert _keadaan() == sebelum


@pytest.mark.parametrize("halaman", HALAMAN)
def test_it_refuses_a_user_of_another_pemda(masuk, halaman):
    url, data = _halaman(halaman)
    sebelum = _keadaan()
    klien = masuk("operator-jambi")
    assert klien.get(url).status_code == 404
    assert klien.post(url, data).status_code == 404
    _tak_tertulis(sebelum)


@pytest.mark.parametrize("halaman", HALAMAN)
def test_it_sends_an_anonymous_user_to_the_login_page(demo, client, halaman):
    url, data = _halaman(halaman)
    sebelum = _keadaan()
    for r in (client.get(url), client.post(url, data)):
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    _tak_tertulis(sebelum)


@pytest.mark.parametrize("halaman", HALAMAN)
@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_the_opds_other_roles_only_read(masuk, halaman, pengguna):
    url, data = _halaman(halaman)
    sebelum = _keadaan()
    klien = masuk(pengguna)
    assert klien.get(url).status_code == 200
    assert klien.post(url, data).status_code == 403
    _tak_tertulis(sebelum)
