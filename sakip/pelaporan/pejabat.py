"""Who signs which document, from the officials records (`Pejabat`), as signature
parties. An office with nobody recorded keeps its title and an empty name line, signed
by hand; the Dokumen page's check list says where to record the official."""

import re

from sakip.perencanaan.models import Pejabat
from sakip.perencanaan.pk import kepala_daerah

from .dokumen import Penandatangan

_PELAKSANA = re.compile(r"^(plt|pj|pjs|plh)\.?\s+")  # acting: "Plt. Kepala Dinas …"


def _pihak(pejabat, jabatan, sebutan=""):
    if pejabat is None:
        return Penandatangan(jabatan, "", sebutan=sebutan)
    return Penandatangan.dari(pejabat, sebutan)


def kepala_opd(opd, sebutan=""):
    """The head of the OPD (Kepala, or Plt./Pj. Kepala): the OPD's official whose title
    says Kepala, else its only official."""
    semua = list(Pejabat.objects.filter(opd=opd).order_by("id"))
    kepala = next(
        (p for p in semua if _PELAKSANA.sub("", p.jabatan.lower()).startswith("kepala")), None
    )
    if kepala is None and len(semua) == 1:
        kepala = semua[0]
    return _pihak(kepala, f"Kepala {opd.nama}", sebutan)


def kepala_daerah_pihak(pemda, sebutan=""):
    """The Wali Kota, Bupati or Gubernur, from the Pemda's own officials."""
    jabatan = kepala_daerah(pemda)
    gelar = jabatan.split(" ")[0].lower()
    pejabat = next(
        (
            p
            for p in Pejabat.objects.filter(pemda=pemda, opd=None).order_by("id")
            if _PELAKSANA.sub("", p.jabatan.lower()).startswith(gelar)
        ),
        None,
    )
    return _pihak(pejabat, jabatan, sebutan)


def inspektur(pemda):
    pejabat = (
        Pejabat.objects.filter(pemda=pemda, opd=None, jabatan__istartswith="Inspektur")
        .order_by("id")
        .first()
    )
    return _pihak(pejabat, f"Inspektur {pemda.nama}")
