"""Column groups by year whatever their order, and years in a second header row: a
capaian is checked against the target and realisation of its own year."""

from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .dokumen_uji import docx


def _temuan(baris):
    return reviu_berkas("x.docx", docx(("Tabel 2", baris))).temuan


def test_role_major_groups_pair_each_year():
    # 90/100 = 90,00 (2019) and 99/110 = 90,00 (2020); 2020's capaian printed 95,00 is wrong.
    baris = [
        [
            "No",
            "Indikator Kinerja",
            "Target 2019",
            "Target 2020",
            "Realisasi 2019",
            "Realisasi 2020",
            "Capaian 2019",
            "Capaian 2020",
        ],
        ["1", "Nilai layanan", "100", "110", "90", "99", "90,00", "95,00"],
    ]
    (t,) = _temuan(baris)
    assert (t.aturan, t.lokasi.split(", ")[-1], str(t.tercatat)) == ("R02", "2020", "95.00")
    assert "R/T = 90,00" in t.pesan


def test_year_in_an_upper_header_row_and_a_capaian_column_apart():
    # Manggarai Timur Tabel 3.8: "Tahun 2019" over Target/Realisasi, then "Capaian Kinerja
    # Tahun 2019" on its own; 9,20 / 9,53 = 96,54 (T/R, lower is better).
    baris = [
        ["NO.", "Indikator Sasaran", "Tahun 2019", None, "Capaian Kinerja Tahun 2019"],
        ["^", "^", "Target", "Realisasi", "^"],
        ["1.", "Angka Kematian Bayi", "9,20", "9,53", "96,54"],
        ["2.", "Angka Kematian Balita", "0,64", "0,18", "72,52"],
    ]
    (t,) = _temuan(baris)
    assert (t.aturan, t.lokasi.split(", ")[-1], str(t.tercatat)) == ("R02", "Tahun 2019", "72.52")
