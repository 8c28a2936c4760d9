from django import forms

from sakip.jejak.catat import teks_nilai
from sakip.kinerja.angka import AngkaError, parse_angka


class AngkaField(forms.Field):
    """An Indonesian-written number kept exactly as typed ("1.257,5"); empty is None."""

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        teks = (value or "").strip()
        if not teks:
            return None
        if len(teks) > 40:
            raise forms.ValidationError("Angka terlalu panjang (paling banyak 40 karakter).")
        try:
            return parse_angka(teks)
        except AngkaError as e:
            raise forms.ValidationError(str(e)) from None


def format_isian(nilai):
    """A stored value as it would be typed: every digit it has, a decimal comma and no
    thousands dots, so editing it is easy and nothing is rounded."""
    return "" if nilai is None else teks_nilai(nilai).replace(".", ",")


class IsianTriwulanForm(forms.Form):
    """One input per value, plus a hidden copy of the value shown so that a change made
    meanwhile by someone else is refused instead of overwritten."""

    def __init__(self, *args, isian, **kwargs):
        super().__init__(*args, **kwargs)
        self.isian = isian
        for i in isian:
            self.fields[i.kunci] = AngkaField(label=i.label)
            self.fields[f"asal_{i.kunci}"] = AngkaField(widget=forms.HiddenInput)
            self.initial[i.kunci] = self.initial[f"asal_{i.kunci}"] = format_isian(i.nilai)

    def perubahan(self):
        """[(isian, shown, new)] for the inputs whose value differs from what was shown."""
        d = self.cleaned_data
        return [
            (i, d[f"asal_{i.kunci}"], d[i.kunci])
            for i in self.isian
            if d[i.kunci] != d[f"asal_{i.kunci}"]
        ]

    def baris(self):
        return [(i, self[i.kunci], self[f"asal_{i.kunci}"]) for i in self.isian]
