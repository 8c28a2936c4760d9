"""A "Perubahan %" column beside two years (R28): this year's figure against the previous
year's, in percent or in units; years written as "Tahun N-1" / "Tahun N" are taken left to
right. Figures from the Inspektorat's review of the LPPD of Kabupaten Labuhanbatu Utara
(Capaian Kinerja Makro 2020), which printed N − 100 as the change."""

import pytest

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.evaluasi.tafsir import peran_kolom

from .dokumen_uji import docx

KEPALA = ["NO", "INDIKATOR KINERJA MAKRO", "CAPAIN KINERJA TAHUN N-1", "CAPAIN KINERJA TAHUN N"]


def _hasil(kepala_perubahan, *baris):
    return reviu_berkas(
        "x.docx", docx(("Capaian Kinerja Makro", [[*KEPALA, kepala_perubahan], *baris]))
    )


@pytest.mark.parametrize(
    "label, peran",
    [("PERUBAHAN %", "perubahan"), ("CAPAIN KINERJA TAHUN N", "capaian")],
)
def test_it_reads_the_change_column_and_a_misspelt_capaian(label, peran):
    assert peran_kolom(label) == peran


def test_a_change_that_is_not_the_change_is_found():
    hasil = _hasil("PERUBAHAN %", ["1", "Indeks Pembangunan Manusia", "71,43", "71,61", "- 28,39%"])
    assert hasil.tabel[0][1] == "dibaca: perubahan antartahun"
    (t,) = hasil.temuan
    assert (t.aturan, str(t.tercatat)) == ("R28", "-28.39")
    assert "dari 71,43 ke 71,61 perubahannya 0,25% atau selisih 0,18" in t.pesan


@pytest.mark.parametrize("tercetak", ["0,25%", "0,18", "0,3%"])
def test_a_change_in_percent_or_in_units_is_accepted(tercetak):
    # (71,61 − 71,43) / 71,43 = 0,252 %; 71,61 − 71,43 = 0,18; "0,3" is 0,252 at the one
    # decimal it prints (within 0,05).
    hasil = _hasil("PERUBAHAN", ["1", "Indeks Pembangunan Manusia", "71,43", "71,61", tercetak])
    assert hasil.temuan == []
