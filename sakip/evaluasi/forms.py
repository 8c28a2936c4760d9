from django import forms

from sakip.dasar.arsip import BATAS_UKURAN, MB, ArsipError, periksa_ukuran
from sakip.dasar.bidang import Teks
from sakip.dasar.teks import TolakKendali

from .reviu_dokumen import reviu_berkas


class UnggahForm(forms.Form):
    berkas = forms.FileField(
        label=f"Dokumen (.docx, .xlsx atau .pdf, paling besar {BATAS_UKURAN // MB} MB)",
        help_text=(
            "PDF harus PDF berteks (disimpan dari Word/Excel), bukan hasil pindai; tabelnya "
            "dibaca dari garis-garis tabel. PDF yang dilindungi kata sandi tidak dapat dibaca."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".docx,.xlsx,.pdf"}),
    )

    def clean_berkas(self):
        """The document is read and reviewed here, once: `self.hasil` is stored with it."""
        berkas = self.cleaned_data["berkas"]
        try:
            periksa_ukuran(berkas.size)  # before reading it into memory
            self.hasil = reviu_berkas(berkas.name, berkas.read())  # refuses what it cannot read
        except ArsipError as e:
            raise forms.ValidationError(str(e)) from None
        berkas.seek(0)
        return berkas


class TanggapanForm(TolakKendali, forms.Form):
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


class SimpulanForm(TolakKendali, forms.Form):
    teks = forms.CharField(
        label="Simpulan reviu",
        widget=Teks(attrs={"rows": 4}),
        error_messages={"required": "Simpulan tidak boleh kosong."},
    )
