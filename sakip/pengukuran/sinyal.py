"""Signal handlers that keep stored results (`tersimpan`) in step with their inputs."""

from django.db.models import QuerySet

from sakip.perencanaan.models import Indikator

from .tersimpan import batalkan, batalkan_hapus, batalkan_variabel


def _bersama_induk(sender, instance, kwargs):
    """True when the row is deleted along with a parent (an indicator, a variable, ...),
    whose own handler drops everything the row fed: no work per child row."""
    asal = kwargs.get("origin")
    if asal is None or asal is instance:
        return False
    return not (isinstance(asal, QuerySet) and asal.model is sender)


def nilai_tahun(sender, instance, **kwargs):
    """A target or a realisation (annual or quarterly) changes that year only."""
    if not _bersama_induk(sender, instance, kwargs):
        batalkan([instance.indikator_id], instance.tahun, instance.tahun)


def nilai_variabel(sender, instance, **kwargs):
    if not _bersama_induk(sender, instance, kwargs):
        batalkan_variabel(instance.variabel, instance.tahun)


def variabel(sender, instance, **kwargs):
    # A variable's code and OPD never change in place (a code in use is refused, the
    # import matches on the code), so its current users are all it fed.
    batalkan_variabel(instance)


def indikator(sender, instance, **kwargs):
    batalkan([instance.pk])


def indikator_dihapus(sender, instance, **kwargs):
    batalkan_hapus([instance.pk])


def komponen(sender, instance, action, reverse, pk_set, **kwargs):
    """A composite's list of components changed. From the component's side (`reverse`)
    the composites are `pk_set`, or, when clearing, every composite it is still in."""
    if action not in ("pre_clear", "post_add", "post_remove"):
        return
    if not reverse:
        batalkan([instance.pk])
    elif action == "pre_clear":
        batalkan(
            sender.objects.filter(to_indikator=instance).values_list("from_indikator", flat=True)
        )
    else:
        batalkan(pk_set)


def periode(sender, instance, **kwargs):
    batalkan(instance.indikator_set.values_list("pk", flat=True))


def skala_lama(sender, instance, **kwargs):
    """Keep the stored scale and cap on the instance, for `pemda` to compare."""
    instance._skala_lama = (
        sender.objects.filter(pk=instance.pk).values_list("batas_capaian", "skala_predikat").first()
        if instance.pk
        else None
    )


def pemda(sender, instance, created, **kwargs):
    lama = getattr(instance, "_skala_lama", None)
    if lama is None or lama == (instance.batas_capaian, instance.skala_predikat):
        return
    batalkan(Indikator.objects.filter(periode__pemda=instance).values_list("pk", flat=True))
