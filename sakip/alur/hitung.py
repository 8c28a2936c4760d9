"""Reads of the workflow pages: the documents of an OPD's year with their stored status,
and a Pemda's filling windows of a year."""

from sakip.perencanaan.pohon import periode_berlaku

from .models import Dokumen, JendelaPengisian, StatusDokumen


def dokumen_tahun(opd, tahun):
    """[(document, key year, stored status or None)] shown for the OPD's year: the Renstra
    in force (keyed by its first year), the PK, the four quarters and the LKjIP."""
    renstra = [(Dokumen.RENSTRA, p.tahun_awal) for p in periode_berlaku(opd, tahun)]
    daftar = [*renstra, *((d, tahun) for d in Dokumen if d != Dokumen.RENSTRA)]
    status = {
        (s.dokumen, s.tahun): s
        for s in StatusDokumen.objects.filter(
            opd=opd, tahun__in={t for _, t in daftar}
        ).select_related("diajukan_oleh", "diverifikasi_oleh")
    }
    return [(d, t, status.get((d.value, t))) for d, t in daftar]


def jendela_tahun(pemda, tahun):
    """{triwulan: window or None} for quarters 1–4."""
    ada = {j.triwulan: j for j in JendelaPengisian.objects.filter(pemda=pemda, tahun=tahun)}
    return {t: ada.get(t) for t in range(1, 5)}
