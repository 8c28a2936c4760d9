from django import forms
from django.utils.text import capfirst

from sakip.dasar.bidang import FormDasar, Teks
from sakip.dasar.teks import TolakKendali

from .aturan import BATAS_LOGO, alasan_analisis, periksa_logo
from .models import AnalisisIndikator, KopDokumen, Narasi, ProfilOPD


class NarasiForm(TolakKendali, forms.Form):
    """One text area per chapter; an emptied area removes that chapter's text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for bagian in Narasi.Bagian:
            self.fields[bagian.value] = forms.CharField(
                label=bagian.label, required=False, widget=Teks(attrs={"rows": 6})
            )


class AnalisisForm(FormDasar):
    """Per indicator of the LKjIP (`hitung.isian_analisis`), its analysis of success or
    failure and the solution; both emptied removes the analysis. What may be stored is the
    import's rule (`aturan.alasan_analisis`), shown next to the field."""

    BARIS = {"analisis": 5, "solusi": 3}  # rows of each text area

    def __init__(self, *args, kelompok, **kwargs):
        super().__init__(*args, **kwargs)
        self.kelompok = kelompok
        self.isian = [i for _, isi in kelompok for i in isi]
        for i in self.isian:
            for b in AnalisisIndikator.BIDANG:
                nama = self._nama(b, i)
                self.fields[nama] = forms.CharField(
                    label=capfirst(AnalisisIndikator._meta.get_field(b).verbose_name),
                    required=False,
                    widget=Teks(attrs={"rows": self.BARIS[b]}),
                )
                if i.tersimpan:
                    self.initial[nama] = getattr(i.tersimpan, b)

    @staticmethod
    def _nama(bidang, isian):
        return f"{bidang}-{isian.nilai.indikator.pk}"

    def clean(self):
        d = super().clean()
        for i in self.isian:
            teks = {b: d.get(self._nama(b, i)) for b in AnalisisIndikator.BIDANG}
            if any(teks.values()) and (salah := alasan_analisis(**teks)):
                self.add_error(self._nama(salah[0], i), salah[1])
        return d

    def nilai(self):
        """{Indikator: {"analisis", "solusi"}}, what `ubah.simpan_analisis` takes."""
        return {
            i.nilai.indikator: {
                b: self.cleaned_data[self._nama(b, i)] for b in AnalisisIndikator.BIDANG
            }
            for i in self.isian
        }

    def salah(self):
        """[(IsianAnalisis, its first field with an error)], listed above the form."""
        hasil = []
        for i in self.isian:
            bidang = [self[self._nama(b, i)] for b in AnalisisIndikator.BIDANG]
            if galat := [b for b in bidang if b.errors]:
                hasil.append((i, galat[0]))
        return hasil

    def baris(self):
        """[(group heading, [(IsianAnalisis, [analisis field, solusi field])])] to show."""
        return [
            (judul, [(i, [self[self._nama(b, i)] for b in AnalisisIndikator.BIDANG]) for i in isi])
            for judul, isi in self.kelompok
        ]


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
