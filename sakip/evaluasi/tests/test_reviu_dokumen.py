"""`reviu_berkas` on Word and Excel files laid out like the seed tables: clean ones give
no finding, and each planted error gives exactly its finding."""

import json
from decimal import Decimal

import pytest

from sakip.evaluasi.reviu_dokumen import dari_json, ke_json, reviu_berkas

from .dokumen_uji import docx, xlsx

# Jambi LKjIP Tabel 3.3 (a scale written with operators) and Tebing Tinggi LKjIP Tabel 5.
SKALA = (
    "Tabel 3.3. Pengelompokan Predikat Nilai Capaian",
    [
        ["No.", "Capaian Kinerja", "Interpretasi"],
        ["1", "2", "3"],
        ["1.", "> 100 %", "Melebihi / Melampaui Target"],
        ["2.", "= 100 %", "Sesuai Target"],
        ["3.", "< 100 %", "Tidak Mencapai Target"],
    ],
)
KEPALA_5 = [
    "No.",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Target",
    "Realisasi",
    "% Capaian",
    "Kategori",
    "Sumber Data",
]


def tabel_5():
    """Rows worked by hand: 92,63 / 95 × 100 = 97,505 -> 97,51 (below target);
    100 / 100 -> 100 (on target); 921 / 1.257 × 100 = 73,27, and 73,27 / 70 × 100 = 104,67
    (above target); the unemployment rate (lower is better) 4,8 against 5,2:
    (2 × 5,2 − 4,8) / 5,2 × 100 = 107,69."""
    baris = [
        KEPALA_5,
        [
            "1",
            "Meningkatnya Kualitas Tenaga Kerja",
            "Persentase pencari kerja yang memiliki sertifikat kompetensi",
            "95%",
            "92,63%",
            "97,51%",
            "Tidak Mencapai Target",
            "Internal",
        ],
        [
            "2",
            "^",
            "Persentase penyelesaian perselisihan hubungan industrial",
            "100%",
            "100%",
            "100%",
            "Sesuai Target",
            "Internal",
        ],
        [
            "3",
            "Meningkatnya penempatan",
            "Persentase Penyerapan Tenaga Kerja",
            "70,00%",
            "921/1.257 x 100% = 73,27%",
            "104,67%",
            "Melebihi / Melampaui Target",
            "Internal",
        ],
        [
            "4",
            "Menurunnya pengangguran",
            "Tingkat pengangguran terbuka",
            "5,2",
            "4,8",
            "107,69",
            "Melebihi / Melampaui Target",
            "BPS",
        ],
    ]
    return baris


def ganti(baris, r, k, isi):
    baris = [list(b) for b in baris]
    baris[r][k] = isi
    return baris


def tabel_8():
    """Two years side by side under merged year headings (Tebing Tinggi Tabel 8)."""
    return [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "2023", None, None, "2024", None, None],
        ["^", "^", "^", "Target", "Realisasi", "% Capaian", "Target", "Realisasi", "% Capaian"],
        [
            "1",
            "Meningkatnya Kualitas Tenaga Kerja",
            "Persentase pencari kerja yang memiliki sertifikat kompetensi",
            "90%",
            "100%",
            "111,11 %",
            "95%",
            "92,63%",
            "97,51%",
        ],
    ]


PEJABAT = ["Ir. IBOY HUTAPEA", "PEMBINA UTAMA MUDA", "NIP. 19680503 199303 1 005"]


def lkjip(tabel5=None, tabel8=None, pejabat=PEJABAT):
    return docx(
        "LAPORAN KINERJA TAHUN 2024",
        SKALA,
        ("Tabel 5 Capaian Indikator Kinerja Utama", tabel5 or tabel_5()),
        ("Tabel 8 Perbandingan Capaian Kinerja", tabel8 or tabel_8()),
        *pejabat,
        "Kepala Dinas",
        "Ir. IBOY HUTAPEA, M.M.",
        "NIP. 196805031993031005",
    )


def ringkas(hasil):
    return sorted((t.aturan, t.lokasi) for t in hasil.temuan)


def test_a_clean_lkjip_has_no_finding():
    hasil = reviu_berkas("lkjip.docx", lkjip())
    assert hasil.temuan == []
    assert hasil.tabel == [
        ("Tabel 3.3. Pengelompokan Predikat Nilai Capaian", "dibaca: skala predikat"),
        ("Tabel 5 Capaian Indikator Kinerja Utama", "dibaca: capaian kinerja"),
        ("Tabel 8 Perbandingan Capaian Kinerja", "dibaca: capaian kinerja"),
    ]


