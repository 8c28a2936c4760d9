"""The demo's PPU quarters filled through the product's own audited writers, for the tests
of the completeness summary and the decision data."""

from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from sakip.akun.models import Pengguna
from sakip.instansi.models import OPD
from sakip.pengukuran.hitung import isian_triwulan
from sakip.pengukuran.ubah import simpan_triwulan, unggah_bukti

SLUG = "dkukmperindag-ppu"
HALAMAN = f"/opd/{SLUG}/alur/2025/"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# The ten IKU of PPU's Renstra 2024–2026 (seed 001), in plan order.
IKU_PPU = [
    "Persentase Peningkatan Koperasi Aktif",
    "Persentase Peningkatan UMKM Naik Kelas",
    "Jumlah Dokumen Pengembangan Industri",
    "Jumlah Sentra IKM yang dikuatkan",
    "Persentase Peningkatan Jumlah Industri yang memiliki izin berusaha",
    "Persentase Peningkatan Data Industri yang masuk dalam SIINAS",
    "Jumlah Sarana Perdagangan yang Representatif",
    "Jumlah Kebutuhan Pokok dan Barang Penting yang diintervensi dalam rangka Stabilisasi "
    "Harga dan Stok",
    "Jumlah Peningkatan Alat UTTP yang di Tera/Tera Ulang",
    "Indeks Kepuasan Masyarakat (IKM)",
]


def opd():
    return OPD.objects.get(slug=SLUG)


def operator():
    return Pengguna.objects.get(username="operator-ppu")


def isi(triwulan, nilai, tahun=2025):
    """Save `nilai` ({indicator code: value or None}) of the quarter as the entry page does."""
    isian = {i.indikator.kode: i for i in isian_triwulan(opd(), tahun, triwulan)}
    perubahan = [(isian[k], isian[k].nilai, v) for k, v in nilai.items()]
    simpan_triwulan(operator(), opd(), tahun, triwulan, perubahan)


def unggah(kode, triwulan, tahun=2025):
    """Upload one evidence file for the indicator's quarter, as the evidence page does."""
    isian = {i.indikator.kode: i for i in isian_triwulan(opd(), tahun, triwulan)}
    berkas = SimpleUploadedFile(f"bukti-{kode}.pdf", PDF)
    return unggah_bukti(operator(), isian[kode].indikator, tahun, triwulan, berkas, opd=opd())


def lengkapi(triwulan, tahun=2025):
    """Every value and an evidence file for each indicator of the quarter."""
    kode = [i.indikator.kode for i in isian_triwulan(opd(), tahun, triwulan)]
    isi(triwulan, {k: Decimal(n + 1) for n, k in enumerate(kode)}, tahun)
    for k in kode:
        unggah(k, triwulan, tahun)
