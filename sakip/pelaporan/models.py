"""Words people write for reports: chapter texts per OPD and year, and the analysis of
success and failure per indicator (LKjIP Tabel 11). Numbers never live here."""

from django.db import models

from sakip.instansi.models import OPD
from sakip.perencanaan.models import Indikator


class ProfilOPD(models.Model):
    """What Bab I of every year's LKjIP says about the OPD (seed 004, 1.1–1.6), entered once
    and kept up to date rather than retyped each year. Empty sections are left out of the
    report; the sistematika is generated."""

    opd = models.OneToOneField(OPD, models.CASCADE, related_name="profil")
    latar_belakang = models.TextField("latar belakang", blank=True)
    tugas_fungsi = models.TextField("tugas dan fungsi", blank=True)
    struktur_organisasi = models.TextField("struktur organisasi dan tata kerja", blank=True)
    pegawai = models.TextField(
        "keadaan pegawai",
        blank=True,
        help_text="Jumlah pegawai menurut jenis kelamin, pendidikan, pangkat/golongan dan "
        "eselon; satu keterangan per baris.",
    )
    sarana_prasarana = models.TextField("sarana dan prasarana", blank=True)
    isu_strategis = models.TextField("aspek strategis dan permasalahan utama", blank=True)
    dasar_hukum = models.TextField(
        "landasan hukum", blank=True, help_text="Satu peraturan per baris."
    )

    class Meta:
        verbose_name = "profil OPD"
        verbose_name_plural = "profil OPD"

    def __str__(self):
        return f"Profil {self.opd}"

    # The texts, in the order of Bab I (the form, the audit and the data format use it).
    BIDANG = (
        "latar_belakang",
        "tugas_fungsi",
        "struktur_organisasi",
        "pegawai",
        "sarana_prasarana",
        "isu_strategis",
        "dasar_hukum",
    )

    def daftar_dasar_hukum(self):
        return [b.strip() for b in self.dasar_hukum.splitlines() if b.strip()]


class Narasi(models.Model):
    class Bagian(models.TextChoices):
        RINGKASAN = "ringkasan", "Ikhtisar eksekutif"
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
