"""Editing a Renstra period: name, vision, legal basis, date and signatory."""

import datetime

import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.instansi.models import Pejabat
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Periode

from .isian_bantu import (
    data_periode,
    indikator,
    jejak_baru,
    jejak_terakhir,
    kunci,
    teks,
    url_periode,
)


def _periode():
    return indikator().periode  # Suplemen Renstra 2021–2022


def test_it_works(masuk):
    p = _periode()
    inspektur = Pejabat.objects.get(kode="inspektur", pemda=p.pemda)  # a Pemda official
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        url_periode(p),
        data_periode(
            p,
            visi="Visi baru",
            dasar_hukum="Perwa 1/2021",
            tanggal_penetapan="2021-09-15",
            penandatangan=inspektur.pk,
        ),
    )
    assert r.status_code == 302, teks(r)
    lama = p.visi
    p.refresh_from_db()
    assert p.visi == "Visi baru" and p.dasar_hukum == "Perwa 1/2021"
    assert p.tanggal_penetapan == datetime.date(2021, 9, 15) and p.penandatangan == inspektur
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.UBAH and j.objek == "periode"
    assert j.lama["visi"] == lama and j.baru["visi"] == "Visi baru"
    assert j.lama["tanggal_penetapan"] == "2021-09-10"
    assert j.baru["tanggal_penetapan"] == "2021-09-15"
    assert j.baru["penandatangan_id"] == inspektur.pk
    assert j.opd.slug == "disnakerind-tebing-tinggi"


def test_it_offers_the_officials_of_the_opd_and_its_pemda(masuk):
    p = _periode()
    klien = masuk("operator-tebing")
    isi = teks(klien.get(url_periode(p)))
    assert "Ir. Iboy Hutapea" in isi and "H. Kamlan" in isi
    lain = Pejabat.objects.exclude(pemda=p.pemda).first()
    assert lain.nama not in isi
    r = klien.post(url_periode(p), data_periode(p, penandatangan=lain.pk))
    assert r.status_code == 200
    p.refresh_from_db()
    assert p.penandatangan_id != lain.pk


def test_it_refuses_a_save_over_another_users_change(masuk):
    p = _periode()
    data = data_periode(p, visi="Visi saya")
    Periode.objects.filter(pk=p.pk).update(visi="Visi orang lain")
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(url_periode(p), data)
    assert r.status_code == 200
    assert "telah diubah oleh pengguna lain" in teks(r)
    p.refresh_from_db()
    assert p.visi == "Visi orang lain"
    assert jejak_baru(sebelum) == []


def test_it_refuses_when_locked(masuk):
    p = _periode()
    kunci(p.tahun_awal, Dokumen.RENSTRA, Tahap.DISETUJUI)
    klien = masuk("operator-tebing")
    r = klien.get(url_periode(p))
    assert r.status_code == 200 and "terkunci" in teks(r) and "Simpan</button>" not in teks(r)
    sebelum = jejak_terakhir()
    assert klien.post(url_periode(p), data_periode(p, visi="X")).status_code == 403
    assert jejak_baru(sebelum) == []


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    p = _periode()
    klien = masuk(pengguna)
    r = klien.get(url_periode(p))
    assert r.status_code == 200 and "Hanya operator OPD ini" in teks(r)
    assert klien.post(url_periode(p), data_periode(p, visi="X")).status_code == 403
    p.refresh_from_db()
    assert p.visi != "X"


def test_it_checks_access(masuk, client):
    p = _periode()
    for pengguna in ("operator-jambi", "publik-tebing"):
        lain = masuk(pengguna)
        assert lain.get(url_periode(p)).status_code == 404
        assert lain.post(url_periode(p), data_periode(p, visi="X")).status_code == 404
    r = client.get(url_periode(p))
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    r = client.post(url_periode(p), data_periode(p, visi="X"))
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    # A Pemda-level period (RPJMD) is not an OPD operator's to edit (only to read).
    rpjmd = Periode.objects.get(kode="rpjmd-2017-2022", pemda__slug="kota-tebing-tinggi")
    operator = masuk("operator-tebing")
    r = operator.get(url_periode(rpjmd))
    assert r.status_code == 200 and "Hanya Admin Pemda" in teks(r)
    assert operator.post(url_periode(rpjmd), data_periode(rpjmd, visi="X")).status_code == 403


def test_the_entry_page_links_to_it(masuk):
    p = _periode()
    isi = teks(masuk("operator-tebing").get("/opd/disnakerind-tebing-tinggi/rencana/"))
    assert url_periode(p) in isi and "ubah periode dan visi" in isi
