"""Recording a quarter's financial and physical realisation for a sub kegiatan."""

from django.db import transaction

from sakip.jejak.catat import asal_bagian, simpan, teks_nilai

from .aturan import alasan_pagu, alasan_tumpang_bulan, pagu_berlaku
from .models import RealisasiFisik, RealisasiKeuangan


def bulan_triwulan(triwulan):
    return 3 * triwulan - 2, 3 * triwulan


def periksa(sub, triwulan, keuangan):
    """Problems (in Indonesian) that recording `keuangan` for `triwulan` would cause."""
    awal, akhir = bulan_triwulan(triwulan)
    # The quarter's own entry is the one being replaced.
    lain = [
        (r.bulan_awal, r.bulan_akhir, r.nilai)
        for r in sub.realisasi_keuangan_set.all()
        if (r.bulan_awal, r.bulan_akhir) != (awal, akhir)
    ]
    masalah = [
        alasan_tumpang_bulan(awal, akhir, [e[:2] for e in lain]),
        alasan_pagu(sub.pagu_berlaku, [*lain, (awal, akhir, keuangan)]),
    ]
    return [m for m in masalah if m]


def periksa_pagu(sub, pagu, pagu_perubahan):
    """Problems of setting a sub kegiatan's budget: the budget in force may not fall below
    what is already recorded as spent."""
    if not sub.pk:
        return []
    entri = [(r.bulan_awal, r.bulan_akhir, r.nilai) for r in sub.realisasi_keuangan_set.all()]
    pesan = alasan_pagu(pagu_berlaku(pagu, pagu_perubahan), entri)
    return [pesan] if pesan else []


def _keuangan(sub, triwulan):
    awal, akhir = bulan_triwulan(triwulan)
    return RealisasiKeuangan.objects.filter(
        sub_kegiatan=sub, bulan_awal=awal, bulan_akhir=akhir
    ).first() or RealisasiKeuangan(sub_kegiatan=sub, bulan_awal=awal, bulan_akhir=akhir)


def _fisik(sub, triwulan):
    return RealisasiFisik.objects.filter(
        sub_kegiatan=sub, triwulan=triwulan
    ).first() or RealisasiFisik(sub_kegiatan=sub, triwulan=triwulan)


def asal_realisasi(sub):
    """What the realisation form stands on, per quarter ("1".."4"): the stored money and
    physical progress of that quarter (None when not recorded), for optimistic locking.
    Two queries: the sub kegiatan's entries are read once, not per quarter."""
    keuangan = {}
    for r in sub.realisasi_keuangan_set.all():
        keuangan.setdefault((r.bulan_awal, r.bulan_akhir), r.nilai)  # first, as `_keuangan`
    fisik = {f.triwulan: f.persen for f in sub.realisasi_fisik_set.all()}
    return {
        str(q): {
            "nilai": teks_nilai(keuangan.get(bulan_triwulan(q))),
            "persen": teks_nilai(fisik.get(q)),
        }
        for q in range(1, 5)
    }


@transaction.atomic
def catat(pengguna, sub, triwulan, keuangan, fisik, asal=None):
    """Record the quarter's money and physical progress, one audit record per change.
    `asal` is `asal_realisasi` as the form showed it; a change since raises `Konflik` and
    nothing is written."""
    uraian = f"{sub.kode} triwulan {triwulan} {sub.tahun}"
    semula = asal_bagian(asal, str(triwulan), f"Realisasi {uraian}")
    simpan(
        pengguna,
        _keuangan(sub, triwulan),
        {"nilai": keuangan},
        uraian=f"Realisasi keuangan {uraian}",
        opd=sub.opd,
        asal=None if semula is None else {"nilai": semula.get("nilai")},
    )
    simpan(
        pengguna,
        _fisik(sub, triwulan),
        {"persen": fisik},
        uraian=f"Realisasi fisik {uraian}",
        opd=sub.opd,
        asal=None if semula is None else {"persen": semula.get("persen")},
    )
