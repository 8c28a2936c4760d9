"""An OPD's SAKIP evaluation of a year (LKE), its answers per criterion and their evidence,
and the criteria a Pemda adds to the shipped worksheet. Every write goes through
`sakip.lke.ubah` (audited by `jejak.catat`); the trail is the answers' history."""

import uuid

from django.conf import settings
from django.db import models

from sakip.instansi.models import OPD, Pemda
from sakip.pengukuran.models import EKSTENSI_BUKTI


def _nama_bukti(bukti, nama_asli):
    # The user's file name never reaches the file system: a random name under lke/.
    return f"lke/{uuid.uuid4().hex}.{EKSTENSI_BUKTI[bukti.jenis_isi]}"


class KriteriaLokal(models.Model):
    """A criterion the Admin Pemda adds under a sub-component of a worksheet version; it
    is numbered after the file's criteria (`nomor`, never reused) and applies to every
    evaluation of the Pemda on that version, except those concluded before it was added."""

    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="+")
    versi = models.CharField(max_length=60)
    subkomponen = models.CharField(max_length=10)  # "1.2"
    nomor = models.PositiveSmallIntegerField()
    uraian = models.TextField()
    skala = models.CharField(max_length=20)  # a scale named in the worksheet file
    dibuat_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "kriteria lokal LKE"
        verbose_name_plural = "kriteria lokal LKE"
        ordering = ["subkomponen", "nomor"]
        constraints = [
            models.UniqueConstraint(
                fields=["pemda", "versi", "subkomponen", "nomor"], name="satu_nomor_kriteria_lokal"
            )
        ]

    def __str__(self):
        return f"{self.subkomponen}.{self.nomor} {self.uraian[:40]}"


class Evaluasi(models.Model):
    """The evaluation of an OPD for a year, or of the Pemda itself (the one KemenPANRB makes:
    `pemda` set, `opd` empty), bound to one worksheet version. Once concluded, it is locked
    and its score and grade are kept as concluded."""

    opd = models.ForeignKey(OPD, models.CASCADE, null=True, blank=True, related_name="+")
    pemda = models.ForeignKey(Pemda, models.CASCADE, null=True, blank=True, related_name="+")
    tahun = models.PositiveSmallIntegerField()
    versi = models.CharField(max_length=60)
    selesai = models.BooleanField(default=False)
    diselesaikan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    diselesaikan_pada = models.DateTimeField(null=True, blank=True)
    # The evaluator's score at conclusion, as exact decimal text, and its grade.
    nilai_akhir = models.CharField(max_length=60, blank=True)
    predikat_akhir = models.CharField(max_length=2, blank=True)

    class Meta:
        verbose_name = "evaluasi LKE"
        verbose_name_plural = "evaluasi LKE"
        constraints = [
            models.UniqueConstraint(fields=["opd", "tahun"], name="satu_evaluasi_lke_per_tahun"),
            models.UniqueConstraint(
                fields=["pemda", "tahun"], name="satu_evaluasi_lke_pemda_per_tahun"
            ),
            # Either an OPD's or the Pemda's own, never both nor neither.
            models.CheckConstraint(
                condition=models.Q(opd__isnull=True) ^ models.Q(pemda__isnull=True),
                name="evaluasi_lke_opd_atau_pemda",
            ),
        ]

    def __str__(self):
        return f"LKE {self.opd or self.pemda} {self.tahun}"

    @property
    def subjek(self):
        """Who is evaluated: the OPD, or the Pemda itself."""
        return self.opd or self.pemda


class Jawaban(models.Model):
    """One criterion of an evaluation: the OPD's self-assessment with its explanation, and
    the evaluator's answer with notes. Empty answers are unanswered."""

    evaluasi = models.ForeignKey(Evaluasi, models.CASCADE, related_name="jawaban_set")
    kode = models.CharField(max_length=20)  # "1.2.3"
    jawaban_opd = models.CharField(max_length=4, blank=True)
    keterangan_opd = models.TextField(blank=True)
    jawaban_evaluator = models.CharField(max_length=4, blank=True)
    catatan_evaluator = models.TextField(blank=True)

    class Meta:
        verbose_name = "jawaban LKE"
        verbose_name_plural = "jawaban LKE"
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "kode"], name="satu_jawaban_per_kriteria")
        ]

    def __str__(self):
        return f"{self.kode} {self.evaluasi}"


