"""Chapter texts per OPD and year; last year's text is the starting point for a new year."""

from django.db import transaction

from sakip.jejak.catat import hapus, simpan

from .models import Narasi


def narasi_awal(opd, tahun):
    """{bagian: (text, year it comes from)}: this year's, else the latest earlier year's."""
    hasil = {}
    for n in Narasi.objects.filter(opd=opd, tahun__lte=tahun).order_by("tahun"):
        hasil[n.bagian] = (n.teks, n.tahun)
    return hasil


@transaction.atomic
def simpan_narasi(pengguna, opd, tahun, teks_per_bagian):
    """Store the chapter texts; an emptied chapter is deleted. One audit record each."""
    ada = {n.bagian: n for n in Narasi.objects.filter(opd=opd, tahun=tahun)}
    for bagian, teks in teks_per_bagian.items():
        uraian = f"Narasi LKjIP {tahun}: {Narasi.Bagian(bagian).label}"
        if teks.strip():
            narasi = ada.get(bagian) or Narasi(opd=opd, tahun=tahun, bagian=bagian)
            simpan(pengguna, narasi, {"teks": teks}, uraian=uraian, opd=opd)
        elif bagian in ada:
            hapus(pengguna, ada[bagian], ["teks"], uraian=uraian, opd=opd)
