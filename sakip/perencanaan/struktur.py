"""Changing what the Admin Pemda keeps for the whole Pemda: its settings (name, province,
predicate scale, capaian cap), its OPD and its officials (pejabat). Each change is one
audit record on the Pemda's trail (opd None), with old and new values.

Who may change them is decided by the caller (`akses.boleh_kelola_pemda`)."""

from sakip.instansi.models import OPD, Pejabat
from sakip.jejak.catat import simpan
from sakip.jejak.terkait import data_terkait, hapus_bila_bebas

BIDANG_PEMDA = [
    "nama",
    "provinsi",
    "skala_predikat",
    "batas_capaian",
    "gabung_capaian",
    "pejabat_boleh_mengisi",
]
BIDANG_OPD = ["pemda_id", "slug", "nama", "singkatan"]
BIDANG_PEJABAT = ["pemda_id", "opd_id", "kode", "nama", "nip", "pangkat", "golongan", "jabatan"]


def uraian_opd(o):
    return f"OPD “{o.nama}”"


def uraian_pejabat(p):
    return f"Pejabat {p.kode} “{p.nama}”"


def simpan_pemda(pengguna, pemda, nilai, asal=None):
    return simpan(
        pengguna,
        pemda,
        nilai,
        uraian=f"Pengaturan Pemda {nilai.get('nama', pemda.nama)}",
        opd=None,
        pemda=pemda,
        asal=asal,
    )


def simpan_opd(pengguna, opd, nilai, asal=None):
    nilai = {"pemda_id": opd.pemda_id, **nilai}
    return simpan(
        pengguna, opd, nilai, uraian=uraian_opd(OPD(**nilai)), opd=None, pemda=opd.pemda, asal=asal
    )


def simpan_pejabat(pengguna, pejabat, nilai, asal=None):
    nilai = {"pemda_id": pejabat.pemda_id, **nilai}
    return simpan(
        pengguna,
        pejabat,
        nilai,
        uraian=uraian_pejabat(Pejabat(**nilai)),
        opd=None,
        pemda=pejabat.pemda,
        asal=asal,
    )


def terkait_opd(opd):
    """What still holds an OPD: its data, the roles given in it (a delete would silently
    take them away) and its audit trail, which must keep naming it."""
    return data_terkait(opd)


def hapus_opd(pengguna, opd, asal=None):
    hapus_bila_bebas(
        pengguna,
        opd,
        BIDANG_OPD,
        uraian=uraian_opd,
        terkait=terkait_opd,
        opd=None,
        pemda=opd.pemda,
        asal=asal,
    )


def hapus_pejabat(pengguna, pejabat, asal=None):
    """Refused while a document names the official: periods it signs, Perjanjian Kinerja
    where it is a party."""
    hapus_bila_bebas(
        pengguna,
        pejabat,
        BIDANG_PEJABAT,
        uraian=uraian_pejabat,
        opd=None,
        pemda=pejabat.pemda,
        asal=asal,
    )
