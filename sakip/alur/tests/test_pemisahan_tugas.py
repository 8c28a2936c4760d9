"""Separation of duties: whoever submitted a document may neither verify nor approve it,
and whoever verified it may not approve it, even when one account holds every role."""

import importlib

from django.apps import apps
from django.test import Client

from sakip.akun.models import Pengguna, Peran
from sakip.alur.models import StatusDokumen
from sakip.alur.tugas import tugas
from sakip.alur.ubah import jalankan
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import KATA_SANDI_DEMO

SLUG = "dkukmperindag-ppu"
HALAMAN = f"/opd/{SLUG}/alur/2025/"
SENDIRI_AJUKAN = "Anda yang mengajukan dokumen ini"
SENDIRI_VERIFIKASI = "Anda yang memverifikasi dokumen ini"
AJUKAN = "Realisasi menyusul dari bidang."


def _opd():
    return OPD.objects.get(slug=SLUG)


def _beri(username, *jenis):
    pengguna = Pengguna.objects.get(username=username)
    for j in jenis:
        Peran.objects.create(pengguna=pengguna, jenis=j, pemda=_opd().pemda, opd=_opd())
    return pengguna


def langkah(klien, nama, dokumen="tw4", alasan=""):
    # The demo's quarters have gaps: a submission gives its reason.
    alasan = alasan or (AJUKAN if nama == "ajukan" else "")
    return klien.post(f"{HALAMAN}{dokumen}/", {"langkah": nama, "alasan": alasan})


def tahap(dokumen="tw4"):
    return StatusDokumen.objects.get(opd__slug=SLUG, tahun=2025, dokumen=dokumen).tahap


def baris(klien, dokumen="tw4"):
    r = klien.get(HALAMAN)
    assert r.status_code == 200
    return next(b for b in r.context["baris"] if b["dokumen"] == dokumen), r.text


def test_one_account_with_every_role_cannot_push_a_document_to_disetujui(masuk):
    _beri("admin-ppu", Peran.Jenis.OPERATOR_OPD, Peran.Jenis.KEPALA_OPD)
    admin = masuk("admin-ppu")
    assert langkah(admin, "ajukan").status_code == 302
    assert tahap() == "diajukan"
    r = langkah(admin, "verifikasi")
    assert r.status_code == 403
    assert f"{SENDIRI_AJUKAN}, jadi tidak dapat memverifikasinya sendiri." in r.text
    assert tahap() == "diajukan"
    assert Jejak.objects.count() == 1
    # The page tells why instead of offering the button.
    b, teks = baris(admin)
    assert [n for n, *_ in b["langkah"]] == ["kembalikan"]
    assert [lk.label for lk, _ in b["terhalang"]] == ["Verifikasi"]
    assert "Verifikasi: Anda yang mengajukan dokumen ini" in teks
    assert "Diajukan oleh admin-ppu" in teks


def test_the_submitter_cannot_approve(masuk):
    _beri("operator-ppu", Peran.Jenis.KEPALA_OPD)
    operator = masuk("operator-ppu")
    langkah(operator, "ajukan")
    langkah(masuk("admin-ppu"), "verifikasi")
    assert tahap() == "diverifikasi"
    r = langkah(operator, "setujui")
    assert r.status_code == 403
    assert f"{SENDIRI_AJUKAN}, jadi tidak dapat menyetujuinya sendiri." in r.text
    assert tahap() == "diverifikasi"
    b, _ = baris(operator)
    assert [n for n, *_ in b["langkah"]] == ["kembalikan"]
    # Someone else approves.
    assert langkah(masuk("kepala-ppu"), "setujui").status_code == 302
    assert tahap() == "disetujui"


