"""Approving a Pemda document: one Admin Pemda submits it, another approves it (never the
one who submitted it); the files are kept as approved
(a later change to the data leaves them as they were) and anyone may download them (the
portal's Pemda page lists them: `portal/tests/test_portal_dokumen_pemda.py`); reopening
(with a reason) makes it a draft again, off the portal. Every step is audited."""

from django.test import Client

from sakip.alur.models import StatusDokumenPemda, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Target

from .baca_pdf import halaman

DAFTAR = "/pemda/kota-jambi/dokumen/2024/"
LANGKAH = DAFTAR + "pk/langkah/"
UNDUH = DAFTAR + "pk.pdf"


def _teks(r):
    return " ".join(halaman(r.content))


def _status():
    return StatusDokumenPemda.objects.get(pemda__slug="kota-jambi", tahun=2024, dokumen="pk")


def test_one_admin_submits_another_approves_and_the_public_downloads(masuk, admin_kedua):
    admin = masuk("admin-jambi")
    tamu = Client()
    assert tamu.get(UNDUH).status_code == 404  # a draft is not public
    assert admin.post(LANGKAH, {"langkah": "setujui"}).status_code == 302  # not submitted
    assert not StatusDokumenPemda.objects.filter(tahap=Tahap.DISETUJUI).exists()
    r = admin.post(LANGKAH, {"langkah": "ajukan"}, follow=True)
    assert "Admin Pemda lain yang menyetujuinya" in r.text
    assert "Diajukan oleh admin-jambi" in admin.get(DAFTAR).text
    assert tamu.get(UNDUH).status_code == 404  # submitted is not public either
    admin_kedua("kota-jambi")
    r = masuk("admin2-jambi").post(LANGKAH, {"langkah": "setujui"}, follow=True)
    assert "Perjanjian Kinerja Kepala Daerah 2024 disetujui dan terbit." in r.text
    status = _status()
    assert status.tahap == Tahap.DISETUJUI and status.disetujui_oleh.username == "admin2-jambi"
    terbit = tamu.get(UNDUH)
    assert terbit.status_code == 200
    teks = _teks(terbit)
    assert "DRAF" not in teks and "63,25%" in teks  # TPAK's 2024 target
    # The approved files stay as approved: a later change of the target is not in them.
    Target.objects.filter(indikator__nama="Tingkat Partisipasi Angkatan Kerja", tahun=2024).update(
        nilai=70
    )
    assert "63,25%" in _teks(tamu.get(UNDUH))
    jejak = Jejak.objects.filter(objek="status dokumen Pemda").latest("pk")
    assert jejak.uraian == "Perjanjian Kinerja Kepala Daerah 2024: Diajukan → Disetujui"
    assert jejak.pengguna.username == "admin2-jambi"


def test_the_admin_who_submitted_it_may_not_approve_it(masuk, admin_kedua):
    admin = masuk("admin-jambi")
    admin.post(LANGKAH, {"langkah": "ajukan"})
    r = admin.post(LANGKAH, {"langkah": "setujui"})
    assert r.status_code == 403
    assert "Anda yang mengajukan dokumen ini, jadi tidak dapat menyetujuinya sendiri." in r.text
    assert _status().tahap == Tahap.DIAJUKAN
    assert "Setujui dan terbitkan" not in admin.get(DAFTAR).text
    admin_kedua("kota-jambi")
    assert "Setujui dan terbitkan" in masuk("admin2-jambi").get(DAFTAR).text


def test_reopening_needs_a_reason_and_unpublishes(masuk, admin_kedua):
    admin = masuk("admin-jambi")
    admin.post(LANGKAH, {"langkah": "ajukan"})
    admin_kedua("kota-jambi")
    masuk("admin2-jambi").post(LANGKAH, {"langkah": "setujui"})
    r = admin.post(LANGKAH, {"langkah": "buka", "alasan": " "}, follow=True)
    assert "memerlukan alasan" in r.text
    admin.post(LANGKAH, {"langkah": "buka", "alasan": "Target direvisi."})
    status = _status()
    assert status.tahap == Tahap.DRAF and status.pdf is None and status.diajukan_oleh is None
    assert Client().get(UNDUH).status_code == 404
    assert "DRAF" in _teks(admin.get(UNDUH))
    assert Jejak.objects.filter(alasan="Target direvisi.").exists()


def test_only_the_admin_pemda_submits_and_approves(masuk, client):
    for langkah in ("ajukan", "setujui"):
        for username in ("inspektorat-jambi", "operator-jambi", "kepala-jambi"):
            assert masuk(username).post(LANGKAH, {"langkah": langkah}).status_code == 403
        assert masuk("admin-tebing").post(LANGKAH, {"langkah": langkah}).status_code == 404
        assert client.post(LANGKAH, {"langkah": langkah}).status_code == 302  # to the login
    assert not StatusDokumenPemda.objects.exists()
    assert masuk("admin-jambi").get(LANGKAH).status_code == 404  # POST only
