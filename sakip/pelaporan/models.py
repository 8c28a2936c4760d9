"""Words people write for reports: chapter texts per OPD and year, and the analysis of
success and failure per indicator (LKjIP Tabel 11). Numbers never live here."""

from django.db import models

from sakip.instansi.models import OPD, Pemda
from sakip.perencanaan.models import Indikator


class ProfilOPD(models.Model):
    """What Bab I of every year's LKjIP (seed 004, 1.1–1.6) and IKU (seeds 001 and 003) says
    about the OPD, entered once and kept up to date rather than retyped each year. Empty
    sections are left out of the documents; the sistematika is generated."""

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

    # The texts, as the analysis page shows them and its audit records them.
    BIDANG = ("analisis", "solusi")


class KopDokumen(models.Model):
    """How a Pemda's documents look, set by its Admin Pemda: the letterhead (kop: logo and
    lines of text), the font and its size, and the place documents are signed in. Without
    a record the defaults apply (Arial 12 pt, the Pemda's name, no logo)."""

    class Huruf(models.TextChoices):
        ARIAL = "Arial", "Arial"
        BOOKMAN = "Bookman Old Style", "Bookman Old Style"
        TIMES = "Times New Roman", "Times New Roman"

    pemda = models.OneToOneField(Pemda, models.CASCADE, related_name="kop_dokumen")
    baris = models.TextField(
        "baris kop",
        blank=True,
        help_text="Satu baris per baris kop, mis. PEMERINTAH KOTA TEBING TINGGI lalu alamat "
        "dan telepon; nama OPD dicetak sesudah baris pertama.",
    )
    logo = models.BinaryField("logo", blank=True, null=True)  # PNG or JPEG, checked on upload
    huruf = models.CharField(max_length=40, choices=Huruf.choices, default=Huruf.ARIAL)
    ukuran = models.PositiveSmallIntegerField(
        "ukuran huruf (pt)", choices=[(11, "11"), (12, "12")], default=12
    )
    tempat = models.CharField(
        "tempat penandatanganan", max_length=100, blank=True, help_text="mis. Tebing Tinggi"
    )

    class Meta:
        verbose_name = "kop dokumen"
        verbose_name_plural = "kop dokumen"

    def __str__(self):
        return f"Kop dokumen {self.pemda}"