T5 = "Tabel 5 Capaian Indikator Kinerja Utama"


@pytest.mark.parametrize(
    "r, k, isi, aturan",
    [
        # 92,63 / 95: 97,505, and 97,500–97,511 from 92,625–92,635; 97,48 is outside.
        (1, 5, "97,48%", "R02"),
        (1, 6, "Sesuai Target", "R03"),  # 97,51 is below target
        (3, 4, "921/1.257 x 100% = 73,72%", "R01"),  # digits swapped in the result
        # Neither polarity reaches 112,00 from 5,2 and 4,8 printed with one decimal (T/R
        # at most 5,25 / 4,75 = 110,53; (2T−R)/T at most 109,52).
        (4, 5, "112,00", "R02"),
    ],
)
def test_it_finds_a_planted_error_in_a_performance_table(r, k, isi, aturan):
    hasil = reviu_berkas("lkjip.docx", lkjip(tabel5=ganti(tabel_5(), r, k, isi)))
    assert [t.aturan for t in hasil.temuan] == [aturan]
    assert hasil.temuan[0].lokasi.startswith(f"{T5}, baris {r + 1} (")


def test_it_accepts_capaian_worked_from_the_printed_realisation():
    # Jambi Tabel 3.4: 639/1.257 = 50,84 printed 51,00; capaian 121,43 = 51,00 / 42. The
    # capaian follows from the printed realisation, so it is no R02; since issue 16 it is
    # reported as the consequence of the wrong realisation (R29, see test_reviu_akibat).
    baris = ganti(tabel_5(), 3, 4, "639/1.257 x 100% = 51,00%")
    baris = ganti(ganti(baris, 3, 3, "42,00%"), 3, 5, "121,43%")
    hasil = reviu_berkas("lkjip.docx", lkjip(tabel5=baris))
    t, akibat = hasil.temuan
    assert (t.aturan, str(t.tercatat)) == ("R01", "51.00")
    assert "639/1.257 × 100% = 50,84, tercatat 51,00" in t.pesan
    assert akibat.aturan == "R29"


def test_it_finds_a_figure_that_differs_between_tables():
    hasil = reviu_berkas("lkjip.docx", lkjip(tabel8=ganti(tabel_8(), 2, 7, "92,36%")))
    assert {t.aturan for t in hasil.temuan} == {"R22", "R02"}
    r22 = next(t for t in hasil.temuan if t.aturan == "R22")
    assert r22.lokasi.startswith("Tabel 8 Perbandingan Capaian Kinerja, baris 3")
    assert "realisasi 2024 tercatat 92,36" in r22.pesan and T5 in r22.pesan


def test_the_earlier_year_is_not_compared_with_the_report_year():
    # 2023's target 90% in Tabel 8 is not 2024's 95% in Tabel 5: no finding (clean file).
    assert reviu_berkas("lkjip.docx", lkjip()).temuan == []


def test_it_finds_a_scale_with_gaps_and_overlaps():
    # Tebing Tinggi LKjIP: the scale written as tab-separated lines.
    data = docx(
        "Nilai Angka\tKategori",
        "- 81 s/d 100\t- Memuaskan",
        "- 75 s/d 80\t- Sangat Baik",
        "- 65 s/d 75\t- Baik",
        (
            "Tabel 5 Capaian",
            [KEPALA_5, ["1", "S", "Persentase X", "95%", "69,20%", "72,84%", "Sangat Baik", "-"]],
        ),
    )
    hasil = reviu_berkas("lkjip.docx", data)
    r14 = [t.pesan for t in hasil.temuan if t.aturan == "R14"]
    assert len(r14) == 2
    assert "nilai 75 masuk ke pita 'Baik' dan 'Sangat Baik'" in r14[0]
    assert "Celah antara pita 'Sangat Baik' (sampai 80) dan 'Memuaskan' (mulai 81)" in r14[1]
    # 69,20 / 95 = 72,84: "Baik" on the document's own scale, not "Sangat Baik".
    (r03,) = [t for t in hasil.temuan if t.aturan == "R03"]
    assert (r03.tercatat, r03.seharusnya) == ("Sangat Baik", "Baik")


def test_it_finds_an_official_written_two_ways():
    pejabat = ["Ifitocy HUTAPEA", "PEMBINA UTAMA MUDA", "NIP. 19680503 199303 1 005"]
    hasil = reviu_berkas("lkjip.docx", lkjip(pejabat=pejabat))
    (t,) = hasil.temuan
    assert t.aturan == "R23"
    assert "'IBOY HUTAPEA' dan 'IFITOCY HUTAPEA'" in t.pesan


