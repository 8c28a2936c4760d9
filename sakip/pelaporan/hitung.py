"""Reads of the report pages: the LKjIP chapter texts an OPD's year starts from, the OPD
profile."""

from .models import Narasi, ProfilOPD


def narasi_awal(opd, tahun):
    """{bagian: (text, year it comes from)}: this year's, else the latest earlier year's."""
    hasil = {}
    for n in Narasi.objects.filter(opd=opd, tahun__lte=tahun).order_by("tahun"):
        hasil[n.bagian] = (n.teks, n.tahun)
    return hasil


def profil_opd(opd):
    """The OPD's profile, a blank unsaved one when none was entered."""
    return ProfilOPD.objects.filter(opd=opd).first() or ProfilOPD(opd=opd)
