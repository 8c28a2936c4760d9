"""A document ready to hand out: what the builder composed, in the Pemda's look
(letterhead, font, place), dated and, until it is approved, marked as a draft."""

from django.utils import timezone

from sakip.alur.terbit import tanggal_disetujui

from .hitung import gaya_pemda
from .jenis import JENIS


def susun_dokumen(jenis, opd, tahun, tanggal=None):
    """Document `jenis` of the OPD for `tahun`. Its date (printed over the signatures):
    `tanggal` when chosen, else the day it was approved in the workflow (`sakip.alur`),
    else today. Until every workflow document behind it is approved it is a draft: every
    page says "DRAF — belum disetujui" (`Dokumen.draf`)."""
    dok = JENIS[jenis](opd, tahun)
    disetujui = tanggal_disetujui(opd, tahun, jenis)
    dok.gaya = gaya_pemda(opd.pemda)
    dok.tanggal = tanggal or disetujui or timezone.localdate()
    dok.draf = disetujui is None
    return dok
