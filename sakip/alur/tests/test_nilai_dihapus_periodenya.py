"""A quarterly value deleted on the entry page keeps, in its audit record, the indicator and
the period it belonged to: the changes since the last approval list it under its own
document only, not under every document of the OPD."""

from decimal import Decimal

from sakip.jejak.models import Jejak

from .kelengkapan_bantu import HALAMAN, IKU_PPU, isi
from .test_bahan_keputusan import _diverifikasi, _jalan


def test_a_deleted_value_is_listed_under_its_own_quarter_only(masuk):
    isi(1, {"koperasi-aktif": Decimal("12.5")})
    isi(2, {"koperasi-aktif": Decimal("15")})
    _diverifikasi(masuk)
    _jalan(masuk, ("kepala-ppu", "setujui"), ("admin-ppu", "buka", "Koreksi realisasi koperasi."))
    isi(2, {"koperasi-aktif": None})  # Triwulan II's value deleted: not Triwulan I's change
    isi(1, {"koperasi-aktif": None})
    [tw2, tw1] = Jejak.objects.filter(tindakan=Jejak.Tindakan.HAPUS).order_by("id")
    assert tw2.lama["tahun"] == 2025 and tw2.lama["triwulan"] == 2
    assert tw2.lama["nilai"] == "15" and tw2.lama["indikator_id"] == tw1.lama["indikator_id"]
    _diverifikasi(masuk)
    bahan = masuk("kepala-ppu").get(f"{HALAMAN}tw1/").context["bahan"]
    [p] = bahan.perubahan
    assert p.jejak.pk == tw1.pk
    assert p.jejak.uraian == f"{IKU_PPU[0]} 2025 Triwulan I"
    # The audit trail names the indicator and the quarter, not their keys.
    assert ("Triwulan", "Triwulan I", "–") in p.rincian
    assert ("Indikator", IKU_PPU[0], "–") in p.rincian
    assert ("Nilai", "12,5", "–") in p.rincian
