"""The approval workflow: the state of each document of an OPD for a year, the filling
windows the Admin Pemda sets for quarterly data, and the reminders sent about them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.formats import date_format

from sakip.instansi.models import OPD, Pemda
from sakip.kinerja.triwulan import nama_triwulan


class Dokumen(models.TextChoices):
    """What is submitted and approved as one piece. A Renstra is keyed by the first year
    of its period; the year-end values (tahunan) travel with Triwulan IV."""

    RENSTRA = "renstra", "Renstra"
    PK = "pk", "Perjanjian Kinerja"
    TW1 = "tw1", "Data Triwulan I"
    TW2 = "tw2", "Data Triwulan II"
    TW3 = "tw3", "Data Triwulan III"
    TW4 = "tw4", "Data Triwulan IV"
    LKJIP = "lkjip", "LKjIP"


def dokumen_triwulan(triwulan):
    """The document quarterly data belong to; annual values (0) go with Triwulan IV."""
    return Dokumen(f"tw{triwulan or 4}")


class Tahap(models.TextChoices):
    DRAF = "draf", "Draf"
    DIAJUKAN = "diajukan", "Diajukan"
    DIVERIFIKASI = "diverifikasi", "Diverifikasi"
    DIKEMBALIKAN = "dikembalikan", "Dikembalikan"
    DISETUJUI = "disetujui", "Disetujui"


# Content can be changed only while it is with the operator.
TAHAP_TERBUKA = (Tahap.DRAF, Tahap.DIKEMBALIKAN)


class StatusDokumen(models.Model):
    opd = models.ForeignKey(OPD, models.CASCADE, related_name="status_dokumen_set")
    tahun = models.PositiveSmallIntegerField()
    dokumen = models.CharField(max_length=10, choices=Dokumen.choices)
    tahap = models.CharField(max_length=15, choices=Tahap.choices, default=Tahap.DRAF)
    alasan = models.TextField(blank=True, help_text="Alasan langkah terakhir, bila diminta")
    # Why the operator submitted although the data had gaps (`kelengkapan.kekurangan`),
    # shown to the verifier and the Kepala; kept while that submission stands.
    alasan_kekurangan = models.TextField(
        "alasan mengajukan dengan kekurangan", blank=True, default=""
    )
    # Who submitted and who verified the document as it stands, for the separation of
    # duties (`sakip.akun.akses.alasan_pemisahan_tugas`); cleared when it goes back open.
    diajukan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    diverifikasi_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    diubah = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["tahun", "dokumen"]
        verbose_name = "status dokumen"
        verbose_name_plural = "status dokumen"
        constraints = [
            models.UniqueConstraint(fields=["opd", "tahun", "dokumen"], name="status_dokumen_unik")
        ]

    def __str__(self):
        return f"{self.get_dokumen_display()} {self.tahun} {self.opd}: {self.get_tahap_display()}"


class DokumenPemda(models.TextChoices):
    """The Pemda's own documents, compiled by its Admin Pemda (`pelaporan.pemda`)."""

    IKU = "iku", "IKU Pemda"
    PK = "pk", "Perjanjian Kinerja Kepala Daerah"
    LKJIP = "lkjip", "LKjIP Pemda"


class StatusDokumenPemda(models.Model):
    """A Pemda document of a year: a draft compiled from live data until an Admin Pemda
    submits it and another Admin Pemda approves it; approval publishes it and keeps the
    files as approved (`berkas`: format -> bytes), so that later changes to the data do not
    alter what was approved. Sending it back to draft (with a reason) drops them."""

    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="status_dokumen_pemda_set")
    tahun = models.PositiveSmallIntegerField()
    dokumen = models.CharField(max_length=10, choices=DokumenPemda.choices)
    tahap = models.CharField(max_length=15, choices=Tahap.choices, default=Tahap.DRAF)
    tanggal = models.DateField(null=True, blank=True, help_text="Tanggal disetujui")
    # Who submitted it: another Admin Pemda approves it (`akses.alasan_pemisahan_tugas`).
    diajukan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    disetujui_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    docx = models.BinaryField(null=True, blank=True)
    pdf = models.BinaryField(null=True, blank=True)
    xlsx = models.BinaryField(null=True, blank=True)
    diubah = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["tahun", "dokumen"]
        verbose_name = "status dokumen Pemda"
        verbose_name_plural = "status dokumen Pemda"
        constraints = [
            models.UniqueConstraint(
                fields=["pemda", "tahun", "dokumen"], name="status_dokumen_pemda_unik"
            )
        ]

    def __str__(self):
        return f"{self.get_dokumen_display()} {self.tahun} {self.pemda}: {self.get_tahap_display()}"


class JendelaPengisian(models.Model):
    """The dates between which an OPD may enter a quarter's data."""

    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="jendela_pengisian_set")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField()
    mulai = models.DateField()
    selesai = models.DateField()

    class Meta:
        ordering = ["tahun", "triwulan"]
        verbose_name = "jendela pengisian"
        verbose_name_plural = "jendela pengisian"
        constraints = [
            models.UniqueConstraint(
                fields=["pemda", "tahun", "triwulan"], name="jendela_pengisian_unik"
            ),
            models.CheckConstraint(
                condition=Q(triwulan__gte=1, triwulan__lte=4), name="jendela_triwulan_1_4"
            ),
            models.CheckConstraint(
                condition=Q(selesai__gte=models.F("mulai")), name="jendela_tanggal_urut"
            ),
        ]

    def __str__(self):
        mulai, selesai = (date_format(t, "j F Y") for t in (self.mulai, self.selesai))
        return f"{nama_triwulan(self.triwulan)} {self.tahun}: {mulai}–{selesai}"


class PengingatTerkirim(models.Model):
    """One reminder mail `sakip pengingat` sent: at most one of each kind per user and day,
    so that running the command twice on one day sends nothing the second time."""

    class Jenis(models.TextChoices):
        ISIAN = "isian", "Isian triwulan yang belum lengkap"
        REVIU = "reviu", "Tindak lanjut reviu"

    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="+")
    tanggal = models.DateField()
    jenis = models.CharField(max_length=10, choices=Jenis.choices)
    perihal = models.CharField(max_length=255)
    dikirim = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-tanggal", "pengguna_id", "jenis"]
        verbose_name = "pengingat terkirim"
        verbose_name_plural = "pengingat terkirim"
        constraints = [
            models.UniqueConstraint(
                fields=["pengguna", "tanggal", "jenis"], name="satu_pengingat_per_hari"
            )
        ]

    def __str__(self):
        return f"{self.tanggal} {self.pengguna_id} {self.jenis}"
