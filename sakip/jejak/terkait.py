"""Deleting a record only while nothing refers to it, in one transaction: lock its row,
look at every relation that points at it, then delete it through the trail
(`catat.hapus`). The delete page shows the same check (`data_terkait`) before it asks, so
a page that asks for confirmation does not refuse afterwards."""

from collections import defaultdict

from django.db import transaction
from django.db.models import ForeignObjectRel, Q

from .catat import hapus


class TidakBolehDihapus(Exception):
    """Deleting would take other data with it; the message says which (Indonesian)."""


def _sebutan(model):
    return getattr(model, "sebutan_terkait", model._meta.verbose_name)


def data_terkait(obj, kecuali=(), nama=None):
    """What still refers to `obj`, as Indonesian phrases 'indikator (2)': every reverse
    relation, those declared `related_name="+"` included (they have no accessor on `obj`),
    and its own many-to-many links. Derived rows (a model with `turunan = True`, such as
    stored results, recomputed from the inputs) go with it and never count. `kecuali`:
    accessor or field names of what a delete takes along; `nama`: {model: label} where the
    model's verbose name does not say it (a model may also carry its own `sebutan_terkait`)."""
    nama = nama or {}
    saring = defaultdict(Q)
    for rel in obj._meta.get_fields(include_hidden=True):
        if not isinstance(rel, ForeignObjectRel) or rel.get_accessor_name() in kecuali:
            continue
        if rel.related_model._meta.auto_created:
            continue  # the table of a many-to-many field: counted as that relation
        if getattr(rel.related_model, "turunan", False):
            continue
        # One count per model, so a row pointing at `obj` twice counts once.
        saring[rel.related_model] |= Q(**{rel.field.name: obj})
    hasil = []
    for model, q in saring.items():
        if jumlah := model._base_manager.filter(q).distinct().count():
            hasil.append(f"{nama.get(model, _sebutan(model))} ({jumlah})")
    for m2m in obj._meta.many_to_many:
        if m2m.name not in kecuali and (jumlah := getattr(obj, m2m.name).count()):
            hasil.append(f"{m2m.verbose_name} ({jumlah})")
    return hasil


def tolak_bila_terkait(uraian, terkait):
    """Refuse a delete while `terkait` (phrases from `data_terkait`) is not empty."""
    if terkait:
        raise TidakBolehDihapus(
            f"{uraian} tidak dapat dihapus karena masih memiliki data terkait: "
            f"{', '.join(terkait)}. Hapus atau pindahkan data tersebut terlebih dahulu."
        )


@transaction.atomic
def hapus_bila_bebas(pengguna, obj, bidang, *, uraian, terkait=data_terkait, ikut=None, **isi):
    """Delete `obj` through the trail (`catat.hapus`; `isi`: its keywords) unless
    `terkait(obj)` names anything (`TidakBolehDihapus`). `uraian(obj)` describes it;
    `ikut(obj)` deletes, after the check, what goes with it. The row is locked first: on
    PostgreSQL a new reference to a locked row waits, so nothing can start pointing at it
    between the check and the delete."""
    obj = type(obj)._base_manager.select_for_update().get(pk=obj.pk)
    teks = uraian(obj)
    tolak_bila_terkait(teks, terkait(obj))
    if ikut:
        ikut(obj)
    hapus(pengguna, obj, bidang, uraian=teks, **isi)
