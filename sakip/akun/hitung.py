"""Reads of user management: the users of a Pemda, each with their roles there; the users
of a Pemda who receive mail; the user an API token stands for."""

import hashlib

from django.db.models import Prefetch

from .akses import dengan_peran
from .models import Pengguna, Peran, TokenAPI

# Tokens start with this, so that one pasted where it does not belong is recognised.
AWALAN_TOKEN = "sakip_"


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


def sidik_token(teks):
    """What is stored of a token: its SHA-256 (`TokenAPI.sidik`)."""
    return hashlib.sha256(teks.encode()).hexdigest()


def token_aktif(teks):
    """The unrevoked token `teks` of an active user (with its user), or None."""
    return (
        TokenAPI.objects.filter(
            sidik=sidik_token(teks), dicabut__isnull=True, pengguna__is_active=True
        )
        .select_related("pengguna")
        .first()
    )


def token_pengguna(pengguna):
    """The user's tokens, newest first (revoked ones too)."""
    return TokenAPI.objects.filter(pengguna=pengguna).order_by("-dibuat", "-pk")
