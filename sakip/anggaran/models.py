"""The budget of an OPD per year: program → kegiatan → sub kegiatan (Permendagri 90/2019
codes). Only sub kegiatan carry money; every parent figure is computed as the sum of its
children by `sakip.kinerja.anggaran`, and totals printed by documents are kept only as
reported values (`AnggaranDilaporkan`) for review."""

from django.db import models
from django.db.models import Q

from sakip.dasar.kolom import angka
from sakip.instansi.models import OPD
from sakip.kinerja.triwulan import nama_triwulan
from sakip.perencanaan.models import Sasaran

from . import aturan


class ProgramKegiatan(models.Model):
    class Tingkat(models.IntegerChoices):
        PROGRAM = 3, "Program"
        KEGIATAN = 4, "Kegiatan"
        SUB_KEGIATAN = 5, "Sub kegiatan"

    opd = models.ForeignKey(OPD, models.CASCADE, related_name="program_kegiatan_set")
    tahun = models.PositiveSmallIntegerField()
    kode = models.CharField(max_length=30)
    nama = models.TextField()
    tingkat = models.PositiveSmallIntegerField(choices=Tingkat.choices)
    induk = models.ForeignKey("self", models.CASCADE, null=True, blank=True, related_name="anak")
    urutan = models.PositiveSmallIntegerField(default=0)
    # Sub kegiatan only:
    pagu = angka(null=True, blank=True)
    pagu_perubahan = angka(null=True, blank=True, help_text="Pagu setelah APBD perubahan")
    keluaran = models.TextField("indikator keluaran", blank=True)
    target_keluaran = angka(null=True, blank=True)
    realisasi_keluaran = angka(null=True, blank=True)
    satuan_keluaran = models.CharField(max_length=40, blank=True)
    sasaran = models.ManyToManyField(Sasaran, blank=True, related_name="program_kegiatan_set")

    class Meta:
        ordering = ["tahun", "urutan", "id"]
        verbose_name = "program/kegiatan/sub kegiatan"
        verbose_name_plural = "program/kegiatan/sub kegiatan"
        constraints = [
            models.UniqueConstraint(fields=["opd", "tahun", "kode"], name="kode_anggaran_unik"),
            models.CheckConstraint(
                condition=Q(tingkat=5) | Q(pagu__isnull=True), name="hanya_sub_kegiatan_berpagu"
            ),
        ]

    def __str__(self):
        return f"{self.kode} {self.nama}"

    @property
    def pagu_berlaku(self):
        return aturan.pagu_berlaku(self.pagu, self.pagu_perubahan)


class RealisasiKeuangan(models.Model):
    """Money spent in a month or a run of months. Documents often give only "up to
    Triwulan III" and "Triwulan IV"; such an entry spans several months and the quarters
    it covers cannot be told apart."""

    sub_kegiatan = models.ForeignKey(
        ProgramKegiatan, models.CASCADE, related_name="realisasi_keuangan_set"
    )
    bulan_awal = models.PositiveSmallIntegerField()
    bulan_akhir = models.PositiveSmallIntegerField()
    nilai = angka()

    class Meta:
        ordering = ["bulan_awal"]
        verbose_name_plural = "realisasi keuangan"
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    bulan_awal__gte=1, bulan_akhir__lte=12, bulan_akhir__gte=models.F("bulan_awal")
                ),
                name="bulan_sah",
            ),
        ]

    def __str__(self):
        return f"{self.sub_kegiatan.kode} {self.bulan_awal}–{self.bulan_akhir}: {self.nilai}"


class RealisasiFisik(models.Model):
    """Physical progress (%) reported at the end of a quarter."""

    sub_kegiatan = models.ForeignKey(
        ProgramKegiatan, models.CASCADE, related_name="realisasi_fisik_set"
    )
    triwulan = models.PositiveSmallIntegerField()
    persen = angka()

    class Meta:
        ordering = ["triwulan"]
        verbose_name_plural = "realisasi fisik"
        constraints = [
            models.UniqueConstraint(fields=["sub_kegiatan", "triwulan"], name="fisik_unik"),
            models.CheckConstraint(
                condition=Q(triwulan__gte=1, triwulan__lte=4), name="fisik_triwulan"
            ),
        ]

    def __str__(self):
        return f"{self.sub_kegiatan.kode} {nama_triwulan(self.triwulan)}: {self.persen}%"


class AnggaranDilaporkan(models.Model):
    """A budget row as a document printed it (code, totals and percentages included),
    kept verbatim for comparison with what we compute."""

    opd = models.ForeignKey(OPD, models.CASCADE, related_name="anggaran_dilaporkan_set")
    tahun = models.PositiveSmallIntegerField()
    sumber = models.CharField(max_length=200)
    baris = models.CharField(max_length=100, help_text="Nomor atau kode baris seperti tercetak")
    nama = models.TextField(blank=True)
    pagu = angka(null=True, blank=True)
    realisasi = angka(null=True, blank=True)
    persen = angka(null=True, blank=True)
    sisa = angka(null=True, blank=True)
    fisik = angka(null=True, blank=True)
    efisiensi = angka(null=True, blank=True)

    class Meta:
        ordering = ["tahun", "sumber", "id"]
        verbose_name_plural = "anggaran dilaporkan"

    def __str__(self):
        return f"{self.sumber} {self.baris}"


class Nomenklatur(models.Model):
    """A Pemda's reference list of Permendagri 90/2019 codes and names; budgets of its OPDs
    may use only codes from it (when the Pemda has one)."""

    pemda = models.ForeignKey("instansi.Pemda", models.CASCADE, related_name="nomenklatur_set")
    kode = models.CharField(max_length=30)
    nama = models.TextField()
    tingkat = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["kode"]
        verbose_name_plural = "nomenklatur"
        constraints = [
            models.UniqueConstraint(fields=["pemda", "kode"], name="nomenklatur_unik"),
        ]

    def __str__(self):
        return f"{self.kode} {self.nama}"
