"""The audited writes of reporting: the LKjIP chapter texts per OPD and year (last year's
text, `hitung.narasi_awal`, is the starting point for a new year), the analysis per
indicator and year (Bab III), the OPD profile behind Bab I, and the Pemda's letterhead
and font."""

from django.db import transaction

from sakip.alur.ubah import langkah_pemda
from sakip.jejak.catat import asal_bagian, hapus, nilai_objek, simpan

from .hitung import analisis_tahun
from .models import AnalisisIndikator, KopDokumen, Narasi, ProfilOPD
from .render import FORMAT, PENYUSUN
from .siap import susun_dokumen_pemda


def _bersih(teks):
    """Browsers send line breaks as CR LF; a text differs only when its words do. (A
    tampered `asal` may hold anything: compared as text, then refused by `catat`.)"""
    return ("" if teks is None else str(teks)).replace("\r\n", "\n").strip()


def asal_narasi(opd, tahun):
    """This year's stored text per chapter (None when there is none), what the form stands
    on, for optimistic locking. A text carried over from an earlier year is not stored for
    this year, so it stands as None."""
    ada = {n.bagian: n.teks for n in Narasi.objects.filter(opd=opd, tahun=tahun)}
    return {b.value: ada.get(b.value) for b in Narasi.Bagian}


@transaction.atomic
def simpan_narasi(pengguna, opd, tahun, teks_per_bagian, asal=None):
    """Store the chapter texts; an emptied chapter is deleted. One audit record each.

    With `asal` (`asal_narasi` as the form showed it), a chapter whose text is what was
    stored is left alone, so two people may write different chapters at once; a chapter
    changed by someone else since raises `Konflik` and nothing is written."""
    ada = {n.bagian: n for n in Narasi.objects.filter(opd=opd, tahun=tahun)}
    for bagian, teks in teks_per_bagian.items():
        teks = _bersih(teks)
        semula = None if asal is None else {"teks": asal.get(bagian)}
        if semula is not None and teks == _bersih(semula["teks"]):
            continue
        uraian = f"Narasi LKjIP {tahun}: {Narasi.Bagian(bagian).label}"
        if teks:
            narasi = ada.get(bagian) or Narasi(opd=opd, tahun=tahun, bagian=bagian)
            simpan(pengguna, narasi, {"teks": teks}, uraian=uraian, opd=opd, asal=semula)
        elif bagian in ada:
            hapus(pengguna, ada[bagian], ["teks"], uraian=uraian, opd=opd, asal=semula)


def asal_analisis(isian):
    """What the analysis page shows (`hitung.IsianAnalisis`, read once for the form and
    this), for optimistic locking: per indicator id (as text) the stored texts, or None
    for each when none is stored."""
    return {
        str(i.nilai.indikator.pk): nilai_objek(i.tersimpan, AnalisisIndikator.BIDANG)
        if i.tersimpan
        else dict.fromkeys(AnalisisIndikator.BIDANG)
        for i in isian
    }


@transaction.atomic
def simpan_analisis(pengguna, opd, tahun, isian, asal=None):
    """Store the analyses typed per indicator (`isian`: {Indikator: {"analisis", "solusi"}})
    for `tahun`; an analysis emptied of both texts is deleted. One audit record each;
    returns how many changed. The caller has checked who may write (`akses`) and the rule
    (`aturan.alasan_analisis`).

    With `asal` (`asal_analisis` as the page showed it), an indicator whose texts are what
    was shown is left alone, so two people may write about different indicators at once;
    one changed by someone else since raises `Konflik` and nothing is written."""
    bidang = AnalisisIndikator.BIDANG
    ada = analisis_tahun(isian, tahun)
    berubah = 0
    for ind, teks in isian.items():
        nilai = {b: _bersih(teks.get(b)) for b in bidang}
        uraian = f"Analisis LKjIP {tahun}: {ind.nama}"
        semula = asal_bagian(asal, str(ind.pk), uraian)
        if semula is not None and nilai == {b: _bersih(semula.get(b)) for b in bidang}:
            continue
        if any(nilai.values()):
            analisis = ada.get(ind.pk) or AnalisisIndikator(indikator=ind, tahun=tahun)
            berubah += simpan(pengguna, analisis, nilai, uraian=uraian, opd=opd, asal=semula)
        elif ind.pk in ada:
            hapus(pengguna, ada[ind.pk], bidang, uraian=uraian, opd=opd, asal=semula)
            berubah += 1
    return berubah


def asal_profil(profil):
    """What the profile form shows, for optimistic locking; None before the first save."""
    return nilai_objek(profil, ProfilOPD.BIDANG) if profil.pk else None


def simpan_profil(pengguna, profil, nilai, asal=None):
    """Store the profile texts (line ends as typed, surrounding blanks dropped); False when
    nothing changed."""
    nilai = {b: _bersih(nilai.get(b)) for b in ProfilOPD.BIDANG}
    if profil.pk is None and not any(nilai.values()):
        return False  # an empty form creates no empty profile
    return simpan(
        pengguna, profil, nilai, uraian=f"Profil OPD {profil.opd.nama}", opd=profil.opd, asal=asal
    )


BIDANG_KOP = ("baris", "huruf", "ukuran", "tempat", "logo")


def asal_kop(pemda):
    """What the form stands on, for optimistic locking: the stored values (the logo as its
    fingerprint), or None when the Pemda has no letterhead yet."""
    kop = KopDokumen.objects.filter(pemda=pemda).first()
    return None if kop is None else nilai_objek(kop, BIDANG_KOP)


def simpan_kop(pengguna, pemda, data, asal=None):
    """Store the Admin Pemda's letterhead and font (`data`: baris, huruf, ukuran, tempat,
    and logo as bytes, b"" to remove it, or None to keep it). One audit record; the logo
    is recorded by size and fingerprint, not its bytes. `asal` (`asal_kop` as the form
    showed it): a change by someone else since raises `Konflik`."""
    kop = KopDokumen.objects.filter(pemda=pemda).first() or KopDokumen(pemda=pemda)
    nilai = {k: data[k] for k in ("baris", "huruf", "ukuran", "tempat")}
    if data.get("logo") is not None:
        nilai["logo"] = data["logo"] or None
    return simpan(
        pengguna,
        kop,
        nilai,
        uraian=f"Kop dan huruf dokumen {pemda}",
        opd=None,
        pemda=pemda,
        asal=asal,
    )


def setujui_dokumen_pemda(pengguna, pemda, tahun, jenis):
    """Approve a Pemda document: it is laid out once more, without the draft mark and dated
    today, in every format, and those files are kept as the approved document."""
    dok = susun_dokumen_pemda(jenis, pemda, tahun, draf=False)
    berkas = {f: PENYUSUN[f](dok) for f in FORMAT}
    return langkah_pemda(pengguna, pemda, tahun, jenis, "setujui", berkas)
