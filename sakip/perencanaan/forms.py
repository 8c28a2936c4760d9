"""Forms for entering a plan's content (an OPD's Renstra or the Pemda's RPJMD/RPD), targets,
the Perjanjian Kinerja, and the Pemda's own settings, OPD and officials. Numbers are typed
the Indonesian way ("1.257,5") and kept exactly as typed (Decimal, never rounded)."""

from django import forms
from django.db.models import Q

from sakip.alur.kunci import alasan_terkunci
from sakip.alur.models import Dokumen
from sakip.anggaran.models import ProgramKegiatan
from sakip.dasar.bidang import AngkaField, FormDasar, Teks, bidang_urutan, tanggal
from sakip.instansi.models import OPD, Pejabat, Pemda
from sakip.kinerja.capaian import Agregasi, Polaritas
from sakip.kinerja.pohon import CaraGabung
from sakip.kinerja.predikat import PRESET
from sakip.kinerja.triwulan import nama_triwulan
from sakip.pengukuran.penjelasan import periksa_rumus

from .aturan import (
    alasan_dalam_induk,
    alasan_keterkaitan,
    alasan_leluhur,
    alasan_nomor_saudara,
    alasan_tahun_periode,
    alasan_target,
    alasan_tingkat_turunan,
    alasan_tumpang_periode,
)
from .lintas import opd_simpul, sebut_simpul, simpul_opd, simpul_pemda
from .models import Indikator, Periode, Sasaran, Tujuan
from .pohon import URUTAN_TINGKAT, simpul_periode, urut_pohon
from .struktur import BIDANG_PEMDA
from .ubah import BIDANG_INDIKATOR


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


class PilihanMisi(forms.ModelChoiceField):
    def label_from_instance(self, m):
        return f"Misi {m.nomor}: {m.teks}"


class PilihanPejabat(forms.ModelChoiceField):
    def label_from_instance(self, p):
        return f"{p.nama} — {p.jabatan}"


def pejabat_penandatangan(pemda_id, opd=None):
    """Officials who may sign for an OPD (its own and the Pemda's), or for the Pemda."""
    return Pejabat.objects.filter(Q(opd=opd) | Q(opd__isnull=True), pemda=pemda_id)


def bidang_melayani():
    """The Pemda sasaran a tujuan or sasaran serves (cascading); see `FormMelayani`."""
    return PilihanSasaranPemda(
        label="Mendukung sasaran Pemda (cascading)",
        queryset=None,
        required=False,
        empty_label="(tidak dikaitkan)",
    )


class FormMelayani(FormDasar):
    """A tujuan or sasaran form (with a `melayani = bidang_melayani()` field). An OPD's
    tujuan or sasaran may serve a Pemda sasaran; the Pemda's own plan is the top of the
    cascade, so its forms have no such field (and leave the stored link alone)."""

    def __init__(self, *args, periode, **kwargs):
        super().__init__(*args, **kwargs)
        if periode.opd_id:
            self.fields["melayani"].queryset = sasaran_pemda(periode)
        else:
            del self.fields["melayani"]


def _nilai_melayani(d):
    if "melayani" not in d:
        return {}
    return {"melayani_id": d["melayani"].pk if d["melayani"] else None}


