"""Deleting an OPD of the Pemda: only while nothing holds it (Admin Pemda)."""

import json

import pytest

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import OPD, Pemda
from sakip.jejak.catat import nilai_objek
from sakip.jejak.models import Jejak
from sakip.perencanaan.struktur import BIDANG_OPD
from sakip.pertukaran.demo import OPD_DEMO, PPU

from .isian_bantu import jejak_baru, jejak_terakhir, teks


def _url(opd):
    return f"/pemda/{PPU}/opd/{opd.slug}/hapus/"


@pytest.fixture
def kosong(demo):
    return OPD.objects.create(
        pemda=Pemda.objects.get(slug=PPU), slug="bappeda-ppu", nama="Bappeda", singkatan="B"
    )


def _asal(opd):
    return {"asal": json.dumps(nilai_objek(opd, BIDANG_OPD))}


def test_it_deletes_an_opd_without_data(masuk, kosong):
    klien = masuk("admin-ppu")
    assert "Ya, hapus" in teks(klien.get(_url(kosong)))
    sebelum = jejak_terakhir()
    r = klien.post(_url(kosong), _asal(kosong))
    assert r.status_code == 302 and r.url == f"/pemda/{PPU}/opd/"
    assert not OPD.objects.filter(pk=kosong.pk).exists()
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.objek, j.opd_id, j.pemda_id) == (
        Jejak.Tindakan.HAPUS,
        "OPD",
        None,
        kosong.pemda_id,
    )
    assert j.lama == {
        "pemda_id": kosong.pemda_id,
        "slug": "bappeda-ppu",
        "nama": "Bappeda",
        "singkatan": "B",
    }
    assert j.baru is None
    assert "OPD “Bappeda” dihapus." in teks(klien.get(r.url))


def test_it_refuses_while_the_opd_has_data(masuk):
    o = OPD.objects.get(slug=OPD_DEMO[PPU])
    klien = masuk("admin-ppu")
    isi = teks(klien.get(_url(o)))
    assert "Tidak dapat dihapus selama masih ada data terkait" in isi
    assert "periode (" in isi and "Ya, hapus" not in isi
    sebelum = jejak_terakhir()
    r = klien.post(_url(o), _asal(o))
    assert r.status_code == 200 and "tidak dapat dihapus karena masih memiliki data" in teks(r)
    assert OPD.objects.filter(pk=o.pk).exists() and jejak_baru(sebelum) == []


def test_roles_and_the_audit_trail_hold_an_opd(masuk, kosong):
    """Relations a generic check would miss: a delete would drop the role silently and the
    trail would lose the OPD it names."""
    admin = Pengguna.objects.get(username="admin-ppu")
    Peran.objects.create(
        pengguna=admin, jenis=Peran.Jenis.OPERATOR_OPD, pemda=kosong.pemda, opd=kosong
    )
    r = masuk("admin-ppu").post(_url(kosong), _asal(kosong))
    assert r.status_code == 200 and "peran pengguna (1)" in teks(r)
    Peran.objects.filter(opd=kosong).delete()
    Jejak.objects.create(nama_pengguna="x", opd=kosong, tindakan="ubah", objek="x", uraian="x")
    r = masuk("admin-ppu").post(_url(kosong), _asal(kosong))
    assert r.status_code == 200 and "jejak audit (1)" in teks(r)
    assert OPD.objects.filter(pk=kosong.pk).exists()


def test_it_refuses_a_delete_over_another_users_change(masuk, kosong):
    data = _asal(kosong)
    OPD.objects.filter(pk=kosong.pk).update(nama="Bappeda Litbang")
    sebelum = jejak_terakhir()
    r = masuk("admin-ppu").post(_url(kosong), data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    assert OPD.objects.filter(pk=kosong.pk).exists() and jejak_baru(sebelum) == []


def test_the_inspektorat_only_reads(masuk, kosong):
    klien = masuk("inspektorat-ppu")  # sees every OPD of the Pemda
    isi = teks(klien.get(_url(kosong)))
    assert "Hanya Admin Pemda" in isi and "Ya, hapus" not in isi
    sebelum = jejak_terakhir()
    assert klien.post(_url(kosong), _asal(kosong)).status_code == 403
    assert OPD.objects.filter(pk=kosong.pk).exists() and jejak_baru(sebelum) == []


@pytest.mark.parametrize("pengguna", ["operator-ppu", "kepala-ppu"])
def test_the_opd_staff_are_refused(masuk, pengguna):
    o = OPD.objects.get(slug=OPD_DEMO[PPU])
    assert masuk(pengguna).post(_url(o), _asal(o)).status_code == 403
    assert OPD.objects.filter(pk=o.pk).exists()


def test_it_checks_access(masuk, client, kosong):
    for pengguna in ("admin-jambi", "publik-ppu", "operator-ppu"):
        lain = masuk(pengguna)
        assert lain.get(_url(kosong)).status_code == 404
        assert lain.post(_url(kosong), _asal(kosong)).status_code == 404
    r = client.post(_url(kosong), _asal(kosong))
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert OPD.objects.filter(pk=kosong.pk).exists()
