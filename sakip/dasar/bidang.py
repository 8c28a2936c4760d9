"""Form inputs shared by every app, written so that what a page shows is exactly what the
browser posts back: an unchanged form saves nothing.

A browser's date box only holds an ISO date ("2026-11-29"); Django would render the
Indonesian input format ("29-11-2026"), which the box drops, so saving erased the date.
A textarea posts its lines with CRLF; stored text uses LF."""

from django import forms

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