def test_it_finds_an_nip_written_two_ways():
    pejabat = ["Ir. IBOY HUTAPEA", "PEMBINA UTAMA MUDA", "NIP. 19680503 199303 1 00"]
    (t,) = reviu_berkas("lkjip.docx", lkjip(pejabat=pejabat)).temuan
    assert t.aturan == "R23" and "19680503199303100 dan 196805031993031005" in t.pesan


def test_it_flags_units_against_the_indicator_kind():
    baris = [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"],
        ["1", "Indeks Kepuasan Masyarakat", "%", "80", "84", "105"],
        ["2", "Persentase jalan mantap", "km", "80", "84", "105"],
        ["3", "Persentase rumah layak huni", "%", "80", "104", "130"],
        ["4", "Persentase pertumbuhan ekonomi", "%", "80", "104", "130"],
    ]
    hasil = reviu_berkas("iku.docx", docx(("Tabel IKU", baris)))
    assert [(t.aturan, t.lokasi.split(",")[1]) for t in hasil.temuan] == [
        ("R12", " baris 2 (Indeks Kepuasan Masyarakat)"),
        ("R12", " baris 3 (Persentase jalan mantap)"),
        ("R13", " baris 4 (Persentase rumah layak huni)"),
    ]


def test_it_joins_wrapped_rows_and_a_table_broken_by_a_page():
    baris = tabel_5()
    lanjutan = [baris[4]]
    pecah = [*baris[:2], ["", "", "yang diterbitkan BNSP", "", "", "", "", ""], *baris[2:4]]
    data = docx(SKALA, (T5, pecah), ("", lanjutan))
    hasil = reviu_berkas("lkjip.docx", data)
    assert hasil.temuan == []
    assert [n for n, _ in hasil.tabel] == ["Tabel 3.3. Pengelompokan Predikat Nilai Capaian", T5]
    # The continued table's planted error is found and located after the first part.
    lanjutan = [ganti(baris, 4, 5, "112,00")[4]]
    hasil = reviu_berkas("lkjip.docx", docx(SKALA, (T5, pecah), ("", lanjutan)))
    assert ringkas(hasil) == [("R02", f"{T5}, baris 6 (Tingkat pengangguran terbuka)")]


def test_it_says_which_tables_it_could_not_interpret():
    data = docx(
        (
            "Tabel 6 Rumusan indikator",
            [["No", "Sasaran Strategis", "Indikator Kinerja", "Formulasi"], ["1", "S", "I", "a/b"]],
        ),
        ("Daftar hadir", [["Nama", "Tanda tangan"], ["A", ""]]),
    )
    hasil = reviu_berkas("lkjip.docx", data)
    assert hasil.tabel[0][0] == "Tabel 6 Rumusan indikator"
    assert hasil.tabel[0][1].startswith("tidak ditafsirkan: tidak ada kolom angka")
    assert hasil.tabel[1] == ("Daftar hadir", "tidak ditafsirkan: judul kolomnya tidak dikenali")


# --- budget tables (Tebing Tinggi LKjIP, Lampiran RFK 2022) ------------------------------------

KEPALA_RFK = [
    "KODE",
    "PROGRAM / KEGIATAN / SUBKEGIATAN",
    "ANGGARAN",
    "REALISASI TRIWULAN IV (OKTOBER - DESEMBER)",
    "REALISASI TRIWULAN LALU",
    "TOTAL REALISASI S.D BULAN INI",
    "PERSENTASE REALISASI KEUANGAN (%)",
    "PERSENTASE REALISASI FISIK (%)",
    "SISA ANGGARAN",
]


