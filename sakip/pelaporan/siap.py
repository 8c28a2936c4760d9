"""A document ready to hand out: what the builder composed, in the Pemda's look
(letterhead, font, place), dated and, until it is approved, marked as a draft."""

from django.utils import timezone

from sakip.alur.terbit import tanggal_disetujui

from .hitung import gaya_pemda
from .jenis import JENIS
from .pemda import JENIS_PEMDA
from .susun import pk_pejabat


def susun_dokumen(jenis, opd, tahun, tanggal=None):
    """Document `jenis` of the OPD for `tahun`. Its date (printed over the signatures):
    `tanggal` when chosen, else the day it was approved in the workflow (`sakip.alur`),
    else today. Until every workflow document behind it is approved it is a draft: every
    page says "DRAF — belum disetujui" (`Dokumen.draf`)."""
    return _siapkan(JENIS[jenis](opd, tahun), opd, tahun, jenis, tanggal)


def susun_pk_pejabat(opd, tahun, pejabat, nomor_versi=None, tanggal=None):
    """The PK of an official of the cascade (`susun.pk_pejabat`), dated and marked as a
    draft with the OPD's PK document of the year it belongs to."""
    return _siapkan(pk_pejabat(opd, tahun, pejabat, nomor_versi), opd, tahun, "pk", tanggal)


def _siapkan(dok, opd, tahun, jenis, tanggal):
    disetujui = tanggal_disetujui(opd, tahun, jenis)
    dok.gaya = gaya_pemda(opd.pemda)
    dok.tanggal = tanggal or disetujui or timezone.localdate()
    dok.draf = disetujui is None
    return dok


def susun_dokumen_pemda(jenis, pemda, tahun, tanggal=None, draf=True):
    """The Pemda's own document `jenis` (`pemda.JENIS_PEMDA`) for `tahun`, in the Pemda's
    look, dated `tanggal` or today; marked as a draft unless it is being approved (the
    approved files are kept as they were, `alur.StatusDokumenPemda`)."""
    dok = JENIS_PEMDA[jenis](pemda, tahun)
    dok.gaya = gaya_pemda(pemda)
    dok.tanggal = tanggal or timezone.localdate()
    dok.draf = draf
    return dok
