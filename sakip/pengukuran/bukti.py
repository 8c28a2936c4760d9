"""Evidence files (bukti dukung): what is accepted, checked by the file's content, and
the audited upload and delete. Nothing in a file is opened or executed beyond reading
its first bytes and, for office files, the names in its zip directory."""

import io
import zipfile
from pathlib import PurePath

from django.db import transaction

from sakip.jejak.catat import hapus, simpan

from .models import EKSTENSI_BUKTI, BuktiDukung

UKURAN_MAKS = 10 * 1024 * 1024

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Extension the user's file name may have → the type its content must be.
JENIS_MENURUT_EKSTENSI = {
    "pdf": PDF,
    "jpg": JPEG,
    "jpeg": JPEG,
    "png": PNG,
    "docx": DOCX,
    "xlsx": XLSX,
}
DITERIMA = "PDF, JPG, PNG, DOCX atau XLSX"

# Fields kept in the audit trail.
BIDANG = ["indikator_id", "tahun", "triwulan", "nama_asli", "jenis_isi", "ukuran"]


class BuktiError(ValueError):
    """The file is refused; the message is Indonesian and meant for the user."""


def _jenis_isi(kepala, berkas):
    """The type the content really is, from its signature (None when unknown)."""
    if kepala.startswith(b"%PDF-"):
        return PDF
    if kepala.startswith(b"\xff\xd8\xff"):
        return JPEG
    if kepala.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if kepala.startswith(b"PK\x03\x04"):
        try:
            berkas.seek(0)
            with zipfile.ZipFile(berkas) as z:
                nama = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        if "[Content_Types].xml" in nama:
            if "word/document.xml" in nama:
                return DOCX
            if "xl/workbook.xml" in nama:
                return XLSX
    return None


def nama_aman(nama):
    """The user's file name without folders or control characters, for display only."""
    nama = PurePath(str(nama).replace("\\", "/")).name
    nama = "".join(c for c in nama if c.isprintable()).strip()
    return (nama or "berkas")[-255:]


def periksa_berkas(berkas):
    """Check an uploaded file (size, extension, actual content); return its type."""
    if berkas.size > UKURAN_MAKS:
        mb = f"{berkas.size / 1024 / 1024:.1f}".replace(".", ",")
        raise BuktiError(f"Berkas terlalu besar ({mb} MB). Ukuran paling besar 10 MB.")
    if berkas.size == 0:
        raise BuktiError("Berkas kosong.")
    ekstensi = PurePath(berkas.name or "").suffix.lower().lstrip(".")
    harapan = JENIS_MENURUT_EKSTENSI.get(ekstensi)
    if not harapan:
        raise BuktiError(f"Jenis berkas tidak diterima. Unggah berkas {DITERIMA}.")
    berkas.seek(0)
    kepala = berkas.read(16)
    sebenarnya = _jenis_isi(kepala, berkas if kepala.startswith(b"PK") else io.BytesIO())
    berkas.seek(0)
    if sebenarnya != harapan:
        raise BuktiError(
            f"Isi berkas tidak sesuai dengan ekstensinya (.{ekstensi}). "
            f"Unggah berkas {DITERIMA} yang asli."
        )
    return sebenarnya


def unggah(pengguna, indikator, tahun, triwulan, berkas, *, opd):
    """Store a checked file and write one audit record (caller checked the permission)."""
    jenis = periksa_berkas(berkas)
    bukti = BuktiDukung(indikator=indikator, diunggah_oleh=pengguna, jenis_isi=jenis)
    bukti.berkas = berkas
    uraian = f"Bukti dukung {indikator.nama} {tahun} {_periode(triwulan)}"
    try:
        with transaction.atomic():
            simpan(
                pengguna,
                bukti,
                {
                    "indikator_id": indikator.pk,
                    "tahun": tahun,
                    "triwulan": triwulan,
                    "nama_asli": nama_aman(berkas.name),
                    "jenis_isi": jenis,
                    "ukuran": berkas.size,
                },
                uraian=uraian,
                opd=opd,
            )
    except BaseException:
        # The file was written before the database refused the record: remove it.
        if bukti.berkas.name and bukti.berkas.name.startswith("bukti/"):
            bukti.berkas.storage.delete(bukti.berkas.name)
        raise
    return bukti


def hapus_bukti(pengguna, bukti, *, opd):
    nama, storage = bukti.berkas.name, bukti.berkas.storage
    with transaction.atomic():
        hapus(
            pengguna,
            bukti,
            BIDANG,
            uraian=f"Bukti dukung {bukti.indikator.nama} {bukti.tahun} {_periode(bukti.triwulan)}",
            opd=opd,
        )
        transaction.on_commit(lambda: storage.delete(nama))


def _periode(triwulan):
    return f"triwulan {triwulan}" if triwulan else "tahunan"


assert set(EKSTENSI_BUKTI) == set(JENIS_MENURUT_EKSTENSI.values())
