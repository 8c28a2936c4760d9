"""Deleting an official: refused while a document names it (Admin Pemda)."""

import json

import pytest

from sakip.instansi.models import Pejabat
from sakip.jejak.catat import nilai_objek
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Periode, PerjanjianKinerja
from sakip.perencanaan.struktur import BIDANG_PEJABAT
from sakip.pertukaran.demo import TEBING

from .isian_bantu import jejak_baru, jejak_terakhir, teks


def _url(p):
    return f"/pemda/{TEBING}/pejabat/{p.pk}/hapus/"


def _pejabat(kode="inspektur"):
    return Pejabat.objects.get(kode=kode, pemda__slug=TEBING)


def _asal(p):
    return {"asal": json.dumps(nilai_objek(p, BIDANG_PEJABAT))}


def test_it_deletes_an_official_no_document_names(masuk):
    p = _pejabat()
    klien = masuk("admin-tebing")
    assert "Ya, hapus" in teks(klien.get(_url(p)))
    sebelum = jejak_terakhir()
    r = klien.post(_url(p), _asal(p))
    assert r.status_code == 302 and r.url == f"/pemda/{TEBING}/pejabat/"
    assert not Pejabat.objects.filter(pk=p.pk).exists()
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.objek, j.opd_id, j.pemda_id) == (
        Jejak.Tindakan.HAPUS,
        "pejabat",
        None,
        p.pemda_id,
    )
    assert j.lama["nama"] == p.nama and j.lama["nip"] == p.nip and j.baru is None
    assert "Pejabat inspektur “H. Kamlan, S.H., M.M., CGCAE” dihapus." in teks(klien.get(r.url))


def test_it_refuses_while_a_period_or_a_pk_names_the_official(masuk):
    p = _pejabat("kadis-disnakerind")
    periode = Periode.objects.filter(penandatangan=p).count()
    pk = PerjanjianKinerja.objects.filter(pihak_pertama=p).count()
    assert periode and pk
    klien = masuk("admin-tebing")
    isi = teks(klien.get(_url(p)))
    assert f"periode ({periode})" in isi and f"perjanjian kinerja ({pk})" in isi
    assert "Ya, hapus" not in isi
    sebelum = jejak_terakhir()
    r = klien.post(_url(p), _asal(p))
    assert r.status_code == 200 and "tidak dapat dihapus karena masih memiliki data" in teks(r)
    assert Pejabat.objects.filter(pk=p.pk).exists() and jejak_baru(sebelum) == []


def test_a_pk_party_alone_holds_the_official(masuk):
    """The Perjanjian Kinerja's parties are a relation the generic check cannot see."""
    p = _pejabat()
    PerjanjianKinerja.objects.filter(pihak_pertama__kode="kadis-disnakerind").update(pihak_kedua=p)
    r = masuk("admin-tebing").post(_url(p), _asal(p))
    assert r.status_code == 200 and "perjanjian kinerja (" in teks(r)
    assert Pejabat.objects.filter(pk=p.pk).exists()


def test_it_refuses_a_delete_over_another_users_change(masuk):
    p = _pejabat()
    data = _asal(p)
    Pejabat.objects.filter(pk=p.pk).update(jabatan="Inspektur (Plt.)")
    sebelum = jejak_terakhir()
    r = masuk("admin-tebing").post(_url(p), data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    assert Pejabat.objects.filter(pk=p.pk).exists() and jejak_baru(sebelum) == []


@pytest.mark.parametrize("pengguna", ["operator-tebing", "kepala-tebing", "inspektorat-tebing"])
def test_others_may_not_delete(masuk, pengguna):
    p = _pejabat()
    klien = masuk(pengguna)
    isi = teks(klien.get(_url(p)))
    assert "Hanya Admin Pemda" in isi and "Ya, hapus" not in isi
    sebelum = jejak_terakhir()
    assert klien.post(_url(p), _asal(p)).status_code == 403
    assert Pejabat.objects.filter(pk=p.pk).exists() and jejak_baru(sebelum) == []


def test_it_checks_access(masuk, client):
    p = _pejabat()
    for pengguna in ("admin-ppu", "operator-jambi", "publik-tebing"):
        lain = masuk(pengguna)
        assert lain.get(_url(p)).status_code == 404
        assert lain.post(_url(p), _asal(p)).status_code == 404
    r = client.post(_url(p), _asal(p))
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert Pejabat.objects.filter(pk=p.pk).exists()
