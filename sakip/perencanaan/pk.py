"""Setting a Perjanjian Kinerja: a snapshot of the year's targets of the sasaran
indicators in force; setting it again makes a new version (PK perubahan)."""

from django.db import transaction
from django.db.models import Max

from sakip.pengukuran.hitung import DataKinerja

from .models import PerjanjianKinerja, TargetPK
from .pohon import indikator_pohon, periode_berlaku, tujuan_lengkap


def indikator_pk(opd, tahun):
    """The indicators a PK commits to: the key indicators of the sasaran in force."""
    return [
        ind
        for p in periode_berlaku(opd, tahun)
        for _, sasaran, ind in indikator_pohon(tujuan_lengkap(p))
        if sasaran is not None and ind.iku
    ]


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


def wilayah(pemda):
    """The region's own name ("Tebing Tinggi" for Kota Tebing Tinggi), as a signature's
    place is written."""
    return pemda.nama.removeprefix("Kabupaten ").removeprefix("Kota ").removeprefix("Provinsi ")


def kepala_daerah(pemda):
    """The title of the head of region, for the second party when no official is recorded."""
    gelar = {"provinsi": "Gubernur", "kabupaten": "Bupati", "kota": "Wali Kota"}[pemda.jenis]
    return f"{gelar} {wilayah(pemda)}"
