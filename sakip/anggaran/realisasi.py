"""Recording a quarter's financial and physical realisation for a sub kegiatan."""

from django.db import transaction

from sakip.jejak.catat import simpan
from sakip.kinerja.anggaran import realisasi_tahunan
from sakip.kinerja.angka import format_rupiah

from .models import RealisasiFisik, RealisasiKeuangan

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


@transaction.atomic
def catat(pengguna, sub, triwulan, keuangan, fisik):
    """Record the quarter's money and physical progress, one audit record per change."""
    awal, akhir = bulan_triwulan(triwulan)
    uraian = f"{sub.kode} triwulan {triwulan} {sub.tahun}"
    simpan(
        pengguna,
        RealisasiKeuangan.objects.filter(
            sub_kegiatan=sub, bulan_awal=awal, bulan_akhir=akhir
        ).first()
        or RealisasiKeuangan(sub_kegiatan=sub, bulan_awal=awal, bulan_akhir=akhir),
        {"nilai": keuangan},
        uraian=f"Realisasi keuangan {uraian}",
        opd=sub.opd,
    )
    simpan(
        pengguna,
        RealisasiFisik.objects.filter(sub_kegiatan=sub, triwulan=triwulan).first()
        or RealisasiFisik(sub_kegiatan=sub, triwulan=triwulan),
        {"persen": fisik},
        uraian=f"Realisasi fisik {uraian}",
        opd=sub.opd,
    )
