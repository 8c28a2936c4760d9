from django import forms

from sakip.evaluasi.berkas import BATAS_UKURAN, BerkasError, periksa_ukuran


class UnggahBukuKerjaForm(forms.Form):
    berkas = forms.FileField(
        label=f"Buku kerja (.xlsx, paling besar {BATAS_UKURAN // (1024 * 1024)} MB)"
    )

    def clean_berkas(self):
        berkas = self.cleaned_data["berkas"]
        if not berkas.name.lower().endswith(".xlsx"):
            raise forms.ValidationError("Hanya berkas Excel .xlsx yang dapat diimpor.")
        try:
            periksa_ukuran(berkas.size)  # before reading it into memory
        except BerkasError as e:
            raise forms.ValidationError(str(e)) from None
        return berkas
