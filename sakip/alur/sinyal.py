"""Signals of the workflow, for the apps above it that keep something derived from a
document's state (the public portal's cache) without the workflow knowing them."""

from django.dispatch import Signal

# Sent by `ubah.jalankan` after a step is saved, with `status` (the StatusDokumen as it now
# stands) and `lama` (its Tahap before the step).
tahap_berubah = Signal()

# Sent by `ubah.langkah_pemda` after a Pemda document is approved or reopened, with `pemda_id`.
dokumen_pemda_berubah = Signal()
