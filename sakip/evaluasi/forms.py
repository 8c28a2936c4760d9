from django import forms

from sakip.dasar.arsip import BATAS_UKURAN, MB, ArsipError, periksa_ukuran
from sakip.dasar.bidang import Teks
from sakip.dasar.teks import TolakKendali

from .kelompok import sumber_temuan
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
    """One finding, or the open findings of one group (same rule and source), accepted
    with one reason."""

    TIDAK_ADA = "Temuan ini tidak ada (lagi) dalam hasil reviu."

    aturan = forms.CharField(max_length=8, widget=forms.HiddenInput)
    lokasi = forms.MultipleChoiceField(
        widget=forms.MultipleHiddenInput, error_messages={"invalid_choice": TIDAK_ADA}
    )
    alasan = forms.CharField(
        label="Alasan temuan diterima",
        widget=Teks(attrs={"rows": 2}),
        error_messages={"required": "Alasan temuan diterima wajib diisi."},
    )

    def __init__(self, *args, temuan=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.temuan = {(t.aturan, t.lokasi) for t in temuan}
        self.fields["lokasi"].choices = [(lokasi, lokasi) for _, lokasi in self.temuan]

    def clean(self):
        data = super().clean()
        lokasi = data.get("lokasi") or []
        if any((data.get("aturan"), x) not in self.temuan for x in lokasi):
            raise forms.ValidationError(self.TIDAK_ADA)
        if len({sumber_temuan(x) for x in lokasi}) > 1:
            raise forms.ValidationError("Temuan yang diterima sekaligus harus satu kelompok.")
        return data


class SimpulanForm(TolakKendali, forms.Form):
    teks = forms.CharField(
        label="Simpulan reviu",
        widget=Teks(attrs={"rows": 4}),
        error_messages={"required": "Simpulan tidak boleh kosong."},
    )