class TujuanForm(FormMelayani):
    nomor = forms.CharField(label="Nomor", max_length=10)
    nama = forms.CharField(label="Rumusan tujuan", widget=Teks(attrs={"rows": 2}))
    misi = PilihanMisi(label="Misi", queryset=None, required=False, empty_label="(tidak dikaitkan)")
    melayani = bidang_melayani()
    urutan = bidang_urutan()

    def __init__(self, *args, periode, **kwargs):
        super().__init__(*args, periode=periode, **kwargs)
        self.fields["misi"].queryset = periode.misi_set.all()

    def nilai(self):
        d = self.cleaned_data
        return {
            "nomor": d["nomor"].strip(),
            "nama": d["nama"].strip(),
            "misi_id": d["misi"].pk if d["misi"] else None,
            **_nilai_melayani(d),
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


class SasaranForm(FormMelayani):
    nomor = forms.CharField(label="Nomor", max_length=10)
    nama = forms.CharField(label="Rumusan sasaran", widget=Teks(attrs={"rows": 2}))
    melayani = bidang_melayani()
    urutan = bidang_urutan()

    def nilai(self):
        d = self.cleaned_data
        return {
            "nomor": d["nomor"].strip(),
            "nama": d["nama"].strip(),
            **_nilai_melayani(d),
            "urutan": d["urutan"] or 0,
        }

    @staticmethod
    def awal(s):
        return {"nomor": s.nomor, "nama": s.nama, "melayani": s.melayani_id, "urutan": s.urutan}


class PilihanAnggaran(forms.ModelMultipleChoiceField):
    def label_from_instance(self, pos):
        return f"{pos.tahun} · {pos.get_tingkat_display()} {pos.kode} {pos.nama}"


# The budget lines that deliver a node of each level below a sasaran.
TINGKAT_ANGGARAN = {
    Sasaran.Tingkat.PROGRAM: [ProgramKegiatan.Tingkat.PROGRAM],
    Sasaran.Tingkat.KEGIATAN: [
        ProgramKegiatan.Tingkat.KEGIATAN,
        ProgramKegiatan.Tingkat.SUB_KEGIATAN,
    ],
    Sasaran.Tingkat.INDIVIDU: [ProgramKegiatan.Tingkat.SUB_KEGIATAN],
}


class TurunanForm(FormDasar):
    """A node below an OPD sasaran: sasaran program (under a sasaran), sasaran kegiatan
    (under a sasaran program) or sasaran individu (under a sasaran kegiatan), owned by one
    of the OPD's officials (Plt/Plh included: their jabatan says so) and delivered by
    budget lines of the plan's years. Its level is fixed; it may move to another parent
    of the level above."""

    induk = forms.ModelChoiceField(
        label="Melayani",
        queryset=None,
        help_text="Simpul satu tingkat di atasnya dalam periode ini",
        error_messages={"invalid_choice": "Pilih simpul rencana periode ini."},
    )
    nomor = forms.CharField(
        label="Nomor", max_length=10, help_text="Unik di antara simpul dengan induk yang sama"
    )
    nama = forms.CharField(label="Rumusan sasaran", widget=Teks(attrs={"rows": 2}))
    penanggung_jawab = PilihanPejabat(
        label="Penanggung jawab",
        queryset=None,
        empty_label="(pilih pejabat)",
        help_text="Pejabat OPD ini, termasuk Plt./Plh. (daftar pejabat diatur Admin Pemda)",
        error_messages={"invalid_choice": "Penanggung jawab harus pejabat OPD ini."},
    )
    anggaran = PilihanAnggaran(
        label="Dilaksanakan melalui",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": "Baris anggaran %(value)s bukan milik OPD ini pada tahun periode "
            "rencana, atau tingkatnya tidak sesuai."
        },
    )
    urutan = bidang_urutan()

    def __init__(self, *args, simpul, periode, **kwargs):
        self.simpul, self.periode = simpul, periode
        if simpul.pk:
            kwargs["initial"] = {
                "induk": simpul.induk_id,
                "nomor": simpul.nomor,
                "nama": simpul.nama,
                "penanggung_jawab": simpul.penanggung_jawab_id,
                "anggaran": [p.pk for p in simpul.program_kegiatan_set.all()],
                "urutan": simpul.urutan,
            }
        else:
            kwargs["initial"] = {"induk": simpul.induk_id, "urutan": 0}
        super().__init__(*args, **kwargs)
        # Every node of the period is accepted (and checked in `clean_induk`); those of the
        # level above are offered.
        semua = simpul_periode(periode)
        atas = URUTAN_TINGKAT[URUTAN_TINGKAT.index(simpul.tingkat) - 1]
        self.fields["induk"].queryset = semua
        self.fields["induk"].choices = [
            (s.pk, f"{s.get_tingkat_display()} {nomor}: {s.nama}")
            for s, nomor in urut_pohon(semua)
            if s.tingkat == atas
        ]
        self.fields["penanggung_jawab"].queryset = Pejabat.objects.filter(opd=periode.opd_id)
        garis = ProgramKegiatan.objects.filter(
            opd=periode.opd_id,
            tahun__gte=periode.tahun_awal,
            tahun__lte=periode.tahun_akhir,
            tingkat__in=TINGKAT_ANGGARAN[simpul.tingkat],
        )
        if simpul.pk:  # lines already linked stay visible, so saving never drops them unseen
            garis = garis | simpul.program_kegiatan_set.all()
        self.fields["anggaran"].queryset = garis.distinct().order_by("tahun", "kode")

    def clean_induk(self):
        induk = self.cleaned_data["induk"]
        leluhur, s = [], induk
        while s is not None:
            leluhur.append(s.pk)
            s = s.induk
        if pesan := alasan_leluhur(self.simpul.pk, leluhur) or alasan_tingkat_turunan(
            self.simpul.tingkat, induk.tingkat
        ):
            raise forms.ValidationError(pesan)
        return induk

    def clean_anggaran(self):
        """Linking or unlinking a line changes the budget the year's Perjanjian Kinerja is
        signed against: refused while that PK is locked, as on the budget's own form."""
        baru = list(self.cleaned_data["anggaran"])
        lama = set(self.simpul.program_kegiatan_set.all()) if self.simpul.pk else set()
        for tahun in sorted({p.tahun for p in lama.symmetric_difference(baru)}):
            if alasan := alasan_terkunci(self.periode.opd, tahun, Dokumen.PK):
                raise forms.ValidationError(f"Baris anggaran {tahun} tidak dapat diubah: {alasan}")
        return baru

    def clean(self):
        d = super().clean()
        if "induk" in d and "nomor" in d:
            saudara = d["induk"].anak_set.exclude(pk=self.simpul.pk).values_list("nomor", flat=True)
            if pesan := alasan_nomor_saudara(d["nomor"].strip(), saudara):
                self.add_error("nomor", pesan)
        return d

    def nilai(self):
        d = self.cleaned_data
        return {
            "induk_id": d["induk"].pk,
            "nomor": d["nomor"].strip(),
            "nama": d["nama"].strip(),
            "penanggung_jawab_id": d["penanggung_jawab"].pk,
            "urutan": d["urutan"] or 0,
        }


