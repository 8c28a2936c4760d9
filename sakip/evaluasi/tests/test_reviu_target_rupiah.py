"""A revenue table: rows labelled by year, "Target Rp | Realisasi Rp | Persentase". The
percentage is realisation ÷ target, and a realisation above its target is no fault (unlike
spending above a pagu). Figures from Tabel 4.2, pajak hotel of Kabupaten Karo."""

import pytest

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.evaluasi.tafsir import peran_kolom

from .dokumen_uji import docx

KEPALA = ["No", "Tahun Anggaran", "Target Rp", "Realisasi Rp", "Persentase"]


def _temuan(*baris):
    return reviu_berkas("x.docx", docx(("Tabel 4.2 Target dan Realisasi", [KEPALA, *baris]))).temuan


@pytest.mark.parametrize(
    "label, peran",
    [
        ("Tahun Anggaran", "nama"),
        ("Tahun", "nama"),
        ("Target Rp", "target_rp"),
        ("Target", "target"),
    ],
)
def test_it_reads_year_labels_and_targets_in_rupiah(label, peran):
    assert peran_kolom(label) == peran


def test_a_realisation_above_its_target_is_no_fault():
    # 3.421.721.759 / 2.821.000.000 = 121,2946.
    assert _temuan(["1", "2012", "2.821.000.000", "3.421.721.759", "121,29"]) == []


def test_a_truncated_percentage_is_found():
    # 3.107.401.417 / 3.410.250.000 = 91,1195: 91,12, not 91,11.
    (t,) = _temuan(["3", "2014", "3.410.250.000", "3.107.401.417", "91,11"])
    assert (t.aturan, str(t.tercatat)) == ("R06", "91.11")
    assert "baris 2 (2014)" in t.lokasi and "realisasi ÷ target 91,12" in t.pesan


def test_a_percentage_with_a_note_is_read():
    # 1.440.615.809 / 4.221.000.000 = 34,1297 (January to May).
    (t,) = _temuan(["4", "2015 sd bulan Mei", "4.221.000.000", "1.440.615.809", "34,12 sd mei"])
    assert (t.aturan, str(t.tercatat)) == ("R06", "34.12")
