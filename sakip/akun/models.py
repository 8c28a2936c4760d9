from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q

from sakip.instansi.models import OPD, Pejabat, Pemda


class Pengguna(AbstractUser):
    """A person who signs in. What they may do comes from their roles (`Peran`): one user
    may be the operator of one OPD and the head of another. Superusers see every Pemda.
    A deactivated user (`is_active` off) cannot log in; their roles and trail stay."""

    # Set when someone else chose the password (an Admin Pemda's reset, a new account):
    # until the user chooses their own, every page leads to the change-password page.
    wajib_ganti_kata_sandi = models.BooleanField("wajib ganti kata sandi", default=False)
    # The user's own choice: workflow mails and the daily `sakip pengingat` reminders.
    terima_pengingat = models.BooleanField("pengingat lewat surel", default=True)
    # The official this account belongs to, set by the Admin Pemda: where the Pemda allows
    # it (`Pemda.pejabat_boleh_mengisi`), they fill the Rencana Aksi actions they own.
    pejabat = models.ForeignKey(
        Pejabat, models.SET_NULL, null=True, blank=True, related_name="pengguna_set"
    )

    class Meta:
        verbose_name = "pengguna"
        verbose_name_plural = "pengguna"


class Peran(models.Model):
    """One role of a user, scoped to a Pemda (Admin Pemda, Inspektorat, Publik) or to one
    of its OPD (Operator OPD, Kepala OPD). Permissions are decided in `sakip.akun.akses`."""

    class Jenis(models.TextChoices):
        ADMIN_PEMDA = "admin_pemda", "Admin Pemda"
        OPERATOR_OPD = "operator_opd", "Operator OPD"
        KEPALA_OPD = "kepala_opd", "Kepala OPD"
        INSPEKTORAT = "inspektorat", "Inspektorat"
        PUBLIK = "publik", "Publik"

    LINGKUP_OPD = (Jenis.OPERATOR_OPD, Jenis.KEPALA_OPD)

    pengguna = models.ForeignKey(Pengguna, models.CASCADE, related_name="peran_set")
    jenis = models.CharField(max_length=20, choices=Jenis.choices)
    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="+")
    opd = models.ForeignKey(OPD, models.CASCADE, null=True, blank=True, related_name="+")

    # How a refused delete of the OPD or Pemda it is given in names it.
    sebutan_terkait = "peran pengguna"

    class Meta:
        verbose_name = "peran"
        verbose_name_plural = "peran"
        constraints = [
            models.CheckConstraint(
                condition=Q(jenis__in=["operator_opd", "kepala_opd"], opd__isnull=False)
                | (~Q(jenis__in=["operator_opd", "kepala_opd"]) & Q(opd__isnull=True)),
                name="peran_opd_sesuai_jenis",
            ),
            models.UniqueConstraint(fields=["pengguna", "jenis", "opd"], name="peran_opd_unik"),
            models.UniqueConstraint(
                fields=["pengguna", "jenis", "pemda"],
                condition=Q(opd__isnull=True),
                name="peran_pemda_unik",
            ),
        ]

    def __str__(self):
        return f"{self.get_jenis_display()} {self.opd or self.pemda}"

    def save(self, *args, **kwargs):
        # An OPD role always belongs to that OPD's Pemda.
        if self.opd_id:
            self.pemda_id = self.opd.pemda_id
        super().save(*args, **kwargs)


class PercobaanMasuk(models.Model):
    """One failed login, kept for the rate limit (`sakip.akun.batas`). Stored in the
    database so that every server process sees the same count."""

    nama_pengguna = models.CharField(max_length=150, db_index=True)
    alamat_ip = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    waktu = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "percobaan masuk gagal"
        verbose_name_plural = "percobaan masuk gagal"

    def __str__(self):
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.nama_pengguna} {self.alamat_ip}"


class TokenAPI(models.Model):
    """A user's key to the read-only API (`sakip.api`): `Authorization: Bearer <token>` reads
    what that user may see. Only the SHA-256 of the token is kept (it is random and long, so
    a slow password hash adds nothing); the token itself is shown once, when it is made. A
    revoked token stays, so the list and the audit trail still name it."""

    pengguna = models.ForeignKey(Pengguna, models.CASCADE, related_name="token_api_set")
    nama = models.CharField("nama", max_length=100)
    # The first characters, shown so that the user can tell their tokens apart.
    awalan = models.CharField(max_length=12)
    sidik = models.CharField(max_length=64, unique=True)
    dibuat = models.DateTimeField(auto_now_add=True)
    dicabut = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "token API"
        verbose_name_plural = "token API"

    def __str__(self):
        return f"{self.nama} ({self.awalan}…)"
