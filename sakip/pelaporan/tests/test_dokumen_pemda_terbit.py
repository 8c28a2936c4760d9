"""Approving a Pemda document: only its Admin Pemda may; the files are kept as approved
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


def test_the_admin_approves_and_the_public_downloads(masuk):
    admin = masuk("admin-jambi")
    tamu = Client()
    assert tamu.get(UNDUH).status_code == 404  # a draft is not public
    r = admin.post(LANGKAH, {"langkah": "setujui"}, follow=True)
    assert "Perjanjian Kinerja Kepala Daerah 2024 disetujui dan terbit." in r.text
    status = StatusDokumenPemda.objects.get(pemda__slug="kota-jambi", tahun=2024, dokumen="pk")
    assert status.tahap == Tahap.DISETUJUI
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
    assert jejak.uraian == "Perjanjian Kinerja Kepala Daerah 2024: Draf → Disetujui"


def test_reopening_needs_a_reason_and_unpublishes(masuk):
    admin = masuk("admin-jambi")
    admin.post(LANGKAH, {"langkah": "setujui"})
    r = admin.post(LANGKAH, {"langkah": "buka", "alasan": " "}, follow=True)
    assert "memerlukan alasan" in r.text
    admin.post(LANGKAH, {"langkah": "buka", "alasan": "Target direvisi."})
    status = StatusDokumenPemda.objects.get(pemda__slug="kota-jambi", tahun=2024, dokumen="pk")
    assert status.tahap == Tahap.DRAF and status.pdf is None
    assert Client().get(UNDUH).status_code == 404
    assert "DRAF" in _teks(admin.get(UNDUH))
    assert Jejak.objects.filter(alasan="Target direvisi.").exists()


def test_only_the_admin_pemda_approves(masuk, client):
    for username, kode in (("inspektorat-jambi", 403), ("operator-jambi", 403)):
        assert masuk(username).post(LANGKAH, {"langkah": "setujui"}).status_code == kode
    assert masuk("admin-tebing").post(LANGKAH, {"langkah": "setujui"}).status_code == 404
    assert client.post(LANGKAH, {"langkah": "setujui"}).status_code == 302  # to the login
    assert not StatusDokumenPemda.objects.exists()
    assert masuk("admin-jambi").get(LANGKAH).status_code == 404  # POST only
