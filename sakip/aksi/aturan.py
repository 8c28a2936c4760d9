"""What an action must satisfy, checked the same way by the entry form and the import:
its month inside its quarter, its budget line a sub kegiatan of the OPD's year, and the
amounts of all the actions on one line within that line's pagu (`kinerja.aksi.sisa_pagu`)."""

from sakip.anggaran.models import ProgramKegiatan
from sakip.kinerja.aksi import sisa_pagu
from sakip.kinerja.angka import format_rupiah
from sakip.kinerja.triwulan import NAMA_BULAN, nama_triwulan

from .models import Aksi


def bulan_triwulan(triwulan):
    """The months (1–12) of a quarter."""
    return range(3 * triwulan - 2, 3 * triwulan + 1)


def sub_kegiatan_pilihan(opd, tahun):
    """The budget lines an action of the OPD's year may draw on: its sub kegiatan."""
    return ProgramKegiatan.objects.filter(
        opd=opd, tahun=tahun, tingkat=ProgramKegiatan.Tingkat.SUB_KEGIATAN
    ).order_by("kode")


def masalah_bulan(triwulan, bulan):
    if bulan is not None and bulan not in bulan_triwulan(triwulan):
        return [f"Bulan {NAMA_BULAN[bulan - 1]} tidak termasuk {nama_triwulan(triwulan)}."]
    return []


def masalah_anggaran(aksi, sub_kegiatan, anggaran, lain=()):
    """Why the amount `anggaran` on `sub_kegiatan` cannot be the action's (an empty list
    when it can). `lain`: actions not yet saved that draw on the same line too (an
    import's), besides the stored ones other than `aksi`."""
    if anggaran is None:
        return []
    if sub_kegiatan is None:
        return ["Anggaran aksi harus bersumber dari satu sub kegiatan: pilih sub kegiatannya."]
    if anggaran < 0:
        return ["Anggaran aksi tidak boleh negatif."]
    pagu = sub_kegiatan.pagu_berlaku
    if pagu is None:
        return [f"Sub kegiatan {sub_kegiatan.kode} belum memiliki pagu."]
    tersimpan = Aksi.objects.filter(sub_kegiatan=sub_kegiatan).exclude(pk=aksi.pk)
    dipakai = [a.anggaran for a in [*tersimpan, *lain] if a.anggaran is not None]
    sisa = sisa_pagu(pagu, dipakai)
    if anggaran > sisa:
        return [
            f"Anggaran aksi {format_rupiah(anggaran)} melebihi sisa pagu sub kegiatan "
            f"{sub_kegiatan.kode}: {format_rupiah(sisa)} dari pagu {format_rupiah(pagu)} "
            "belum dipakai aksi lain."
        ]
    return []
