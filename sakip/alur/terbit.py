"""Published documents: what the public may download once the document is approved.
The IKU table is part of the Renstra; the RFK and quarterly reports stay internal."""

from django.utils import timezone

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


def dokumen_terbit(pemda):
    """The approved documents the public may download in the given Pemda, newest first,
    as a queryset (a page of it is read at a time); `jenis_terbit` names each."""
    return (
        StatusDokumen.objects.filter(
            opd__pemda__in=pemda, tahap=Tahap.DISETUJUI, dokumen__in=set(DOKUMEN_PUBLIK.values())
        )
        .select_related("opd")
        .order_by("-tahun", "opd__nama", "opd", "dokumen")
    )


def jenis_terbit(status):
    """The pelaporan document names an approved document publishes (a Renstra: the Renstra
    and its IKU table)."""
    return [jenis for jenis, dokumen in DOKUMEN_PUBLIK.items() if dokumen == status.dokumen]


# The workflow document each pelaporan document belongs to (RFK and the quarterly report:
# the year's data, approved with Triwulan IV).
DOKUMEN_ALUR = DOKUMEN_PUBLIK | {"rfk": Dokumen.TW4, "triwulan": Dokumen.TW4}


def tanggal_disetujui(opd, tahun, jenis):
    """The date document `jenis` (a pelaporan document name) of `tahun` was approved, or
    None while it is not approved."""
    dokumen = DOKUMEN_ALUR.get(jenis)
    if dokumen is None:
        return None
    status = (
        StatusDokumen.objects.filter(
            opd=opd,
            dokumen=dokumen,
            tahun__in=_tahun_kunci(opd, tahun, dokumen),
            tahap=Tahap.DISETUJUI,
        )
        .order_by("-diubah")
        .first()
    )
    return timezone.localdate(status.diubah) if status else None
