"""The audit page and its exports (CSV, XLSX) name a record's fields by their labels (verbose
names, capitalised), not stored names, and write stored dates as Indonesians do: "31 Maret
2026", not ISO dates."""

import csv
import html
import io

from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import OPD_DEMO, TEBING

PEMDA = "Kota Tebing Tinggi"

LAMA = f"Pemda: {PEMDA}; Tahun awal: 2021; Tanggal penetapan: 3 Mei 2021"
BARU = f"Pemda: {PEMDA}; Tahun awal: 2022; Tanggal penetapan: 31 Maret 2026"


def _catat():
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    rekam(
        None,
        Jejak.Tindakan.UBAH,
        "periode",
        "Renstra 2021–2026",
        opd=opd,
        lama={"tahun_awal": 2021, "tanggal_penetapan": "2021-05-03", "pemda_id": opd.pemda_id},
        baru={"tahun_awal": 2022, "tanggal_penetapan": "2026-03-31", "pemda_id": opd.pemda_id},
    )
    rekam(None, Jejak.Tindakan.UBAH, "data lain", "x", opd=opd, lama={"a_b": "2026-03-31"})
    return f"/opd/{opd.slug}/jejak/"


def test_the_page_uses_labels_and_indonesian_dates(masuk):
    teks = html.unescape(masuk("admin-tebing").get(_catat()).content.decode())
    assert "Tahun awal:</span> 2021 → 2022" in teks
    assert "Tanggal penetapan:</span> 3 Mei 2021 → 31 Maret 2026" in teks
    assert f"Pemda:</span> {PEMDA} → {PEMDA}" in teks
    assert "tanggal_penetapan" not in teks and "tahun_awal" not in teks
    # A name no model has is written as words; its value stays as stored.
    assert "A b:</span> 2026-03-31 → –" in teks


def test_the_csv_export_uses_labels_and_indonesian_dates(masuk):
    r = masuk("admin-tebing").get(_catat(), {"format": "csv"})
    lain, periode = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))[1:]
    assert (periode[6], periode[7]) == (LAMA, BARU)
    # A name no model has is written as words, its value as stored (as on the page).
    assert lain[6] == "A b: 2026-03-31"


def test_the_xlsx_export_uses_labels_and_indonesian_dates(masuk):
    r = masuk("admin-tebing").get(_catat(), {"format": "xlsx"})
    ls = load_workbook(io.BytesIO(r.content)).active
    _, lain, periode = ls.iter_rows(values_only=True)
    assert (periode[6], periode[7]) == (LAMA, BARU)
    assert lain[6] == "A b: 2026-03-31"
