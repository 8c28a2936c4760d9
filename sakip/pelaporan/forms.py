from django import forms

from sakip.dasar.bidang import Teks
from sakip.dasar.teks import TolakKendali

from .aturan import BATAS_LOGO, periksa_logo
from .models import KopDokumen, Narasi, ProfilOPD


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


class KopForm(TolakKendali, forms.Form):
    """The Admin Pemda's letterhead, font and place of signing."""

    baris = forms.CharField(
        label="Baris kop",
        required=False,
        widget=Teks(attrs={"rows": 4}),
        help_text=KopDokumen._meta.get_field("baris").help_text,
    )
    logo = forms.FileField(
        label="Logo (PNG atau JPEG, paling besar 1 MB)",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg"}),
    )
    hapus_logo = forms.BooleanField(label="Hapus logo", required=False)
    huruf = forms.ChoiceField(label="Huruf dokumen", choices=KopDokumen.Huruf.choices)
    ukuran = forms.TypedChoiceField(
        label="Ukuran huruf (pt)", choices=[(11, "11"), (12, "12")], coerce=int
    )
    tempat = forms.CharField(
        label="Tempat penandatanganan",
        required=False,
        max_length=100,
        help_text="Dicetak di atas tanda tangan, mis. Tebing Tinggi; kosong: nama daerah.",
    )

    def clean_baris(self):
        baris = [b.strip() for b in self.cleaned_data["baris"].splitlines() if b.strip()]
        if len(baris) > 6:
            raise forms.ValidationError("Kop paling banyak 6 baris.")
        return "\n".join(baris)

    def clean_logo(self):
        berkas = self.cleaned_data.get("logo")
        if not berkas:
            return None
        isi = berkas.read(BATAS_LOGO + 1)
        if pesan := periksa_logo(isi):
            raise forms.ValidationError(pesan)
        return isi

    def data_kop(self):
        """What `simpan_kop` takes: the logo b"" when it is to be removed."""
        data = dict(self.cleaned_data)
        if data.pop("hapus_logo") and data["logo"] is None:
            data["logo"] = b""
        return data


class TanggalForm(forms.Form):
    tanggal = forms.DateField(
        label="Tanggal dokumen",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Dicetak di atas tanda tangan. Kosong: tanggal persetujuan, atau hari ini "
        "bila belum disetujui.",
    )
