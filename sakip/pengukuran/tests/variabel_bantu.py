"""Helpers shared by the tests of the variable pages."""

import json

from sakip.jejak.catat import nilai_objek
from sakip.pengukuran.models import Variabel
from sakip.pengukuran.ubah import BIDANG_VARIABEL
from sakip.perencanaan.tests.isian_bantu import OPD_TEBING

URL = f"/opd/{OPD_TEBING}/variabel/"


def asal_variabel(v, **lain):
    """The hidden `asal` of a variable's forms as shown for `v`, with `lain` beside its fields
    (the delete form's `jumlah_nilai`)."""
    return json.dumps({**nilai_objek(v, BIDANG_VARIABEL), **lain})


def variabel(kode):
    """A variable of Tebing's OPD (`ditempatkan` is used by its indicators' formulas)."""
    return Variabel.objects.get(opd__slug=OPD_TEBING, kode=kode)
