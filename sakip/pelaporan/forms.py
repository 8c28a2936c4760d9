from django import forms

from sakip.dasar.bidang import Teks
from sakip.dasar.teks import TolakKendali

from .models import Narasi, ProfilOPD


class NarasiForm(TolakKendali, forms.Form):
    """One text area per chapter; an emptied area removes that chapter's text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for bagian in Narasi.Bagian:
            self.fields[bagian.value] = forms.CharField(
                label=bagian.label, required=False, widget=Teks(attrs={"rows": 6})
            )


class ProfilForm(TolakKendali, forms.ModelForm):
    """The OPD profile (Bab I of the LKjIP); every text may stay empty."""

    class Meta:
        model = ProfilOPD
        fields = ProfilOPD.BIDANG
        widgets = {b: Teks(attrs={"rows": 6}) for b in ProfilOPD.BIDANG}

    def kunci_semua(self):
        for f in self.fields.values():
            f.disabled = True

    def nilai(self):
        return {b: self.cleaned_data[b] for b in ProfilOPD.BIDANG}
