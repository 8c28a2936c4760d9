from django import forms
from django.utils.text import capfirst

from sakip.dasar.bidang import tanggal

from .models import Jejak


class SaringJejakForm(forms.Form):
    """Filters of the audit page, read from the query string."""

    dari = tanggal("Dari tanggal")
    sampai = tanggal("Sampai tanggal")
    pengguna = forms.ChoiceField(label="Pengguna", required=False)
    tindakan = forms.ChoiceField(
        label="Tindakan", required=False, choices=[("", "Semua")] + Jejak.Tindakan.choices
    )
    objek = forms.ChoiceField(label="Jenis data", required=False)
    q = forms.CharField(label="Cari di uraian", required=False, max_length=200)

    def __init__(self, *args, semua, **kwargs):
        super().__init__(*args, **kwargs)
        nama = semua.order_by().values_list("nama_pengguna", flat=True).distinct()
        objek = semua.order_by().values_list("objek", flat=True).distinct()
        self.fields["pengguna"].choices = [("", "Semua")] + [(n, n) for n in sorted(set(nama))]
        self.fields["objek"].choices = [("", "Semua")] + [
            (o, capfirst(o)) for o in sorted(set(objek))
        ]

    def clean(self):
        data = super().clean()
        if data.get("dari") and data.get("sampai") and data["dari"] > data["sampai"]:
            raise forms.ValidationError("Tanggal awal tidak boleh sesudah tanggal akhir.")
        return data
