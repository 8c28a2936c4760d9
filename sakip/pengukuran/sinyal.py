"""Signal handlers that keep stored results (`tersimpan`) in step with their inputs."""

from sakip.perencanaan.models import Indikator

from .tersimpan import batalkan, batalkan_variabel


def nilai_tahun(sender, instance, **kwargs):
    """A target or a realisation (annual or quarterly) changes that year only."""
    batalkan([instance.indikator_id], instance.tahun, instance.tahun)


def nilai_variabel(sender, instance, **kwargs):
    try:
        variabel = instance.variabel
    except sender.variabel.RelatedObjectDoesNotExist:
        return  # deleted with its variable, which invalidates everything it fed
    batalkan_variabel(variabel, instance.tahun)


def simpan_lama(sender, instance, **kwargs):
    """Keep the stored version on the instance, for the post_save handler to compare."""
    instance._sebelumnya = sender.objects.filter(pk=instance.pk).first() if instance.pk else None


def variabel(sender, instance, **kwargs):
    batalkan_variabel(instance)
    lama = getattr(instance, "_sebelumnya", None)
    if lama is not None and (lama.kode, lama.opd_id) != (instance.kode, instance.opd_id):
        batalkan_variabel(lama)


def indikator(sender, instance, **kwargs):
    batalkan([instance.pk])


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


def pemda(sender, instance, created, **kwargs):
    lama = getattr(instance, "_sebelumnya", None)
    if lama is None or (lama.batas_capaian, lama.skala_predikat) == (
        instance.batas_capaian,
        instance.skala_predikat,
    ):
        return
    batalkan(Indikator.objects.filter(periode__pemda=instance).values_list("pk", flat=True))
