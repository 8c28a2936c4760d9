"""The audited writes of reporting: the LKjIP chapter texts per OPD and year (last year's
text, `hitung.narasi_awal`, is the starting point for a new year), the OPD profile
behind Bab I, and the Pemda's letterhead and font."""

from django.db import transaction

from sakip.jejak.catat import hapus, nilai_objek, simpan

from .models import KopDokumen, Narasi, ProfilOPD


def _bersih(teks):
    """Browsers send line breaks as CR LF; a text differs only when its words do."""
    return (teks or "").replace("\r\n", "\n").strip()


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
