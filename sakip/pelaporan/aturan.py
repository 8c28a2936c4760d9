"""Rules of reporting input: what a Pemda's letterhead logo may be, and what an indicator's
analysis (LKjIP Bab III) needs."""

from io import BytesIO

from PIL import Image, UnidentifiedImageError

BATAS_LOGO = 1024 * 1024  # bytes
BATAS_PIKSEL = 4000


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


def alasan_analisis(analisis, solusi):
    """Why an indicator's analysis of a year cannot be stored, as (field, Indonesian reason),
    or None. The one rule of the analysis page and the YAML import: a stored analysis has
    its analysis text; the LKjIP prints the solution after it, so a solution alone would
    stand under nothing. (Both empty on the page means no analysis: nothing is stored.)"""
    if (analisis or "").strip():
        return None
    if (solusi or "").strip():
        return (
            "analisis",
            "Tulis juga analisis keberhasilan/kegagalan: solusi dicetak sesudah analisisnya "
            "dan tidak dicetak sendiri.",
        )
    return ("analisis", "Analisis keberhasilan/kegagalan wajib diisi.")