def rfk():
    """Three sub kegiatan copied from the seed's RFK; the program and the total worked by
    hand: pagu 2.693.549.200 + 7.500.000 + 17.521.876 = 2.718.571.076; realisation
    2.602.212.755 + 7.498.000 + 17.490.700 = 2.627.201.455 (96,64%); quarter IV
    621.143.942 + 2.108.900 + 4.157.800 = 627.410.642; earlier quarters 1.981.068.813 +
    5.389.100 + 13.332.900 = 1.999.790.813; remaining 91.369.621."""
    return [
        KEPALA_RFK,
        [
            "TOTAL",
            "",
            "Rp 2,718,571,076",
            "Rp 627,410,642",
            "Rp 1,999,790,813",
            "Rp 2,627,201,455",
            "96.64%",
            "",
            "Rp 91,369,621",
        ],
        ["2.07", "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA"],
        [
            "2.07.01",
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
            "Rp 2,718,571,076",
            "",
            "",
            "Rp2,627,201,455",
            "96.64%",
        ],
        ["2.07.01.2.02", "Administrasi Keuangan Perangkat Daerah"],
        [
            "2.07.01.2.02.01",
            "Penyediaan Gaji dan Tunjangan ASN",
            "Rp2,693,549,200.00",
            "Rp 621,143,942",
            "Rp 1,981,068,813",
            "Rp2,602,212,755",
            "96.61%",
            "100.00%",
            "Rp 91,336,445",
        ],
        ["2.07.01.2.06", "Administrasi Umum Perangkat Daerah"],
        [
            "2.07.01.2.06.01",
            "Penyediaan Komponen Instalasi Listrik",
            "Rp 7,500,000.00",
            "Rp 2,108,900",
            "Rp 5,389,100",
            "Rp 7,498,000",
            "99.97%",
            "100.00%",
            "Rp 2,000",
        ],
        [
            "2.07.01.2.06.04",
            "Penyediaan Bahan Logistik Kantor",
            "Rp 17,521,876.00",
            "Rp 4,157,800",
            "Rp 13,332,900",
            "Rp 17,490,700",
            "99.82%",
            "100.00%",
            "Rp 31,176",
        ],
    ]


@pytest.mark.parametrize(
    "buat",
    [
        lambda b: ("rfk.docx", docx(("Lampiran RFK", b))),
        lambda b: ("rfk.xlsx", xlsx(("Lampiran RFK", b))),
    ],
)
def test_a_clean_budget_table_has_no_finding(buat):
    hasil = reviu_berkas(*buat(rfk()))
    assert hasil.temuan == []
    assert hasil.tabel == [("Lampiran RFK", "dibaca: anggaran")]


RFK = "Lampiran RFK"


@pytest.mark.parametrize(
    "r, k, isi, harapan",
    [
        (
            1,
            3,
            "Rp 627,401,642",
            [("R08", f"{RFK}, baris 2, REALISASI TRIWULAN IV (OKTOBER - DESEMBER)")],
        ),
        (7, 6, "99.79%", [("R06", f"{RFK}, baris 8 (Penyediaan Komponen Instalasi Listrik)")]),
        (
            3,
            2,
            "Rp 2,718,571,067",
            # Only the programme: its children sum to 2.718.571.076, which is what the total
            # prints (the total was also reported before parents were corrected first).
            [("R08", f"{RFK}, baris 4 (PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH), ANGGARAN")],
        ),
        (8, 0, "2.07.01.2.06.01", [("R20", f"{RFK}, baris 9 (Penyediaan Bahan Logistik Kantor)")]),
        (6, 0, "2.07.02.2.06", [("R21", f"{RFK}, baris 7 (Administrasi Umum Perangkat Daerah)")]),
        (
            4,
            0,
            "2.07.01.3.02",
            [("R19", f"{RFK}, baris 5 (Administrasi Keuangan Perangkat Daerah)")],
        ),
    ],
)
def test_it_finds_a_planted_error_in_a_budget_table(r, k, isi, harapan):
    for nama, data in (
        ("rfk.docx", docx((RFK, ganti(rfk(), r, k, isi)))),
        ("rfk.xlsx", xlsx((RFK, ganti(rfk(), r, k, isi)))),
    ):
        assert ringkas(reviu_berkas(nama, data)) == sorted(harapan), nama


def test_it_finds_spending_without_progress_and_over_the_budget():
    baris = [
        ["Kode", "Sub Kegiatan", "Pagu", "Realisasi (Rp)", "%", "Sisa", "Fisik (%)"],
        [
            "1.02.02.2.01.0001",
            "A",
            "Rp 1.000.000",
            "Rp 1.200.000",
            "120,00%",
            "-Rp 200.000",
            "100%",
        ],
        ["1.02.02.2.01.0002", "B", "Rp 1.000.000", "Rp -", "0%", "Rp 1.000.000", "100%"],
    ]
    hasil = reviu_berkas("rfk.docx", docx(("Tabel RFK", baris)))
    assert [t.aturan for t in hasil.temuan] == ["R09", "R10"]


def test_it_reads_a_workbook_with_real_numbers_and_percent_formats():
    # Excel stores 97,505...% as the fraction 0.97505...; the shown "97,51%" is the format.
    baris = [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        [
            1,
            "Persentase pencari kerja bersertifikat",
            (0.95, "%"),
            (0.9263, "%"),
            (0.975052631578947, "%"),
        ],
        [2, "Persentase penyelesaian perselisihan", (1, "%"), (1, "%"), (0.99, "%")],
    ]
    hasil = reviu_berkas("iku.xlsx", xlsx(("IKU 2024", baris)))
    assert ringkas(hasil) == [("R02", "IKU 2024, baris 3 (Persentase penyelesaian perselisihan)")]


