"""Setting a Perjanjian Kinerja: a snapshot of the year's targets of the sasaran
indicators in force, as the engine reads them (composite targets from their components);
setting it again makes a new version (PK perubahan), recorded in the audit trail."""

from django.db import transaction
from django.db.models import Max

from sakip.jejak.catat import nilai_objek, rekam
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import PerjanjianKinerja, TargetPK
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, tujuan_lengkap

from .hitung import DataKinerja

BIDANG_PK = ["opd_id", "tahun", "versi", "tanggal", "pihak_pertama_id", "pihak_kedua_id", "alasan"]
BIDANG_TARGET_PK = ["pk_dokumen_id", "indikator_id", "nilai", "nilai_atas"]


class AlasanWajib(ValueError):
    """A revised Perjanjian Kinerja (version 2 or later) needs a reason."""


def indikator_pk(opd, tahun, pohon=None):
    """The indicators a PK commits to: the key indicators of the sasaran in force. `pohon`:
    the plans' (tujuan, sasaran or None, indikator) when the caller read them already."""
    if pohon is None:
        pohon = [x for p in periode_berlaku(opd, tahun) for x in indikator_pohon(tujuan_lengkap(p))]
    return [ind for _, sasaran, ind in pohon if sasaran is not None and ind.iku]


@transaction.atomic
def tetapkan_pk(opd, tahun, tanggal=None, pihak_pertama=None, pihak_kedua=None, alasan=""):
    terakhir = PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun).aggregate(v=Max("versi"))
    pk = PerjanjianKinerja.objects.create(
        opd=opd,
        tahun=tahun,
        versi=(terakhir["v"] or 0) + 1,
        tanggal=tanggal,
        pihak_pertama=pihak_pertama,
        pihak_kedua=pihak_kedua,
        alasan=alasan,
    )
    indikator = indikator_pk(opd, tahun)
    data = DataKinerja(indikator)
    TargetPK.objects.bulk_create(
        TargetPK(pk_dokumen=pk, indikator=ind, nilai=t, nilai_atas=atas)
        for ind in indikator
        for t, atas in [data.target_indikator(ind, tahun)]
        if t is not None
    )
    return pk


def pk_berlaku(opd, tahun):
    """The latest version, or None when no PK has been set for the year."""
    return (
        PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun)
        .select_related("pihak_pertama", "pihak_kedua")
        .order_by("-versi")
        .first()
    )


@transaction.atomic
def tetapkan_pk_tercatat(
    pengguna, opd, tahun, tanggal=None, pihak_pertama=None, pihak_kedua=None, alasan=""
):
    """Set (or revise) the year's Perjanjian Kinerja with `tetapkan_pk` and record the
    new version and each of its targets in the trail. Version 2 and later need a reason."""
    ada = PerjanjianKinerja.objects.select_for_update().filter(opd=opd, tahun=tahun)
    revisi = ada.exists()
    alasan = (alasan or "").strip()
    if revisi and not alasan:
        raise AlasanWajib("Alasan perubahan Perjanjian Kinerja wajib diisi.")
    pk = tetapkan_pk(opd, tahun, tanggal, pihak_pertama, pihak_kedua, alasan)
    judul = f"Perjanjian Kinerja {tahun} versi {pk.versi}"
    rekam(
        pengguna,
        Jejak.Tindakan.BUAT,
        "perjanjian kinerja",
        judul + (" (perubahan)" if revisi else ""),
        opd=opd,
        objek_id=str(pk.pk),
        baru=nilai_objek(pk, BIDANG_PK),
        alasan=alasan,
    )
    for t in pk.target_set.select_related("indikator"):
        rekam(
            pengguna,
            Jejak.Tindakan.BUAT,
            "target PK",
            f"Target {judul} indikator {t.indikator.kode}",
            opd=opd,
            objek_id=str(t.pk),
            baru=nilai_objek(t, BIDANG_TARGET_PK),
            alasan=alasan,
        )
    return pk


def tetapkan_pk_bila_belum(pengguna, opd, tahun):
    """An approved Perjanjian Kinerja prints the targets it was approved with: approving
    one that was never set takes its snapshot now (version 1), so that a later change of
    the plan (a supplement, a reopened Renstra) does not reach it."""
    if not PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun).exists():
        return tetapkan_pk_tercatat(pengguna, opd, tahun)
    return None
