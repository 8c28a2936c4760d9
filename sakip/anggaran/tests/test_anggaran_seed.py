"""`sakip anggaran` rebuilds the Tebing Tinggi 2022 budget from its sub kegiatan.

Expected figures are worked out by hand from the RFK annex (Lampiran RFK 2022) and
Tabel 12 of the LKjIP 2022 seed; where the document's total is wrong, the test says so.
"""

import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from sakip.anggaran.hitung import tabel_rfk
from sakip.instansi.models import OPD
from sakip.kinerja.angka import bulatkan


@pytest.fixture
def pohon(demo):
    out = StringIO()
    call_command("anggaran", opd="disnakerind-tebing-tinggi", tahun=2022, format="json", stdout=out)
    return {
        b["kode"]: b for b in json.loads(out.getvalue(), parse_float=Decimal, parse_int=Decimal)
    }


@pytest.mark.parametrize(
    "kode, pagu, realisasi, persen",
    [
        # Tabel 12 rows 1–4 and the RFK program rows.
        ("2.07.01", 3308936254, 3175656846, "95.97"),
        ("2.07.03", 14620000, 10100000, "69.08"),
        ("2.07.05", 358256200, 239841000, "66.95"),
        # Tabel 12 row 4 prints realisasi 245.594.404; the RFK annex and the sum of its two
        # sub kegiatan (19.518.000 + 226.076.044) give 245.594.044.
        ("3.31.02", 252102700, 245594044, "97.42"),
    ],
)
def test_it_sums_programs_from_their_sub_kegiatan(pohon, kode, pagu, realisasi, persen):
    b = pohon[kode]
    assert b["pagu"] == pagu
    assert b["realisasi"] == realisasi
    assert bulatkan(b["persen"]) == Decimal(persen)


@pytest.mark.parametrize(
    "kode, pagu, realisasi, persen, sisa, triwulan_iv",
    [
        # RFK annex rows: pagu, total realisasi (s.d. triwulan III + triwulan IV), %, sisa.
        ("2.07.01.2.02.01", 2693549200, 2602212755, "96.61", 91336445, 621143942),
        ("2.07.01.2.06.01", 7500000, 7498000, "99.97", 2000, 2108900),
        ("2.07.01.2.07.06", 886600, 0, "0.00", 886600, 0),
        ("2.07.01.2.08.02", 92704777, 54887018, "59.21", 37817759, 16657669),
        ("2.07.03.2.01.01", 14620000, 10100000, "69.08", 4520000, 10100000),
        ("3.31.02.2.01.06", 232124700, 226076044, "97.39", 6048656, 103345744),
    ],
)
def test_it_reproduces_rfk_rows(pohon, kode, pagu, realisasi, persen, sisa, triwulan_iv):
    b = pohon[kode]
    assert (b["pagu"], b["realisasi"], b["sisa"]) == (pagu, realisasi, sisa)
    assert bulatkan(b["persen"]) == Decimal(persen)
    assert b["triwulan"]["4"] == triwulan_iv
    # Triwulan I–III are printed only as one lump: their split is unknown, not zero.
    assert b["triwulan"]["1"] is None


def test_it_corrects_the_rfk_total_row(pohon):
    total = pohon[None]
    # The RFK TOTAL row prints pagu Rp 4.544.274.054 and realisasi Rp 4.156.626.934 (91,47%);
    # the four programs sum to 3.308.936.254 + 14.620.000 + 358.256.200 + 252.102.700 and
    # 3.175.656.846 + 10.100.000 + 239.841.000 + 245.594.044.
    assert total["pagu"] == 3933915154
    assert total["realisasi"] == 3671191890
    assert bulatkan(total["persen"]) == Decimal("93.32")
    # Its sisa (262.723.264) and physical progress (94,17% = mean of 16 × 100, 95 and 0) hold.
    assert total["sisa"] == 262723264
    assert bulatkan(total["fisik"]) == Decimal("94.17")


