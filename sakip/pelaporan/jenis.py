"""The documents that can be downloaded, by the name in their address."""

from .iku import iku
from .lkjip import lkjip
from .rencana_aksi import rencana_aksi
from .susun import pk, renstra, rfk, triwulan

JENIS = {
    "iku": iku,
    "renstra": renstra,
    "pk": pk,
    "lkjip": lkjip,
    "rfk": rfk,
    "triwulan": triwulan,
    "rencana-aksi": rencana_aksi,
}

# Each document's name on the pages.
NAMA = {
    "iku": "Indikator Kinerja Utama",
    "renstra": "Rencana Strategis (Renstra)",
    "pk": "Perjanjian Kinerja",
    "lkjip": "Laporan Kinerja Instansi Pemerintah (LKjIP)",
    "rfk": "Realisasi Fisik dan Keuangan (RFK)",
    "triwulan": "Laporan Kinerja Triwulan",
    "rencana-aksi": "Rencana Aksi",
}
