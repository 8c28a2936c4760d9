"""The workflow steps: Draf → Diajukan → Diverifikasi or Dikembalikan → Disetujui, and
reopening an approved document. Each step checks who may take it (their role, and the
separation of duties: three different people submit, verify and approve) and leaves one
audit record. Approving a Perjanjian Kinerja that was never set takes its target snapshot."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from sakip.akun.akses import (
    alasan_pemisahan_tugas,
    boleh_kembalikan,
    boleh_setujui,
    boleh_ubah_data_opd,
    boleh_verifikasi,
)
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak
from sakip.perencanaan.pohon import periode_berlaku
from sakip.perencanaan.ubah import tetapkan_pk_bila_belum

from .kunci import alasan_belum_disetujui, syarat_disetujui
from .models import TAHAP_TERBUKA, Dokumen, StatusDokumen, Tahap


@dataclass(frozen=True)
class Langkah:
    label: str
    dari: tuple[Tahap, ...]
    ke: Tahap
    boleh: Callable
    perlu_alasan: bool = False
    # (opd, tahun, dokumen) -> None, or why the document may not take this step yet
    syarat: Callable | None = None
    # (dokumen) -> what `syarat` asks of that document, in words; None: nothing
    uraian_syarat: Callable | None = None


LANGKAH = {
    "ajukan": Langkah(
        "Ajukan", (Tahap.DRAF, Tahap.DIKEMBALIKAN), Tahap.DIAJUKAN, boleh_ubah_data_opd
    ),
    "verifikasi": Langkah("Verifikasi", (Tahap.DIAJUKAN,), Tahap.DIVERIFIKASI, boleh_verifikasi),
    "kembalikan": Langkah(
        "Kembalikan",
        (Tahap.DIAJUKAN, Tahap.DIVERIFIKASI),
        Tahap.DIKEMBALIKAN,
        boleh_kembalikan,
        perlu_alasan=True,
    ),
    "setujui": Langkah(
        "Setujui",
        (Tahap.DIVERIFIKASI,),
        Tahap.DISETUJUI,
        boleh_setujui,
        syarat=alasan_belum_disetujui,
        uraian_syarat=syarat_disetujui,
    ),
    "buka": Langkah(
        "Buka kembali", (Tahap.DISETUJUI,), Tahap.DRAF, boleh_verifikasi, perlu_alasan=True
    ),
}


def _langkah_peran(user, opd, tahap):
    return [(n, s) for n, s in LANGKAH.items() if tahap in s.dari and s.boleh(user, opd)]


def langkah_tersedia(user, opd, tahap, status=None):
    """The steps this user may take on a document in `tahap` (stored as `status`, None
    while it has never moved), by name."""
    return [
        (n, s)
        for n, s in _langkah_peran(user, opd, tahap)
        if not alasan_pemisahan_tugas(user, status, n)
    ]


def syarat_dokumen(opd, tahun, dokumen, tahap):
    """[(name, step, what it asks, why it is not met or None)]: the preconditions of the
    steps ahead of a document in `tahap`, for every viewer; a step already taken (the
    document stands at its stage) met its precondition then."""
    return [
        (n, s, uraian, s.syarat(opd, tahun, dokumen) if tahap != s.ke else None)
        for n, s in LANGKAH.items()
        if s.syarat and s.uraian_syarat and (uraian := s.uraian_syarat(dokumen))
    ]


def langkah_terhalang(user, opd, tahap, status):
    """[(step, reason)]: the steps the user's role allows on the document but the
    separation of duties refuses them, to be told rather than silently missing."""
    return [
        (s, alasan)
        for n, s in _langkah_peran(user, opd, tahap)
        if (alasan := alasan_pemisahan_tugas(user, status, n))
    ]


def _catat_pelaku(status, user, ke):
    """Keep who submitted and who verified the document as it now stands."""
    if ke == Tahap.DIAJUKAN:
        status.diajukan_oleh, status.diverifikasi_oleh = user, None
    elif ke == Tahap.DIVERIFIKASI:
        status.diverifikasi_oleh = user
    elif ke in TAHAP_TERBUKA:
        # Back with the operator: the next submission starts the duties afresh.
        status.diajukan_oleh = status.diverifikasi_oleh = None


@transaction.atomic
def jalankan(user, opd, tahun, dokumen, nama, alasan=""):
    """Take step `nama`; PermissionDenied when the user may not, ValidationError when the
    document is not in a state the step starts from or a required reason is missing."""
    langkah = LANGKAH.get(nama)
    if langkah is None or not langkah.boleh(user, opd):
        raise PermissionDenied("Anda tidak berwenang melakukan langkah ini.")
    dokumen = Dokumen(dokumen)
    status, _ = StatusDokumen.objects.select_for_update().get_or_create(
        opd=opd, tahun=tahun, dokumen=dokumen
    )
    if ditolak := alasan_pemisahan_tugas(user, status, nama):
        raise PermissionDenied(ditolak)
    lama = Tahap(status.tahap)
    if lama not in langkah.dari:
        raise ValidationError(
            f"{dokumen.label} {tahun} berstatus {lama.label}; langkah "
            f"'{langkah.label}' tidak dapat dilakukan."
        )
    if langkah.syarat and (tertahan := langkah.syarat(opd, tahun, dokumen)):
        raise ValidationError(tertahan)
    alasan = alasan.strip()
    if langkah.perlu_alasan and not alasan:
        raise ValidationError(f"Langkah '{langkah.label}' memerlukan alasan.")
    status.tahap, status.alasan = langkah.ke, alasan
    _catat_pelaku(status, user, langkah.ke)
    status.save()
    rekam(
        user,
        Jejak.Tindakan.ALUR,
        "status dokumen",
        f"{dokumen.label} {tahun}: {lama.label} → {langkah.ke.label}",
        opd=opd,
        objek_id=str(status.pk),
        lama={"tahap": lama.value},
        baru={"tahap": langkah.ke.value},
        alasan=alasan,
    )
    if dokumen == Dokumen.PK and langkah.ke == Tahap.DISETUJUI:
        tetapkan_pk_bila_belum(user, opd, tahun)
    return status


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
