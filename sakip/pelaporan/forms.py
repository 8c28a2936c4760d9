from django import forms

from sakip.dasar.bidang import Teks
from sakip.dasar.teks import TolakKendali

from .models import Narasi


class NarasiForm(TolakKendali, forms.Form):
    """One text area per chapter; an emptied area removes that chapter's text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for bagian in Narasi.Bagian:
            self.fields[bagian.value] = forms.CharField(
                label=bagian.label, required=False, widget=Teks(attrs={"rows": 6})
            )