class PeriodeForm(FormDasar):
    """What is edited of a planning period: its name, vision and legal basis."""

    nama = forms.CharField(label="Nama dokumen", max_length=300)
    visi = forms.CharField(label="Visi", required=False, widget=Teks(attrs={"rows": 2}))
    dasar_hukum = forms.CharField(
        label="Dasar hukum",
        required=False,
        widget=Teks(attrs={"rows": 2}),
        help_text="Mis. nomor dan tanggal peraturan yang menetapkan dokumen ini",
    )
    tanggal_penetapan = tanggal("Tanggal penetapan")
    penandatangan = PilihanPejabat(
        label="Penandatangan", queryset=None, required=False, empty_label="(belum dipilih)"
    )

    def __init__(self, *args, periode, **kwargs):
        super().__init__(*args, **kwargs)
        self.periode = periode
        self.fields["penandatangan"].queryset = pejabat_penandatangan(periode.pemda_id, periode.opd)

    def nilai(self):
        d = self.cleaned_data
        return {
            "nama": d["nama"].strip(),
            "visi": d["visi"].strip(),
            "dasar_hukum": d["dasar_hukum"].strip(),
            "tanggal_penetapan": d["tanggal_penetapan"],
            "penandatangan_id": d["penandatangan"].pk if d["penandatangan"] else None,
        }

    @staticmethod
    def awal(p):
        return {
            "nama": p.nama,
            "visi": p.visi,
            "dasar_hukum": p.dasar_hukum,
            "tanggal_penetapan": p.tanggal_penetapan,
            "penandatangan": p.penandatangan_id,
        }


class PilihanPeriode(forms.ModelChoiceField):
    def label_from_instance(self, p):
        return f"{p.nama} ({p.tahun_awal}–{p.tahun_akhir})"


