"""Changing what the Admin Pemda keeps for the whole Pemda: its settings (name, province,
predicate scale, capaian cap), its OPD and its officials (pejabat). Each change is one
audit record on the Pemda's trail (opd None), with old and new values.

Who may change them is decided by the caller (`akses.boleh_kelola_pemda`)."""

from django.db import transaction
from django.db.models import Q

from sakip.akun.models import Peran
from sakip.jejak.catat import hapus, simpan
from sakip.jejak.models import Jejak

from .models import OPD, Pejabat, PerjanjianKinerja
from .ubah import data_terkait, tolak_bila_terkait

BIDANG_PEMDA = ["nama", "provinsi", "skala_predikat", "batas_capaian"]
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
    """What still holds an OPD: its data (every relation `data_terkait` sees), and two
    relations it cannot see (`related_name="+"`): roles given in the OPD, which a delete
    would silently take away, and the OPD's audit trail, which must keep naming it."""
    hasil = data_terkait(opd)
    for nama, jumlah in (
        ("peran pengguna", Peran.objects.filter(opd=opd).count()),
        ("jejak audit", Jejak.objects.filter(opd=opd).count()),
    ):
        if jumlah:
            hasil.append(f"{nama} ({jumlah})")
    return hasil


def terkait_pejabat(pejabat):
    """Documents that name the official: periods it signs (`data_terkait`) and Perjanjian
    Kinerja where it is a party (a relation `data_terkait` cannot see)."""
    hasil = data_terkait(pejabat)
    jumlah = PerjanjianKinerja.objects.filter(
        Q(pihak_pertama=pejabat) | Q(pihak_kedua=pejabat)
    ).count()
    if jumlah:
        hasil.append(f"perjanjian kinerja ({jumlah})")
    return hasil


def _kunci(obj):
    """Lock the row before checking what holds it: on PostgreSQL a new reference to a
    locked row waits, so nothing can start pointing at it between the check and the
    delete."""
    return type(obj).objects.select_for_update().get(pk=obj.pk)


@transaction.atomic
def hapus_opd(pengguna, opd, asal=None):
    opd = _kunci(opd)
    uraian = uraian_opd(opd)
    tolak_bila_terkait(uraian, terkait_opd(opd))
    hapus(pengguna, opd, BIDANG_OPD, uraian=uraian, opd=None, pemda=opd.pemda, asal=asal)


@transaction.atomic
def hapus_pejabat(pengguna, pejabat, asal=None):
    pejabat = _kunci(pejabat)
    uraian = uraian_pejabat(pejabat)
    tolak_bila_terkait(uraian, terkait_pejabat(pejabat))
    hapus(
        pengguna, pejabat, BIDANG_PEJABAT, uraian=uraian, opd=None, pemda=pejabat.pemda, asal=asal
    )
