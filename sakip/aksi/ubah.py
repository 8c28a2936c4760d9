"""Changing a Rencana Aksi, each change with its audit record (`jejak.catat`); callers
check the permission (`akses.alasan_tidak_boleh_ubah_aksi`) and the rules (`aturan`)."""

from django.db import transaction

from sakip.jejak.catat import hapus, nilai_objek, simpan
from sakip.kinerja.triwulan import nama_triwulan
from sakip.pengukuran.ubah import unggah_bukti

from .models import Aksi

BIDANG_AKSI = [
    "opd_id",
    "tahun",
    "indikator_id",
    "uraian",
    "triwulan",
    "bulan",
    "penanggung_jawab_id",
    "sub_kegiatan_id",
    "anggaran",
    "target",
    "urutan",
]
BIDANG_LAPORAN = [
    "aksi_id",
    "triwulan",
    "status",
    "persen",
    "pelaksanaan",
    "kendala",
    "tindak_lanjut",
]
TAUTAN_BUKTI = "bukti"


def uraian_aksi(aksi):
    return f"Aksi «{aksi.uraian[:80]}» rencana aksi {aksi.tahun}"


def uraian_laporan(laporan):
    return f"Laporan {nama_triwulan(laporan.triwulan)} {uraian_aksi(laporan.aksi).lower()}"


def asal_aksi(aksi):
    """What the action form shows, for optimistic locking (None for a new action)."""
    return nilai_objek(aksi, BIDANG_AKSI) if aksi.pk else None


def simpan_aksi(pengguna, aksi, nilai, asal=None, alasan=""):
    """Save a new or changed action; False when nothing changed."""
    nilai = {"opd_id": aksi.opd_id, "tahun": aksi.tahun, "indikator_id": aksi.indikator_id, **nilai}
    baru = Aksi(uraian=nilai["uraian"], tahun=aksi.tahun)
    return simpan(
        pengguna, aksi, nilai, uraian=uraian_aksi(baru), opd=aksi.opd, asal=asal, alasan=alasan
    )


def hapus_aksi(pengguna, aksi, asal=None):
    hapus(pengguna, aksi, BIDANG_AKSI, uraian=uraian_aksi(aksi), opd=aksi.opd, asal=asal)


def asal_laporan(laporan):
    """What the report form shows, evidence included (None for a report not yet made)."""
    if not laporan.pk:
        return None
    bukti = sorted(str(pk) for pk in laporan.bukti.values_list("pk", flat=True))
    return nilai_objek(laporan, BIDANG_LAPORAN) | {TAUTAN_BUKTI: bukti}


@transaction.atomic
def simpan_laporan(pengguna, laporan, nilai, asal=None, berkas=None, keterangan=""):
    """Save the quarter's report on an action; with `berkas`, a new evidence file stored as
    the indicator's evidence of that quarter (`pengukuran.ubah.unggah_bukti`) and linked to
    the report. False when nothing changed."""
    aksi = laporan.aksi
    bukti = list(laporan.bukti.all()) if laporan.pk else []
    baru = None
    if berkas is not None:
        baru = unggah_bukti(
            pengguna,
            aksi.indikator,
            aksi.tahun,
            laporan.triwulan,
            berkas,
            opd=aksi.opd,
            keterangan=keterangan or f"Rencana aksi: {aksi.uraian}"[:300],
        )
        bukti.append(baru)
    nilai = {"aksi_id": aksi.pk, "triwulan": laporan.triwulan, **nilai}
    try:
        return simpan(
            pengguna,
            laporan,
            nilai,
            uraian=uraian_laporan(laporan),
            opd=aksi.opd,
            asal=asal,
            tautan={TAUTAN_BUKTI: (bukti, "pk")},
        )
    except BaseException:
        # The new file is on disk; its record goes with the transaction, so the file too.
        if baru is not None:
            baru.berkas.storage.delete(baru.berkas.name)
        raise
