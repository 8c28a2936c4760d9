"""Jumlah / Total / Rata-rata rows of any column, not only money: a total is the sum of
the rows since the previous summary row, a mean their mean. Figures from Dinas PUPR
Maluku Tengah (Tabel 3.5) and LKjIP Manggarai Timur (Tabel 3.8)."""

from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .dokumen_uji import docx


def _temuan(baris):
    return reviu_berkas("x.docx", docx(("Tabel 3.5 Kondisi Jalan", baris))).temuan


def test_total_rows_of_a_column_of_kilometres():
    baris = [
        ["No", "Uraian", "2021", None],
        ["^", "^", "KM", "%"],
        ["1", "Jenis Perkerasan", "", ""],
        ["", "- Aspal", "259,142", "25,41"],
        ["", "- Kerikil", "156,064", "15,92"],
        ["", "Total", "980,395", "100,00"],  # 259,142 + 156,064 = 415,206
        ["2", "Kemantapan Jalan", "", ""],
        ["", "- Mantap", "596,512", "60,84"],
        ["", "- Tidak Mantap", "383,883", "39,16"],
        ["", "Total", "980,395", "100,00"],
    ]
    hasil = reviu_berkas("x.docx", docx(("Tabel 3.5 Kondisi Jalan", baris)))
    assert hasil.tabel[0][1] == "dibaca: angka dengan baris jumlah atau rata-rata"
    (r08, r08_persen) = hasil.temuan
    assert (r08.aturan, str(r08.tercatat)) == ("R08", "980.395")
    assert "baris 6 (Total), 2021 KM" in r08.lokasi and "jumlah 2 rinciannya 415,21" in r08.pesan
    assert "2021 %" in r08_persen.lokasi  # 25,41 + 15,92 = 41,33, not 100


def test_a_mean_row_of_capaian_columns():
    baris = [
        ["NO.", "Indikator Sasaran", "Capaian Kinerja Tahun 2018", "Capaian Kinerja Tahun 2019"],
        ["1.", "Angka Kematian Ibu", "91,02", "87,10"],
        ["2.", "Angka Kematian Bayi", "93,00", "96,54"],
        ["3.", "Angka Kematian Balita", "89,04", "72,52"],
        ["Rata-rata Capain Kinerja", None, "91,02", "85,38"],  # 85,3867 rounds to 85,39
    ]
    (t,) = _temuan(baris)
    assert (t.aturan, str(t.tercatat)) == ("R26", "85.38")
    assert "Capaian Kinerja Tahun 2019" in t.lokasi and "rata-rata 3 rinciannya 85,39" in t.pesan


def test_an_indicator_named_jumlah_is_not_a_total_row():
    baris = [
        ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
        ["1", "Jumlah Rancangan Perda yang tersusun sesuai standar", "dokumen", "2", "3", "150,00"],
        ["2", "Jumlah dokumen", "dokumen", "3", "5", "166,67"],
    ]
    assert _temuan(baris) == []
