"""Submitting data with gaps without a written reason is refused with an Indonesian
message, and nothing changes: the document stays a draft, no audit record, no mail. The
gaps are counted again when the step is taken, whatever the page showed."""

from django.core import mail

from sakip.alur.models import StatusDokumen
from sakip.jejak.models import Jejak

from .kelengkapan_bantu import HALAMAN, isi, lengkapi

PESAN = (
    "Data Triwulan I 2025 masih memiliki 20 kekurangan. Tuliskan alasan mengajukannya "
    "sebelum lengkap, atau lengkapi datanya dahulu."
)


def _ajukan(klien, alasan, dokumen="tw1"):
    return klien.post(f"{HALAMAN}{dokumen}/", {"langkah": "ajukan", "alasan": alasan}, follow=True)


def _tidak_berubah(dokumen="tw1"):
    assert not StatusDokumen.objects.filter(dokumen=dokumen, tahap="diajukan").exists()
    assert not Jejak.objects.filter(tindakan=Jejak.Tindakan.ALUR).exists()


def test_a_submission_with_gaps_and_no_reason_is_refused(masuk, django_capture_on_commit_callbacks):
    operator = masuk("operator-ppu")
    with django_capture_on_commit_callbacks(execute=True):
        for alasan in ("", "   \n "):
            r = _ajukan(operator, alasan)
            assert r.status_code == 200
            assert PESAN in r.content.decode()
    # Back on the document's page, with its summary.
    assert r.redirect_chain[-1][0] == f"{HALAMAN}tw1/"
    assert "Indikator tanpa nilai (10)" in r.content.decode()
    _tidak_berubah()
    assert mail.outbox == []


def test_gaps_that_appear_after_the_page_was_opened_still_need_a_reason(masuk):
    lengkapi(1)
    operator = masuk("operator-ppu")
    halaman = operator.get(f"{HALAMAN}tw1/").content.decode()
    assert "Tidak ada kekurangan" in halaman and 'name="alasan"' not in halaman
    # Someone empties a value meanwhile: the step counts the gaps again.
    isi(1, {"koperasi-aktif": None})
    r = _ajukan(operator, "")
    assert "Data Triwulan I 2025 masih memiliki 1 kekurangan." in r.content.decode()
    _tidak_berubah()
