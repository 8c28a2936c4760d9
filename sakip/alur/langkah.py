"""The workflow steps: Draf → Diajukan → Diverifikasi or Dikembalikan → Disetujui, and
reopening an approved document, as data: from which states, to which, who may take it,
whether a reason is needed, who is told by mail. `ubah.jalankan` takes a step (checking also
the separation of duties: three different people submit, verify and approve) and leaves one
audit record; approving a Perjanjian Kinerja that was never set takes its target snapshot."""

from collections.abc import Callable
from dataclasses import dataclass

from sakip.akun.akses import (
    alasan_pemisahan_tugas,
    boleh_kembalikan,
    boleh_setujui,
    boleh_ubah_data_opd,
    boleh_verifikasi,
)
from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan

from .kelengkapan import kekurangan
from .models import Dokumen, Tahap


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


@dataclass(frozen=True)
class Kabar:
    """The mail sent when a step is taken (`surel.kabari_langkah`): to the users who may
    take step `langkah` next on the document ("ajukan": the OPD's operators)."""

    langkah: str
    perihal: str  # the end of the subject, after the document's name
    ajakan: str  # what the receiver is asked to do


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
    kabar: Kabar | None = None
    # (opd, tahun, dokumen) -> [Kekurangan]: what the data still lacks; when anything,
    # the step needs a reason, kept with the document while the step stands
    kekurangan: Callable | None = None


LANGKAH = {
    "ajukan": Langkah(
        "Ajukan",
        (Tahap.DRAF, Tahap.DIKEMBALIKAN),
        Tahap.DIAJUKAN,
        boleh_ubah_data_opd,
        kekurangan=kekurangan,
        kabar=Kabar(
            "verifikasi",
            "menunggu verifikasi Anda",
            "Periksa datanya, lalu pilih Verifikasi, atau Kembalikan dengan alasan.",
        ),
    ),
    "verifikasi": Langkah(
        "Verifikasi",
        (Tahap.DIAJUKAN,),
        Tahap.DIVERIFIKASI,
        boleh_verifikasi,
        kabar=Kabar(
            "setujui",
            "menunggu persetujuan Anda",
            "Periksa datanya, lalu pilih Setujui, atau Kembalikan dengan alasan.",
        ),
    ),
    "kembalikan": Langkah(
        "Kembalikan",
        (Tahap.DIAJUKAN, Tahap.DIVERIFIKASI),
        Tahap.DIKEMBALIKAN,
        boleh_kembalikan,
        perlu_alasan=True,
        kabar=Kabar(
            "ajukan",
            "dikembalikan",
            "Perbaiki datanya sesuai alasan di atas, lalu ajukan kembali.",
        ),
    ),
    "setujui": Langkah(
        "Setujui",
        (Tahap.DIVERIFIKASI,),
        Tahap.DISETUJUI,
        boleh_setujui,
        syarat=alasan_belum_disetujui,
        uraian_syarat=syarat_disetujui,
        kabar=Kabar(
            "ajukan",
            "disetujui",
            "Datanya kini terkunci; perubahan memerlukan pembukaan kembali oleh Admin Pemda.",
        ),
    ),
    "buka": Langkah(
        "Buka kembali",
        (Tahap.DISETUJUI,),
        Tahap.DRAF,
        boleh_verifikasi,
        perlu_alasan=True,
        kabar=Kabar(
            "ajukan",
            "dibuka kembali",
            "Datanya dapat diubah lagi; ajukan kembali setelah selesai.",
        ),
    ),
}


# The step a document in each open state waits for: whoever may take it has the document on
# their to-do list. Returning it is open to others too (the Admin Pemda may return a verified
# document), but nobody waits for that.
DITUNGGU = {
    Tahap.DIAJUKAN: "verifikasi",
    Tahap.DIVERIFIKASI: "setujui",
    Tahap.DIKEMBALIKAN: "ajukan",
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
