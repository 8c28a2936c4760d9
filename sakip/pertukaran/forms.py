from django import forms

from sakip.dasar.arsip import BATAS_UKURAN, MB, ArsipError, periksa_ukuran


class UnggahBukuKerjaForm(forms.Form):
    berkas = forms.FileField(label=f"Buku kerja (.xlsx, paling besar {BATAS_UKURAN // MB} MB)")

    def clean_berkas(self):
        berkas = self.cleaned_data["berkas"]
        if not berkas.name.lower().endswith(".xlsx"):
            raise forms.ValidationError("Hanya berkas Excel .xlsx yang dapat diimpor.")
        try:
            periksa_ukuran(berkas.size)  # before reading it into memory
        except ArsipError as e:
            raise forms.ValidationError(str(e)) from None
        return berkas
