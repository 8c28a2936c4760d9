"""Sub-headers T / R / % under a "Kinerja" and an "Anggaran" heading: target, realisation
and capaian, then pagu, spending and its percentage. Figures from the Laporan Kinerja 2021 of
BPOM's Pusat Riset dan Kajian Obat dan Makanan (Tabel 28)."""

import pytest

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.evaluasi.tafsir import peran_bertingkat

from .dokumen_uji import docx


def _baris(capaian_kinerja="99,92%", persen_anggaran="94,00%"):
    return [
        ["SASARAN", "INDIKATOR", "KINERJA", None, None, "ANGGARAN", None, None],
        ["^", "^", "T", "R", "%", "T", "R", "%"],
        [
            "Tersedianya riset dan kajian yang berkualitas",
            "Persentase riset dan kajian yang dimanfaatkan",
            "75%",
            "74,94%",
            capaian_kinerja,
            "6.910.387.000",
            "6.495.748.767",
            persen_anggaran,
        ],
    ]


@pytest.mark.parametrize(
    "atas, bawah, peran",
    [
        ("KINERJA", "T", "target"),
        ("Kinerja", "R", "realisasi"),
        ("KINERJA", "%", "capaian"),
        ("ANGGARAN", "T", "pagu"),
        ("Anggaran", "R", "realisasi_rp"),
        ("ANGGARAN", "(%)", "persen"),
        ("Keterangan", "T", None),
    ],
)
def test_it_reads_single_letters_under_their_heading(atas, bawah, peran):
    assert peran_bertingkat(atas, bawah) == peran


def test_figures_that_agree_give_no_finding():
    # 74,94 / 75 = 99,92; 6.495.748.767 / 6.910.387.000 = 93,99978.
    hasil = reviu_berkas("x.docx", docx(("Tabel 28. Analisis Tingkat Efisiensi", _baris())))
    assert hasil.tabel[0][1] == "dibaca: anggaran"
    assert hasil.temuan == []


def test_a_wrong_capaian_and_a_wrong_percentage_are_found_in_their_group():
    baris = _baris(capaian_kinerja="98,92%", persen_anggaran="95,00%")
    r02, r06 = reviu_berkas("x.docx", docx(("Tabel 28", baris))).temuan
    assert (r02.aturan, str(r02.tercatat), r02.lokasi.split(", ")[-1]) == (
        "R02",
        "98.92",
        "KINERJA",
    )
    assert (r06.aturan, str(r06.tercatat), r06.lokasi.split(", ")[-1]) == (
        "R06",
        "95.00",
        "ANGGARAN",
    )
