from django import forms

from sakip.jejak.catat import teks_nilai
from sakip.perencanaan.forms import AngkaField


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
