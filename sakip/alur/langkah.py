"""The workflow steps: Draf → Diajukan → Diverifikasi or Dikembalikan → Disetujui, and
reopening an approved document. Each step checks who may take it and leaves one audit
record."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from sakip.akun.akses import boleh_kelola_pemda, boleh_setujui, boleh_ubah_data_opd
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak
from sakip.perencanaan.pohon import periode_berlaku

from .kunci import alasan_belum_disetujui
from .models import Dokumen, StatusDokumen, Tahap


@dataclass(frozen=True)
class Langkah:
    label: str
    dari: tuple[Tahap, ...]
    ke: Tahap
    boleh: Callable
    perlu_alasan: bool = False
    # (opd, tahun, dokumen) -> None, or why the document may not take this step yet
    syarat: Callable | None = None


def _verifikator(user, opd):
    return boleh_kelola_pemda(user, opd.pemda)


def _penilai(user, opd):
    return boleh_setujui(user, opd) or _verifikator(user, opd)


LANGKAH = {
    "ajukan": Langkah(
        "Ajukan", (Tahap.DRAF, Tahap.DIKEMBALIKAN), Tahap.DIAJUKAN, boleh_ubah_data_opd
    ),
    "verifikasi": Langkah("Verifikasi", (Tahap.DIAJUKAN,), Tahap.DIVERIFIKASI, _verifikator),
    "kembalikan": Langkah(
        "Kembalikan",
        (Tahap.DIAJUKAN, Tahap.DIVERIFIKASI),
        Tahap.DIKEMBALIKAN,
        _penilai,
        perlu_alasan=True,
    ),
    "setujui": Langkah(
        "Setujui",
        (Tahap.DIVERIFIKASI,),
        Tahap.DISETUJUI,
        boleh_setujui,
        syarat=alasan_belum_disetujui,
    ),
    "buka": Langkah(
        "Buka kembali", (Tahap.DISETUJUI,), Tahap.DRAF, _verifikator, perlu_alasan=True
    ),
}


def langkah_tersedia(user, opd, tahap):
    """The steps this user may take on a document in `tahap`, by name."""
    return [(n, s) for n, s in LANGKAH.items() if tahap in s.dari and s.boleh(user, opd)]


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
    return status


def dokumen_tahun(opd, tahun):
    """[(document, key year, stored status or None)] shown for the OPD's year: the Renstra
    in force (keyed by its first year), the PK, the four quarters and the LKjIP."""
    renstra = [(Dokumen.RENSTRA, p.tahun_awal) for p in periode_berlaku(opd, tahun)]
    daftar = [*renstra, *((d, tahun) for d in Dokumen if d != Dokumen.RENSTRA)]
    status = {
        (s.dokumen, s.tahun): s
        for s in StatusDokumen.objects.filter(opd=opd, tahun__in={t for _, t in daftar})
    }
    return [(d, t, status.get((d.value, t))) for d, t in daftar]
