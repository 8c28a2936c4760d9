"""Words people write for reports: chapter texts per OPD and year, and the analysis of
success and failure per indicator (LKjIP Tabel 11). Numbers never live here."""

from django.db import models

from sakip.instansi.models import OPD
from sakip.perencanaan.models import Indikator


class Narasi(models.Model):
    class Bagian(models.TextChoices):
        RINGKASAN = "ringkasan", "Ringkasan eksekutif"
        PENDAHULUAN = "pendahuluan", "Bab I Pendahuluan"
        PERENCANAAN = "perencanaan", "Bab II Perencanaan kinerja"
        AKUNTABILITAS = "akuntabilitas", "Bab III Akuntabilitas kinerja (pengantar)"
        PENUTUP = "penutup", "Bab IV Penutup"

    opd = models.ForeignKey(OPD, models.CASCADE, related_name="narasi_set")
    tahun = models.PositiveSmallIntegerField()
    bagian = models.CharField(max_length=20, choices=Bagian.choices)
    teks = models.TextField()

    class Meta:
        verbose_name_plural = "narasi"
        constraints = [
            models.UniqueConstraint(fields=["opd", "tahun", "bagian"], name="narasi_unik")
        ]

    def __str__(self):
        return f"{self.opd} {self.tahun} {self.get_bagian_display()}"


class AnalisisIndikator(models.Model):
    indikator = models.ForeignKey(Indikator, models.CASCADE, related_name="analisis_set")
    tahun = models.PositiveSmallIntegerField()
    analisis = models.TextField("analisis keberhasilan/kegagalan")
    solusi = models.TextField("solusi yang dilakukan", blank=True)

    class Meta:
        verbose_name_plural = "analisis indikator"
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="analisis_unik")]

    def __str__(self):
        return f"{self.indikator} {self.tahun}"
