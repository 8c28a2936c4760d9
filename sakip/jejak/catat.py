"""Changing stored data with a trace: every function here saves or deletes one record and
writes exactly one audit record (`Jejak`) with the old and new values.

Optimistic locking lives here too: a form carries the values it showed (`asal`); when the
record has changed since, the save is refused rather than overwriting the other person's
work."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Model

from sakip.kinerja.angka import format_tepat, konteks

from .models import Jejak

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser as Pengguna

    from sakip.instansi.models import OPD, Pemda


class Konflik(Exception):
    """The record changed after the form was shown."""


def teks_nilai(nilai: object) -> object:
    """A field value as the trail stores it: exact numbers without trailing zeros."""
    if isinstance(nilai, Decimal):
        with konteks():
            return format(nilai.normalize(), "f")
    if isinstance(nilai, date):
        return nilai.isoformat()
    if isinstance(nilai, bytes | memoryview):
        # A file kept in the database (a logo): its size and fingerprint, not its bytes.
        isi = bytes(nilai)
        return f"{len(isi)} bita, SHA-256 {hashlib.sha256(isi).hexdigest()[:16]}"
    return nilai


def tampil_nilai(nilai: object) -> str:
    """A stored trail value as a reader expects it (Indonesian numbers, "ya"/"tidak")."""
    if isinstance(nilai, bool):
        return "ya" if nilai else "tidak"
    if isinstance(nilai, list):
        return ", ".join(map(str, nilai)) or "–"
    if isinstance(nilai, str):
        try:
            return format_tepat(Decimal(nilai))
        except ArithmeticError:
            return nilai
    return "–" if nilai is None else str(nilai)


def nilai_objek(obj: Model, bidang: Iterable[str]) -> dict[str, object]:
    return {b: teks_nilai(getattr(obj, b)) for b in bidang}


def rekam(
    pengguna: Pengguna | None,
    tindakan: object,  # a Jejak.Tindakan (a str; a tuple to mypy without django-stubs)
    objek: str,
    uraian: str,
    *,
    opd: OPD | None = None,
    pemda: Pemda | None = None,
    **isi: object,
) -> Jejak:
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


def nama_objek(obj: Model) -> str:
    return obj._meta.verbose_name


def konflik(uraian: str = "Data ini") -> Konflik:
    return Konflik(
        f"{uraian} telah diubah oleh pengguna lain sejak halaman ini dibuka. "
        "Muat ulang halaman untuk melihat nilai terbaru, lalu isi kembali."
    )


def cek_asal(tersimpan: dict[str, object], asal: object, uraian: str) -> None:
    """Raise `Konflik` unless `asal` (what the form showed; None: not checked) is what is
    stored, `tersimpan` as `nilai_objek` reads it."""
    if asal is None:
        return
    # Values that are not what a page shows (e.g. a list) cannot be checked: refused.
    if not isinstance(asal, dict) or tersimpan != {b: teks_nilai(asal.get(b)) for b in tersimpan}:
        raise konflik(uraian)


def asal_bagian(asal: dict | None, kunci: str, uraian: str = "Data ini") -> dict | None:
    """The part `kunci` of an `asal` that holds several records (a grid: {kunci: values}).
    A part missing or not an object was not shown by the page, so the save is refused."""
    if asal is None:
        return None
    bagian = asal.get(kunci)
    if not isinstance(bagian, dict):
        raise konflik(uraian)
    return bagian


def _kunci_tautan(objek: Iterable[Model], kunci: str) -> list[str]:
    return sorted(str(getattr(o, kunci)) for o in objek)


@transaction.atomic
def simpan(
    pengguna: Pengguna | None,
    obj: Model,
    nilai: dict[str, object],
    *,
    uraian: str,
    opd: OPD | None,
    pemda: Pemda | None = None,
    alasan: str = "",
    asal: object = None,
    tautan: dict[str, tuple[Iterable[Model], str]] | None = None,
) -> bool:
    """Set `nilai` (field → value) on `obj` and save it with one audit record.

    `tautan` sets many-to-many links in the same record: {field: (objects, key)}; the trail
    keeps each side as the sorted `key` attribute of the linked objects (e.g. their codes).

    `asal` is what the form showed for the same fields; if the stored record differs from
    it, someone else saved in between and `Konflik` is raised. Returns False when nothing
    changed (and then nothing is written)."""
    bidang = list(nilai)
    tautan = tautan or {}
    if obj.pk:
        obj = type(obj).objects.select_for_update().get(pk=obj.pk)
        lama = nilai_objek(obj, bidang) | {
            b: _kunci_tautan(getattr(obj, b).all(), k) for b, (_, k) in tautan.items()
        }
    else:
        lama = None
    cek_asal(lama or dict.fromkeys([*bidang, *tautan]), asal, uraian)
    for b, v in nilai.items():
        setattr(obj, b, v)
    baru = nilai_objek(obj, bidang) | {b: _kunci_tautan(o, k) for b, (o, k) in tautan.items()}
    if baru == lama:
        return False
    tindakan = Jejak.Tindakan.UBAH if obj.pk else Jejak.Tindakan.BUAT
    obj.save()
    for b, (objek, _) in tautan.items():
        getattr(obj, b).set(objek)
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
def hapus(
    pengguna: Pengguna | None,
    obj: Model,
    bidang: Iterable[str],
    *,
    uraian: str,
    opd: OPD | None,
    pemda: Pemda | None = None,
    alasan: str = "",
    asal: object = None,
    tautan: dict[str, str] | None = None,
) -> None:
    """Delete `obj` with one audit record keeping its `bidang` values, and its many-to-many
    links as `simpan` keeps them (`tautan`: {field: key})."""
    obj = type(obj).objects.select_for_update().get(pk=obj.pk)
    lama = nilai_objek(obj, bidang) | {
        b: _kunci_tautan(getattr(obj, b).all(), k) for b, k in (tautan or {}).items()
    }
    cek_asal(lama, asal, uraian)
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
