"""Adding, editing and deleting the misi of a Renstra period, and linking a tujuan to one."""

import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Misi
from sakip.perencanaan.ubah import BIDANG_MISI, BIDANG_TUJUAN

from .isian_bantu import OPD_TEBING, asal, indikator, jejak_baru, jejak_terakhir, kunci, teks


def _periode():
    return indikator().periode  # Suplemen Renstra 2021–2022, four misi


def _misi():
    return _periode().misi_set.get(nomor=2)


def _url_baru():
    return f"/rencana/periode/{_periode().pk}/misi/"


def _url(m):
    return f"/rencana/misi/{m.pk}/"


def _url_hapus(m):
    return f"/rencana/misi/{m.pk}/hapus/"


def test_it_adds_a_misi(masuk):
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        _url_baru(), {"asal": "null", "nomor": "5", "teks": "  Misi kelima "}
    )
    assert r.status_code == 302, teks(r)
    m = _periode().misi_set.get(nomor=5)
    assert m.teks == "Misi kelima"
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.BUAT and j.objek == "misi" and j.lama is None
    assert j.baru == {"periode_id": _periode().pk, "nomor": 5, "teks": "Misi kelima"}


def test_it_edits_a_misi(masuk):
    m = _misi()
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        _url(m), {"asal": asal(m, BIDANG_MISI), "nomor": "2", "teks": "Teks baru"}
    )
    assert r.status_code == 302, teks(r)
    lama = m.teks
    m.refresh_from_db()
    assert m.teks == "Teks baru"
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.UBAH
    assert j.lama["teks"] == lama and j.baru["teks"] == "Teks baru"


def test_it_deletes_a_misi(masuk):
    m = _misi()
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(_url_hapus(m), {"asal": asal(m, BIDANG_MISI)})
    assert r.status_code == 302, teks(r)
    assert not Misi.objects.filter(pk=m.pk).exists()
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.HAPUS and j.lama["teks"] == m.teks and j.baru is None


def test_a_tujuan_links_to_a_misi_which_then_stays(masuk):
    m = _misi()
    t = indikator().sasaran.tujuan
    klien = masuk("operator-tebing")
    assert f"Misi 2: {m.teks}" in teks(klien.get(f"/rencana/tujuan/{t.pk}/"))
    sebelum = jejak_terakhir()
    r = klien.post(
        f"/rencana/tujuan/{t.pk}/",
        {"asal": asal(t, BIDANG_TUJUAN), "nomor": t.nomor, "nama": t.nama, "misi": m.pk},
    )
    assert r.status_code == 302, teks(r)
    t.refresh_from_db()
    assert t.misi == m
    [j] = jejak_baru(sebelum)
    assert j.lama["misi_id"] is None and j.baru["misi_id"] == m.pk
    # A misi a tujuan refers to is not deleted.
    sebelum = jejak_terakhir()
    r = klien.post(_url_hapus(m), {"asal": asal(m, BIDANG_MISI)})
    assert r.status_code == 200
    assert "tidak dapat dihapus" in teks(r) and "tujuan (1)" in teks(r)
    assert Misi.objects.filter(pk=m.pk).exists() and jejak_baru(sebelum) == []


def test_it_refuses_a_save_over_another_users_change(masuk):
    m = _misi()
    data = {"asal": asal(m, BIDANG_MISI), "nomor": "2", "teks": "Teks saya"}
    Misi.objects.filter(pk=m.pk).update(teks="Teks orang lain")
    klien = masuk("operator-tebing")
    sebelum = jejak_terakhir()
    r = klien.post(_url(m), data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    r = klien.post(_url_hapus(m), {"asal": data["asal"]})
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    assert Misi.objects.get(pk=m.pk).teks == "Teks orang lain"
    assert jejak_baru(sebelum) == []


def test_it_refuses_when_locked(masuk):
    m = _misi()
    kunci(_periode().tahun_awal, Dokumen.RENSTRA, Tahap.DISETUJUI)
    klien = masuk("operator-tebing")
    sebelum = jejak_terakhir()
    assert klien.post(_url_baru(), {"nomor": "5", "teks": "X"}).status_code == 403
    assert klien.post(_url(m), {"nomor": "2", "teks": "X"}).status_code == 403
    assert klien.post(_url_hapus(m), {"asal": asal(m, BIDANG_MISI)}).status_code == 403
    assert Misi.objects.get(pk=m.pk).teks == m.teks
    assert jejak_baru(sebelum) == []


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    m = _misi()
    klien = masuk(pengguna)
    assert klien.get(_url(m)).status_code == 200
    assert klien.post(_url_baru(), {"nomor": "5", "teks": "X"}).status_code == 403
    assert klien.post(_url(m), {"nomor": "2", "teks": "X"}).status_code == 403
    assert klien.post(_url_hapus(m), {"asal": asal(m, BIDANG_MISI)}).status_code == 403
    assert Misi.objects.get(pk=m.pk).teks == m.teks


def test_it_checks_access(masuk, client):
    m = _misi()
    for pengguna in ("operator-jambi", "publik-tebing"):
        lain = masuk(pengguna)
        for url in (_url_baru(), _url(m), _url_hapus(m)):
            assert lain.get(url).status_code == 404
            assert lain.post(url, {"nomor": "2", "teks": "X"}).status_code == 404
    for url in (_url_baru(), _url(m), _url_hapus(m)):
        r = client.post(url, {"nomor": "2", "teks": "X"})
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert Misi.objects.get(pk=m.pk).teks == m.teks


def test_the_entry_page_lists_the_misi(masuk):
    m = _misi()
    isi = teks(masuk("operator-tebing").get(f"/opd/{OPD_TEBING}/rencana/"))
    assert m.teks in isi
    assert _url(m) in isi and _url_hapus(m) in isi and _url_baru() in isi
