"""Chapter texts per OPD and year; last year's text is the starting point for a new year."""

from django.db import transaction

from .models import Narasi


def narasi_awal(opd, tahun):
    """{bagian: (text, year it comes from)}: this year's, else the latest earlier year's."""
    hasil = {}
    for n in Narasi.objects.filter(opd=opd, tahun__lte=tahun).order_by("tahun"):
        hasil[n.bagian] = (n.teks, n.tahun)
    return hasil


@transaction.atomic
def simpan_narasi(opd, tahun, teks_per_bagian):
    for bagian, teks in teks_per_bagian.items():
        if teks.strip():
            Narasi.objects.update_or_create(
                opd=opd, tahun=tahun, bagian=bagian, defaults={"teks": teks}
            )
        else:
            Narasi.objects.filter(opd=opd, tahun=tahun, bagian=bagian).delete()