class Bukti(models.Model):
    """Evidence of an answer: a link to what sakip holds for the OPD and year (the page of
    its kind, with an optional reference such as a document number), an outside link, or
    an uploaded file (checked and stored as the indicators' evidence files are)."""

    class Jenis(models.TextChoices):
        RENSTRA = "renstra", "Renstra"
        IKU = "iku", "IKU"
        PK = "pk", "Perjanjian Kinerja"
        TRIWULAN = "triwulan", "Data triwulan dan persetujuannya"
        LKJIP = "lkjip", "LKjIP"
        REVIU = "reviu", "Simpulan reviu"
        JEJAK = "jejak", "Jejak audit"
        LKE_OPD = "lke_opd", "Evaluasi LKE OPD"  # on the Pemda's own: an OPD's (its slug)
        TAUTAN = "tautan", "Tautan lain"
        BERKAS = "berkas", "Berkas unggahan"

    jawaban = models.ForeignKey(Jawaban, models.CASCADE, related_name="bukti_set")
    jenis = models.CharField(max_length=10, choices=Jenis.choices)
    rujukan = models.CharField(max_length=500, blank=True)
    berkas = models.FileField(upload_to=_nama_bukti, max_length=200, blank=True)
    nama_asli = models.CharField(max_length=255, blank=True)
    jenis_isi = models.CharField(max_length=100, blank=True)
    ukuran = models.PositiveIntegerField(null=True, blank=True)
    ditambahkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    ditambahkan_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "bukti LKE"
        verbose_name_plural = "bukti LKE"
        ordering = ["ditambahkan_pada", "id"]

    def __str__(self):
        return f"{self.get_jenis_display()} {self.nama_asli or self.rujukan}"


class Rekomendasi(models.Model):
    """A recommendation of the evaluation report (LHE): the weakness it answers, what to
    do, who owns it and by when. The OPD records its follow-up (`TindakLanjut`); the
    Inspektorat judges it done or not yet. Open (not done) ones wait in the to-do lists."""

    class Status(models.TextChoices):
        TERBUKA = "terbuka", "Menunggu tindak lanjut"
        DITINDAKLANJUTI = "ditindaklanjuti", "Ditindaklanjuti, menunggu penilaian"
        BELUM = "belum", "Belum memadai"
        SELESAI = "selesai", "Selesai"

    evaluasi = models.ForeignKey(Evaluasi, models.CASCADE, related_name="rekomendasi_set")
    nomor = models.PositiveSmallIntegerField()
    kelemahan = models.TextField()
    uraian = models.TextField()
    penanggung_jawab = models.CharField(max_length=200)
    batas_waktu = models.DateField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.TERBUKA)
    catatan_inspektorat = models.TextField(blank=True)

    class Meta:
        verbose_name = "rekomendasi LHE"
        verbose_name_plural = "rekomendasi LHE"
        ordering = ["evaluasi", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "nomor"], name="satu_nomor_rekomendasi")
        ]

    def __str__(self):
        return f"Rekomendasi {self.nomor} {self.evaluasi}"

    @property
    def terbuka(self):
        return self.status != self.Status.SELESAI


class TindakLanjut(models.Model):
    """The OPD's follow-up of a recommendation: what was done and the evidence (a text
    naming a document, or a link). Each one is kept: the history of the follow-up."""

    rekomendasi = models.ForeignKey(Rekomendasi, models.CASCADE, related_name="tindak_lanjut_set")
    uraian = models.TextField()
    bukti = models.CharField(max_length=500, blank=True)
    dicatat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    dicatat_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "tindak lanjut rekomendasi"
        verbose_name_plural = "tindak lanjut rekomendasi"
        ordering = ["dicatat_pada", "id"]

    def __str__(self):
        return f"Tindak lanjut {self.rekomendasi}"

    @property
    def bukti_tautan(self):
        return self.bukti.startswith(("https://", "http://"))
