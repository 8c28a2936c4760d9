"""Predikat scales in every notation documents use, in a table or written as a list in the
text; a gap between bands is a finding (Inspektorat Sampang LKjIP 2019: "91 % ≤ 100 %")."""

from decimal import Decimal

import pytest

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.evaluasi.tafsir import baca_rentang, skala_teks

from .dokumen_uji import docx

D = Decimal


@pytest.mark.parametrize(
    "teks, pita",
    [
        ("91 % ≤ 100 %", (D(91), D(100), True, True)),
        ("≤ 50 %", (None, D(50), False, True)),
        ("> 85 s.d. 100", (D(85), D(100), False, True)),
        ("> 75 s.d. < 85", (D(75), D(85), False, False)),
        ("81 – 100", (D(81), D(100), True, True)),
        ("≥ 90", (D(90), None, True, False)),
        ("kurang dari 50", (None, D(50), False, False)),
        ("lebih dari 100 %", (D(100), None, False, False)),
        ("75 < X ≤ 90", (D(75), D(90), False, True)),
        # sakip's own scales (Kota Jambi, Tebing Tinggi): both ends with their operator.
        ("> 75 dan ≤ 90", (D(75), D(90), False, True)),
        ("≥ 100,00 dan ≤ 100,00", (D(100), D(100), True, True)),
    ],
)
def test_it_reads_every_notation(teks, pita):
    assert baca_rentang(teks) == pita


def test_a_scale_table_with_gaps_between_whole_percents():
    skala = (
        "Tabel 3.1 Interval Penilaian Kinerja",
        [
            ["NO", "INTERVAL NILAI REALISASI KINERJA", "KRITERIA PENILAIAN REALISASI KINERJA"],
            ["1", "91 % ≤ 100 %", "Sangat Baik"],
            ["2", "76 % ≤ 90%", "Baik"],
            ["3", "≤ 75 %", "Cukup"],
        ],
    )
    hasil = reviu_berkas("lkjip.docx", docx(skala))
    assert hasil.tabel == [("Tabel 3.1 Interval Penilaian Kinerja", "dibaca: skala predikat")]
    assert [t.pesan.split(": ", 1)[1] for t in hasil.temuan] == [
        "Celah antara pita 'Cukup' (sampai 75) dan 'Baik' (mulai 76).",
        "Celah antara pita 'Baik' (sampai 90) dan 'Sangat Baik' (mulai 91).",
    ]


def test_a_scale_written_as_a_list_in_the_text_rates_the_tables():
    data = docx(
        "Kriteria capaian kinerja:",
        "a. > 85 s.d. 100 : Sangat Baik",
        "b. > 70 s.d. 85 : Baik",
        "c. kurang dari sama dengan 70 : Kurang",
        (
            "Tabel 3.2 Capaian",
            [
                ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Kategori"],
                ["1", "Persentase A", "100", "80", "80,00", "Sangat Baik"],
            ],
        ),
    )
    assert skala_teks(["> 85 s.d. 100 : Sangat Baik", "Baik = > 70 s.d. 85"]) is not None
    (t,) = reviu_berkas("lkjip.docx", data).temuan
    assert (t.aturan, t.tercatat, t.seharusnya) == ("R03", "Sangat Baik", "Baik")
