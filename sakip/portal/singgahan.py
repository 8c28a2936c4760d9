"""The portal's cache (Django's cache framework). Each read service's result is kept under
a key carrying its Pemda's version; approving or reopening a document of the Pemda moves
the version (after the commit), so every page of that Pemda, and the pages across Pemda
(home, search), are read afresh on their next request. The old entries are never read
again and expire. A timeout bounds what a change outside the workflow (a renamed OPD, a
new predicate scale) leaves on the portal."""

import time

from django.core.cache import cache
from django.db import transaction

from sakip.alur.models import Tahap

# Seconds a page's data stay cached without a version move.
UMUR = 15 * 60
SEMUA = "semua"  # the version of the pages across Pemda


def _kunci_versi(pemda_id):
    return f"portal:versi:{pemda_id}"


def _versi(pemda_id):
    return cache.get(_kunci_versi(pemda_id), 0)


def ambil(bagian, pemda_id, hitung):
    """`hitung()` as cached for the Pemda `pemda_id` (SEMUA for the pages across Pemda);
    `bagian` names the result within it ("opd:12:2022")."""
    kunci = f"portal:{pemda_id}:{_versi(pemda_id)}:{bagian}"
    hasil = cache.get(kunci)
    if hasil is None:
        hasil = hitung()
        cache.set(kunci, hasil, UMUR)
    return hasil


def segarkan(pemda_id):
    """Drop the portal's cache of the Pemda, and of the pages across Pemda."""
    for kunci in (pemda_id, SEMUA):
        # A new token, not an increment: two processes moving it at once both move it.
        cache.set(_kunci_versi(kunci), time.time_ns(), None)


def tahap_berubah(sender, status, lama, **kwargs):
    """A workflow step changes what is public only into or out of Disetujui."""
    if Tahap.DISETUJUI in (lama, status.tahap):
        pemda_id = status.opd.pemda_id
        transaction.on_commit(lambda: segarkan(pemda_id), robust=True)


def dokumen_pemda_berubah(sender, pemda_id, **kwargs):
    """A Pemda document approved or reopened: its page lists it, or no longer."""
    transaction.on_commit(lambda: segarkan(pemda_id), robust=True)