def test_it_prints_a_table_in_rupiah(demo):
    out = StringIO()
    call_command("anggaran", opd="disnakerind-tebing-tinggi", tahun=2022, stdout=out)
    assert "Rp 3.933.915.154" in out.getvalue()


# Every sub kegiatan row of the RFK annex (Lampiran RFK 2022), as printed: anggaran, realisasi
# triwulan IV, realisasi triwulan lalu, total realisasi, % keuangan, % fisik, sisa anggaran.
# The printed codes of the last four rows were duplicates; the demo data renumbers them
# (2.07.05.2.02.01/.02 and 3.31.02.2.01.06).
RFK_2022 = [
    ("2.07.01.2.02.01", 2693549200, 621143942, 1981068813, 2602212755, "96.61", 100, 91336445),
    ("2.07.01.2.06.01", 7500000, 2108900, 5389100, 7498000, "99.97", 100, 2000),
    ("2.07.01.2.06.04", 17521876, 4157800, 13332900, 17490700, "99.82", 100, 31176),
    ("2.07.01.2.06.05", 9000000, 2267000, 6220800, 8487800, "94.31", 100, 512200),
    ("2.07.01.2.06.09", 69274000, 49594813, 19336409, 68931222, "99.51", 100, 342778),
    ("2.07.01.2.07.05", 11980300, 0, 11865900, 11865900, "99.05", 100, 114400),
    ("2.07.01.2.07.06", 886600, 0, 0, 0, "0.00", 0, 886600),
    ("2.07.01.2.08.02", 92704777, 16657669, 38229349, 54887018, "59.21", 100, 37817759),
    ("2.07.01.2.08.04", 315008801, 76451080, 236841400, 313292480, "99.46", 95, 1716321),
    ("2.07.01.2.09.01", 36805600, 12173453, 24612175, 36785628, "99.95", 100, 19972),
    ("2.07.01.2.09.02", 39075100, 10523237, 28082106, 38605343, "98.80", 100, 469757),
    ("2.07.01.2.09.06", 15630000, 6270000, 9330000, 15600000, "99.81", 100, 30000),
    ("2.07.03.2.01.01", 14620000, 10100000, 0, 10100000, "69.08", 100, 4520000),
    ("2.07.05.2.01.03", 44176200, 0, 44176000, 44176000, "100.00", 100, 200),
    ("2.07.05.2.02.01", 213280000, 37962000, 75713000, 113675000, "53.30", 100, 99605000),
    ("2.07.05.2.02.02", 100800000, 27080000, 54910000, 81990000, "81.34", 100, 18810000),
    ("3.31.02.2.01.05", 19978000, 0, 19518000, 19518000, "97.70", 100, 460000),
    ("3.31.02.2.01.06", 232124700, 103345744, 122730300, 226076044, "97.39", 100, 6048656),
]


@pytest.mark.parametrize("kode, pagu, tw4, lalu, total, persen, fisik, sisa", RFK_2022)
def test_it_reproduces_every_rfk_sub_kegiatan_row(
    demo, kode, pagu, tw4, lalu, total, persen, fisik, sisa
):
    baris = {
        b.simpul.pos.kode: b
        for b in tabel_rfk(OPD.objects.get(slug="disnakerind-tebing-tinggi"), 2022, 4)
        if b.simpul.pos
    }
    b = baris[kode]
    assert b.simpul.serapan.pagu == pagu
    assert (b.triwulan_ini, b.sampai_triwulan_lalu, b.serapan.realisasi) == (tw4, lalu, total)
    # Every printed row is arithmetically right: total = lalu + TW IV, sisa = pagu − total.
    assert total == lalu + tw4 and sisa == pagu - total
    assert bulatkan(b.serapan.persen) == Decimal(persen)
    assert b.fisik.nilai == fisik
    assert b.serapan.sisa == sisa
