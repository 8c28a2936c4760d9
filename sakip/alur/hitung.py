"""Reads of the workflow pages: the documents of an OPD's year with their stored status,
a Pemda's filling windows of a year, and the quarter whose data are entered now."""

from django.utils import timezone

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


def triwulan_isian(pemda, tahun_awal, tahun_akhir, hari_ini=None):
    """(year, quarter) a user most likely enters data for now, within the years
    `tahun_awal`–`tahun_akhir`: the quarter whose filling window is open today (the latest
    when several are), else the current quarter of the calendar, moved into those years
    (the first quarter of a later year, the last of an earlier one)."""
    hari_ini = hari_ini or timezone.localdate()
    terbuka = (
        JendelaPengisian.objects.filter(
            pemda=pemda,
            tahun__range=(tahun_awal, tahun_akhir),
            mulai__lte=hari_ini,
            selesai__gte=hari_ini,
        )
        .order_by("-tahun", "-triwulan")
        .first()
    )
    if terbuka:
        return terbuka.tahun, terbuka.triwulan
    tahun = min(max(hari_ini.year, tahun_awal), tahun_akhir)
    if tahun < hari_ini.year:
        return tahun, 4
    if tahun > hari_ini.year:
        return tahun, 1
    return tahun, (hari_ini.month - 1) // 3 + 1
