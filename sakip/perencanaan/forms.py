"""Forms for entering an OPD's Renstra content, targets and Perjanjian Kinerja. Numbers are
typed the Indonesian way ("1.257,5") and kept exactly as typed (Decimal, never rounded)."""

from decimal import Decimal

from django import forms
from django.db.models import Q

from sakip.kinerja.angka import AngkaError, format_tepat, parse_angka
from sakip.kinerja.capaian import Agregasi, Polaritas

from .models import Indikator, Pejabat, Sasaran
from .penjelasan import periksa_rumus
from .ubah import BIDANG_INDIKATOR, NAMA_TRIWULAN

# DecimalField(max_digits=30, decimal_places=12): what fits without rounding.
MAKS_DESIMAL = 12
MAKS_DIGIT_BULAT = 18


def angka_isian(teks):
    """An Indonesian-written number as an exact Decimal that fits the database."""
    try:
        nilai = parse_angka(teks)
    except AngkaError as e:
        raise forms.ValidationError(str(e)) from None
    _, digit, eksponen = nilai.as_tuple()
    desimal = max(0, -eksponen)
    if desimal > MAKS_DESIMAL:
        raise forms.ValidationError(f"Paling banyak {MAKS_DESIMAL} angka di belakang koma.")
    if len(digit) - desimal > MAKS_DIGIT_BULAT:
        raise forms.ValidationError(
            f"Angka terlalu besar (paling banyak {MAKS_DIGIT_BULAT} digit)."
        )
    return nilai


class AngkaField(forms.CharField):
    """A number typed as text: "1.257,5", "-3,5", "82,97%". Empty is None."""

    PANJANG = 60

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.widget.attrs.update(inputmode="decimal", size=14, maxlength=self.PANJANG)

    def to_python(self, value):
        teks = super().to_python(value)
        if teks in self.empty_values:
            return None
        if len(teks) > self.PANJANG:
            raise forms.ValidationError(f"Paling banyak {self.PANJANG} karakter.")
        return angka_isian(teks)

    def prepare_value(self, value):
        return format_tepat(value) if isinstance(value, Decimal) else value


def sasaran_pemda(periode):
    """Pemda sasaran (RPJMD/RPD and supplements) whose period overlaps `periode`: what an
    OPD's tujuan or sasaran may serve (cascading)."""
    return Sasaran.objects.filter(
        tujuan__periode__pemda=periode.pemda_id,
        tujuan__periode__opd__isnull=True,
        tujuan__periode__tahun_awal__lte=periode.tahun_akhir,
        tujuan__periode__tahun_akhir__gte=periode.tahun_awal,
    ).select_related("tujuan__periode")


class PilihanSasaranPemda(forms.ModelChoiceField):
    def label_from_instance(self, s):
        return f"{s.tujuan.periode.nama} · Sasaran {s.nomor}: {s.nama}"


class _Dasar(forms.Form):
    required_css_class = "wajib"

    def kunci_semua(self):
        for f in self.fields.values():
            f.disabled = True


def _urutan():
    return forms.IntegerField(
        label="Urutan tampil",
        required=False,
        min_value=0,
        max_value=32767,
        initial=0,
        help_text="Angka kecil tampil lebih dulu",
    )


