"""Jumlah / Total / Rata-rata rows of any column, not only money: a total is the sum of
the rows since the previous summary row (summary rows one under another speak of the same
rows), a mean their mean. Figures from Dinas PUPR Maluku Tengah (Tabel 3.5), LKjIP Manggarai
Timur (Tabel 3.8) and LKjIP Kecamatan Gunung Kaler (Tabel 3.5)."""

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
    # The sum shows at the decimals of the printed total it is compared with.
    assert "baris 6 (Total), 2021 KM" in r08.lokasi and "jumlah 2 rinciannya 415,206" in r08.pesan
    assert "2021 %" in r08_persen.lokasi  # 25,41 + 15,92 = 41,33, not 100


def test_a_mean_row_of_capaian_columns():
    baris = [
        ["NO.", "Indikator Sasaran", "Capaian Kinerja Tahun 2018", "Capaian Kinerja Tahun 2019"],
        ["1.", "Angka Kematian Ibu", "91,02", "87,10"],
        ["2.", "Angka Kematian Bayi", "93,00", "96,54"],
        ["3.", "Angka Kematian Balita", "89,04", "72,52"],
        # 85,3867; each capaian printed ±0,005 puts the mean within 85,3817–85,3917, so the
        # printed 85,38 (Manggarai Timur) is right and 85,37 is not.
        ["Rata-rata Capain Kinerja", None, "91,02", "85,38"],
    ]
    assert _temuan(baris) == []
    baris[-1][-1] = "85,37"
    (t,) = _temuan(baris)
    assert (t.aturan, str(t.tercatat)) == ("R26", "85.37")
    assert "Capaian Kinerja Tahun 2019" in t.lokasi and "rata-rata 3 rinciannya 85,39" in t.pesan


def test_a_mean_is_judged_by_the_digits_it_prints():
    # 85,3867 printed with one decimal is 85,4: right within 0,05.
    baris = [
        ["NO.", "Indikator Sasaran", "Capaian Kinerja Tahun 2019"],
        ["1.", "Angka Kematian Ibu", "87,10"],
        ["2.", "Angka Kematian Bayi", "96,54"],
        ["3.", "Angka Kematian Balita", "72,52"],
        ["Rata-rata Capain Kinerja", None, "85,4"],
    ]
    assert _temuan(baris) == []
    (t,) = _temuan([*baris[:4], ["Rata-rata Capain Kinerja", None, "85,5"]])
    assert (t.aturan, t.teks_tercatat, t.teks_seharusnya) == ("R26", "85,5", "85,39")


def test_an_indicator_named_jumlah_is_not_a_total_row():
    baris = [
        ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
        ["1", "Jumlah Rancangan Perda yang tersusun sesuai standar", "dokumen", "2", "3", "150,00"],
        ["2", "Jumlah dokumen", "dokumen", "3", "5", "166,67"],
    ]
    assert _temuan(baris) == []


def _gunung_kaler(jumlah_2019="310,38", rata_2020="100,07"):
    # LKjIP Kecamatan Gunung Kaler 2020, Tabel 3.5: a Jumlah row of the capaian columns, then
    # a Rata-rata row under it that averages the same rows.
    return [
        ["No.", "Indikator Kinerja", "Capaian 2019(%)", "Capaian 2020(%)"],
        ["01.01", "Hasil Indeks Kepuasan Masyarakat", "107,81", "104,96"],
        ["01.02", "Prosentase desa/kelurahan kategori minimal Berkembang", "102,57", "95,24"],
        ["01.03", "Persentase desa dengan laporan pertanggungjawaban baik", "100,00", "100,00"],
        ["Jumlah Capaian Realisasi Kinerja", None, jumlah_2019, "300,20"],
        ["Rata-Rata Capaian Realisasi Kinerja", None, "103,46", rata_2020],
    ]


def test_jumlah_capaian_and_the_mean_under_it_that_agree():
    assert _temuan(_gunung_kaler()) == []


def test_a_wrong_jumlah_capaian_is_found():
    (t,) = _temuan(_gunung_kaler(jumlah_2019="311,38"))  # 107,81 + 102,57 + 100,00 = 310,38
    assert (t.aturan, str(t.tercatat)) == ("R08", "311.38")
    assert "Capaian 2019(%)" in t.lokasi and "jumlah 3 rinciannya 310,38" in t.pesan


def test_a_mean_under_a_jumlah_row_averages_the_same_rows():
    (t,) = _temuan(_gunung_kaler(rata_2020="100,17"))  # 300,20 / 3 = 100,0667
    assert (t.aturan, str(t.tercatat)) == ("R26", "100.17")
    assert "rata-rata 3 rinciannya 100,07" in t.pesan


def test_a_mean_row_of_a_budget_table_is_no_sum():
    # The Rata-rata row averages the rows above it (Jumlah excluded): pagu 2.000, realisasi
    # 1.200, % (90 + 50) / 2 = 70; adding it up as a total would call 2.000 wrong for 4.000.
    baris = [
        ["No", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Persentase Realisasi Anggaran"],
        ["1", "Program A", "1.000", "900", "90,00"],
        ["2", "Program B", "3.000", "1.500", "50,00"],
        ["", "Jumlah", "4.000", "2.400", "60,00"],
        ["", "Rata-rata", "2.000", "1.200", "70,00"],
    ]
    assert _temuan(baris) == []
    (t,) = _temuan([*baris[:4], ["", "Rata-rata", "2.000", "1.300", "70,00"]])
    assert (t.aturan, t.teks_tercatat, t.teks_seharusnya) == ("R26", "1.300", "1.200")
