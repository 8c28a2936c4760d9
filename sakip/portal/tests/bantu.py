"""Taking workflow steps in the portal's tests, as the demo's users do."""

from sakip.akun.models import Pengguna
from sakip.alur.ubah import jalankan
from sakip.pertukaran.demo import AKHIRAN

# Who takes each step (separation of duties: three different accounts).
PELAKU = {
    "ajukan": "operator",
    "verifikasi": "admin",
    "setujui": "kepala",
    "kembalikan": "admin",
    "buka": "admin",
}


def langkah(opd, tahun, dokumen, *nama):
    """Take the steps `nama` on the OPD's document, each by the demo user of its role."""
    for n in nama:
        pengguna = Pengguna.objects.get(username=f"{PELAKU[n]}-{AKHIRAN[opd.pemda.slug]}")
        jalankan(pengguna, opd, tahun, dokumen, n, "Uji portal.")
