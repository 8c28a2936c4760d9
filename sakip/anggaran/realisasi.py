"""Recording a quarter's financial and physical realisation for a sub kegiatan."""

from django.db import transaction

from sakip.jejak.catat import asal_bagian, simpan, teks_nilai
from sakip.kinerja.anggaran import realisasi_tahunan
from sakip.kinerja.angka import format_rupiah

from .models import ProgramKegiatan, RealisasiFisik, RealisasiKeuangan

NAMA_BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def bulan_triwulan(triwulan):
    return 3 * triwulan - 2, 3 * triwulan


def periksa(sub, triwulan, keuangan):
    """Problems (in Indonesian) that recording `keuangan` for `triwulan` would cause."""
    awal, akhir = bulan_triwulan(triwulan)
    masalah = []
    lain = []
    for r in sub.realisasi_keuangan_set.all():
        if (r.bulan_awal, r.bulan_akhir) == (awal, akhir):
            continue
        if r.bulan_awal <= akhir and r.bulan_akhir >= awal:
            masalah.append(
                f"Realisasi {NAMA_BULAN[r.bulan_awal - 1]}–{NAMA_BULAN[r.bulan_akhir - 1]} sudah "
                f"tercatat sebagai satu rentang ({format_rupiah(r.nilai)}) yang mencakup triwulan "
                "ini; angka triwulan ini tidak dapat dipisahkan darinya."
            )
        lain.append((r.bulan_awal, r.bulan_akhir, r.nilai))
    total = realisasi_tahunan([*lain, (awal, akhir, keuangan)])
    if sub.pagu_berlaku is not None and total > sub.pagu_berlaku:
        masalah.append(
            f"Total realisasi setahun menjadi {format_rupiah(total)}, melebihi pagu "
            f"{format_rupiah(sub.pagu_berlaku)}."
        )
    return masalah


def periksa_pagu(sub, pagu, pagu_perubahan):
    """Problems of setting a sub kegiatan's budget: the budget in force may not fall below
    what is already recorded as spent."""
    berlaku = ProgramKegiatan(pagu=pagu, pagu_perubahan=pagu_perubahan).pagu_berlaku
    if not sub.pk or berlaku is None:
        return []
    total = realisasi_tahunan(
        (r.bulan_awal, r.bulan_akhir, r.nilai) for r in sub.realisasi_keuangan_set.all()
    )
    if total <= berlaku:
        return []
    return [
        f"Pagu yang berlaku ({format_rupiah(berlaku)}) lebih kecil dari realisasi keuangan "
        f"yang sudah tercatat ({format_rupiah(total)})."
    ]


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
    physical progress of that quarter (None when not recorded), for optimistic locking."""
    return {
        str(q): {
            "nilai": teks_nilai(_keuangan(sub, q).nilai),
            "persen": teks_nilai(_fisik(sub, q).persen),
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
