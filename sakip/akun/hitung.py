"""Reads of user management: the users of a Pemda, each with their roles there; the users
of a Pemda who receive mail."""

from django.db.models import Prefetch

from .akses import dengan_peran
from .models import Pengguna, Peran


def pengguna_pemda(pemda):
    """Users holding any role in `pemda`, each with only their roles there."""
    return (
        Pengguna.objects.filter(peran_set__pemda=pemda)
        .distinct()
        .order_by("username")
        .prefetch_related(
            Prefetch(
                "peran_set",
                queryset=Peran.objects.filter(pemda=pemda).select_related("opd"),
                to_attr="peran_di_pemda",
            )
        )
    )


def penerima_surel(pemda):
    """Users holding a role in `pemda` who may receive mail: active, with an address, and
    reminders not switched off; with all their roles read for the access checks that pick
    who among them is told."""
    return dengan_peran(
        Pengguna.objects.filter(peran_set__pemda=pemda, is_active=True, terima_pengingat=True)
        .exclude(email="")
        .distinct()
        .order_by("username")
    )
