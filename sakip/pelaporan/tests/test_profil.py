"""The OPD profile page (Bab I of every LKjIP): its operator saves it through the trail;
others read it or are refused; a document with the verifier locks it."""

import json

from sakip.alur.models import StatusDokumen
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pelaporan.models import ProfilOPD

SLUG = "disnakerind-tebing-tinggi"
URL = f"/opd/{SLUG}/profil/"


def _isian(r, **ubah):
    """What the form shows, with `ubah` typed over it."""
    bidang = {b.name: b.value() or "" for b in r.context["form"]}
    return {**bidang, **ubah, "asal": r.context["asal_json"]}


def test_the_operator_saves_the_profile_with_one_audit_record(masuk):
    c = masuk("operator-tebing")
    r = c.get(URL)
    assert r.status_code == 200
    assert "Undang-Undang Nomor 23 Tahun 2014" in r.text  # the demo's legal basis
    jejak = Jejak.objects.count()
    r = c.post(URL, _isian(r, pegawai="Jumlah pegawai: 27 orang"))
    assert r.status_code == 302
    profil = ProfilOPD.objects.get(opd__slug=SLUG)
    assert profil.pegawai == "Jumlah pegawai: 27 orang"
    assert Jejak.objects.count() == jejak + 1
    j = Jejak.objects.latest("id")
    assert j.uraian == "Profil OPD Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi"
    assert j.baru == {**j.lama, "pegawai": "Jumlah pegawai: 27 orang"}  # lama: the values before


def test_a_first_profile_is_created_and_an_empty_form_creates_none(masuk):
    ProfilOPD.objects.all().delete()
    c = masuk("operator-tebing")
    r = c.get(URL)
    assert r.context["asal_json"] == "null"
    kosong = _isian(r)
    assert c.post(URL, kosong).status_code == 302
    assert not ProfilOPD.objects.exists()
    assert c.post(URL, {**kosong, "latar_belakang": "Latar."}).status_code == 302
    assert ProfilOPD.objects.get(opd__slug=SLUG).latar_belakang == "Latar."


def test_a_change_made_meanwhile_is_a_conflict(masuk):
    c = masuk("operator-tebing")
    r = c.get(URL)
    ProfilOPD.objects.filter(opd__slug=SLUG).update(isu_strategis="Diubah orang lain.")
    r = c.post(URL, _isian(r, isu_strategis="Punya saya."))
    assert r.status_code == 200
    assert "telah diubah oleh pengguna lain" in r.text
    assert ProfilOPD.objects.get(opd__slug=SLUG).isu_strategis == "Diubah orang lain."


def test_the_pemda_admin_reads_but_may_not_save(masuk):
    c = masuk("admin-tebing")
    r = c.get(URL)
    assert r.status_code == 200
    assert "Hanya operator OPD ini yang dapat mengubah profilnya." in r.text
    assert c.post(URL, _isian(r, pegawai="x")).status_code == 403


def test_another_opds_user_and_anonymous_are_refused(masuk, client):
    assert masuk("operator-jambi").get(URL).status_code == 404
    assert masuk("operator-jambi").post(URL, {"pegawai": "x", "asal": "{}"}).status_code == 404
    r = client.post(URL, {"pegawai": "x", "asal": "{}"})
    assert r.status_code == 302  # to the login page
    assert ProfilOPD.objects.get(opd__slug=SLUG).pegawai != "x"


def test_an_lkjip_with_the_verifier_locks_the_profile(masuk):
    opd = OPD.objects.get(slug=SLUG)
    StatusDokumen.objects.update_or_create(
        opd=opd, tahun=2022, dokumen="lkjip", defaults={"tahap": "diajukan"}
    )
    c = masuk("operator-tebing")
    r = c.get(URL)
    assert "LKjIP 2022 berstatus Diajukan" in r.text
    asal = json.loads(r.context["asal_json"])
    assert c.post(URL, {**asal, "asal": r.context["asal_json"]}).status_code == 403
