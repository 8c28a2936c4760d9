"""User text at the edges of the product: refused at input when it holds invisible control
characters, and written safely (never as a formula, never crashing a writer) to the
spreadsheets, CSV files and documents the product produces, whatever is already stored."""

import re

from django import forms
from django.db import models

# C0 except tab, line feed and carriage return (a browser sends a textarea's line breaks as
# CR LF), DEL and C1. XML (XLSX, DOCX) cannot hold most of them; none is typed on purpose.
_KENDALI = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# What a writer cannot store: the control characters above plus the XML non-characters.
_TAK_TERTULIS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection).
AWAL_RUMUS = ("=", "+", "-", "@", "\t", "\r")
# A plain number ("-3,5", "+1.257,5", "-12%") is no formula, and stays a number.
_ANGKA = re.compile(r"[+-]?\d[\d.,]*%?")


def kendali(teks):
    """Why `teks` cannot be stored (Indonesian), or None when it has no control character."""
    m = _KENDALI.search(teks)
    if m is None:
        return None
    return (
        f"berisi karakter kendali tak terlihat (U+{ord(m.group()):04X}) pada karakter ke-"
        f"{m.start() + 1}; hapus karakter itu lalu simpan lagi."
    )


def terlalu_panjang(model, nilai):
    """(field, reason) for each text of `nilai` (field name -> value) longer than its
    column of `model`: refused rather than let a database cut or reject it. A form's
    CharField holds the same limit as its max_length; the import and the workbook ask here."""
    batas = {
        f.name: f.max_length
        for f in model._meta.fields
        if isinstance(f, models.CharField) and f.max_length
    }
    return [
        (nama, f"paling banyak {batas[nama]} karakter.")
        for nama, isi in nilai.items()
        if nama in batas and isinstance(isi, str) and len(isi) > batas[nama]
    ]


def _gambar(m):
    c = ord(m.group())
    # C0 as its Unicode "control picture" (ESC shows as ␛), the rest as the replacement mark.
    return chr(0x2400 + c) if c < 0x20 else "\u2421" if c == 0x7F else "\ufffd"


def tertulis(teks, tanda=None):
    """`teks` as a writer can store it: each control character shown as a visible mark
    (U+241B for ESC, or `tanda` where fonts lack those), so stored text never breaks an
    export and is never silently lost."""
    return _TAK_TERTULIS.sub(tanda or _gambar, teks)


def sel_csv(nilai):
    """One CSV field: numbers as they are, text that a spreadsheet would take for a formula
    prefixed with an apostrophe (OWASP's advice; a plain number is left alone)."""
    if not isinstance(nilai, str):
        return nilai
    nilai = tertulis(nilai)
    if nilai.startswith(AWAL_RUMUS) and not _ANGKA.fullmatch(nilai):
        return "'" + nilai
    return nilai


class TolakKendali:
    """Form mixin: every text a user typed is refused, field by field, when it holds a
    control character. Refused rather than stripped: nothing typed is silently changed,
    and the message says which field and where, so a paste from a terminal or a PDF is
    noticed and fixed once instead of leaving a mark in every later document."""

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        for nama, nilai in list(getattr(self, "cleaned_data", {}).items()):
            field = self.fields.get(nama)
            if field is None or isinstance(field.widget, forms.PasswordInput):
                continue  # a password is only hashed, never shown or written
            for teks in nilai if isinstance(nilai, list | tuple) else [nilai]:
                if isinstance(teks, str) and (pesan := kendali(teks)):
                    self.add_error(nama, f"Isian '{field.label or nama}' {pesan}")
                    break


def sel_xlsx(sel, teks):
    """Put user text into an openpyxl cell as a string, never a formula: typed as text, and
    quote-prefixed when it starts like a formula so that editing it in Excel keeps it text."""
    sel.value = tertulis(teks)
    sel.data_type = "s"
    if sel.value.startswith(AWAL_RUMUS):
        sel.quotePrefix = True
    return sel


# Django's own reason for a 404 (get_object_or_404) is English and says no more than the
# answer does.
_ALASAN_DJANGO = re.compile(r"No .+ matches the given query\.")


def alasan_404(exception):
    """The reason a view gave with its 404 ("Dokumen belum diterbitkan"), "" when it gave
    none or Django's English one. Read by the 404 page and the API's 404 answer."""
    pesan = exception.args[0] if exception.args else None
    return pesan if isinstance(pesan, str) and not _ALASAN_DJANGO.fullmatch(pesan) else ""
