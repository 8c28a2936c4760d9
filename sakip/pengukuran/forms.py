from django import forms

from sakip.dasar.bidang import AngkaField, FormDasar
from sakip.jejak.catat import teks_nilai
from sakip.kinerja.capaian import Agregasi
from sakip.perencanaan.forms import IndikatorForm

from .aturan import galat_kode


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

    def per_kelompok(self, kelompok):
        """[(group, [(isian, field, hidden copy)])] for the page, one group per indicator."""
        return [
            (k, [(i, self[i.kunci], self[f"asal_{i.kunci}"]) for i in k.isian]) for k in kelompok
        ]


class VariabelForm(FormDasar):
    """A data variable's definition; what depends on stored data (unique code, formulas
    reading it, locked years) is checked when saving (`aturan.periksa`)."""

    kode = forms.CharField(
        label="Kode",
        max_length=60,
        help_text="Nama variabel dalam rumus, mis. ditempatkan atau pencari_kerja: huruf, angka "
        "dan garis bawah, tanpa spasi",
        widget=forms.TextInput(attrs={"spellcheck": "false", "autocomplete": "off"}),
    )
    nama = forms.CharField(label="Nama", max_length=300)
    satuan = forms.CharField(label="Satuan", max_length=40, required=False)
    agregasi = forms.ChoiceField(
        label="Agregasi triwulan",
        # The same wording as the indicator form.
        choices=IndikatorForm.base_fields["agregasi"].choices,
        initial=Agregasi.JUMLAH.value,
        help_text="Cara nilai triwulan menjadi nilai tahunan, mis. jumlah untuk orang yang "
        "ditempatkan, nilai triwulan terakhir untuk jumlah penduduk",
    )
    sumber = forms.CharField(label="Sumber data", max_length=300, required=False)

    def clean_kode(self):
        kode = self.cleaned_data["kode"]
        if galat := galat_kode(kode):
            raise forms.ValidationError(galat)
        return kode

    def nilai(self):
        return {b: self.cleaned_data[b] for b in self.base_fields}

    @staticmethod
    def awal(v):
        return {b: getattr(v, b) for b in VariabelForm.base_fields}
