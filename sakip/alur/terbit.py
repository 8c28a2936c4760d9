"""Published documents: what the public may download once the document is approved.
The IKU table is part of the Renstra; the RFK and quarterly reports stay internal."""

from django.utils import timezone

from sakip.perencanaan.pohon import periode_berlaku

from .models import Dokumen, StatusDokumen, StatusDokumenPemda, Tahap

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


# What each pelaporan document prints comes from these workflow documents; it is final
# only when all of them are approved (the quarterly report and the RFK: all four quarters).
DOKUMEN_ALUR = {
    **{jenis: (dokumen,) for jenis, dokumen in DOKUMEN_PUBLIK.items()},
    "rfk": (Dokumen.TW1, Dokumen.TW2, Dokumen.TW3, Dokumen.TW4),
    "triwulan": (Dokumen.TW1, Dokumen.TW2, Dokumen.TW3, Dokumen.TW4),
    # The plan with the PK, its reports with each quarter's data.
    "rencana-aksi": (Dokumen.PK, Dokumen.TW1, Dokumen.TW2, Dokumen.TW3, Dokumen.TW4),
}


def sudah_disetujui(opd, tahun, jenis):
    """Whether every workflow document behind document `jenis` of `tahun` is approved
    (otherwise the document prints as a draft)."""
    return all(
        StatusDokumen.objects.filter(
            opd=opd,
            dokumen=dokumen,
            tahun__in=_tahun_kunci(opd, tahun, dokumen),
            tahap=Tahap.DISETUJUI,
        ).exists()
        for dokumen in DOKUMEN_ALUR[jenis]
    )


def sudah_terbit(opd, tahun, jenis):
    """Whether document `jenis` (a pelaporan document name) of `tahun` is approved and
    public."""
    return jenis in DOKUMEN_PUBLIK and sudah_disetujui(opd, tahun, jenis)


def dokumen_terbit(pemda=None, opd=None):
    """The approved documents the public may download (of the given Pemda or OPD, else of
    all), newest first, as a queryset (a page of it is read at a time); `jenis_terbit`
    names each."""
    terbit = StatusDokumen.objects.filter(
        tahap=Tahap.DISETUJUI, dokumen__in=set(DOKUMEN_PUBLIK.values())
    )
    if pemda is not None:
        terbit = terbit.filter(opd__pemda__in=pemda)
    if opd is not None:
        terbit = terbit.filter(opd__in=opd)
    return terbit.select_related("opd__pemda").order_by("-tahun", "opd__nama", "opd", "dokumen")


def jenis_terbit(status):
    """The pelaporan document names an approved document publishes (a Renstra: the Renstra
    and its IKU table)."""
    return [jenis for jenis, dokumen in DOKUMEN_PUBLIK.items() if dokumen == status.dokumen]


def tanggal_disetujui(opd, tahun, jenis):
    """The date document `jenis` (a pelaporan document name) of `tahun` became final: the
    day the last of its workflow documents was approved; None while one is not approved
    (`sudah_disetujui`)."""
    tanggal = []
    for dokumen in DOKUMEN_ALUR[jenis]:
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
        if status is None:
            return None
        tanggal.append(timezone.localdate(status.diubah))
    return max(tanggal)


def dokumen_pemda_terbit(pemda):
    """The Pemda's own documents approved (and so published), newest year first."""
    return StatusDokumenPemda.objects.filter(pemda=pemda, tahap=Tahap.DISETUJUI).order_by(
        "-tahun", "dokumen"
    )


def dokumen_pemda_disetujui(pemda, tahun, dokumen):
    """The Pemda document as approved (its files kept), or None while it is a draft."""
    return StatusDokumenPemda.objects.filter(
        pemda=pemda, tahun=tahun, dokumen=dokumen, tahap=Tahap.DISETUJUI
    ).first()
