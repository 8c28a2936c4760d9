from decimal import Decimal

from django import forms

from sakip.kinerja.angka import AngkaError, parse_angka

from . import realisasi

TRIWULAN = [(1, "Triwulan I"), (2, "Triwulan II"), (3, "Triwulan III"), (4, "Triwulan IV")]


def _angka(teks, desimal, bawah, atas=None):
    """Parse an Indonesian-written number without rounding anything the user typed."""
    try:
        nilai = parse_angka(teks)
    except AngkaError as e:
        raise forms.ValidationError(str(e)) from None
    if -nilai.as_tuple().exponent > desimal:
        raise forms.ValidationError(f"Paling banyak {desimal} angka di belakang koma.")
    if nilai < bawah or (atas is not None and nilai > atas):
        rentang = f"antara {bawah} dan {atas}" if atas is not None else f"paling kecil {bawah}"
        raise forms.ValidationError(f"Nilai harus {rentang}.")
    return nilai


class RealisasiTriwulanForm(forms.Form):
    triwulan = forms.TypedChoiceField(label="Triwulan", choices=TRIWULAN, coerce=int)
    keuangan = forms.CharField(
        label="Realisasi keuangan triwulan ini (Rp)",
        help_text="Contoh: 1.250.000 atau 1.250.000,50",
        max_length=40,
    )
    fisik = forms.CharField(
        label="Realisasi fisik s.d. akhir triwulan (%)",
        help_text="0 sampai 100, contoh: 95 atau 97,5",
        max_length=20,
    )

    def __init__(self, *args, sub, **kwargs):
        self.sub = sub
        super().__init__(*args, **kwargs)

    def clean_keuangan(self):
        return _angka(self.cleaned_data["keuangan"], 2, Decimal(0))

    def clean_fisik(self):
        return _angka(self.cleaned_data["fisik"], 2, Decimal(0), Decimal(100))

    def clean(self):
        data = super().clean()
        if "triwulan" in data and "keuangan" in data:
            for pesan in realisasi.periksa(self.sub, data["triwulan"], data["keuangan"]):
                self.add_error("keuangan", pesan)
        return data
