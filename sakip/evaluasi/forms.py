from django import forms

from sakip.bidang import Teks

from .berkas import BerkasError, baca_berkas, periksa_ukuran


class UnggahForm(forms.Form):
    berkas = forms.FileField(label="Dokumen (.docx atau .xlsx, paling besar 10 MB)")

    def clean_berkas(self):
        berkas = self.cleaned_data["berkas"]
        try:
            periksa_ukuran(berkas.size)  # before reading it into memory
            baca_berkas(berkas.name, berkas.read())  # refuses what it cannot read
        except BerkasError as e:
            raise forms.ValidationError(str(e)) from None
        berkas.seek(0)
        return berkas


class TanggapanForm(forms.Form):
    aturan = forms.CharField(max_length=8, widget=forms.HiddenInput)
    lokasi = forms.CharField(widget=forms.HiddenInput)
    alasan = forms.CharField(label="Alasan temuan diterima", widget=Teks(attrs={"rows": 2}))

    def __init__(self, *args, temuan=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.temuan = {(t.aturan, t.lokasi) for t in temuan}

    def clean(self):
        data = super().clean()
        if (data.get("aturan"), data.get("lokasi")) not in self.temuan:
            raise forms.ValidationError("Temuan ini tidak ada (lagi) dalam hasil reviu.")
        return data


class SimpulanForm(forms.Form):
    teks = forms.CharField(label="Simpulan reviu", widget=Teks(attrs={"rows": 4}))
