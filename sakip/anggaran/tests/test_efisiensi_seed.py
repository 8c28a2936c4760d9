"""`sakip efisiensi` rebuilds LKjIP 2022 Tabel 13 from the sasaran capaian and the budgets
of the sub kegiatan linked to each sasaran. Hand-worked values per row."""

import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from sakip.anggaran.hitung import tabel_keluaran
from sakip.instansi.models import OPD
from sakip.kinerja.angka import bulatkan


@pytest.fixture
def tabel_13(demo):
    out = StringIO()
    call_command(
        "efisiensi", opd="disnakerind-tebing-tinggi", tahun=2022, format="json", stdout=out
    )
    return json.loads(out.getvalue(), parse_float=Decimal, parse_int=Decimal)


@pytest.mark.parametrize(
    "baris, kinerja, pagu, realisasi, anggaran, efisiensi",
    [
        # Row 1: capaian 52,7473 (34,2857 / 65); budget of the 9 sub kegiatan the analysis
        # table links to it: 207.673.476; realisasi 205.264.593 (Tabel 13 prints 205.267.250)
        # → 98,8401%; efficiency (52,7473 − 98,8401) / 52,7473 × 100 = −87,3843 (printed −87,42).
        (0, "52.75", 207673476, 205264593, "98.84", "-87.38"),
        # Row 2: 97,5069; 3.115.882.778 / 2.980.492.253 → 95,6548; (97,5069 − 95,6548) / 97,5069.
        (1, "97.51", 3115882778, 2980492253, "95.65", "1.90"),
        # Row 3: 72,8445; 314.080.000 / 195.665.000 → 62,2978 → 14,4783.
        (2, "72.84", 314080000, 195665000, "62.30", "14.48"),
        # Row 4: 74,8979; 44.176.200 / 44.176.000 → 99,9995 (printed 99,99) → −33,5146.
        (3, "74.90", 44176200, 44176000, "100.00", "-33.51"),
        # Row 5: 82,5959; 19.978.000 / 19.518.000 → 97,6975 → −18,2837 (printed −18,63).
        (4, "82.60", 19978000, 19518000, "97.70", "-18.28"),
        # Row 6: 82,5959; 232.124.700 / 226.076.044 → 97,3942 → −17,9166 (printed −18,26).
        (5, "82.60", 232124700, 226076044, "97.39", "-17.92"),
    ],
)
def test_it_reproduces_tabel_13(tabel_13, baris, kinerja, pagu, realisasi, anggaran, efisiensi):
    b = tabel_13[baris]
    assert bulatkan(b["capaian_kinerja"]) == Decimal(kinerja)
    assert (b["pagu"], b["realisasi"]) == (pagu, realisasi)
    assert bulatkan(b["capaian_anggaran"]) == Decimal(anggaran)
    assert bulatkan(b["efisiensi"]) == Decimal(efisiensi)


def test_it_lists_sasaran_in_plan_order(tabel_13):
    assert [b["sasaran"] for b in tabel_13][:2] == [
        "Meningkatnya Kesempatan kerja",
        "Meningkatnya Kualitas dan Produktivitas Tenaga kerja",
    ]


@pytest.mark.parametrize(
    "kode, keluaran, anggaran, efisiensi",
    [
        # LKjIP 2022 Tabel 14 row 1.a.1: 12 of 12 bulan → 100 %; 96,6090… % spent → 3,39.
        ("2.07.01.2.02.01", "100", "96.61", "3.39"),
        # Row 1.d.1: 100 % output, 59,2062… % spent → 40,79.
        ("2.07.01.2.08.02", "100", "59.21", "40.79"),
        # Row 1.c.2: 0 of 1 jenis, nothing spent: efficiency undefined (the table printed 0).
        ("2.07.01.2.07.06", "0", "0", None),
    ],
)
def test_it_compares_output_with_spending_per_sub_kegiatan(
    demo, kode, keluaran, anggaran, efisiensi
):
    baris = {
        b.simpul.pos.kode: b
        for b in tabel_keluaran(OPD.objects.get(slug="disnakerind-tebing-tinggi"), 2022)
    }
    b = baris[kode]
    assert bulatkan(b.capaian_keluaran.nilai) == Decimal(keluaran)
    assert bulatkan(b.simpul.serapan.persen) == Decimal(anggaran)
    if efisiensi is None:
        assert b.efisiensi.nilai is None and b.efisiensi.catatan
    else:
        assert bulatkan(b.efisiensi.nilai) == Decimal(efisiensi)
