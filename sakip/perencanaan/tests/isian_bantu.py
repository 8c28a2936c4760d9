"""Helpers shared by the test modules of the planning entry pages (isian)."""

import html
import json

from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.jejak.catat import nilai_objek
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import OPD, Indikator

OPD_TEBING = "disnakerind-tebing-tinggi"
# kesempatan-kerja: sasaran 1 of the Suplemen Renstra 2021–2022 (positive, formula over
# `ditempatkan`, targets 2021: 60, 2022: 65).
KODE = "kesempatan-kerja"


def opd():
    return OPD.objects.get(slug=OPD_TEBING)


def indikator(kode=KODE):
    return Indikator.objects.get(kode=kode, periode__opd__slug=OPD_TEBING)


def kunci(tahun, dokumen=Dokumen.RENSTRA, tahap=Tahap.DIAJUKAN):
    StatusDokumen.objects.update_or_create(
        opd=opd(), tahun=tahun, dokumen=dokumen, defaults={"tahap": tahap}
    )


def asal(obj, bidang):
    return json.dumps(nilai_objek(obj, bidang))


def jejak_baru(sebelum):
    return list(Jejak.objects.filter(pk__gt=sebelum).order_by("id"))


def jejak_terakhir():
    j = Jejak.objects.order_by("-id").first()
    return j.pk if j else 0


def teks(r):
    """A response's text as the user reads it (entities decoded)."""
    return html.unescape(r.content.decode())
