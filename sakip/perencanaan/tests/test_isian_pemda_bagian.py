"""Entering the parts of the Pemda's own plan (misi, tujuan, sasaran) with the same pages as
an OPD's Renstra: the Admin Pemda's, no workflow lock, on the Pemda's audit trail; the OPD
sasaran that serve a Pemda sasaran keep pointing at it."""

import pytest

from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Misi, Periode, Sasaran, Tujuan
from sakip.perencanaan.ubah import BIDANG_MISI, BIDANG_SASARAN, BIDANG_TUJUAN
from sakip.pertukaran.demo import JAMBI, OPD_DEMO

from .isian_bantu import asal, jejak_baru, jejak_terakhir, teks


def _rpd():
    return Periode.objects.get(kode="rpd-2024-2026", pemda__slug=JAMBI)


def _tujuan(nomor="4"):
    return Tujuan.objects.get(periode=_rpd(), nomor=nomor)


def _sasaran(nomor="9"):
    """RPD sasaran 9, which the DTKK-UKM Renstra tujuan 1 serves (cascading)."""
    return Sasaran.objects.get(tujuan__periode=_rpd(), nomor=nomor)


def _renstra():
    return Periode.objects.get(opd__slug=OPD_DEMO[JAMBI], induk__isnull=True)


def _pemda_id():
    return _rpd().pemda_id


def _jejak_pemda(j, tindakan):
    assert (j.tindakan, j.opd_id, j.pemda_id) == (tindakan, None, _pemda_id())


def test_it_adds_edits_and_deletes_a_misi(masuk):
    p = _rpd()
    klien = masuk("admin-jambi")
    sebelum = jejak_terakhir()
    r = klien.post(f"/rencana/periode/{p.pk}/misi/", {"asal": "null", "nomor": "9", "teks": "M"})
    assert r.status_code == 302 and r.url == f"/pemda/{JAMBI}/rencana/", teks(r)
    m = Misi.objects.get(periode=p, nomor=9)
    r = klien.post(
        f"/rencana/misi/{m.pk}/", {"asal": asal(m, BIDANG_MISI), "nomor": "9", "teks": "N"}
    )
    assert r.status_code == 302
    r = klien.post(
        f"/rencana/misi/{m.pk}/hapus/", {"asal": asal(Misi.objects.get(pk=m.pk), BIDANG_MISI)}
    )
    assert r.status_code == 302 and r.url == f"/pemda/{JAMBI}/rencana/"
    assert not Misi.objects.filter(pk=m.pk).exists()
    buat, ubah, hapus = jejak_baru(sebelum)
    _jejak_pemda(buat, Jejak.Tindakan.BUAT)
    _jejak_pemda(ubah, Jejak.Tindakan.UBAH)
    _jejak_pemda(hapus, Jejak.Tindakan.HAPUS)
    assert (ubah.lama["teks"], ubah.baru["teks"]) == ("M", "N")
    assert hapus.lama["teks"] == "N" and hapus.baru is None


def test_a_pemda_tujuan_has_no_cascading_link(masuk):
    p = _rpd()
    klien = masuk("admin-jambi")
    isi = teks(klien.get(f"/rencana/periode/{p.pk}/tujuan/"))
    assert 'name="melayani"' not in isi and 'name="misi"' in isi
    sebelum = jejak_terakhir()
    r = klien.post(
        f"/rencana/periode/{p.pk}/tujuan/",
        {"asal": "null", "nomor": "6", "nama": "Tujuan baru", "urutan": "6"},
    )
    assert r.status_code == 302, teks(r)
    t = Tujuan.objects.get(periode=p, nomor="6")
    [j] = jejak_baru(sebelum)
    _jejak_pemda(j, Jejak.Tindakan.BUAT)
    assert j.baru["nama"] == "Tujuan baru" and "melayani_id" not in j.baru
    assert t.melayani is None


def test_it_edits_a_pemda_sasaran_that_opd_sasaran_serve(masuk):
    s = _sasaran()
    pendukung = list(s.tujuan_pendukung.all())
    assert [t.periode for t in pendukung] == [_renstra()]
    sebelum = jejak_terakhir()
    r = masuk("admin-jambi").post(
        f"/rencana/sasaran/{s.pk}/",
        {"asal": asal(s, BIDANG_SASARAN), "nomor": "9", "nama": "Nama baru", "urutan": "0"},
    )
    assert r.status_code == 302, teks(r)
    s.refresh_from_db()
    assert s.nama == "Nama baru" and list(s.tujuan_pendukung.all()) == pendukung
    [j] = jejak_baru(sebelum)
    _jejak_pemda(j, Jejak.Tindakan.UBAH)
    assert j.baru["nama"] == "Nama baru" and j.lama["nama"] != "Nama baru"


