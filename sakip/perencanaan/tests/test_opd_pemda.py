"""The Pemda's OPD list and the form adding or changing one OPD (Admin Pemda)."""

import json

import pytest

from sakip.instansi.models import OPD, Pemda
from sakip.jejak.catat import nilai_objek
from sakip.jejak.models import Jejak
from sakip.perencanaan.struktur import BIDANG_OPD
from sakip.pertukaran.demo import JAMBI, OPD_DEMO, PPU

from .isian_bantu import jejak_baru, jejak_terakhir, teks

DAFTAR = f"/pemda/{PPU}/opd/"
BARU = DAFTAR + "baru/"


def _url(opd):
    return f"{DAFTAR}{opd.slug}/"


def _opd():
    return OPD.objects.get(slug=OPD_DEMO[PPU])


def _baru(**ubah):
    data = {"asal": "null", "slug": "bappeda-ppu", "nama": "Bappeda", "singkatan": "BAPPEDA"}
    data.update(ubah)
    return data


def _ubah(opd, **ubah):
    data = {
        "asal": json.dumps(nilai_objek(opd, BIDANG_OPD)),
        "slug": opd.slug,
        "nama": opd.nama,
        "singkatan": opd.singkatan,
    }
    data.update(ubah)
    return data


def test_it_lists_the_opd_with_links_for_the_admin(masuk):
    lain = OPD.objects.create(pemda=_opd().pemda, slug="bappeda-ppu", nama="Bappeda")
    isi = teks(masuk("admin-ppu").get(DAFTAR))
    assert _opd().nama in isi and "Bappeda" in isi and "+ Tambah OPD" in isi
    assert _url(lain) in isi and f"{_url(lain)}hapus/" in isi
    assert "dtkk-ukm-jambi" not in isi


def test_it_creates_an_opd(masuk):
    klien = masuk("admin-ppu")
    sebelum = jejak_terakhir()
    r = klien.post(BARU, _baru())
    assert r.status_code == 302 and r.url == DAFTAR, teks(r)
    o = OPD.objects.get(slug="bappeda-ppu")
    assert (o.pemda.slug, o.nama, o.singkatan) == (PPU, "Bappeda", "BAPPEDA")
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.objek, j.opd_id, j.pemda_id) == (
        Jejak.Tindakan.BUAT,
        "OPD",
        None,
        o.pemda_id,
    )
    assert j.lama is None
    assert j.baru == {
        "pemda_id": o.pemda_id,
        "slug": "bappeda-ppu",
        "nama": "Bappeda",
        "singkatan": "BAPPEDA",
    }
    assert "OPD disimpan." in teks(klien.get(r.url))
    # The new OPD is at once a choice for roles and officials.
    assert "Bappeda" in teks(klien.get(f"/pemda/{PPU}/pejabat/baru/"))


def test_it_changes_an_opd(masuk):
    o = _opd()
    sebelum = jejak_terakhir()
    r = masuk("admin-ppu").post(_url(o), _ubah(o, nama="Dinas Baru", singkatan="DB"))
    assert r.status_code == 302, teks(r)
    lama = o.nama
    o.refresh_from_db()
    assert (o.nama, o.singkatan) == ("Dinas Baru", "DB")
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.UBAH and j.opd_id is None and j.objek_id == str(o.pk)
    assert (j.lama["nama"], j.baru["nama"]) == (lama, "Dinas Baru")


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"slug": OPD_DEMO[JAMBI]}, "sudah dipakai OPD lain"),
        ({"slug": "Dinas Baru"}, "Gunakan huruf, angka, garis bawah atau tanda hubung saja"),
        ({"nama": ""}, "Bidang ini tidak boleh kosong"),
        ({"singkatan": "x" * 61}, "paling banyak 60 karakter"),
    ],
)
def test_it_refuses_bad_input_in_indonesian(masuk, ubah, pesan):
    jumlah = OPD.objects.count()
    sebelum = jejak_terakhir()
    r = masuk("admin-ppu").post(BARU, _baru(**ubah))
    assert r.status_code == 200 and pesan in teks(r)
    assert OPD.objects.count() == jumlah and jejak_baru(sebelum) == []


def test_it_refuses_a_save_over_another_users_change(masuk):
    o = _opd()
    data = _ubah(o, singkatan="SAYA")
    OPD.objects.filter(pk=o.pk).update(nama="Nama orang lain")
    sebelum = jejak_terakhir()
    r = masuk("admin-ppu").post(_url(o), data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    o.refresh_from_db()
    assert o.singkatan != "SAYA" and jejak_baru(sebelum) == []


@pytest.mark.parametrize("pengguna", ["operator-ppu", "kepala-ppu", "inspektorat-ppu"])
def test_others_only_read(masuk, pengguna):
    o = _opd()
    klien = masuk(pengguna)
    isi = teks(klien.get(DAFTAR))
    assert o.nama in isi and "+ Tambah OPD" not in isi and "hapus/" not in isi
    r = klien.get(_url(o))
    assert r.status_code == 200 and "Hanya Admin Pemda" in teks(r)
    assert "Simpan</button>" not in teks(r)
    sebelum = jejak_terakhir()
    assert klien.post(_url(o), _ubah(o, nama="X")).status_code == 403
    assert klien.post(BARU, _baru()).status_code == 403
    assert jejak_baru(sebelum) == [] and not OPD.objects.filter(slug="bappeda-ppu").exists()


def test_opd_staff_see_only_their_own_opd(masuk):
    lain = OPD.objects.create(pemda=_opd().pemda, slug="bappeda-ppu", nama="Bappeda")
    klien = masuk("operator-ppu")
    assert "Bappeda" not in teks(klien.get(DAFTAR))
    assert klien.get(_url(lain)).status_code == 404
    assert masuk("inspektorat-ppu").get(_url(lain)).status_code == 200


def test_it_checks_access(masuk, client):
    o = _opd()
    for pengguna in ("admin-jambi", "operator-jambi", "publik-ppu"):
        lain = masuk(pengguna)
        for url in (DAFTAR, BARU, _url(o)):
            assert lain.get(url).status_code == 404
        assert lain.post(BARU, _baru()).status_code == 404
        assert lain.post(_url(o), _ubah(o, nama="X")).status_code == 404
    # An OPD is reached only under its own Pemda.
    jambi = OPD.objects.get(slug=OPD_DEMO[JAMBI])
    assert masuk("admin-ppu").get(_url(jambi)).status_code == 404
    for url in (DAFTAR, BARU, _url(o)):
        r = client.get(url)
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert client.post(BARU, _baru()).status_code == 302
    assert not OPD.objects.filter(slug="bappeda-ppu").exists()
    assert Pemda.objects.get(slug=PPU).opd_set.count() == 1


def test_the_pemda_page_links_to_it_for_the_admin(masuk):
    assert DAFTAR in teks(masuk("admin-ppu").get(f"/pemda/{PPU}/"))
