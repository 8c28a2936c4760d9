"""The documents that can be downloaded, by the name in their address."""

from sakip.alur.terbit import sudah_disetujui

from .dokumen import Paragraf
from .lkjip import lkjip
from .susun import iku, pk, renstra, rfk, triwulan

JENIS = {
    "iku": iku,
    "renstra": renstra,
    "pk": pk,
    "lkjip": lkjip,
    "rfk": rfk,
    "triwulan": triwulan,
}


def susun(jenis, opd, tahun):
    """Document `jenis` of the OPD and year, marked "DRAF" while what it prints is not
    approved in the workflow (`sakip.alur`)."""
    dok = JENIS[jenis](opd, tahun)
    if not sudah_disetujui(opd, tahun, jenis):
        dok.judul = f"DRAF {dok.judul}"
        dok.isi.insert(
            0, Paragraf("Draf: dokumen ini belum disetujui dan isinya masih dapat berubah.")
        )
    return dok
