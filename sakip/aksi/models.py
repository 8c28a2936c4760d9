"""Rencana Aksi: the dated actions that carry out the year's Perjanjian Kinerja, per PK
indicator (of the OPD's sasaran or of a lower node of its cascade), and the quarterly
report on each. An action's status is what its reports say (`sakip.kinerja.aksi`)."""

from django.db import models
from django.db.models import F, Q

from sakip.anggaran.models import ProgramKegiatan
from sakip.dasar.kolom import angka
from sakip.instansi.models import OPD, Pejabat
from sakip.kinerja.aksi import LABEL_STATUS
from sakip.kinerja.triwulan import NAMA_BULAN, PILIHAN_TRIWULAN, nama_triwulan
from sakip.pengukuran.models import BuktiDukung
from sakip.perencanaan.models import Indikator

PILIHAN_STATUS = [(s.value, label) for s, label in LABEL_STATUS.items()]


class Aksi(models.Model):
    """One action of an indicator in a year, planned in a quarter (and, when it is dated
    more closely, a month of that quarter)."""

    opd = models.ForeignKey(OPD, models.CASCADE, related_name="aksi_set")
    tahun = models.PositiveSmallIntegerField()
    indikator = models.ForeignKey(Indikator, models.CASCADE, related_name="aksi_set")
    uraian = models.TextField()
    triwulan = models.PositiveSmallIntegerField(choices=PILIHAN_TRIWULAN[1:])
    bulan = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Bulan pelaksanaan di dalam triwulan, bila ditentukan"
    )
    penanggung_jawab = models.ForeignKey(
        Pejabat, models.SET_NULL, null=True, blank=True, related_name="aksi_set"
    )
    sub_kegiatan = models.ForeignKey(
        ProgramKegiatan, models.RESTRICT, null=True, blank=True, related_name="aksi_set"
    )
    anggaran = angka(null=True, blank=True)
    target = models.CharField(max_length=300, blank=True)
    urutan = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["tahun", "triwulan", "bulan", "urutan", "id"]
        verbose_name = "aksi"
        verbose_name_plural = "aksi"
        constraints = [
            models.CheckConstraint(
                condition=Q(triwulan__gte=1, triwulan__lte=4), name="aksi_triwulan_1_4"
            ),
            models.CheckConstraint(
                condition=Q(bulan__isnull=True)
                | Q(bulan__gte=F("triwulan") * 3 - 2, bulan__lte=F("triwulan") * 3),
                name="aksi_bulan_dalam_triwulan",
            ),
            models.CheckConstraint(
                condition=Q(anggaran__isnull=True) | Q(sub_kegiatan__isnull=False),
                name="aksi_anggaran_bersumber",
            ),
        ]

    def __str__(self):
        return self.uraian

    @property
    def nama_bulan(self):
        return NAMA_BULAN[self.bulan - 1] if self.bulan else ""


class LaporanAksi(models.Model):
    """What the action's owner reports at the end of a quarter."""

    aksi = models.ForeignKey(Aksi, models.CASCADE, related_name="laporan_set")
    triwulan = models.PositiveSmallIntegerField(choices=PILIHAN_TRIWULAN[1:])
    status = models.CharField(max_length=10, choices=PILIHAN_STATUS)
    persen = angka(verbose_name="kemajuan (%)", null=True, blank=True)
    pelaksanaan = models.TextField("yang telah dilaksanakan", blank=True)
    kendala = models.TextField(blank=True)
    tindak_lanjut = models.TextField("tindak lanjut", blank=True)
    bukti = models.ManyToManyField(BuktiDukung, blank=True, related_name="laporan_aksi_set")

    class Meta:
        ordering = ["triwulan", "id"]
        verbose_name = "laporan aksi"
        verbose_name_plural = "laporan aksi"
        constraints = [
            models.UniqueConstraint(fields=["aksi", "triwulan"], name="laporan_aksi_unik"),
            models.CheckConstraint(
                condition=Q(triwulan__gte=1, triwulan__lte=4), name="laporan_aksi_triwulan_1_4"
            ),
        ]

    def __str__(self):
        return f"{self.aksi} ({nama_triwulan(self.triwulan)})"