class PeriodeBaruForm(PeriodeForm):
    """A new Renstra of an OPD, or a supplement (suplemen) replacing some years of one; for
    the Pemda (`periode.opd` empty) a new RPJMD or RPD, or a supplement of one."""

    kode = forms.SlugField(
        label="Kode",
        max_length=50,
        help_text="Huruf kecil, angka dan tanda hubung, unik dalam Pemda ini, "
        "mis. renstra-dinas-2025-2029",
    )
    tahun_awal = forms.IntegerField(label="Tahun awal", min_value=2000, max_value=2100)
    tahun_akhir = forms.IntegerField(label="Tahun akhir", min_value=2000, max_value=2100)
    induk = PilihanPeriode(
        label="Suplemen dari",
        queryset=None,
        required=False,
        empty_label="(bukan suplemen)",
    )
    # Only for the Pemda: an OPD's period is a Renstra (or its supplement).
    jenis = forms.ChoiceField(
        label="Jenis dokumen",
        choices=[(j, j.label) for j in (Periode.Jenis.RPJMD, Periode.Jenis.RPD)],
        help_text="Suplemen (bila memilih induk) menjadi Suplemen RPJMD",
    )
    field_order = ["kode", "jenis", "nama", "tahun_awal", "tahun_akhir", "induk"]

    def __init__(self, *args, periode, **kwargs):
        super().__init__(*args, periode=periode, **kwargs)
        self.dokumen = "Renstra" if periode.opd_id else "RPJMD/RPD"
        if periode.opd_id:
            del self.fields["jenis"]
        self.fields["induk"].queryset = Periode.objects.filter(
            pemda=periode.pemda_id, opd=periode.opd, induk__isnull=True
        )
        bantuan = f"Pilih {self.dokumen} induk bila periode ini menggantikan sebagian tahunnya"
        self.fields["induk"].help_text = bantuan

    def clean_kode(self):
        kode = self.cleaned_data["kode"]
        if Periode.objects.filter(pemda=self.periode.pemda_id, kode=kode).exists():
            raise forms.ValidationError(f"Kode '{kode}' sudah dipakai periode lain di Pemda ini.")
        return kode

    def clean(self):
        d = super().clean()
        awal, akhir, induk = d.get("tahun_awal"), d.get("tahun_akhir"), d.get("induk")
        if awal is None or akhir is None:
            return d
        dalam_induk = induk and alasan_dalam_induk(awal, akhir, induk.tahun_awal, induk.tahun_akhir)
        if pesan := alasan_tahun_periode(awal, akhir, self.dokumen):
            self.add_error("tahun_akhir", pesan)
        elif dalam_induk:
            self.add_error("induk", dalam_induk)
        else:
            lain = Periode.objects.filter(
                pemda=self.periode.pemda_id, opd=self.periode.opd, induk=induk
            ).values_list("nama", "tahun_awal", "tahun_akhir")
            if pesan := alasan_tumpang_periode(awal, akhir, lain, self.dokumen):
                self.add_error("tahun_awal", pesan)
        return d

    def _jenis(self):
        d = self.cleaned_data
        if not self.periode.opd_id:
            return Periode.Jenis.SUPLEMEN_RPJMD if d["induk"] else d["jenis"]
        return Periode.Jenis.SUPLEMEN_RENSTRA if d["induk"] else Periode.Jenis.RENSTRA

    def nilai(self):
        d = self.cleaned_data
        return {
            "kode": d["kode"],
            "jenis": self._jenis(),
            "tahun_awal": d["tahun_awal"],
            "tahun_akhir": d["tahun_akhir"],
            "induk_id": d["induk"].pk if d["induk"] else None,
            **super().nilai(),
        }


class MisiForm(FormDasar):
    nomor = forms.IntegerField(label="Nomor", min_value=1, max_value=99)
    teks = forms.CharField(label="Rumusan misi", widget=Teks(attrs={"rows": 2}))

    def __init__(self, *args, periode, **kwargs):
        # `periode` is given to every form of a Renstra part; a misi needs nothing from it.
        super().__init__(*args, **kwargs)

    def nilai(self):
        d = self.cleaned_data
        return {"nomor": d["nomor"], "teks": d["teks"].strip()}

    @staticmethod
    def awal(m):
        return {"nomor": m.nomor, "teks": m.teks}


def _pilihan_kosong(choices, kosong="(tidak diisi)"):
    return [("", kosong), *choices]


class PilihanIndikator(forms.ModelMultipleChoiceField):
    def label_from_instance(self, ind):
        return f"{ind.kode} — {ind.nama}"


def kunci_induk(ind):
    """The indicator form's value for the tujuan or sasaran an indicator hangs on."""
    return f"sasaran-{ind.sasaran_id}" if ind.sasaran_id else f"tujuan-{ind.tujuan_id}"


