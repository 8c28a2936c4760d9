"""How stored values reach the engine: quarters, ranges, caps, composites and gaps."""

from decimal import Decimal

import pytest

from sakip.instansi.models import OPD, Pemda
from sakip.pengukuran.hitung import DataKinerja
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.pengukuran.tests.dunia_uji import indikator, muat
from sakip.perencanaan.models import Indikator


@pytest.fixture
def nilai(db):
    persen = {"satuan": "%", "jenis": "persentase"}
    data = muat(
        variabel=[
            {"kode": "lulus", "nama": "Lulus", "nilai": {"2024-T1": 1, "2024-T2": 9}},
            {"kode": "peserta", "nama": "Peserta", "nilai": {"2024-T1": 2, "2024-T2": 10}},
            {
                "kode": "stok",
                "nama": "Stok",
                "agregasi": "terakhir",
                "nilai": {"2024-T1": 5, "2024-T3": 7},
            },
            {"kode": "nol", "nama": "Nol", "nilai": {2024: 0}},
        ],
        indikator_tujuan=[
            indikator("komposit", "Komposit", komponen=["rasio", "inflasi"], **persen)
        ],
        indikator_sasaran=[
            indikator(
                "rasio",
                "Rasio kelulusan",
                rumus="lulus / peserta * 100",
                target={2024: 80},
                **persen,
            ),
            indikator("stok", "Stok akhir", rumus="stok", target={2024: 7}),
            indikator(
                "inflasi",
                "Inflasi",
                polaritas="rentang",
                target={2024: [2, 4]},
                realisasi={2024: 5},
                **persen,
            ),
            indikator("bagi-nol", "Bagi nol", rumus="lulus / nol", target={2024: 1}, **persen),
            indikator("kualitatif", "Kualitatif", satuan="-", jenis="kualitatif"),
        ],
    )
    return lambda kode, triwulan=0: data.nilai(Indikator.objects.get(kode=kode), 2024, triwulan)


def test_it_aggregates_numerator_and_denominator_before_dividing(nilai):
    # (1 + 9) / (2 + 10) × 100 = 83,33…, not the mean of 50 % and 90 %.
    assert nilai("rasio").realisasi.quantize(Decimal("0.0001")) == Decimal("83.3333")
    assert nilai("rasio", triwulan=1).realisasi == 50


def test_it_takes_the_last_quarter_for_stocks(nilai):
    assert nilai("stok").realisasi == 7
    assert nilai("stok").capaian.nilai == 100


def test_it_measures_a_range_against_the_nearer_bound(nilai):
    # Realisasi 5 above [2, 4]: (2 × 4 − 5) / 4 × 100 = 75.
    assert nilai("inflasi").capaian.nilai == 75


def test_it_averages_composite_components(nilai):
    # Realisasi (83,33… + 5) / 2 = 44,1666…
    n = nilai("komposit")
    assert n.realisasi.quantize(Decimal("0.0001")) == Decimal("44.1667")
    assert n.sumber_realisasi == "komponen"
    # A range target [2, 4] has no single value to average: no composite target.
    assert n.target is None
    assert n.capaian.nilai is None


def test_it_explains_a_division_by_zero(nilai):
    n = nilai("bagi-nol")
    assert n.realisasi is None and n.capaian.nilai is None
    assert any("nol" in c for c in n.catatan)


def test_it_does_not_compute_qualitative_indicators(nilai):
    n = nilai("kualitatif")
    assert n.capaian.nilai is None
    assert "kualitatif" in n.catatan[0]


def test_it_applies_the_pemda_cap_and_keeps_the_uncapped_value(nilai, db):
    Pemda.objects.filter(slug="kota-uji").update(batas_capaian=100)
    data = DataKinerja(Indikator.objects.select_related("periode__pemda"))
    n = data.nilai(Indikator.objects.get(kode="rasio"), 2024)
    # 83,33… / 80 × 100 = 104,1666… capped at 100.
    assert n.capaian.nilai == 100
    assert n.capaian.tanpa_batas.quantize(Decimal("0.0001")) == Decimal("104.1667")


def test_it_lists_rows_in_plan_order(nilai):
    baris = baris_capaian(OPD.objects.get(slug="dinas-uji"), 2024)
    assert [b.nilai.indikator.kode for b in baris] == [
        "komposit",
        "rasio",
        "stok",
        "inflasi",
        "bagi-nol",
        "kualitatif",
    ]


@pytest.mark.parametrize(
    "opd, tahun, jumlah",
    [("disnakerind-tebing-tinggi", 2022, 10), ("dtkk-ukm-jambi", 2024, 5)],
)
def test_it_reads_a_fixed_number_of_queries(
    demo, django_assert_num_queries, django_assert_max_num_queries, opd, tahun, jumlah
):
    # No query per indicator or per component, however large the plan: computing and
    # storing the OPD's results the first time, reading them the next.
    opd = OPD.objects.get(slug=opd)
    with django_assert_max_num_queries(27):
        baris = baris_capaian(opd, tahun)
    with django_assert_num_queries(6):
        assert baris_capaian(opd, tahun) == baris
    assert len(baris) == jumlah


@pytest.mark.usefixtures("demo")
def test_supporting_data_follow_the_formula_when_one_code_starts_another():
    """ "produk_ikm" is the start of "produk_ikm_standar": the annex still lists the
    numerator first, as the formula names them, in every process."""
    ind = Indikator.objects.get(
        periode__opd__slug="disnakerind-tebing-tinggi",
        rumus="produk_ikm_standar / produk_ikm * 100",
    )
    kode = [v.kode for v, _, _ in DataKinerja([ind]).data_pendukung(ind, 2022)]
    assert kode == ["produk_ikm_standar", "produk_ikm"]
