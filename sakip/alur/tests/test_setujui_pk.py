"""Approving a Perjanjian Kinerja that was never set takes its target snapshot, so the
approved PK keeps printing the targets it was approved with (issue 13)."""

from decimal import Decimal

from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pengukuran.pk import tetapkan_pk
from sakip.perencanaan.models import PerjanjianKinerja, Target

from .test_langkah_view import SLUG, langkah, tahap


def _setujui(masuk):
    for username, nama in (("operator", "ajukan"), ("admin", "verifikasi"), ("kepala", "setujui")):
        assert langkah(masuk(f"{username}-ppu"), nama, dokumen="pk").status_code == 302
    assert tahap("pk") == "disetujui"


def test_approving_a_pk_never_set_takes_its_snapshot(masuk):
    assert not PerjanjianKinerja.objects.filter(opd__slug=SLUG, tahun=2025).exists()
    _setujui(masuk)
    [pk] = PerjanjianKinerja.objects.filter(opd__slug=SLUG, tahun=2025)
    assert pk.versi == 1
    target = {t.indikator.kode: t.nilai for t in pk.target_set.select_related("indikator")}
    # The ten IKU of the Renstra 2024–2026 with their 2025 targets (IKU 2025, seed 001).
    assert len(target) == 10
    assert target["koperasi-aktif"] == Decimal("41")
    assert target["umkm-naik-kelas"] == Decimal("60")
    dibuat = Jejak.objects.filter(objek="perjanjian kinerja", tindakan=Jejak.Tindakan.BUAT)
    assert [(j.nama_pengguna, j.uraian) for j in dibuat] == [
        ("kepala-ppu", "Perjanjian Kinerja 2025 versi 1")
    ]
    # What the plan says later does not reach the approved snapshot.
    Target.objects.filter(indikator__kode="koperasi-aktif", tahun=2025).update(nilai=55)
    assert pk.target_set.get(indikator__kode="koperasi-aktif").nilai == Decimal("41")


def test_approving_a_pk_already_set_keeps_its_versions(masuk):
    tetapkan_pk(OPD.objects.get(slug=SLUG), 2025)
    _setujui(masuk)
    assert [p.versi for p in PerjanjianKinerja.objects.filter(opd__slug=SLUG, tahun=2025)] == [1]
