"""A merged row under the header ("Sasaran Strategis 1. …") is a group of the rows below,
not a second header row: the columns keep their names and the rows are checked."""

from sakip.evaluasi.berkas import TabelMentah
from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.evaluasi.tafsir import tafsir_tabel

from .dokumen_uji import docx

GRUP = "Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah"


def test_a_merged_group_row_is_not_a_header():
    t = tafsir_tabel(
        TabelMentah(
            "Tabel 3.1 Pencapaian Kinerja",
            [
                ["N0", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"],
                [GRUP] * 6,
                ["1", "Persentase temuan ditindaklanjuti", "%", "80", "76", "95,00"],
            ],
        )
    )
    assert [k.label for k in t.kolom][3:] == ["Target", "Realisasi", "Capaian"]
    assert [b.nomor for b in t.baris] == [2, 3]


def test_the_rows_under_a_group_row_are_checked():
    data = docx(
        (
            "Tabel 3.1 Pencapaian Kinerja",
            [
                ["N0", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"],
                [GRUP, None, None, None, None, None],
                ["1", "Persentase temuan ditindaklanjuti", "%", "80", "76", "96,00"],
            ],
        )
    )
    (t,) = reviu_berkas("lkjip.docx", data).temuan
    assert (t.aturan, t.lokasi.split(", ")[1]) == (
        "R02",
        "baris 3 (Persentase temuan ditindaklanjuti)",
    )
