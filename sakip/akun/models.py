from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q

from sakip.perencanaan.models import OPD, Pemda


class Pengguna(AbstractUser):
    """A user works for one OPD, or holds a Pemda-wide role (Bappeda, Bagian Organisasi,
    Inspektorat). Superusers see every Pemda."""

    class Peran(models.TextChoices):
        STAF_OPD = "staf_opd", "Staf OPD"
        ADMIN_PEMDA = "admin_pemda", "Admin Pemda"
        INSPEKTORAT = "inspektorat", "Inspektorat"

    @property
    def lingkup_pemda(self):
        """Roles that see every OPD of their Pemda."""
        return self.peran in (self.Peran.ADMIN_PEMDA, self.Peran.INSPEKTORAT)

    peran = models.CharField(max_length=20, choices=Peran.choices, default=Peran.STAF_OPD)
    pemda = models.ForeignKey(Pemda, models.PROTECT, null=True, blank=True)
    opd = models.ForeignKey(OPD, models.PROTECT, null=True, blank=True)

    class Meta:
        verbose_name = "pengguna"
        verbose_name_plural = "pengguna"
        constraints = [
            models.CheckConstraint(
                condition=~Q(peran="staf_opd") | Q(opd__isnull=False) | Q(is_superuser=True),
                name="staf_opd_punya_opd",
            ),
            models.CheckConstraint(
                condition=~Q(peran="admin_pemda") | Q(pemda__isnull=False),
                name="admin_pemda_punya_pemda",
            ),
            models.CheckConstraint(
                condition=~Q(peran="inspektorat") | Q(pemda__isnull=False),
                name="inspektorat_punya_pemda",
            ),
        ]
