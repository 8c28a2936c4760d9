"""The audit page and its exports (CSV, XLSX) name a record's fields by their labels (verbose
names), not stored names, and write stored dates as Indonesians do: "31 Maret 2026", not ISO
dates."""

import csv
import html
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


def test_the_page_uses_labels_and_indonesian_dates(masuk):
    teks = html.unescape(masuk("admin-tebing").get(_catat()).content.decode())
    assert "tahun awal:</span> 2021 → 2022" in teks
    assert "tanggal penetapan:</span> 3 Mei 2021 → 31 Maret 2026" in teks
    assert "pemda:</span> 1 → 1" in teks
    assert "tanggal_penetapan" not in teks and "tahun_awal" not in teks
    # A name no model has stays as stored, its value too.
    assert "a_b:</span> 2026-03-31 → –" in teks


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
