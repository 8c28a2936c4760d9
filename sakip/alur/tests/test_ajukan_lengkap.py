"""Data without gaps is submitted with the confirmation alone: the page says nothing is
missing and asks no reason, and the step needs none."""

from sakip.alur.models import StatusDokumen
from sakip.jejak.models import Jejak

from .kelengkapan_bantu import HALAMAN, lengkapi


def test_a_complete_quarter_is_submitted_without_a_reason(masuk):
    lengkapi(1)
    operator = masuk("operator-ppu")
    halaman = operator.get(f"{HALAMAN}tw1/").content.decode()
    assert "Tidak ada kekurangan: datanya lengkap." in halaman
    assert "Nilai Triwulan I 2025</a>: 10 dari 10 indikator terisi" in halaman
    assert 'name="alasan"' not in halaman
    assert operator.post(f"{HALAMAN}tw1/", {"langkah": "ajukan"}).status_code == 302
    status = StatusDokumen.objects.get(opd__slug="dkukmperindag-ppu", tahun=2025, dokumen="tw1")
    assert (status.tahap, status.alasan_kekurangan) == ("diajukan", "")
    j = Jejak.objects.get(tindakan=Jejak.Tindakan.ALUR)
    assert (j.uraian, j.alasan) == ("Data Triwulan I 2025: Draf → Diajukan", "")


def test_a_perjanjian_kinerja_with_every_target_needs_no_reason(masuk):
    # PPU's PK 2025: its ten IKU have their 2025 targets and the review has no error.
    operator = masuk("operator-ppu")
    assert "Tidak ada kekurangan" in operator.get(f"{HALAMAN}pk/").content.decode()
    operator.post(f"{HALAMAN}pk/", {"langkah": "ajukan"})
    assert StatusDokumen.objects.get(opd__slug="dkukmperindag-ppu", dokumen="pk").tahap == (
        "diajukan"
    )
