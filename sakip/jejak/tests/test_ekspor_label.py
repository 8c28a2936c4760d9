"""The audit exports (CSV, XLSX) name a record's fields and write its dates as the audit
page does: labels, not stored names; "31 Maret 2026", not ISO dates."""

import csv
import io

from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import OPD_DEMO, TEBING

LAMA = "pemda: 1; tahun awal: 2021; tanggal penetapan: 3 Mei 2021"
BARU = "pemda: 1; tahun awal: 2022; tanggal penetapan: 31 Maret 2026"


def _catat():
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    rekam(
        None,
        Jejak.Tindakan.UBAH,
        "periode",
        "Renstra 2021–2026",
        opd=opd,
        lama={"tahun_awal": 2021, "tanggal_penetapan": "2021-05-03", "pemda_id": 1},
        baru={"tahun_awal": 2022, "tanggal_penetapan": "2026-03-31", "pemda_id": 1},
    )
    rekam(None, Jejak.Tindakan.UBAH, "data lain", "x", opd=opd, lama={"a_b": "2026-03-31"})
    return f"/opd/{opd.slug}/jejak/"


def test_the_csv_export_uses_labels_and_indonesian_dates(masuk):
    r = masuk("admin-tebing").get(_catat(), {"format": "csv"})
    lain, periode = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))[1:]
    assert (periode[6], periode[7]) == (LAMA, BARU)
    # A name no model has stays as stored, its value too (as on the page).
    assert lain[6] == "a_b: 2026-03-31"


def test_the_xlsx_export_uses_labels_and_indonesian_dates(masuk):
    r = masuk("admin-tebing").get(_catat(), {"format": "xlsx"})
    ls = load_workbook(io.BytesIO(r.content)).active
    _, lain, periode = ls.iter_rows(values_only=True)
    assert (periode[6], periode[7]) == (LAMA, BARU)
    assert lain[6] == "a_b: 2026-03-31"
