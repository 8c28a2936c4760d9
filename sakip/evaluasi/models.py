import uuid
from pathlib import Path

from django.conf import settings
from django.db import models

from sakip.instansi.models import OPD


def _nama_simpan(dokumen, nama_asli):
    # The user's file name never reaches the file system: a random name under reviu/.
    return f"reviu/{uuid.uuid4().hex}{Path(nama_asli).suffix.lower()}"


class DokumenReviu(models.Model):
    """An outside .docx/.xlsx/.pdf uploaded to be reviewed for an OPD and year."""

    opd = models.ForeignKey(OPD, models.CASCADE)
    tahun = models.PositiveSmallIntegerField()
    nama_asli = models.CharField(max_length=255)
    berkas = models.FileField(upload_to=_nama_simpan)
    # The tables read and the findings, from the one reading at upload (reviu_dokumen.ke_json):
    # the page shows them without opening the file again.
    hasil = models.JSONField(null=True, editable=False)
    diunggah_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT)
    diunggah_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "dokumen reviu"
        verbose_name_plural = "dokumen reviu"
        ordering = ["-diunggah_pada"]

    def __str__(self):
        return f"{self.nama_asli} ({self.opd}, {self.tahun})"


class Tanggapan(models.Model):
    """The reviewer accepts a finding (it stays listed, with the reason)."""

    opd = models.ForeignKey(OPD, models.CASCADE)
    tahun = models.PositiveSmallIntegerField()
    aturan = models.CharField(max_length=8)
    lokasi = models.TextField()
    alasan = models.TextField()
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT)
    pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "tanggapan temuan"
        verbose_name_plural = "tanggapan temuan"
        constraints = [
            models.UniqueConstraint(
                fields=["opd", "tahun", "aturan", "lokasi"], name="satu_tanggapan_per_temuan"
            )
        ]

    def __str__(self):
        return f"{self.aturan} {self.lokasi}"


class SimpulanReviu(models.Model):
    """The reviewer's own conclusion for an OPD and year, printed in the report."""

    opd = models.ForeignKey(OPD, models.CASCADE)
    tahun = models.PositiveSmallIntegerField()
    teks = models.TextField()
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT)
    pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "simpulan reviu"
        verbose_name_plural = "simpulan reviu"
        constraints = [
            models.UniqueConstraint(fields=["opd", "tahun"], name="satu_simpulan_per_tahun")
        ]

    def __str__(self):
        return f"Simpulan reviu {self.opd} {self.tahun}"
