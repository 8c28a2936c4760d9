"""The audit trail: one record per create, change or delete of planning, measurement,
budget and workflow data, and per workflow step. Records are written once and never
changed or deleted through the product."""

from django.conf import settings
from django.db import models

from sakip.instansi.models import OPD, Pemda


class JejakTidakBolehDiubah(Exception):
    pass


class Jejak(models.Model):
    class Tindakan(models.TextChoices):
        BUAT = "buat", "Dibuat"
        UBAH = "ubah", "Diubah"
        HAPUS = "hapus", "Dihapus"
        ALUR = "alur", "Alur kerja"
        IMPOR = "impor", "Impor"

    waktu = models.DateTimeField(auto_now_add=True, db_index=True)
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Kept as text so the trail still names the user after the account is gone.
    nama_pengguna = models.CharField(max_length=150)
    pemda = models.ForeignKey(Pemda, models.SET_NULL, null=True, blank=True, related_name="+")
    opd = models.ForeignKey(OPD, models.SET_NULL, null=True, blank=True, related_name="+")
    tindakan = models.CharField(max_length=10, choices=Tindakan.choices)
    objek = models.CharField(max_length=60, help_text="Jenis data, mis. 'nilai variabel'")
    objek_id = models.CharField(max_length=40, blank=True)
    uraian = models.TextField(help_text="Data yang berubah, dalam kata-kata")
    lama = models.JSONField(null=True, blank=True)
    baru = models.JSONField(null=True, blank=True)
    alasan = models.TextField(blank=True)

    class Meta:
        ordering = ["-waktu", "-id"]
        verbose_name = "jejak audit"
        verbose_name_plural = "jejak audit"
        indexes = [models.Index(fields=["opd", "-waktu"], name="jejak_opd_waktu")]

    def __str__(self):
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.nama_pengguna} {self.tindakan} {self.uraian}"

    def save(self, *args, **kwargs):
        if self.pk:
            raise JejakTidakBolehDiubah("Jejak audit tidak dapat diubah.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise JejakTidakBolehDiubah("Jejak audit tidak dapat dihapus.")