def test_a_served_pemda_sasaran_cannot_be_deleted(masuk):
    s = _sasaran()
    klien = masuk("admin-jambi")
    assert "Tidak dapat dihapus selama masih ada data terkait" in teks(
        klien.get(f"/rencana/sasaran/{s.pk}/hapus/")
    )
    sebelum = jejak_terakhir()
    r = klien.post(f"/rencana/sasaran/{s.pk}/hapus/", {"asal": asal(s, BIDANG_SASARAN)})
    assert r.status_code == 200 and "tidak dapat dihapus karena masih memiliki data" in teks(r)
    assert Sasaran.objects.filter(pk=s.pk).exists() and jejak_baru(sebelum) == []


def test_opd_sasaran_may_serve_a_new_pemda_sasaran(masuk):
    r = masuk("admin-jambi").post(
        f"/rencana/tujuan/{_tujuan().pk}/sasaran/",
        {"asal": "null", "nomor": "18", "nama": "Sasaran RPD baru"},
    )
    assert r.status_code == 302, teks(r)
    baru = Sasaran.objects.get(nama="Sasaran RPD baru")
    s = Sasaran.objects.filter(tujuan__periode=_renstra()).first()
    klien = masuk("operator-jambi")
    assert "Sasaran 18: Sasaran RPD baru" in teks(klien.get(f"/rencana/sasaran/{s.pk}/"))
    data = {"asal": asal(s, BIDANG_SASARAN), "nomor": s.nomor, "nama": s.nama, "urutan": "0"}
    r = klien.post(f"/rencana/sasaran/{s.pk}/", {**data, "melayani": baru.pk})
    assert r.status_code == 302, teks(r)
    s.refresh_from_db()
    assert s.melayani == baru


def test_it_refuses_a_save_over_another_users_change(masuk):
    t = Tujuan.objects.create(periode=_rpd(), nomor="6", nama="Semula")
    data = {"asal": asal(t, BIDANG_TUJUAN), "nomor": t.nomor, "nama": "Saya", "urutan": "0"}
    Tujuan.objects.filter(pk=t.pk).update(nama="Orang lain")
    sebelum = jejak_terakhir()
    klien = masuk("admin-jambi")
    r = klien.post(f"/rencana/tujuan/{t.pk}/", data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    r = klien.post(f"/rencana/tujuan/{t.pk}/hapus/", {"asal": data["asal"]})
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    t.refresh_from_db()
    assert t.nama == "Orang lain" and jejak_baru(sebelum) == []


def _tulis(klien):
    """One write of each kind on the RPD, with the status codes answered."""
    p, t, s = _rpd(), _tujuan(), _sasaran()
    m = p.misi_set.first() or Misi.objects.create(periode=p, nomor=1, teks="Misi")
    return [
        klien.post(f"/rencana/periode/{p.pk}/misi/", {"nomor": "9", "teks": "X"}).status_code,
        klien.post(f"/rencana/misi/{m.pk}/", {"nomor": "1", "teks": "X"}).status_code,
        klien.post(f"/rencana/periode/{p.pk}/tujuan/", {"nomor": "9", "nama": "X"}).status_code,
        klien.post(f"/rencana/tujuan/{t.pk}/", {"nomor": "4", "nama": "X"}).status_code,
        klien.post(f"/rencana/tujuan/{t.pk}/sasaran/", {"nomor": "9", "nama": "X"}).status_code,
        klien.post(f"/rencana/sasaran/{s.pk}/", {"nomor": "9", "nama": "X"}).status_code,
        klien.post(f"/rencana/misi/{m.pk}/hapus/", {}).status_code,
    ]


@pytest.mark.parametrize("pengguna", ["operator-jambi", "kepala-jambi", "inspektorat-jambi"])
def test_others_only_read(masuk, pengguna):
    klien = masuk(pengguna)
    r = klien.get(f"/rencana/tujuan/{_tujuan().pk}/")
    assert r.status_code == 200 and "Hanya Admin Pemda" in teks(r)
    sebelum = jejak_terakhir()
    assert _tulis(klien) == [403] * 7
    assert jejak_baru(sebelum) == []


def test_it_checks_access(masuk, client):
    for pengguna in ("admin-ppu", "operator-tebing", "publik-jambi"):
        assert _tulis(masuk(pengguna)) == [404] * 7
        assert masuk(pengguna).get(f"/rencana/tujuan/{_tujuan().pk}/").status_code == 404
    r = client.get(f"/rencana/tujuan/{_tujuan().pk}/")
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert all(s == 302 for s in _tulis(client))
