"""Reads of user management: the users of a Pemda, each with their roles there."""

from django.db.models import Prefetch

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
