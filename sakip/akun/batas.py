"""Login rate limit: after too many failed logins for one username, or from one client
address, within a window, every login for it is refused for a while, even with the
right password. Failures are stored in the database (`PercobaanMasuk`), so the limit
holds across server processes.

A shared office address serves many users, so the limit per address is higher than the
limit per username. The address is the connection's REMOTE_ADDR: behind a reverse proxy,
the proxy must set it (a client-supplied X-Forwarded-For header is not trusted here).
"""

import math
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import PercobaanMasuk

# Defaults; each can be overridden in the settings.
BATAS_PENGGUNA = 5
BATAS_IP = 20
JENDELA = timedelta(minutes=15)


def _setelan():
    return (
        getattr(settings, "SAKIP_BATAS_MASUK_PENGGUNA", BATAS_PENGGUNA),
        getattr(settings, "SAKIP_BATAS_MASUK_IP", BATAS_IP),
        timedelta(minutes=getattr(settings, "SAKIP_JENDELA_MASUK_MENIT", JENDELA.seconds // 60)),
    )


def kunci(username):
    """Usernames are compared without case, so 'Admin' and 'admin' share one count."""
    return (username or "").strip().lower()[:150]


def alamat(request):
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def _sisa(waktu_gagal, batas, jendela, sekarang):
    """Time until fewer than `batas` failures remain in the window (None when not locked)."""
    if len(waktu_gagal) < batas:
        return None
    # Sorted newest first: the lock ends when the batas-th newest failure leaves the window.
    return waktu_gagal[batas - 1] + jendela - sekarang


def menit_terkunci(username, ip, sekarang=None):
    """Whole minutes (at least 1) until a login may be tried again, or None."""
    batas_pengguna, batas_ip, jendela = _setelan()
    sekarang = sekarang or timezone.now()
    sejak = sekarang - jendela
    sisa = []
    if kunci(username):
        waktu = PercobaanMasuk.objects.filter(
            nama_pengguna=kunci(username), waktu__gt=sejak
        ).order_by("-waktu")
        sisa.append(
            _sisa(
                list(waktu.values_list("waktu", flat=True)[:batas_pengguna]),
                batas_pengguna,
                jendela,
                sekarang,
            )
        )
    if ip:
        waktu = PercobaanMasuk.objects.filter(alamat_ip=ip, waktu__gt=sejak).order_by("-waktu")
        sisa.append(
            _sisa(
                list(waktu.values_list("waktu", flat=True)[:batas_ip]), batas_ip, jendela, sekarang
            )
        )
    sisa = [s for s in sisa if s is not None and s > timedelta(0)]
    if not sisa:
        return None
    return max(1, math.ceil(max(sisa).total_seconds() / 60))


def catat_gagal(username, ip, sekarang=None):
    sekarang = sekarang or timezone.now()
    _, _, jendela = _setelan()
    # Failures older than the window no longer count; keep the table small.
    PercobaanMasuk.objects.filter(waktu__lte=sekarang - jendela).delete()
    PercobaanMasuk.objects.create(nama_pengguna=kunci(username), alamat_ip=ip, waktu=sekarang)


def bersihkan(username):
    """A successful login clears the username's failures, not the address's: the rows stay,
    without the username, so they still count for the address until they age out."""
    PercobaanMasuk.objects.filter(nama_pengguna=kunci(username)).update(nama_pengguna="")
