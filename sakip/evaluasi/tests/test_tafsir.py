"""Reading figures and headers as documents write them."""

from decimal import Decimal

import pytest

from sakip.evaluasi.tafsir import baca_angka, baca_rentang, konvensi_angka, peran_kolom


@pytest.mark.parametrize(
    "teks, konvensi, nilai, persen",
    [
        ("1.257", "id", "1257", False),
        ("51,00 %", "id", "51.00", True),
        ("69.20%", "id", "69.20", True),  # a dot before two digits can only be a decimal
        ("Rp 2.693.549.200,00", "id", "2693549200.00", False),
        ("Rp2,693,549,200.00", "en", "2693549200.00", False),
        ("Rp 2,000", "en", "2000", False),
        ("2,000", "id", "2.000", False),
        ("Rp -", "id", "0", False),
        ("-Rp 200.000", "id", "-200000", False),
        ("111,11 %", "id", "111.11", True),
        ("-", "id", None, False),
        ("Nihil", "id", None, False),
        ("1.2.3", "id", None, False),
        ("1,23,4", "en", None, False),
    ],
)
def test_it_reads_numbers_as_written(teks, konvensi, nilai, persen):
    assert baca_angka(teks, konvensi) == (None if nilai is None else Decimal(nilai), persen)


def test_a_table_decides_its_own_convention():
    assert konvensi_angka(["Rp 4,544,274,054", "91.47%"]) == "en"
    assert konvensi_angka(["Rp 4.544.274.054", "91,47%"]) == "id"
    assert konvensi_angka(["1.257", "42"]) == "id"


@pytest.mark.parametrize(
    "label, peran",
    [
        ("% Capaian", "capaian"),
        ("Capaian 2022", "capaian"),
        ("Target Akhir RPJMD 2022", "target_akhir"),
        ("Tingkat Kemajuan", "kemajuan"),
        ("REALISASI TRIWULAN IV (OKTOBER - DESEMBER)", "triwulan"),
        ("TOTAL REALISASI S.D BULAN INI", "realisasi"),
        ("Fisik s.d. TW II", "kumulatif"),
        # sakip's own RFK: this quarter's spending and the spending before it make the total.
        ("Realisasi s.d. triwulan lalu (Rp)", "triwulan"),
        ("PERSENTASE REALISASI KEUANGAN (%)", "persen"),
        ("PERSENTASE REALISASI FISIK (%)", "fisik"),
        ("PERSENTASE BOBOT SUBKEGIATAN (%)", None),
        ("SISA ANGGARAN", "sisa"),
        ("ANGGARAN", "pagu"),
        ("Realisasi (Rp)", "realisasi_rp"),
        ("Kategori", "kategori"),
        ("Indikator Kinerja", "nama"),
        ("Sasaran Strategis", "sasaran"),
        ("Standar Nasional", None),
        ("No.", "no"),
    ],
)
def test_it_knows_columns_by_their_header_words(label, peran):
    assert peran_kolom(label) == peran


@pytest.mark.parametrize(
    "teks, pita",
    [
        ("> 100 %", ("100", None, False, False)),
        ("= 100 %", ("100", "100", True, True)),
        ("- 81 s/d 100", ("81", "100", True, True)),
        ("76 – 89,99", ("76", "89.99", True, True)),
        ("≥ 90", ("90", None, True, False)),
        ("Memuaskan", None),
    ],
)
def test_it_reads_predikat_bands(teks, pita):
    harapan = pita and tuple(Decimal(x) if isinstance(x, str) else x for x in pita)
    assert baca_rentang(teks) == harapan
