"""A supplement added to PPU's approved Renstra after the demo's approvals, shared by the
tests of what approved documents show (issue 13)."""

from decimal import Decimal

from sakip.akun.models import Pengguna
from sakip.alur.models import Dokumen
from sakip.alur.ubah import jalankan
from sakip.instansi.models import OPD
from sakip.perencanaan import ubah
from sakip.perencanaan.models import Indikator, Periode, Sasaran, Tujuan
from sakip.pertukaran.demo import muat_alur_demo


def buat_suplemen():
    """The demo's workflow (Renstra 2024 and PK 2025 of PPU approved), then the Admin
    Pemda reopens the Renstra and its operator adds a supplement 2025–2026 with one IKU
    (targets 7 and 12) and raises a target of the Renstra for 2025; nothing is approved
    since."""
    muat_alur_demo()
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    admin = Pengguna.objects.get(username="admin-ppu")
    operator = Pengguna.objects.get(username="operator-ppu")
    jalankan(admin, opd, 2024, Dokumen.RENSTRA, "buka", "Suplemen Renstra 2025–2026")
    induk = Periode.objects.get(kode="renstra-dkukmperindag-2024-2026")
    koperasi = Indikator.objects.get(periode=induk, kode="koperasi-aktif")
    ubah.simpan_target(operator, koperasi, {(2025, 0): (Decimal("55"), None)})
    p = Periode(pemda=opd.pemda, opd=opd)
    ubah.simpan_periode(
        operator,
        p,
        {
            "kode": "suplemen-dkukmperindag-2025-2026",
            "jenis": Periode.Jenis.SUPLEMEN_RENSTRA,
            "nama": "Suplemen Renstra 2025–2026",
            "tahun_awal": 2025,
            "tahun_akhir": 2026,
            "induk_id": induk.pk,
        },
    )
    t = Tujuan(periode=p)
    ubah.simpan_tujuan(operator, t, {"nomor": "1", "nama": "Tujuan suplemen"})
    s = Sasaran(tujuan=t)
    ubah.simpan_sasaran(operator, s, {"nomor": "1", "nama": "Sasaran suplemen"})
    ind = Indikator(periode=p, sasaran=s)
    nilai = {"kode": "umkm-ekspor", "nama": "Jumlah UMKM ekspor", "satuan": "unit"}
    nilai |= {"jenis": "absolut", "polaritas": "positif", "iku": True}
    ubah.simpan_indikator(operator, ind, nilai)
    ubah.simpan_target(
        operator, ind, {(2025, 0): (Decimal("7"), None), (2026, 0): (Decimal("12"), None)}
    )
    return p
