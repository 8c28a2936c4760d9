"""Reads of the agency structure that documents need: the region's name as a place line,
and the officials who sign (the head of the OPD, the head of region, the Inspektur)."""

import re


def wilayah(pemda):
    """The region's own name, as a document's place line writes it ("Tebing Tinggi",
    "Penajam Paser Utara")."""
    return pemda.nama.removeprefix("Kabupaten ").removeprefix("Kota ").removeprefix("Provinsi ")


GELAR_KEPALA_DAERAH = {"provinsi": "Gubernur", "kabupaten": "Bupati", "kota": "Wali Kota"}


def kepala_daerah(pemda):
    """The title of the head of region, for the second party when no official is recorded."""
    return f"{GELAR_KEPALA_DAERAH[pemda.jenis]} {wilayah(pemda)}"


# An acting official: "Plt. Kepala Dinas …", "Pj. Wali Kota …".
_PELAKSANA = re.compile(r"^(plt|plh|pj|pjs)\.?\s+")


def pelaksana_tugas(pejabat):
    """Whether the official acts for a position (Plt., Plh., Pj.): their jabatan is
    recorded with the prefix, as the signature block prints it."""
    return bool(_PELAKSANA.match(pejabat.jabatan.lower().strip()))


def _berjabatan(pejabat, *awalan, kecuali=()):
    """The first official whose title starts with one of `awalan` and none of `kecuali`
    (an acting one too)."""
    for p in pejabat:
        jabatan = _PELAKSANA.sub("", p.jabatan.lower().strip())
        if jabatan.startswith(tuple(a.lower() for a in awalan)) and not jabatan.startswith(
            tuple(k.lower() for k in kecuali)
        ):
            return p
    return None


# The heads of an OPD's units are "Kepala" too (the officials who own the lower levels of
# the pohon kinerja): never the head of the OPD, whatever the order they were recorded in.
KEPALA_UNIT = ("Kepala Bidang", "Kepala Bagian", "Kepala Sub", "Kepala Seksi", "Kepala UPT")


def kepala_opd(opd):
    """The head of the OPD from the officials records, or None."""
    return _berjabatan(opd.pejabat_set.order_by("id"), "Kepala", kecuali=KEPALA_UNIT)


def pejabat_kepala_daerah(pemda):
    """The head of region from the officials records (recorded without an OPD), or None."""
    gelar = GELAR_KEPALA_DAERAH[pemda.jenis]
    awalan = (gelar, "Walikota") if gelar == "Wali Kota" else (gelar,)
    return _berjabatan(pemda.pejabat_set.filter(opd=None).order_by("id"), *awalan)


def inspektur(pemda):
    """The Inspektur from the officials records, or None."""
    return _berjabatan(pemda.pejabat_set.filter(opd=None).order_by("id"), "Inspektur")