class IndikatorForm(FormDasar):
    """An indicator of a planning period. Components are one level deep, as the calculation
    reads them (`pengukuran.hitung`) and the import accepts them: a component is not itself
    composite, and a component does not get components; so no cycle can form."""

    kode = forms.SlugField(
        label="Kode",
        max_length=50,
        help_text="Huruf kecil, angka dan tanda hubung, unik dalam periode ini",
    )
    nama = forms.CharField(label="Nama indikator", widget=Teks(attrs={"rows": 2}))
    induk = forms.ChoiceField(
        label="Induk",
        help_text="Tujuan atau sasaran periode ini; pilih yang lain untuk memindahkan indikator",
    )
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
    # Before `rumus`: cleaning the formula needs to know whether the indicator is composite.
    komponen = PilihanIndikator(
        label="Komponen",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Bila dipilih, indikator ini komposit: target dan realisasinya rata-rata "
        "komponennya, tanpa rumus dan tanpa target sendiri",
    )
    rumus = forms.CharField(
        label="Rumus",
        required=False,
        max_length=2000,
        widget=Teks(attrs={"rows": 2, "spellcheck": "false", "autocomplete": "off"}),
        help_text="Kosongkan bila realisasi diisi langsung. Contoh: ditempatkan / terdaftar * 100; "
        "tahun sebelumnya: ditempatkan[n-1]; fungsi: bagi(a; b; 0), min, max, abs.",
    )
    rumus_uraian = forms.CharField(
        label="Rumus dalam kata-kata",
        required=False,
        widget=Teks(attrs={"rows": 2}),
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
    urutan = bidang_urutan()

    def __init__(self, *args, indikator, **kwargs):
        self.indikator = indikator
        super().__init__(*args, **kwargs)
        periode = indikator.periode
        pilihan = []
        for t in Tujuan.objects.filter(periode=periode).prefetch_related("sasaran_set"):
            pilihan.append((f"tujuan-{t.pk}", f"Tujuan {t.nomor}: {t.nama}"))
            pilihan += [
                (f"sasaran-{s.pk}", f"— Sasaran {s.nomor}: {s.nama}") for s in t.sasaran_set.all()
            ]
        bawah = indikator.sasaran if indikator.sasaran_id else None
        if bawah is not None and bawah.tingkat != Sasaran.Tingkat.SASARAN:
            # A node below a sasaran keeps its indicators; it is not one of the choices above.
            pilihan.append((f"sasaran-{bawah.pk}", f"{bawah.get_tingkat_display()}: {bawah.nama}"))
            # IKU are the OPD's own (tujuan and sasaran), as the data format has them.
            del self.fields["iku"]
        self.fields["induk"].choices = pilihan
        self.fields["komponen"].queryset = Indikator.objects.filter(periode=periode).exclude(
            pk=indikator.pk
        )

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

    def clean_komponen(self):
        komponen = self.cleaned_data["komponen"]
        if not komponen:
            return []
        komposit = sorted(
            komponen.filter(komponen__isnull=False).distinct().values_list("kode", flat=True)
        )
        if komposit:
            raise forms.ValidationError(
                f"Komponen tidak boleh berupa indikator komposit: {', '.join(komposit)}."
            )
        if self.indikator.pk:
            pemakai = sorted(
                Indikator.objects.filter(komponen=self.indikator).values_list("kode", flat=True)
            )
            if pemakai:
                raise forms.ValidationError(
                    f"Indikator ini sudah menjadi komponen {', '.join(pemakai)}, sehingga "
                    "tidak dapat memiliki komponen sendiri."
                )
            if self.indikator.target_set.exists():
                raise forms.ValidationError(
                    "Indikator ini masih memiliki target sendiri. Kosongkan targetnya terlebih "
                    "dahulu: target indikator komposit dihitung dari komponennya."
                )
        return list(komponen)

    def clean_rumus(self):
        teks = self.cleaned_data["rumus"].strip()
        komposit = bool(self.cleaned_data.get("komponen"))
        periode = self.indikator.periode
        hasil = periksa_rumus(teks, periode.opd or periode.pemda, komposit=komposit)
        if not hasil["sah"]:
            raise forms.ValidationError(hasil["galat"])
        return teks

    def clean(self):
        d = super().clean()
        berpasangan = "baseline_tahun" in d and "baseline_nilai" in d
        if berpasangan and (d["baseline_tahun"] is None) != (d["baseline_nilai"] is None):
            self.add_error("baseline_nilai", "Tahun dan nilai baseline diisi bersama.")
        rentang = d.get("polaritas") == Polaritas.RENTANG
        # The end target may stay empty; a typed one follows the rule of every target.
        if {"target_akhir", "target_akhir_atas"} <= d.keys() and (
            salah := alasan_target(rentang, d["target_akhir"], d["target_akhir_atas"])
        ):
            bound, pesan = salah
            self.add_error("target_akhir" if bound == "bawah" else "target_akhir_atas", pesan)
        return d

    def nilai(self):
        d = self.cleaned_data
        bagian, induk = d["induk"].split("-")
        return {
            "tujuan_id": int(induk) if bagian == "tujuan" else None,
            "sasaran_id": int(induk) if bagian == "sasaran" else None,
            "komponen": d["komponen"],
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
            "iku": d.get("iku", False),
            "urutan": d["urutan"] or 0,
        }

    @staticmethod
    def awal(ind):
        return {
            **{b: getattr(ind, b) for b in BIDANG_INDIKATOR if not b.endswith("_id")},
            "induk": kunci_induk(ind),
            "komponen": list(ind.komponen.values_list("pk", flat=True)),
        }


def label_waktu(tahun, triwulan):
    return str(tahun) if not triwulan else f"{nama_triwulan(triwulan)} {tahun}"


class TargetForm(FormDasar):
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
            if salah := alasan_target(self.rentang, d[n], d.get(a)):
                bound, pesan = salah
                self.add_error(n if bound == "bawah" else a, pesan)
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


class PKForm(FormDasar):
    tanggal = tanggal("Tanggal penandatanganan")
    pihak_pertama = PilihanPejabat(
        label="Pihak pertama", queryset=None, required=False, empty_label="(belum dipilih)"
    )
    pihak_kedua = PilihanPejabat(
        label="Pihak kedua", queryset=None, required=False, empty_label="(kepala daerah)"
    )
    alasan = forms.CharField(
        label="Alasan perubahan",
        required=False,
        widget=Teks(attrs={"rows": 2}),
        help_text="Wajib untuk PK perubahan (versi kedua dan seterusnya)",
    )

    def __init__(self, *args, opd, revisi, **kwargs):
        super().__init__(*args, **kwargs)
        pejabat = pejabat_penandatangan(opd.pemda_id, opd)
        self.fields["pihak_pertama"].queryset = pejabat
        self.fields["pihak_kedua"].queryset = pejabat
        if revisi:
            self.fields["alasan"].required = True
        else:
            del self.fields["alasan"]


class PKPejabatForm(PKForm):
    """The PK of an official of the cascade: left empty, the holder signs as pihak pertama
    and their direct superior as pihak kedua; a Plt./Plh. may sign for the holder."""

    def __init__(self, *args, pemegang, atasan, **kwargs):
        super().__init__(*args, **kwargs)
        pertama = self.fields["pihak_pertama"]
        pertama.empty_label = f"{pemegang.nama} (pemegang jabatan)"
        pertama.help_text = (
            "Pilih pejabat Plt./Plh. bila ia yang menandatangani atas nama jabatan ini"
        )
        kedua = self.fields["pihak_kedua"]
        kedua.empty_label = f"{atasan.nama} (atasan langsung)" if atasan else "(belum dipilih)"


# --- the Pemda's own settings, OPD and officials (Admin Pemda) ----------------------------


# Django's own message speaks of a "slug"; users know it as a code.
_KODE_SALAH = {"invalid": "Gunakan huruf, angka, garis bawah atau tanda hubung saja, tanpa spasi."}


class PemdaForm(FormDasar):
    nama = forms.CharField(label="Nama Pemda", max_length=200)
    provinsi = forms.CharField(label="Provinsi", max_length=100, required=False)
    skala_predikat = forms.ChoiceField(
        label="Skala predikat",
        choices=[
            (kode, f"{s.nama} ({', '.join(p.label for p in reversed(s.pita))})")
            for kode, s in PRESET.items()
        ],
        help_text="Skala yang memberi predikat pada capaian di seluruh Pemda",
    )
    batas_capaian = AngkaField(
        label="Batas atas capaian (%)",
        help_text="Mis. 100 atau 120; kosongkan bila capaian tidak dibatasi. "
        "Nilai tanpa batas tetap ditampilkan.",
    )

    gabung_capaian = forms.ChoiceField(
        label="Capaian sasaran program dan kegiatan",
        choices=Pemda._meta.get_field("gabung_capaian").choices,
        required=False,
        help_text="Pada pohon kinerja: dari indikatornya sendiri, atau digabung dari simpul di "
        "bawahnya (rata-rata, atau tertimbang pagu anggaran di bawah setiap simpul)",
    )
    pejabat_boleh_mengisi = forms.BooleanField(
        label="Pejabat boleh mengisi PK dan rencana aksinya sendiri",
        required=False,
        help_text=Pemda._meta.get_field("pejabat_boleh_mengisi").help_text
        + " (akun ditautkan ke pejabat di halaman Pengguna)",
    )

    def clean_batas_capaian(self):
        batas = self.cleaned_data["batas_capaian"]
        if batas is not None and batas < 100:
            raise forms.ValidationError(
                "Batas capaian paling rendah 100; kosongkan bila capaian tidak dibatasi."
            )
        return batas

    def nilai(self):
        d = self.cleaned_data
        return {
            "nama": d["nama"].strip(),
            "provinsi": d["provinsi"].strip(),
            "skala_predikat": d["skala_predikat"],
            "batas_capaian": d["batas_capaian"],
            "gabung_capaian": d["gabung_capaian"] or CaraGabung.SENDIRI,
            "pejabat_boleh_mengisi": d["pejabat_boleh_mengisi"],
        }

    @staticmethod
    def awal(p):
        return {b: getattr(p, b) for b in BIDANG_PEMDA}


class OPDForm(FormDasar):
    slug = forms.SlugField(
        label="Kode alamat",
        max_length=50,
        help_text="Huruf kecil, angka dan tanda hubung, unik di seluruh aplikasi, "
        "mis. dinas-pendidikan-ppu; dipakai di alamat halaman OPD",
        error_messages=_KODE_SALAH,
    )
    nama = forms.CharField(label="Nama OPD", max_length=300)
    singkatan = forms.CharField(label="Singkatan", max_length=60, required=False)

    def __init__(self, *args, opd, **kwargs):
        super().__init__(*args, **kwargs)
        self.opd = opd

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if OPD.objects.filter(slug=slug).exclude(pk=self.opd.pk).exists():
            raise forms.ValidationError(f"Kode '{slug}' sudah dipakai OPD lain.")
        return slug

    def nilai(self):
        d = self.cleaned_data
        return {"slug": d["slug"], "nama": d["nama"].strip(), "singkatan": d["singkatan"].strip()}

    @staticmethod
    def awal(o):
        return {"slug": o.slug, "nama": o.nama, "singkatan": o.singkatan}


class PejabatForm(FormDasar):
    kode = forms.SlugField(
        label="Kode",
        max_length=50,
        help_text="Huruf kecil, angka dan tanda hubung, unik dalam Pemda ini, mis. kadis-dukcapil",
        error_messages=_KODE_SALAH,
    )
    nama = forms.CharField(label="Nama dan gelar", max_length=200)
    nip = forms.CharField(
        label="NIP",
        max_length=30,
        required=False,
        help_text="18 digit, boleh dengan spasi: 19680503 199303 1 005",
    )
    pangkat = forms.CharField(label="Pangkat", max_length=100, required=False)
    golongan = forms.CharField(label="Golongan", max_length=20, required=False)
    jabatan = forms.CharField(label="Jabatan", max_length=200)
    opd = forms.ModelChoiceField(
        label="OPD",
        queryset=None,
        required=False,
        empty_label="(pejabat tingkat Pemda)",
    )

    def __init__(self, *args, pejabat, **kwargs):
        super().__init__(*args, **kwargs)
        self.pejabat = pejabat
        self.fields["opd"].queryset = OPD.objects.filter(pemda=pejabat.pemda_id)

    def clean_kode(self):
        kode = self.cleaned_data["kode"]
        lain = Pejabat.objects.filter(pemda=self.pejabat.pemda_id, kode=kode)
        if lain.exclude(pk=self.pejabat.pk).exists():
            raise forms.ValidationError(f"Kode '{kode}' sudah dipakai pejabat lain di Pemda ini.")
        return kode

    def clean_nip(self):
        nip = " ".join(self.cleaned_data["nip"].split())
        angka = nip.replace(" ", "")
        if nip and not (angka.isdigit() and len(angka) == 18):
            raise forms.ValidationError("NIP terdiri dari 18 angka.")
        return nip

    def nilai(self):
        d = self.cleaned_data
        return {
            "kode": d["kode"],
            "nama": d["nama"].strip(),
            "nip": d["nip"],
            "pangkat": d["pangkat"].strip(),
            "golongan": d["golongan"].strip(),
            "jabatan": d["jabatan"].strip(),
            "opd_id": d["opd"].pk if d["opd"] else None,
        }

    @staticmethod
    def awal(p):
        bidang = ("kode", "nama", "nip", "pangkat", "golongan", "jabatan")
        return {**{b: getattr(p, b) for b in bidang}, "opd": p.opd_id}


class _PilihanSimpul(forms.ModelChoiceField):
    """A sasaran or lower node, named with its level (and, `dengan_opd`, its OPD)."""

    def __init__(self, *args, dengan_opd=False, **kwargs):
        self.dengan_opd = dengan_opd
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        nama = sebut_simpul(obj)
        return f"{opd_simpul(obj).nama} — {nama}" if self.dengan_opd else nama


class UsulLintasForm(FormDasar):
    """A crosscutting proposal: which of the OPD's sasaran, which OPD of the Pemda
    contributes, optionally through which of its sasaran or nodes, and how."""

    sasaran = _PilihanSimpul(
        Sasaran.objects.none(), label="Sasaran OPD ini yang didukung (semua tingkat)"
    )
    opd_mitra = forms.ModelChoiceField(OPD.objects.none(), label="OPD mitra yang berkontribusi")
    sasaran_mitra = _PilihanSimpul(
        Sasaran.objects.none(),
        required=False,
        dengan_opd=True,
        label="Sasaran OPD mitra yang berkontribusi (bila sudah diketahui)",
        help_text="Boleh dikosongkan; OPD mitra dapat menyebutnya saat menerima.",
    )
    catatan = forms.CharField(
        label="Bentuk kontribusi", required=False, widget=Teks(attrs={"rows": 3})
    )

    def __init__(self, *args, opd, **kwargs):
        super().__init__(*args, **kwargs)
        self.opd = opd
        self.fields["sasaran"].queryset = simpul_opd(opd)
        self.fields["opd_mitra"].queryset = OPD.objects.filter(pemda=opd.pemda_id).exclude(
            pk=opd.pk
        )
        self.fields["sasaran_mitra"].queryset = simpul_pemda(opd.pemda_id, opd)

    def clean(self):
        d = super().clean()
        if d.get("sasaran") and d.get("opd_mitra"):
            m = d.get("sasaran_mitra")
            alasan = alasan_keterkaitan(
                self.opd.pk,
                self.opd.pemda_id,
                opd_simpul(d["sasaran"]).pk,
                d["opd_mitra"].pk,
                d["opd_mitra"].pemda_id,
                opd_simpul(m).pk if m else None,
            )
            if alasan:
                raise forms.ValidationError(alasan)
        return d


class PutusanLintasForm(FormDasar):
    """The partner's decision on a proposal (accept, possibly naming its contributing
    node; refuse with a reason), or the proposer's withdrawal."""

    TINDAKAN = [("terima", "Terima"), ("tolak", "Tolak"), ("tarik", "Tarik usulan")]

    tindakan = forms.ChoiceField(choices=TINDAKAN, widget=forms.HiddenInput)
    sasaran_mitra = _PilihanSimpul(
        Sasaran.objects.none(),
        required=False,
        label="Sasaran OPD Anda yang berkontribusi",
        help_text="Bila dikosongkan, yang disebut pengusul (bila ada) tetap dipakai.",
    )
    alasan = forms.CharField(label="Alasan", required=False, widget=Teks(attrs={"rows": 2}))

    def __init__(self, *args, keterkaitan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sasaran_mitra"].queryset = simpul_opd(keterkaitan.opd_mitra)

    def clean(self):
        d = super().clean()
        if d.get("tindakan") == "tolak" and not (d.get("alasan") or "").strip():
            self.add_error("alasan", "Tuliskan alasan penolakan.")
        return d
