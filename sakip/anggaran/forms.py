from decimal import Decimal

from django import forms

from sakip.dasar.bidang import AngkaField, FormDasar, Teks, angka_isian, bidang_urutan
from sakip.kinerja.triwulan import PILIHAN_TRIWULAN

from . import aturan, ubah
from .hitung import sasaran_pilihan
from .models import ProgramKegiatan

TRIWULAN = PILIHAN_TRIWULAN[1:]


def _angka(teks, label, desimal, bawah, atas=None):
    """Parse an Indonesian-written number without rounding anything the user typed."""
    nilai = angka_isian(teks, f"Realisasi {label}")
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
        return _angka(self.cleaned_data["keuangan"], "keuangan", 2, Decimal(0))

    def clean_fisik(self):
        return _angka(self.cleaned_data["fisik"], "fisik", 2, Decimal(0), Decimal(100))

    def clean(self):
        data = super().clean()
        if "triwulan" in data and "keuangan" in data:
            for pesan in aturan.masalah_realisasi(self.sub, data["triwulan"], data["keuangan"]):
                self.add_error("keuangan", pesan)
        return data


def _tidak_negatif(nilai):
    if nilai is not None and nilai < 0:
        raise forms.ValidationError("Pagu tidak boleh negatif.")
    return nilai


class PilihanSasaran(forms.ModelMultipleChoiceField):
    def label_from_instance(self, s):
        # A node below a sasaran (linked by an import) is named with its level.
        return f"{s.akar.tujuan.periode.nama} · {s.get_tingkat_display()} {s.nomor}: {s.nama}"


class PilihanInduk(forms.ModelChoiceField):
    def label_from_instance(self, p):
        return f"{p.kode} {p.nama}"


class BarisAnggaranForm(FormDasar):
    """A program, kegiatan or sub kegiatan line; pagu, output and sasaran on sub kegiatan
    only. Codes are checked as an import checks them (`aturan.masalah_kode`)."""

    induk = PilihanInduk(label="Induk", queryset=None)
    kode = forms.CharField(label="Kode", max_length=30, help_text="Mis. 2.07.01.2.02.0001")
    nama = forms.CharField(label="Nama", widget=Teks(attrs={"rows": 2}))
    urutan = bidang_urutan()
    pagu = AngkaField(label="Pagu (Rp)", required=True, help_text="Contoh: 1.234.567,89")
    pagu_perubahan = AngkaField(
        label="Pagu perubahan (Rp)", help_text="Kosongkan bila tidak ada APBD perubahan"
    )
    keluaran = forms.CharField(
        label="Indikator keluaran", required=False, widget=Teks(attrs={"rows": 2})
    )
    satuan_keluaran = forms.CharField(label="Satuan keluaran", required=False, max_length=40)
    target_keluaran = AngkaField(label="Target keluaran")
    sasaran = PilihanSasaran(
        label="Mendukung sasaran Renstra",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, pos, **kwargs):
        self.pos = pos
        if pos.pk:
            kwargs["initial"] = {
                "induk": pos.induk_id,
                "sasaran": [s.pk for s in pos.sasaran.all()],
                **{b: getattr(pos, b) for b in ubah.bidang(pos) if b in self.base_fields},
            }
        super().__init__(*args, **kwargs)
        if pos.tingkat == ubah.SUB:
            self.fields["sasaran"].queryset = sasaran_pilihan(pos.opd, pos.tahun, pos)
        else:
            for b in [*ubah.BIDANG_SUB, "sasaran"]:
                del self.fields[b]
        if pos.tingkat == ProgramKegiatan.Tingkat.PROGRAM:
            del self.fields["induk"]
        else:
            self.fields["induk"].queryset = ProgramKegiatan.objects.filter(
                opd=pos.opd, tahun=pos.tahun, tingkat=pos.tingkat - 1
            ).order_by("kode")

    def clean_kode(self):
        return self.cleaned_data["kode"].strip()

    def clean_pagu(self):
        return _tidak_negatif(self.cleaned_data["pagu"])

    def clean_pagu_perubahan(self):
        return _tidak_negatif(self.cleaned_data["pagu_perubahan"])

    def clean(self):
        d = super().clean()
        if {"kode", "nama"} <= d.keys() and ("induk" in d or "induk" not in self.fields):
            for pesan in aturan.masalah_kode(self.pos, d["kode"], d["nama"], d.get("induk")):
                self.add_error("kode", pesan)
        if {"pagu", "pagu_perubahan"} <= d.keys():
            bidang = "pagu" if d["pagu_perubahan"] is None else "pagu_perubahan"
            for pesan in aturan.masalah_pagu(self.pos, d["pagu"], d["pagu_perubahan"]):
                self.add_error(bidang, pesan)
        return d

    def nilai(self):
        d = self.cleaned_data
        induk = d.get("induk")
        return {
            "induk_id": induk.pk if induk else None,
            **{b: d[b] for b in ("kode", "nama")},
            "urutan": d["urutan"] or 0,
            **{b: d[b] for b in ubah.BIDANG_SUB if b in self.fields},
        }


class RealisasiKeluaranForm(FormDasar):
    realisasi_keluaran = AngkaField(label="Realisasi keluaran", help_text="Contoh: 1.234,5")
