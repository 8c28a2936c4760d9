"""The agency structure every other app refers to: the Pemda, its OPD and their officials.

The tables keep the names they were created with in `perencanaan`, where these models
lived first (moving them moved no data)."""

from django.db import models

from sakip.dasar.kolom import angka
from sakip.kinerja.pohon import CaraGabung
from sakip.kinerja.predikat import PRESET


class Pemda(models.Model):
    class Jenis(models.TextChoices):
        PROVINSI = "provinsi", "Provinsi"
        KABUPATEN = "kabupaten", "Kabupaten"
        KOTA = "kota", "Kota"

    slug = models.SlugField(unique=True)
    nama = models.CharField(max_length=200)
    jenis = models.CharField(max_length=10, choices=Jenis.choices)
    provinsi = models.CharField(max_length=100, blank=True)
    skala_predikat = models.CharField(
        max_length=40,
        choices=[(kode, s.nama) for kode, s in PRESET.items()],
        default="permendagri-86",
    )
    batas_capaian = angka(null=True, blank=True, help_text="Batas atas capaian, mis. 100 atau 120")
    gabung_capaian = models.CharField(
        max_length=20,
        choices=[
            (CaraGabung.SENDIRI, "Dari indikatornya sendiri"),
            (CaraGabung.RATA_RATA, "Rata-rata capaian simpul di bawahnya"),
            (CaraGabung.BOBOT_ANGGARAN, "Rata-rata tertimbang pagu simpul di bawahnya"),
        ],
        default=CaraGabung.SENDIRI,
        help_text="Capaian sasaran program, kegiatan dan individu pada pohon kinerja",
    )
    pejabat_boleh_mengisi = models.BooleanField(
        "pejabat boleh mengisi PK dan rencana aksinya sendiri",
        default=False,
        help_text="Pejabat yang akunnya ditautkan ke data pejabat dapat menetapkan Perjanjian "
        "Kinerjanya sendiri selama PK OPD masih terbuka, serta mengubah aksi yang menjadi "
        "tanggung jawabnya dan melaporkannya tiap triwulan",
    )

    class Meta:
        db_table = "perencanaan_pemda"
        ordering = ["nama"]
        verbose_name_plural = "pemda"

    def __str__(self):
        return self.nama


class OPD(models.Model):
    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="opd_set")
    slug = models.SlugField(unique=True)
    nama = models.CharField(max_length=300)
    singkatan = models.CharField(max_length=60, blank=True)

    class Meta:
        db_table = "perencanaan_opd"
        ordering = ["pemda__nama", "nama"]
        verbose_name = "OPD"
        verbose_name_plural = "OPD"

    def __str__(self):
        return self.nama


class Pejabat(models.Model):
    """An official, referenced by documents instead of retyped in each one."""

    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="pejabat_set")
    opd = models.ForeignKey(OPD, models.CASCADE, null=True, blank=True, related_name="pejabat_set")
    kode = models.SlugField(help_text="Rujukan di berkas data, unik dalam satu Pemda")
    nama = models.CharField(max_length=200)
    nip = models.CharField("NIP", max_length=30, blank=True)
    pangkat = models.CharField(max_length=100, blank=True)
    golongan = models.CharField(max_length=20, blank=True)
    jabatan = models.CharField(max_length=200)
    # How documents printed the name and NIP: [{"sumber": ..., "nama": ..., "nip": ...}]
    tercetak = models.JSONField(default=list, blank=True)

    class Meta:
        db_table = "perencanaan_pejabat"
        constraints = [models.UniqueConstraint(fields=["pemda", "kode"], name="pejabat_kode_unik")]
        verbose_name_plural = "pejabat"

    def __str__(self):
        return self.nama
