"""Submitting data with gaps and a reason: the document is submitted, the reason is kept
with it and shown to the verifier and to the Kepala (on the document's page, the workflow
list and in the mail), and audited; it goes when the document comes back to the operator."""

import pytest
from django.core import mail

from sakip.alur.models import StatusDokumen
from sakip.jejak.models import Jejak

from .kelengkapan_bantu import HALAMAN

ALASAN = "Realisasi Triwulan I belum diterima dari bidang perdagangan."


@pytest.fixture
def langkah(masuk, django_capture_on_commit_callbacks):
    def jalan(username, nama, alasan=""):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            r = masuk(username).post(f"{HALAMAN}tw1/", {"langkah": nama, "alasan": alasan})
        assert r.status_code == 302
        return list(mail.outbox)

    return jalan


def _status():
    return StatusDokumen.objects.get(opd__slug="dkukmperindag-ppu", tahun=2025, dokumen="tw1")


def test_the_reason_is_kept_shown_and_audited(langkah, masuk):
    [surat] = langkah("operator-ppu", "ajukan", f"  {ALASAN}  ")
    status = _status()
    assert (status.tahap, status.alasan_kekurangan) == ("diajukan", ALASAN)
    j = Jejak.objects.get(tindakan=Jejak.Tindakan.ALUR)
    assert (j.nama_pengguna, j.alasan, j.baru) == ("operator-ppu", ALASAN, {"tahap": "diajukan"})
    assert j.uraian == "Data Triwulan I 2025: Draf → Diajukan, dengan 20 kekurangan"
    assert f"Alasan: {ALASAN}" in surat.body

    kotak = f"<strong>Diajukan dengan kekurangan. Alasan operator:</strong> {ALASAN}"
    assert kotak in masuk("admin-ppu").get(f"{HALAMAN}tw1/").content.decode()
    assert f"Diajukan dengan kekurangan. Alasan operator: {ALASAN}" in (
        masuk("admin-ppu").get(HALAMAN).content.decode()
    )
    langkah("admin-ppu", "verifikasi")
    # Verifying keeps it for the Kepala.
    assert _status().alasan_kekurangan == ALASAN
    assert kotak in masuk("kepala-ppu").get(f"{HALAMAN}tw1/").content.decode()
    assert "Diverifikasi (diajukan dengan kekurangan): kembalikan atau setujui" in (
        masuk("kepala-ppu").get("/").content.decode()
    )


def test_the_reason_goes_when_the_document_comes_back(langkah):
    langkah("operator-ppu", "ajukan", ALASAN)
    langkah("admin-ppu", "kembalikan", "Lengkapi dahulu realisasinya.")
    status = _status()
    assert (status.tahap, status.alasan_kekurangan) == ("dikembalikan", "")
    assert status.alasan == "Lengkapi dahulu realisasinya."
