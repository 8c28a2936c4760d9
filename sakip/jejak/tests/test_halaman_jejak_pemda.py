"""The Pemda-wide audit trail: OPD changes plus users, roles and filling windows."""

import pytest

from sakip.instansi.models import OPD, Pemda
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak

URL = "/pemda/kab-penajam-paser-utara/jejak/"


@pytest.fixture
def catatan(demo):
    pemda = Pemda.objects.get(slug="kab-penajam-paser-utara")
    rekam(None, Jejak.Tindakan.BUAT, "peran", "Peran Operator OPD untuk budi", pemda=pemda)
    rekam(
        None,
        Jejak.Tindakan.UBAH,
        "nilai variabel",
        "Penduduk bekerja 2025",
        opd=OPD.objects.get(slug="dkukmperindag-ppu"),
    )
    rekam(
        None,
        Jejak.Tindakan.UBAH,
        "nilai variabel",
        "Jambi 2025",
        opd=OPD.objects.get(slug="dtkk-ukm-jambi"),
    )


@pytest.mark.parametrize("username", ["admin-ppu", "inspektorat-ppu"])
def test_it_lists_the_pemdas_records_only(masuk, catatan, username):
    r = masuk(username).get(URL)
    assert r.status_code == 200
    assert "Peran Operator OPD untuk budi" in r.text
    assert "Penduduk bekerja 2025" in r.text
    assert "Jambi 2025" not in r.text


def test_it_exports_the_filtered_list(masuk, catatan):
    r = masuk("admin-ppu").get(URL, {"format": "csv", "objek": "peran"})
    assert r.status_code == 200
    teks = r.content.decode("utf-8-sig")
    assert "Peran Operator OPD untuk budi" in teks
    assert "Penduduk bekerja" not in teks


@pytest.mark.parametrize("username", ["operator-ppu", "kepala-ppu"])
def test_opd_roles_are_refused(masuk, catatan, username):
    assert masuk(username).get(URL).status_code == 403


@pytest.mark.parametrize("username", ["admin-jambi", "publik-ppu"])
def test_other_pemda_and_the_public_are_refused(masuk, catatan, username):
    assert masuk(username).get(URL).status_code == 404


def test_anonymous_users_are_sent_to_login(client, catatan):
    assert client.get(URL).status_code == 302
