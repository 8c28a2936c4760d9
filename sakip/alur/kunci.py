"""Whether a document's content may still change, and if not, why (in Indonesian)."""

from django.utils import timezone
from django.utils.formats import date_format

from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan

from .models import TAHAP_TERBUKA, Dokumen, JendelaPengisian, StatusDokumen, Tahap


def tahap_dokumen(opd, tahun, dokumen):
    s = StatusDokumen.objects.filter(opd=opd, tahun=tahun, dokumen=dokumen).first()
    return Tahap(s.tahap) if s else Tahap.DRAF


def tanggal(d):
    return date_format(d, "j F Y")


def alasan_terkunci(opd, tahun, dokumen, hari_ini=None, *, tahap=None, semua_jendela=None):
    """None when the content may be edited; otherwise the reason it may not. When the
    caller has already read them: `tahap`, the document's stage; `semua_jendela`, the windows of
    `tahun` as `jendela.jendela_tahun` gives them ({triwulan: window or None})."""
    dokumen = Dokumen(dokumen)
    tahap = tahap_dokumen(opd, tahun, dokumen) if tahap is None else Tahap(tahap)
    if tahap not in TAHAP_TERBUKA:
        return f"{dokumen.label} {tahun} berstatus {tahap.label} sehingga terkunci. " + (
            "Perubahan memerlukan pembukaan kembali oleh Admin Pemda dengan alasan."
            if tahap == Tahap.DISETUJUI
            else "Perubahan hanya dapat dilakukan setelah dikembalikan."
        )
    if dokumen.value.startswith("tw"):
        triwulan = int(dokumen.value[2])
        if semua_jendela is None:
            jendela = JendelaPengisian.objects.filter(
                pemda=opd.pemda_id, tahun=tahun, triwulan=triwulan
            ).first()
        else:
            jendela = semua_jendela[triwulan]
        hari_ini = hari_ini or timezone.localdate()
        if jendela and not jendela.mulai <= hari_ini <= jendela.selesai:
            kapan = (
                f"baru dibuka pada {tanggal(jendela.mulai)}"
                if hari_ini < jendela.mulai
                else f"ditutup pada {tanggal(jendela.selesai)}"
            )
            return f"Jendela pengisian {dokumen.label} {tahun} {kapan}."
    return None


def syarat_disetujui(dokumen):
    """What a document needs before it may be approved, beyond the steps before it (shown
    on the workflow page whether met or not); None when nothing."""
    if Dokumen(dokumen) != Dokumen.LKJIP:
        return None
    return "reviu Inspektorat tanpa galat terbuka (setiap galat diperbaiki atau diterima)"


def alasan_belum_disetujui(opd, tahun, dokumen):
    """None when the document may be approved; otherwise why not. An LKjIP carries the
    Inspektorat's review, so it waits while the review has errors neither corrected nor
    accepted."""
    if Dokumen(dokumen) != Dokumen.LKJIP:
        return None
    terbuka = galat_terbuka(reviu_dengan_tanggapan(opd, tahun))
    if terbuka:
        return (
            f"LKjIP {tahun} belum dapat disetujui: reviu Inspektorat masih mencatat "
            f"{len(terbuka)} galat yang belum diperbaiki atau diterima."
        )
    return None
