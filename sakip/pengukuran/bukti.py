"""Evidence files (bukti dukung): what is accepted, checked by the file's content. Nothing
in a file is opened or executed beyond reading its first bytes and, for office files, the
names in its zip directory. The audited upload and delete are `ubah.unggah_bukti` and
`ubah.hapus_bukti`."""

import io
import zipfile
from pathlib import PurePath

from .models import EKSTENSI_BUKTI

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


assert set(EKSTENSI_BUKTI) == set(JENIS_MENURUT_EKSTENSI.values())
