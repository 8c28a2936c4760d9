"""Form inputs shared by every app, written so that what a page shows is exactly what the
browser posts back: an unchanged form saves nothing.

A browser's date box only holds an ISO date ("2026-11-29"); Django would render the
Indonesian input format ("29-11-2026"), which the box drops, so saving erased the date.
A textarea posts its lines with CRLF; stored text uses LF. Numbers are typed the Indonesian
way ("1.257,5") and kept exactly as typed."""

from decimal import Decimal

from django import forms

from sakip.kinerja.angka import AngkaError, format_tepat, parse_angka, tidak_muat

from .teks import TolakKendali

FORMAT_TANGGAL = "%Y-%m-%d"


class TanggalInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format=FORMAT_TANGGAL)


def tanggal(label, **kwargs):
    """An optional date field rendered in the browser's date box."""
    kwargs.setdefault("required", False)
    return forms.DateField(label=label, widget=TanggalInput(), **kwargs)


class Teks(forms.Textarea):
    """A textarea whose posted line ends are stored as typed lines (LF), not as CRLF."""

    def value_from_datadict(self, data, files, name):
        nilai = super().value_from_datadict(data, files, name)
        return nilai.replace("\r\n", "\n") if isinstance(nilai, str) else nilai


def angka_isian(teks, label=None):
    """An Indonesian-written number as an exact Decimal that fits the database; the
    refusal names the field (`label`) and what fits."""
    try:
        nilai = parse_angka(teks)
    except AngkaError as e:
        raise forms.ValidationError(str(e)) from None
    if pesan := tidak_muat(nilai):
        pesan = f"{label}: {pesan}" if label else pesan[:1].upper() + pesan[1:]
        raise forms.ValidationError(f"{pesan}.")
    return nilai


class AngkaField(forms.CharField):
    """A number typed as text: "1.257,5", "-3,5", "82,97%". Empty is None."""

    PANJANG = 60

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.widget.attrs.update(inputmode="decimal", size=14, maxlength=self.PANJANG)

    def to_python(self, value):
        teks = super().to_python(value)
        if teks in self.empty_values:
            return None
        if len(teks) > self.PANJANG:
            raise forms.ValidationError(f"Paling banyak {self.PANJANG} karakter.")
        return angka_isian(teks, self.label)

    def prepare_value(self, value):
        return format_tepat(value) if isinstance(value, Decimal) else value


class FormDasar(TolakKendali, forms.Form):
    """The base of every entry form: refuses control characters, marks required fields, and
    can show itself read-only (a locked document, or a user who may only look)."""

    required_css_class = "wajib"

    def kunci_semua(self):
        for f in self.fields.values():
            f.disabled = True


def bidang_urutan():
    """The display order of an item among its siblings."""
    return forms.IntegerField(
        label="Urutan tampil",
        required=False,
        min_value=0,
        max_value=32767,
        initial=0,
        help_text="Angka kecil tampil lebih dulu",
    )
