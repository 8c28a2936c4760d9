"""Published documents: what the public may download once the document is approved.
The IKU table is part of the Renstra; the RFK and quarterly reports stay internal."""

from sakip.perencanaan.pohon import periode_berlaku

from .models import Dokumen, StatusDokumen, Tahap

DOKUMEN_PUBLIK = {
    "renstra": Dokumen.RENSTRA,
    "iku": Dokumen.RENSTRA,
    "pk": Dokumen.PK,
    "lkjip": Dokumen.LKJIP,
}


def _tahun_kunci(opd, tahun, dokumen):
    if dokumen == Dokumen.RENSTRA:
        return {p.tahun_awal for p in periode_berlaku(opd, tahun)}
    return {tahun}


def sudah_terbit(opd, tahun, jenis):
    """Whether document `jenis` (a pelaporan document name) of `tahun` is approved."""
    dokumen = DOKUMEN_PUBLIK.get(jenis)
    return dokumen is not None and (
        StatusDokumen.objects.filter(
            opd=opd,
            dokumen=dokumen,
            tahun__in=_tahun_kunci(opd, tahun, dokumen),
            tahap=Tahap.DISETUJUI,
        ).exists()
    )


def daftar_terbit(pemda):
    """[(opd, year, pelaporan document name)] approved in the given Pemda, newest first."""
    hasil = []
    disetujui = StatusDokumen.objects.filter(
        opd__pemda__in=pemda, tahap=Tahap.DISETUJUI, dokumen__in=set(DOKUMEN_PUBLIK.values())
    ).select_related("opd")
    for s in disetujui.order_by("-tahun", "opd__nama"):
        for jenis, dokumen in DOKUMEN_PUBLIK.items():
            if dokumen == s.dokumen:
                hasil.append((s.opd, s.tahun, jenis))
    return hasil
