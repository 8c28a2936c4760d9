"""Changing stored data with a trace: every function here saves or deletes one record and
writes exactly one audit record (`Jejak`) with the old and new values.

Optimistic locking lives here too: a form carries the values it showed (`asal`); when the
record has changed since, the save is refused rather than overwriting the other person's
work."""

from datetime import date
from decimal import Decimal

from django.db import transaction

from sakip.kinerja.angka import format_tepat, konteks

from .models import Jejak


class Konflik(Exception):
    """The record changed after the form was shown."""


def teks_nilai(nilai):
    """A field value as the trail stores it: exact numbers without trailing zeros."""
    if isinstance(nilai, Decimal):
        with konteks():
            return format(nilai.normalize(), "f")
    if isinstance(nilai, date):
        return nilai.isoformat()
    return nilai


def tampil_nilai(nilai):
    """A stored trail value as a reader expects it (Indonesian numbers)."""
    if isinstance(nilai, str):
        try:
            return format_tepat(Decimal(nilai))
        except ArithmeticError:
            return nilai
    return "–" if nilai is None else str(nilai)


def nilai_objek(obj, bidang):
    return {b: teks_nilai(getattr(obj, b)) for b in bidang}


def rekam(pengguna, tindakan, objek, uraian, *, opd=None, pemda=None, **isi):
    """Write one audit record. `pengguna` is None for the command line."""
    return Jejak.objects.create(
        pengguna=pengguna if pengguna and pengguna.is_authenticated else None,
        nama_pengguna=pengguna.get_username() if pengguna else "(perintah)",
        opd=opd,
        pemda=pemda or (opd.pemda if opd else None),
        tindakan=tindakan,
        objek=objek,
        uraian=uraian,
        **isi,
    )


def nama_objek(obj):
    return obj._meta.verbose_name


def _cek_asal(tersimpan, asal, uraian):
    if asal is not None and tersimpan != {b: teks_nilai(asal.get(b)) for b in tersimpan}:
        raise Konflik(
            f"{uraian} telah diubah oleh pengguna lain sejak halaman ini dibuka. "
            "Muat ulang halaman untuk melihat nilai terbaru, lalu isi kembali."
        )


@transaction.atomic
def simpan(pengguna, obj, nilai, *, uraian, opd, pemda=None, alasan="", asal=None):
    """Set `nilai` (field → value) on `obj` and save it with one audit record.

    `asal` is what the form showed for the same fields; if the stored record differs from
    it, someone else saved in between and `Konflik` is raised. Returns False when nothing
    changed (and then nothing is written)."""
    bidang = list(nilai)
    if obj.pk:
        obj = type(obj).objects.select_for_update().get(pk=obj.pk)
    lama = nilai_objek(obj, bidang) if obj.pk else None
    _cek_asal(lama or dict.fromkeys(bidang), asal, uraian)
    for b, v in nilai.items():
        setattr(obj, b, v)
    baru = nilai_objek(obj, bidang)
    if baru == lama:
        return False
    tindakan = Jejak.Tindakan.UBAH if obj.pk else Jejak.Tindakan.BUAT
    obj.save()
    rekam(
        pengguna,
        tindakan,
        nama_objek(obj),
        uraian,
        opd=opd,
        pemda=pemda,
        objek_id=str(obj.pk),
        lama=lama,
        baru=baru,
        alasan=alasan,
    )
    return True


@transaction.atomic
def hapus(pengguna, obj, bidang, *, uraian, opd, pemda=None, alasan="", asal=None):
    """Delete `obj` with one audit record keeping its `bidang` values."""
    obj = type(obj).objects.select_for_update().get(pk=obj.pk)
    lama = nilai_objek(obj, bidang)
    _cek_asal(lama, asal, uraian)
    objek_id = str(obj.pk)
    obj.delete()
    rekam(
        pengguna,
        Jejak.Tindakan.HAPUS,
        nama_objek(obj),
        uraian,
        opd=opd,
        pemda=pemda,
        objek_id=objek_id,
        lama=lama,
        alasan=alasan,
    )
