from django import forms

from sakip.akun.akses import alasan_tidak_boleh_ubah_aksi
from sakip.dasar.bidang import AngkaField, FormDasar, Teks, bidang_urutan
from sakip.instansi.models import Pejabat
from sakip.kinerja.triwulan import NAMA_BULAN, PILIHAN_TRIWULAN
from sakip.pengukuran.bukti import DITERIMA, BuktiError, periksa_berkas

from . import aturan
from .models import PILIHAN_STATUS, Aksi


class PilihanPejabat(forms.ModelChoiceField):
    def label_from_instance(self, p):
        return f"{p.nama} — {p.jabatan}"


class PilihanSub(forms.ModelChoiceField):
    def label_from_instance(self, s):
        return f"{s.kode} {s.nama}"


class AksiForm(FormDasar):
    """An action: what, when, who, from which budget line and how much, aiming at what.
    The amounts of one line stay within its pagu (`aturan.masalah_anggaran`); an official
    filling their own actions keeps themselves responsible (`akses`)."""

    uraian = forms.CharField(label="Uraian aksi", widget=Teks(attrs={"rows": 2}))
    triwulan = forms.TypedChoiceField(label="Triwulan", choices=PILIHAN_TRIWULAN[1:], coerce=int)
    bulan = forms.TypedChoiceField(
        label="Bulan",
        choices=[("", "— sepanjang triwulan —"), *enumerate(NAMA_BULAN, start=1)],
        coerce=int,
        empty_value=None,
        required=False,
        help_text="Bila aksi dijadwalkan pada satu bulan tertentu di dalam triwulan itu",
    )
    penanggung_jawab = PilihanPejabat(label="Penanggung jawab", queryset=None)
    sub_kegiatan = PilihanSub(label="Sub kegiatan", queryset=None, required=False)
    anggaran = AngkaField(label="Anggaran (Rp)", help_text="Contoh: 12.500.000")
    target = forms.CharField(
        label="Target aksi",
        max_length=Aksi._meta.get_field("target").max_length,
        required=False,
        help_text="Mis. «4 kali rapat» atau «1 dokumen»",
    )
    urutan = bidang_urutan()
    alasan = forms.CharField(
        label="Alasan perubahan",
        required=False,
        max_length=500,
        help_text="Dicatat di jejak audit. Boleh dikosongkan.",
    )

    def __init__(self, *args, aksi, pengguna, **kwargs):
        self.aksi, self.pengguna = aksi, pengguna
        if aksi.pk:
            kwargs["initial"] = {
                "uraian": aksi.uraian,
                "triwulan": aksi.triwulan,
                "bulan": aksi.bulan,
                "penanggung_jawab": aksi.penanggung_jawab_id,
                "sub_kegiatan": aksi.sub_kegiatan_id,
                "anggaran": aksi.anggaran,
                "target": aksi.target,
                "urutan": aksi.urutan,
            }
        super().__init__(*args, **kwargs)
        if not aksi.pk:
            del self.fields["alasan"]
        self.fields["penanggung_jawab"].queryset = Pejabat.objects.filter(opd=aksi.opd).order_by(
            "nama"
        )
        self.fields["sub_kegiatan"].queryset = aturan.sub_kegiatan_pilihan(aksi.opd, aksi.tahun)

    def clean(self):
        d = super().clean()
        if "triwulan" in d and "bulan" in d:
            for pesan in aturan.masalah_bulan(d["triwulan"], d["bulan"]):
                self.add_error("bulan", pesan)
        if "sub_kegiatan" in d and "anggaran" in d:
            for pesan in aturan.masalah_anggaran(self.aksi, d["sub_kegiatan"], d["anggaran"]):
                self.add_error("anggaran", pesan)
        if pj := d.get("penanggung_jawab"):
            alasan = alasan_tidak_boleh_ubah_aksi(
                self.pengguna,
                self.aksi.opd,
                self.aksi.tahun,
                penanggung_jawab={self.aksi.penanggung_jawab_id or pj.pk, pj.pk},
            )
            if alasan:
                self.add_error("penanggung_jawab", alasan)
        return d

    def nilai(self):
        d = self.cleaned_data
        return {
            "uraian": d["uraian"].strip(),
            "triwulan": d["triwulan"],
            "bulan": d["bulan"],
            "penanggung_jawab_id": d["penanggung_jawab"].pk,
            "sub_kegiatan_id": d["sub_kegiatan"].pk if d["sub_kegiatan"] else None,
            "anggaran": d["anggaran"],
            "target": d["target"].strip(),
            "urutan": d["urutan"] or 0,
        }


# What the owner fills in a report (the action and quarter come from the page).
BIDANG = ["status", "persen", "pelaksanaan", "kendala", "tindak_lanjut"]


class LaporanAksiForm(FormDasar):
    """The owner's report on an action at the end of a quarter, with an evidence file."""

    status = forms.ChoiceField(label="Status aksi", choices=PILIHAN_STATUS)
    persen = AngkaField(label="Kemajuan (%)", help_text="0 sampai 100. Boleh dikosongkan.")
    pelaksanaan = forms.CharField(
        label="Yang telah dilaksanakan", required=False, widget=Teks(attrs={"rows": 3})
    )
    kendala = forms.CharField(label="Kendala", required=False, widget=Teks(attrs={"rows": 2}))
    tindak_lanjut = forms.CharField(
        label="Tindak lanjut", required=False, widget=Teks(attrs={"rows": 2})
    )
    berkas = forms.FileField(
        label="Bukti dukung",
        required=False,
        help_text=f"{DITERIMA}, paling besar 10 MB. Boleh dikosongkan.",
        widget=forms.FileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,.docx,.xlsx"}),
        error_messages={"empty": "Berkas kosong."},
    )
    keterangan = forms.CharField(
        label="Keterangan bukti",
        required=False,
        max_length=300,
        help_text="Apa isi berkas ini, mis. «Notulen rapat koordinasi 12 Maret»",
    )

    def __init__(self, *args, laporan, **kwargs):
        if laporan.pk:
            kwargs["initial"] = {b: getattr(laporan, b) for b in self.base_fields if b in BIDANG}
        super().__init__(*args, **kwargs)

    def clean_persen(self):
        nilai = self.cleaned_data["persen"]
        if nilai is not None and not 0 <= nilai <= 100:
            raise forms.ValidationError("Kemajuan harus antara 0 dan 100.")
        return nilai

    def clean_berkas(self):
        berkas = self.cleaned_data["berkas"]
        if berkas:
            try:
                periksa_berkas(berkas)
            except BuktiError as e:
                raise forms.ValidationError(str(e)) from None
        return berkas

    def nilai(self):
        d = self.cleaned_data
        return {b: d[b].strip() if isinstance(d[b], str) else d[b] for b in BIDANG}
