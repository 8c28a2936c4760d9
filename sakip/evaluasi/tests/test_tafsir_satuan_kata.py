"""Units and words as written: "Persen", "Prosentase", "%", "Rp.", "Rp", "(Rp)"."""

from decimal import Decimal

import pytest

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.evaluasi.tafsir import baca_angka, peran_kolom

from .dokumen_uji import docx


@pytest.mark.parametrize(
    "teks, nilai, persen",
    [
        ("95 Persen", "95", True),
        ("97,32 persen", "97.32", True),
        ("Rp. 1.544.000.000,-", None, False),
        ("Rp.105.370.538.000", "105370538000", False),
        ("Rp 749.930.215", "749930215", False),
    ],
)
def test_it_reads_figures_with_their_words(teks, nilai, persen):
    assert baca_angka(teks) == (nilai and Decimal(nilai), persen)


@pytest.mark.parametrize(
    "label, peran",
    [
        ("Prosentase Realisasi Keuangan", "persen"),
        ("Realisasi(%)", "persen_atau_capaian"),
        ("Kinerja(%)", "capaian"),
        ("REALISASI (Rp)", "realisasi_rp"),
        ("Persen", "persen_atau_capaian"),
    ],
)
def test_it_knows_percent_and_rupiah_headers(label, peran):
    assert peran_kolom(label) == peran


def test_a_percentage_in_persen_is_not_a_unit_mismatch():
    baris = [
        ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
        ["1", "Persentase Perangkat Daerah yang tepat waktu", "persen", "95.56", "93", "97.32"],
    ]
    assert reviu_berkas("x.docx", docx(("Tabel", baris))).temuan == []
