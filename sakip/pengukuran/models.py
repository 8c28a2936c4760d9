"""Measured values: data variables with their yearly/quarterly values, realisations
entered directly, and the figures each source document printed ("dilaporkan"),
kept so later checks can compare them with what the engine computes."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from sakip.dasar.kolom import angka
from sakip.instansi.models import OPD, Pemda
from sakip.kinerja.capaian import Agregasi
from sakip.kinerja.triwulan import PILIHAN_TRIWULAN, nama_triwulan
from sakip.perencanaan.models import Indikator

TRIWULAN_CHOICES = PILIHAN_TRIWULAN


class Variabel(models.Model):
    """A named data variable used in formulas, e.g. `ditempatkan` = jobseekers placed.
    Owned by an OPD (or by the Pemda when opd is empty); it outlives planning periods."""

    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="variabel_set")
    opd = models.ForeignKey(OPD, models.CASCADE, null=True, blank=True, related_name="variabel_set")
    kode = models.CharField(max_length=60, help_text="Nama dalam rumus")
    nama = models.CharField(max_length=300)
    satuan = models.CharField(max_length=40, blank=True)
    agregasi = models.CharField(
        max_length=10,
        choices=[(a.value, a.value.replace("_", " ")) for a in Agregasi],
        default=Agregasi.JUMLAH,
        help_text="Cara triwulan menjadi nilai tahunan",
    )
    sumber = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["kode"]
        verbose_name_plural = "variabel"
        constraints = [
            models.UniqueConstraint(fields=["opd", "kode"], name="variabel_kode_unik_opd"),
            models.UniqueConstraint(
                fields=["pemda", "kode"],
                condition=Q(opd__isnull=True),
                name="variabel_kode_unik_pemda",
            ),
        ]

    def __str__(self):
        return self.kode


class NilaiVariabel(models.Model):
    variabel = models.ForeignKey(Variabel, models.CASCADE, related_name="nilai_set")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(default=0, choices=TRIWULAN_CHOICES)
    nilai = angka()

    class Meta:
        ordering = ["tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(
                fields=["variabel", "tahun", "triwulan"], name="nilai_variabel_unik"
            ),
            models.CheckConstraint(condition=Q(triwulan__lte=4), name="nilai_triwulan_0_4"),
        ]

    def __str__(self):
        return f"{self.variabel} {self.tahun}/{self.triwulan}: {self.nilai}"


class Realisasi(models.Model):
    """A realisation entered directly, for indicators without a formula (or where the
    source document gives only the percentage)."""

    indikator = models.ForeignKey(Indikator, models.CASCADE, related_name="realisasi_set")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(default=0, choices=TRIWULAN_CHOICES)
    nilai = angka()
    keterangan = models.TextField(blank=True)

    class Meta:
        ordering = ["tahun", "triwulan"]
        verbose_name_plural = "realisasi"
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "triwulan"], name="realisasi_unik"
            ),
            models.CheckConstraint(condition=Q(triwulan__lte=4), name="realisasi_triwulan_0_4"),
        ]

    def __str__(self):
        return f"{self.indikator} {self.tahun}/{self.triwulan}: {self.nilai}"


class NilaiDilaporkan(models.Model):
    """What a source document printed, kept verbatim (as numbers) for comparison."""

    indikator = models.ForeignKey(Indikator, models.CASCADE, related_name="dilaporkan_set")
    tahun = models.PositiveSmallIntegerField()
    sumber = models.CharField(
        max_length=200, help_text="Dokumen dan tabel, mis. 'LKjIP 2022 Tabel 5'"
    )
    target = angka(null=True, blank=True)
    realisasi = angka(null=True, blank=True)
    capaian = angka(null=True, blank=True)
    kategori = models.CharField(max_length=60, blank=True)
    satuan = models.CharField(max_length=40, blank=True, help_text="Satuan seperti tercetak")
    nama = models.TextField(blank=True, help_text="Nama indikator seperti tercetak, bila berbeda")

    class Meta:
        ordering = ["tahun", "sumber"]
        verbose_name_plural = "nilai dilaporkan"

    def __str__(self):
        return f"{self.indikator} {self.tahun} ({self.sumber})"


# Canonical file extension of each accepted evidence type (see `sakip.pengukuran.bukti`).
EKSTENSI_BUKTI = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
}


def _nama_bukti(bukti, nama_asli):
    # The user's file name never reaches the file system: a random name under bukti/.
    return f"bukti/{uuid.uuid4().hex}.{EKSTENSI_BUKTI[bukti.jenis_isi]}"


class BuktiDukung(models.Model):
    """An evidence file for an indicator's value in one year and quarter (0 = the whole
    year). Stored privately under MEDIA_ROOT with a random name and only handed out as a
    download to those who may see the indicator."""

    indikator = models.ForeignKey(Indikator, models.CASCADE, related_name="bukti_set")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(default=0, choices=TRIWULAN_CHOICES)
    berkas = models.FileField(upload_to=_nama_bukti, max_length=200)
    nama_asli = models.CharField(max_length=255)
    keterangan = models.CharField(
        max_length=300, blank=True, help_text="Apa isi berkas ini, mis. nomor dan tanggal surat"
    )
    jenis_isi = models.CharField(max_length=100)
    ukuran = models.PositiveIntegerField()
    diunggah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    diunggah_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["tahun", "triwulan", "diunggah_pada", "id"]
        verbose_name = "bukti dukung"
        verbose_name_plural = "bukti dukung"
        indexes = [models.Index(fields=["indikator", "tahun", "triwulan"], name="bukti_periode")]

    def __str__(self):
        return f"{self.nama_asli} ({self.indikator}, {self.tahun} {nama_triwulan(self.triwulan)})"


class HasilIndikator(models.Model):
    """The computed annual figures of an indicator, stored so that pages read them instead
    of recomputing (`sakip.pengukuran.tersimpan`). Deleted when any input changes and
    recomputed by the write that changed it, after its commit. Numbers are kept as exact
    decimal text, since a capaian has up to 50 significant digits and neither back end's
    numeric column keeps them all on SQLite."""

    # Derived rows: they go with their indicator and never hold a delete back
    # (`jejak.terkait.data_terkait`).
    turunan = True

    indikator = models.ForeignKey(Indikator, models.CASCADE, related_name="hasil_set")
    tahun = models.PositiveSmallIntegerField()
    target = models.CharField(max_length=80, blank=True)
    target_atas = models.CharField(max_length=80, blank=True)
    realisasi = models.CharField(max_length=80, blank=True)
    sumber = models.CharField(max_length=10, blank=True)
    capaian = models.CharField(max_length=80, blank=True)
    tanpa_batas = models.CharField(max_length=80, blank=True)
    catatan_capaian = models.TextField(blank=True)
    predikat = models.CharField(max_length=60, blank=True)
    catatan = models.TextField(blank=True, help_text="Catatan, satu per baris")

    class Meta:
        verbose_name_plural = "hasil indikator"
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun"], name="hasil_indikator_unik")
        ]

    def __str__(self):
        return f"{self.indikator_id} {self.tahun}: {self.capaian}"


class VersiHasil(models.Model):
    """A counter per OPD, raised whenever stored results of the OPD are invalidated, so a
    computation that read the inputs before the change does not store its stale results.
    `dihitung` is the counter's value when the OPD's results were last stored whole: equal
    to `versi`, nothing of the OPD is missing."""

    turunan = True  # see HasilIndikator

    opd = models.OneToOneField(OPD, models.CASCADE, primary_key=True, related_name="+")
    versi = models.PositiveBigIntegerField(default=0)
    dihitung = models.PositiveBigIntegerField(null=True, blank=True)

    def __str__(self):
        return f"{self.opd_id}: {self.versi}"
