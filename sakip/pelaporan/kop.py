"""The look of a Pemda's documents (letterhead, font, place of signing): read into a
`Gaya` for the renderers, and changed by the Admin Pemda with an audit record."""

from io import BytesIO

from PIL import Image, UnidentifiedImageError

from sakip.instansi.hitung import wilayah
from sakip.jejak.catat import nilai_objek, simpan

from .dokumen import Gaya
from .models import KopDokumen

BATAS_LOGO = 1024 * 1024  # bytes
BATAS_PIKSEL = 4000


def gaya_pemda(pemda):
    kop = KopDokumen.objects.filter(pemda=pemda).first()
    if kop is None:
        return Gaya(kop=(f"Pemerintah {pemda.nama}".upper(),), tempat=wilayah(pemda))
    return Gaya(
        huruf=kop.huruf,
        ukuran=kop.ukuran,
        logo=bytes(kop.logo) if kop.logo else None,
        kop=tuple(b.strip() for b in kop.baris.splitlines() if b.strip())
        or (f"Pemerintah {pemda.nama}".upper(),),
        tempat=kop.tempat or wilayah(pemda),
    )


def periksa_logo(isi):
    """Why an uploaded logo cannot be used (Indonesian), or None: PNG or JPEG only (what
    Word and the PDF both show), at most 1 MB and 4000 pixels a side."""
    if len(isi) > BATAS_LOGO:
        return "Berkas logo paling besar 1 MB."
    try:
        with Image.open(BytesIO(isi)) as gambar:
            if gambar.format not in ("PNG", "JPEG"):
                return "Logo harus berupa gambar PNG atau JPEG."
            if max(gambar.size) > BATAS_PIKSEL:
                return f"Logo paling besar {BATAS_PIKSEL} piksel per sisi."
            gambar.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        return "Berkas logo bukan gambar PNG atau JPEG yang utuh."
    return None


BIDANG = ("baris", "huruf", "ukuran", "tempat", "logo")


def asal_kop(pemda):
    """What the form stands on, for optimistic locking: the stored values (the logo as its
    fingerprint), or None when the Pemda has no letterhead yet."""
    kop = KopDokumen.objects.filter(pemda=pemda).first()
    return None if kop is None else nilai_objek(kop, BIDANG)


def simpan_kop(pengguna, pemda, data, asal=None):
    """Store the Admin Pemda's letterhead and font (`data`: baris, huruf, ukuran, tempat,
    and logo as bytes, b"" to remove it, or None to keep it). One audit record; the logo
    is recorded by size and fingerprint, not its bytes. `asal` (`asal_kop` as the form
    showed it): a change by someone else since raises `Konflik`."""
    kop = KopDokumen.objects.filter(pemda=pemda).first() or KopDokumen(pemda=pemda)
    nilai = {k: data[k] for k in ("baris", "huruf", "ukuran", "tempat")}
    if data.get("logo") is not None:
        nilai["logo"] = data["logo"] or None
    return simpan(
        pengguna,
        kop,
        nilai,
        uraian=f"Kop dan huruf dokumen {pemda}",
        opd=None,
        pemda=pemda,
        asal=asal,
    )