class TujuanForm(_Dasar):
    nomor = forms.CharField(label="Nomor", max_length=10)
    nama = forms.CharField(label="Rumusan tujuan", widget=forms.Textarea(attrs={"rows": 2}))
    misi = forms.ModelChoiceField(
        label="Misi", queryset=None, required=False, empty_label="(tidak dikaitkan)"
    )
    melayani = PilihanSasaranPemda(
        label="Mendukung sasaran Pemda (cascading)",
        queryset=None,
        required=False,
        empty_label="(tidak dikaitkan)",
    )
    urutan = _urutan()

    def __init__(self, *args, periode, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["misi"].queryset = periode.misi_set.all()
        self.fields["melayani"].queryset = sasaran_pemda(periode)

    def nilai(self):
        d = self.cleaned_data
        return {
            "nomor": d["nomor"].strip(),
            "nama": d["nama"].strip(),
            "misi_id": d["misi"].pk if d["misi"] else None,
            "melayani_id": d["melayani"].pk if d["melayani"] else None,
            "urutan": d["urutan"] or 0,
        }

    @staticmethod
    def awal(t):
        return {
            "nomor": t.nomor,
            "nama": t.nama,
            "misi": t.misi_id,
            "melayani": t.melayani_id,
            "urutan": t.urutan,
        }


class SasaranForm(_Dasar):
    nomor = forms.CharField(label="Nomor", max_length=10)
    nama = forms.CharField(label="Rumusan sasaran", widget=forms.Textarea(attrs={"rows": 2}))
    melayani = PilihanSasaranPemda(
        label="Mendukung sasaran Pemda (cascading)",
        queryset=None,
        required=False,
        empty_label="(tidak dikaitkan)",
    )
    urutan = _urutan()

    def __init__(self, *args, periode, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["melayani"].queryset = sasaran_pemda(periode)

    def nilai(self):
        d = self.cleaned_data
        return {
            "nomor": d["nomor"].strip(),
            "nama": d["nama"].strip(),
            "melayani_id": d["melayani"].pk if d["melayani"] else None,
            "urutan": d["urutan"] or 0,
        }

    @staticmethod
    def awal(s):
        return {"nomor": s.nomor, "nama": s.nama, "melayani": s.melayani_id, "urutan": s.urutan}


def _pilihan_kosong(choices, kosong="(tidak diisi)"):
    return [("", kosong), *choices]


class IndikatorForm(_Dasar):
    kode = forms.SlugField(
        label="Kode",
        max_length=50,
        help_text="Huruf kecil, angka dan tanda hubung, unik dalam periode ini",
    )
    nama = forms.CharField(label="Nama indikator", widget=forms.Textarea(attrs={"rows": 2}))
    satuan = forms.CharField(label="Satuan", max_length=40, help_text="Mis. %, orang, indeks")
    jenis = forms.ChoiceField(label="Jenis", choices=Indikator.Jenis.choices)
    polaritas = forms.ChoiceField(
        label="Polaritas",
        choices=[
            (Polaritas.POSITIF.value, "Positif (makin tinggi makin baik)"),
            (Polaritas.NEGATIF.value, "Negatif (makin rendah makin baik)"),
            (Polaritas.RENTANG.value, "Rentang (baik bila di antara dua batas)"),
        ],
    )
    rumus = forms.CharField(
        label="Rumus",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2, "spellcheck": "false", "autocomplete": "off"}),
        help_text="Kosongkan bila realisasi diisi langsung. Contoh: ditempatkan / terdaftar * 100; "
        "tahun sebelumnya: ditempatkan[n-1]; fungsi: bagi(a; b; 0), min, max, abs.",
    )
    rumus_uraian = forms.CharField(
        label="Rumus dalam kata-kata",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    asal_data = forms.ChoiceField(
        label="Asal data", required=False, choices=_pilihan_kosong(Indikator.AsalData.choices)
    )
    jenis_data = forms.ChoiceField(
        label="Jenis data", required=False, choices=_pilihan_kosong(Indikator.JenisData.choices)
    )
    sumber_data = forms.CharField(label="Sumber data", required=False, max_length=300)
    baseline_tahun = forms.IntegerField(
        label="Tahun baseline", required=False, min_value=1900, max_value=2200
    )
    baseline_nilai = AngkaField(label="Nilai baseline", help_text="Contoh: 1.257,5")
    target_akhir = AngkaField(label="Target akhir periode")
    target_akhir_atas = AngkaField(
        label="Batas atas target akhir", help_text="Hanya untuk polaritas rentang"
    )
    standar_nasional = AngkaField(label="Standar nasional/provinsi")
    agregasi = forms.ChoiceField(
        label="Agregasi triwulan",
        choices=[
            (Agregasi.TERAKHIR.value, "Nilai triwulan terakhir"),
            (Agregasi.JUMLAH.value, "Jumlah keempat triwulan"),
            (Agregasi.RATA_RATA.value, "Rata-rata triwulan"),
            (Agregasi.MAKS.value, "Nilai terbesar"),
            (Agregasi.MIN.value, "Nilai terkecil"),
        ],
        help_text="Cara nilai triwulan menjadi nilai tahunan (realisasi yang diisi langsung)",
    )
    iku = forms.BooleanField(label="Indikator Kinerja Utama (IKU)", required=False)
    urutan = _urutan()

    def __init__(self, *args, indikator, **kwargs):
        self.indikator = indikator
        super().__init__(*args, **kwargs)

    def clean_kode(self):
        kode = self.cleaned_data["kode"]
        lain = Indikator.objects.filter(periode=self.indikator.periode_id, kode=kode)
        if self.indikator.pk:
            lain = lain.exclude(pk=self.indikator.pk)
        if lain.exists():
            raise forms.ValidationError(
                f"Kode '{kode}' sudah dipakai indikator lain di periode ini."
            )
        return kode

    def clean_rumus(self):
        teks = self.cleaned_data["rumus"].strip()
        komposit = bool(self.indikator.pk) and self.indikator.komponen.exists()
        hasil = periksa_rumus(teks, self.indikator.periode.opd, komposit=komposit)
        if not hasil["sah"]:
            raise forms.ValidationError(hasil["galat"])
        return teks

    def clean(self):
        d = super().clean()
        berpasangan = "baseline_tahun" in d and "baseline_nilai" in d
        if berpasangan and (d["baseline_tahun"] is None) != (d["baseline_nilai"] is None):
            self.add_error("baseline_nilai", "Tahun dan nilai baseline diisi bersama.")
        rentang = d.get("polaritas") == Polaritas.RENTANG
        bawah, atas = d.get("target_akhir"), d.get("target_akhir_atas")
        if atas is not None and not rentang:
            self.add_error("target_akhir_atas", "Batas atas hanya untuk polaritas rentang.")
        elif rentang and (bawah is None) != (atas is None) and "target_akhir_atas" in d:
            self.add_error("target_akhir_atas", "Target rentang memerlukan batas bawah dan atas.")
        elif bawah is not None and atas is not None and bawah > atas:
            self.add_error("target_akhir_atas", "Batas atas lebih kecil dari batas bawah.")
        return d

    def nilai(self):
        d = self.cleaned_data
        return {
            "kode": d["kode"],
            "nama": d["nama"].strip(),
            "satuan": d["satuan"].strip(),
            "jenis": d["jenis"],
            "polaritas": d["polaritas"],
            "rumus": d["rumus"],
            "rumus_uraian": d["rumus_uraian"].strip(),
            "asal_data": d["asal_data"],
            "jenis_data": d["jenis_data"],
            "sumber_data": d["sumber_data"].strip(),
            "baseline_tahun": d["baseline_tahun"],
            "baseline_nilai": d["baseline_nilai"],
            "target_akhir": d["target_akhir"],
            "target_akhir_atas": d["target_akhir_atas"],
            "standar_nasional": d["standar_nasional"],
            "agregasi": d["agregasi"],
            "iku": d["iku"],
            "urutan": d["urutan"] or 0,
        }

    @staticmethod
    def awal(ind):
        return {b: getattr(ind, b) for b in BIDANG_INDIKATOR if not b.endswith("_id")}


def label_waktu(tahun, triwulan):
    return str(tahun) if not triwulan else f"Triwulan {NAMA_TRIWULAN[triwulan]} {tahun}"


class TargetForm(_Dasar):
    """A grid of targets: one row per (tahun, triwulan), a lower value and, for range
    indicators, an upper one. An emptied row removes its target."""

    def __init__(self, *args, indikator, waktu, tampil_atas, **kwargs):
        super().__init__(*args, **kwargs)
        self.indikator, self.waktu, self.tampil_atas = indikator, waktu, tampil_atas
        self.rentang = indikator.polaritas == Polaritas.RENTANG
        for t, q in waktu:
            label = label_waktu(t, q)
            self.fields[f"n_{t}_{q}"] = AngkaField(label=f"Target {label}")
            if tampil_atas:
                self.fields[f"a_{t}_{q}"] = AngkaField(label=f"Batas atas {label}")

    def baris(self):
        """(label, lower field, upper field or None) per row, for the template."""
        return [
            (
                label_waktu(t, q),
                self[f"n_{t}_{q}"],
                self[f"a_{t}_{q}"] if self.tampil_atas else None,
            )
            for t, q in self.waktu
        ]

    def clean(self):
        d = super().clean()
        for t, q in self.waktu:
            n, a = f"n_{t}_{q}", f"a_{t}_{q}"
            if n not in d or (self.tampil_atas and a not in d):
                continue
            bawah, atas = d[n], d.get(a)
            if atas is not None and bawah is None:
                self.add_error(n, "Isi batas bawah target rentang.")
            elif atas is not None and not self.rentang:
                self.add_error(a, "Batas atas hanya untuk indikator berpolaritas rentang.")
            elif self.rentang and bawah is not None and atas is None:
                self.add_error(a, "Indikator berpolaritas rentang memerlukan batas atas.")
            elif bawah is not None and atas is not None and bawah > atas:
                self.add_error(a, "Batas atas lebih kecil dari batas bawah.")
        return d

    def isian(self):
        d = self.cleaned_data
        hasil = {}
        for t, q in self.waktu:
            bawah, atas = d[f"n_{t}_{q}"], d.get(f"a_{t}_{q}")
            hasil[(t, q)] = None if bawah is None else (bawah, atas)
        return hasil

    @staticmethod
    def awal(tersimpan):
        hasil = {}
        for (t, q), target in tersimpan.items():
            hasil[f"n_{t}_{q}"] = target.nilai
            hasil[f"a_{t}_{q}"] = target.nilai_atas
        return hasil


class PilihanPejabat(forms.ModelChoiceField):
    def label_from_instance(self, p):
        return f"{p.nama} — {p.jabatan}"


class PKForm(_Dasar):
    tanggal = forms.DateField(
        label="Tanggal penandatanganan",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    pihak_pertama = PilihanPejabat(
        label="Pihak pertama", queryset=None, required=False, empty_label="(belum dipilih)"
    )
    pihak_kedua = PilihanPejabat(
        label="Pihak kedua", queryset=None, required=False, empty_label="(kepala daerah)"
    )
    alasan = forms.CharField(
        label="Alasan perubahan",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Wajib untuk PK perubahan (versi kedua dan seterusnya)",
    )

    def __init__(self, *args, opd, revisi, **kwargs):
        super().__init__(*args, **kwargs)
        self.revisi = revisi
        pejabat = Pejabat.objects.filter(Q(opd=opd) | Q(opd__isnull=True), pemda=opd.pemda_id)
        self.fields["pihak_pertama"].queryset = pejabat
        self.fields["pihak_kedua"].queryset = pejabat
        if revisi:
            self.fields["alasan"].required = True
        else:
            del self.fields["alasan"]

    def clean_alasan(self):
        alasan = self.cleaned_data["alasan"].strip()
        if self.revisi and not alasan:
            raise forms.ValidationError("Alasan perubahan Perjanjian Kinerja wajib diisi.")
        return alasan
