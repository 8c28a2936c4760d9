"""Who may see what, decided here and nowhere else.

Each `ambil_*` function fetches one object for the current user and answers 404 when
the user may not see it, so that its existence is not revealed. Views, the CLI and
(later) the API and document downloads go through these functions.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from sakip.anggaran.models import ProgramKegiatan
from sakip.perencanaan.models import OPD, Indikator, Pemda
from sakip.perencanaan.pohon import periode_berlaku


def pemda_terlihat(user):
    if not user.is_authenticated:
        return Pemda.objects.none()
    if user.is_superuser:
        return Pemda.objects.all()
    if user.lingkup_pemda:
        return Pemda.objects.filter(pk=user.pemda_id)
    return Pemda.objects.filter(opd_set=user.opd_id)


def opd_terlihat(user):
    if not user.is_authenticated:
        return OPD.objects.none()
    if user.is_superuser:
        return OPD.objects.all()
    if user.lingkup_pemda:
        return OPD.objects.filter(pemda=user.pemda_id)
    return OPD.objects.filter(pk=user.opd_id)


def indikator_terlihat(user):
    """Indicators of the OPDs the user sees, plus the Pemda-level indicators
    (RPJMD/RPD) of their Pemda, which every OPD of that Pemda cascades from."""
    return Indikator.objects.filter(
        Q(periode__opd__in=opd_terlihat(user))
        | Q(periode__opd__isnull=True, periode__pemda__in=pemda_terlihat(user))
    )


def ambil_pemda(user, slug):
    return get_object_or_404(pemda_terlihat(user), slug=slug)


def ambil_opd(user, slug):
    return get_object_or_404(opd_terlihat(user).select_related("pemda"), slug=slug)


def ambil_opd_tahun(user, slug, tahun):
    """An OPD the user may see, for a year its plan covers (404 for a year without a plan)."""
    opd = ambil_opd(user, slug)
    if not periode_berlaku(opd, tahun):
        raise Http404("Tidak ada periode perencanaan yang berlaku pada tahun ini")
    return opd


def ambil_indikator(user, pk):
    return get_object_or_404(
        indikator_terlihat(user).select_related("periode__opd", "periode__pemda"), pk=pk
    )


def ambil_sub_kegiatan(user, pk, ubah=False):
    """A sub kegiatan the user may see; with `ubah`, one the user may also change: only
    the staff of its own OPD enter realisations (a Pemda admin sees them, 403 to change)."""
    sub = get_object_or_404(
        ProgramKegiatan.objects.select_related("opd__pemda", "induk__induk"),
        pk=pk,
        tingkat=ProgramKegiatan.Tingkat.SUB_KEGIATAN,
        opd__in=opd_terlihat(user),
    )
    if ubah and not boleh_ubah_data_opd(user, sub.opd):
        raise PermissionDenied("Hanya staf OPD ini yang dapat mengisi realisasi.")
    return sub


def boleh_ubah_data_opd(user, opd):
    """Only the OPD's own staff enter its realisations and write its report texts; a Pemda
    admin reads them."""
    return user.is_superuser or user.opd_id == opd.pk


def boleh_mereviu(user, opd):
    """Only the Inspektorat of the OPD's Pemda accepts findings and concludes a review."""
    return user.is_superuser or (
        user.peran == user.Peran.INSPEKTORAT and user.pemda_id == opd.pemda_id
    )


def boleh_unggah_reviu(user, opd):
    """An outside document is uploaded by the reviewer, or by the OPD to check its own."""
    return boleh_mereviu(user, opd) or boleh_ubah_data_opd(user, opd)
