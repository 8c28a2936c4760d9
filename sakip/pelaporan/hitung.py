"""Reads of the report pages: the LKjIP chapter texts an OPD's year starts from, the OPD
profile, the indicators of the analysis page with their figures and paragraph, and the look
of a Pemda's documents (letterhead, font, place of signing) as a `Gaya` for the renderers."""

from dataclasses import dataclass

from sakip.instansi.hitung import wilayah
from sakip.pengukuran.hitung import DataKinerja, NilaiIndikator
from sakip.pengukuran.tersimpan import baris_capaian

from .dokumen import Gaya
from .models import AnalisisIndikator, KopDokumen, Narasi, ProfilOPD
from .uraian import judul_kelompok, uraian_per_kelompok


def narasi_awal(opd, tahun):
    """{bagian: (text, year it comes from)}: this year's, else the latest earlier year's."""
    hasil = {}
    for n in Narasi.objects.filter(opd=opd, tahun__lte=tahun).order_by("tahun"):
        hasil[n.bagian] = (n.teks, n.tahun)
    return hasil


def profil_opd(opd):
    """The OPD's profile, a blank unsaved one when none was entered."""
    return ProfilOPD.objects.filter(opd=opd).first() or ProfilOPD(opd=opd)


def analisis_tahun(indikator, tahun):
    """{indicator id: AnalisisIndikator} of `indikator` for `tahun`."""
    qs = AnalisisIndikator.objects.filter(indikator__in=list(indikator), tahun=tahun)
    return {a.indikator_id: a for a in qs}


@dataclass(frozen=True)
class IsianAnalisis:
    """One indicator on the analysis page: the engine's figures of the year, the paragraph
    Bab III composes from them, and the analysis stored (None when none is written)."""

    nilai: NilaiIndikator
    uraian: str
    tersimpan: AnalisisIndikator | None


def isian_analisis(opd, tahun):
    """[(group heading, [IsianAnalisis])]: the indicators whose analysis the LKjIP of
    `tahun` prints (the IKU of the plan in force, `baris_capaian` as the report reads it),
    grouped and ordered as its Bab III."""
    baris = baris_capaian(opd, tahun, hanya_iku=True)
    indikator = [b.nilai.indikator for b in baris]
    ada = analisis_tahun(indikator, tahun)
    return [
        (
            judul_kelompok(tujuan, sasaran),
            [IsianAnalisis(n, uraian, ada.get(n.indikator.pk)) for n, uraian in isi],
        )
        for (tujuan, sasaran), isi in uraian_per_kelompok(
            baris, DataKinerja(indikator), tahun
        ).items()
    ]


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
