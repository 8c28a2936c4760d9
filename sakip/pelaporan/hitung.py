"""Reads of the report pages: the LKjIP chapter texts an OPD's year starts from, the OPD
profile, and the look of a Pemda's documents (letterhead, font, place of signing) as a
`Gaya` for the renderers."""

from sakip.instansi.hitung import wilayah

from .dokumen import Gaya
from .models import KopDokumen, Narasi, ProfilOPD


def narasi_awal(opd, tahun):
    """{bagian: (text, year it comes from)}: this year's, else the latest earlier year's."""
    hasil = {}
    for n in Narasi.objects.filter(opd=opd, tahun__lte=tahun).order_by("tahun"):
        hasil[n.bagian] = (n.teks, n.tahun)
    return hasil


def profil_opd(opd):
    """The OPD's profile, a blank unsaved one when none was entered."""
    return ProfilOPD.objects.filter(opd=opd).first() or ProfilOPD(opd=opd)


def gaya_pemda(pemda):
    kop = KopDokumen.objects.filter(pemda=pemda).first()
    if kop is None:
        return Gaya(kop=(f"Pemerintah {pemda.nama}".upper(),), tempat=wilayah(pemda))
    return Gaya(
        huruf=kop.huruf,
        ukuran=kop.ukuran,
        logo=bytes(kop.logo) if kop.logo else None,
        kop=tuple(b.strip() for b in kop.baris.splitlines() if b.strip())
        or (f"Pemerintah {pemda.nama}".upper(),),
        tempat=kop.tempat or wilayah(pemda),
    )