def test_the_verifier_cannot_approve(masuk):
    _beri("admin-ppu", Peran.Jenis.KEPALA_OPD)
    admin = masuk("admin-ppu")
    langkah(masuk("operator-ppu"), "ajukan")
    assert langkah(admin, "verifikasi").status_code == 302
    r = langkah(admin, "setujui")
    assert r.status_code == 403
    assert f"{SENDIRI_VERIFIKASI}, jadi tidak dapat menyetujuinya sendiri." in r.text
    assert tahap() == "diverifikasi"
    _, teks = baris(admin)
    assert "Setujui: Anda yang memverifikasi dokumen ini" in teks
    assert "Diverifikasi oleh admin-ppu" in teks
    langkah(masuk("kepala-ppu"), "setujui")
    status = StatusDokumen.objects.get(opd__slug=SLUG, tahun=2025, dokumen="tw4")
    assert (status.tahap, status.diajukan_oleh.username, status.diverifikasi_oleh.username) == (
        "disetujui",
        "operator-ppu",
        "admin-ppu",
    )


def test_it_holds_for_a_superuser_too(demo):
    super_ = Pengguna.objects.create_superuser("super", password=KATA_SANDI_DEMO)
    klien = Client()
    klien.force_login(super_)
    langkah(klien, "ajukan")
    assert langkah(klien, "verifikasi").status_code == 403
    assert tahap() == "diajukan"


def test_the_admin_still_reopens_what_they_verified(masuk):
    admin = masuk("admin-ppu")
    langkah(masuk("operator-ppu"), "ajukan")
    langkah(admin, "verifikasi")
    langkah(masuk("kepala-ppu"), "setujui")
    assert langkah(admin, "buka", alasan="Perubahan APBD").status_code == 302
    status = StatusDokumen.objects.get(opd__slug=SLUG, tahun=2025, dokumen="tw4")
    assert (status.tahap, status.diajukan_oleh, status.diverifikasi_oleh) == ("draf", None, None)


def test_a_new_submission_starts_the_duties_afresh(masuk):
    # The operator-and-kepala submits, the document is returned, another operator
    # resubmits: now the first may approve it.
    _beri("operator-ppu", Peran.Jenis.KEPALA_OPD)
    kedua = Pengguna.objects.create_user("operator-dua", password=KATA_SANDI_DEMO)
    Peran.objects.create(
        pengguna=kedua, jenis=Peran.Jenis.OPERATOR_OPD, pemda=_opd().pemda, opd=_opd()
    )
    operator, admin = masuk("operator-ppu"), masuk("admin-ppu")
    langkah(operator, "ajukan")
    langkah(admin, "kembalikan", alasan="Lampiran belum ada")
    langkah(masuk("operator-dua"), "ajukan")
    langkah(admin, "verifikasi")
    assert langkah(operator, "setujui").status_code == 302
    assert tahap() == "disetujui"


def test_the_submitter_is_not_given_their_own_document_as_a_task(masuk):
    admin = _beri("admin-ppu", Peran.Jenis.OPERATOR_OPD)
    jalankan(admin, _opd(), 2025, "tw4", "ajukan", AJUKAN)
    # It waits for another Admin Pemda's verification; the submitter may only return it.
    assert "tw4" not in [t.dokumen for t in tugas(admin, hari_ini=None)]


def test_the_migration_takes_documents_under_way_from_the_trail(masuk):
    operator, admin = (Pengguna.objects.get(username=u) for u in ("operator-ppu", "admin-ppu"))
    jalankan(operator, _opd(), 2025, "tw3", "ajukan", AJUKAN)
    jalankan(admin, _opd(), 2025, "tw3", "verifikasi")
    jalankan(operator, _opd(), 2025, "tw2", "ajukan", AJUKAN)
    jalankan(admin, _opd(), 2025, "tw2", "kembalikan", "Belum lengkap")
    # As the documents were before the migration: nobody recorded.
    StatusDokumen.objects.update(diajukan_oleh=None, diverifikasi_oleh=None)
    migrasi = importlib.import_module("sakip.alur.migrations.0002_pelaku_langkah")
    migrasi.isi_dari_jejak(apps, None)
    pelaku = {
        s.dokumen: (s.diajukan_oleh_id, s.diverifikasi_oleh_id) for s in StatusDokumen.objects.all()
    }
    assert pelaku == {"tw3": (operator.pk, admin.pk), "tw2": (None, None)}
