from django import forms

from sakip.dasar.bidang import Teks, tanggal
from sakip.dasar.teks import TolakKendali


class RekomendasiForm(TolakKendali, forms.Form):
    kelemahan = forms.CharField(label="Kelemahan", max_length=4000, widget=Teks(attrs={"rows": 2}))
    uraian = forms.CharField(label="Rekomendasi", max_length=4000, widget=Teks(attrs={"rows": 2}))
    penanggung_jawab = forms.CharField(label="Penanggung jawab", max_length=200)
    batas_waktu = tanggal("Batas waktu", required=True)


class TindakLanjutForm(TolakKendali, forms.Form):
    uraian = forms.CharField(
        label="Tindak lanjut yang dilakukan", max_length=4000, widget=Teks(attrs={"rows": 2})
    )
    bukti = forms.CharField(
        label="Bukti (nama dokumen atau alamat web)", max_length=500, required=False
    )


class NilaiForm(TolakKendali, forms.Form):
    selesai = forms.TypedChoiceField(
        label="Penilaian",
        choices=[("1", "Selesai"), ("0", "Belum memadai")],
        coerce=lambda v: v == "1",
    )
    catatan = forms.CharField(
        label="Catatan Inspektorat", max_length=4000, required=False, widget=Teks(attrs={"rows": 2})
    )