def test_it_finds_quarters_that_do_not_add_up_and_a_falling_cumulative_series():
    baris = [
        [
            "Kode",
            "Sub Kegiatan",
            "Pagu",
            "Realisasi TW I",
            "Realisasi TW II",
            "Realisasi TW III",
            "Realisasi TW IV",
            "Realisasi (Rp)",
            "Fisik s.d. TW II",
            "Fisik s.d. TW III",
        ],
        ["1.02.02.2.01.0001", "A", "1.000", "100", "200", "300", "400", "1.000", "50", "75"],
        ["1.02.02.2.01.0002", "B", "1.000", "100", "200", "300", "400", "900", "60", "55"],
    ]
    hasil = reviu_berkas("rfk.docx", docx(("Tabel realisasi", baris)))
    assert [t.aturan for t in hasil.temuan] == ["R08", "R18"]


def tabel_13(efisiensi_baris_1="14,48"):
    """Tebing Tinggi LKjIP Tabel 13, rows 3 and 6 as printed. Worked by hand: 69,20 / 95 =
    72,8421 %; 195.665.000 / 314.080.000 = 62,2978 %; (72,8421 − 62,2978) / 72,8421 × 100 =
    14,48. Row 6: 70 / 85 = 82,3529 % (printed 82,58: wrong); 226.076.044 / 232.124.700 =
    97,3942 %; (82,3529 − 97,3942) / 82,3529 × 100 = −18,26, as printed."""
    return [
        [
            "No",
            "Sasaran",
            "Indikator Kinerja",
            "Kinerja",
            None,
            None,
            "Anggaran",
            None,
            None,
            "Tingkat Efisiensi Anggaran",
        ],
        [
            "^",
            "^",
            "^",
            "Target",
            "Realisasi",
            "% Capaian",
            "Anggaran (Rp)",
            "Realisasi (Rp)",
            "% Capaian",
            "^",
        ],
        [
            "2",
            "Meningkatnya Perlindungan",
            "Persentase tenaga kerja yang dilindungi",
            "95%",
            "69.20%",
            "72.84%",
            "314.080.000",
            "195.665.000",
            "62,30",
            efisiensi_baris_1,
        ],
        [
            "3",
            "Mengembangkan Sentra-sentra Industri",
            "Persentase produk IKM yang layak mengikuti even promosi",
            "85%",
            "70%",
            "82,58%",
            "232.124.700",
            "226.076.044",
            "97,39",
            "-18,26",
        ],
    ]


T13 = "Tabel 13 Perbandingan Pencapaian Kinerja dan Anggaran"


def test_it_checks_efficiency_from_the_rows_own_figures():
    hasil = reviu_berkas("lkjip.docx", docx((T13, tabel_13())))
    assert hasil.tabel == [(T13, "dibaca: anggaran")]
    assert ringkas(hasil) == [
        (
            "R02",
            f"{T13}, baris 4 (Persentase produk IKM yang layak mengikuti even promosi), Kinerja",
        )
    ]
    hasil = reviu_berkas("lkjip.docx", docx((T13, tabel_13("14,84"))))
    assert (
        "R24",
        f"{T13}, baris 3 (Persentase tenaga kerja yang dilindungi), Tingkat Efisiensi Anggaran",
    ) in ringkas(hasil)


def test_a_result_stored_as_json_reads_back_the_same():
    # Numbers exact (97,505263… and 97,48 stay Decimals), texts (a predikat) as they are.
    hasil = reviu_berkas("lkjip.docx", lkjip(tabel5=ganti(tabel_5(), 1, 6, "Sesuai Target")))
    hasil.temuan += reviu_berkas(
        "lkjip.docx", lkjip(tabel5=ganti(tabel_5(), 1, 5, "97,48%"))
    ).temuan
    assert {t.aturan for t in hasil.temuan} >= {"R02", "R03"}
    tersimpan = json.loads(json.dumps(ke_json(hasil)))  # as the database gives it back
    dibaca = dari_json("lkjip.docx", tersimpan)
    assert dibaca == hasil
    (r02,) = [t for t in dibaca.temuan if t.aturan == "R02"]
    assert isinstance(r02.seharusnya, Decimal)  # == would also hold for a float
