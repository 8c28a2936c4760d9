from django import forms

from sakip.dasar.bidang import Teks, tanggal
from sakip.dasar.teks import TolakKendali

from .langkah import LANGKAH


class LangkahForm(TolakKendali, forms.Form):
    langkah = forms.ChoiceField(choices=[(n, s.label) for n, s in LANGKAH.items()])
    alasan = forms.CharField(
        label="Alasan", required=False, max_length=2000, widget=Teks(attrs={"rows": 2})
    )


class JendelaForm(forms.Form):
    """The filling window of one quarter; both dates empty means always open."""

    mulai = tanggal("Mulai")
    selesai = tanggal("Selesai")

    def clean(self):
        data = super().clean()
        mulai, selesai = data.get("mulai"), data.get("selesai")
        if (mulai is None) != (selesai is None):
            raise forms.ValidationError("Isi tanggal mulai dan selesai, atau kosongkan keduanya.")
        if mulai and selesai and selesai < mulai:
            raise forms.ValidationError("Tanggal selesai tidak boleh sebelum tanggal mulai.")
        return data
