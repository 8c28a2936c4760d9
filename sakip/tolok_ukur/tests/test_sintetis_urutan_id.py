"""Ids after a synthetic build: the generator moves the id sequences forward, never back. A
sequence is not rolled back with a transaction, so a build on an emptied table inside a
transaction that is then rolled back (as every test is) must not leave the sequence behind
the rows that come back."""

from django.db import transaction

from sakip.perencanaan.models import Periode
from sakip.tolok_ukur.sintetis import bangun


def test_new_rows_get_free_ids_after_a_rolled_back_build(demo):
    with transaction.atomic():
        Periode.objects.all().delete()
        bangun(pemda=1, opd_per_pemda=1, tahun=(2025, 2025), sub_per_opd=1)
        transaction.set_rollback(True)
    demo_periode = Periode.objects.first()
    baru = Periode.objects.create(
        pemda=demo_periode.pemda,
        kode="uji-id",
        jenis=demo_periode.jenis,
        nama="Uji",
        tahun_awal=2040,
        tahun_akhir=2041,
    )
    assert baru.pk > max(Periode.objects.exclude(pk=baru.pk).values_list("pk", flat=True))
