"""An efficiency table with an index: IE = % capaian output ÷ % capaian input and TE = IE −
SE (1), headed only by abbreviations the text defines ("Indeks Efisiensi (IE)"). Figures from
BPOM PRKOM's Laporan Kinerja 2021, Tabel 28."""

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.evaluasi.tafsir import singkatan_teks

from .dokumen_uji import docx

DEFINISI = (
    "Analisis ini untuk memperoleh Indeks Efisiensi (IE). Selanjutnya dihitung Tingkat "
    "Efisiensi (TE) dengan membandingkan Indeks Efisiensi terhadap Standar Efisiensi (SE)."
)


def _baris(ie="1,063", te="0,063"):
    return [
        ["SASARAN", "INDIKATOR", "KINERJA", None, None, "ANGGARAN", None, None, "IE", "TE", "Ket"],
        ["^", "^", "T", "R", "%", "T", "R", "%", "^", "^", "^"],
        [
            "Tersedianya riset dan kajian yang berkualitas",
            "Persentase riset dan kajian yang dimanfaatkan",
            "75%",
            "74,94%",
            "99,92%",
            "6.910.387.000",
            "6.495.748.767",
            "94,00%",
            ie,
            te,
            "Efisien",
        ],
    ]


def _temuan(baris, teks=DEFINISI):
    return reviu_berkas("x.docx", docx(teks, ("Tabel 28", baris))).temuan


def test_it_reads_the_abbreviations_the_text_defines():
    assert singkatan_teks([DEFINISI]) == {
        "IE": "Indeks Efisiensi",
        "TE": "Tingkat Efisiensi",
        "SE": "Standar Efisiensi",
    }


def test_an_index_and_its_distance_from_the_standard_that_agree():
    # 99,92 / 94,00 = 1,06298 and 1,063 − 1 = 0,063.
    assert _temuan(_baris()) == []


def test_a_wrong_index_is_found():
    (t,) = _temuan(_baris(ie="1,163"))
    assert (t.aturan, str(t.tercatat), t.lokasi.split(", ")[-1]) == ("R24", "1.163", "IE")


def test_a_wrong_tingkat_efisiensi_is_found_in_its_own_column():
    (t,) = _temuan(_baris(te="0,163"))
    assert (t.aturan, str(t.tercatat), t.lokasi.split(", ")[-1]) == ("R24", "0.163", "TE")


def test_undefined_abbreviations_are_not_guessed():
    assert _temuan(_baris(ie="1,163"), teks="Tabel berikut.") == []
