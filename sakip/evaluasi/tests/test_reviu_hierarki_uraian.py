"""A hierarchy shown without codes (Program, Kegiatan, "1. Sub Kegiatan"): a parent's
money is the sum of its children and a parent's % is Σ realisasi ÷ Σ pagu of the rows
under it, not the mean of their %. Figures from Setda Provinsi Sumatera Utara LKj 2021."""

from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .dokumen_uji import docx

KEPALA = [
    "NO",
    "PROGRAM/ KINERJA",
    "ANGGARAN (Rp)",
    "REALISASI (Rp)",
    "CAPAIAN REALISASI ANGGARAN (%)",
]


def _tabel(persen_program, pagu_kegiatan=""):
    return [
        KEPALA,
        ["1", "Program Pemerintahan Dan Otonomi Daerah", "", "", persen_program],
        ["", "Kegiatan Fasilitasi Kerjasama Daerah", pagu_kegiatan, "", ""],
        [
            "",
            "1.Sub Kegiatan Fasilitasi Kerjasama antar Pemerintah",
            "216.194.000",
            "188.957.200",
            "87.40",
        ],
        [
            "",
            "2.Sub Kegiatan Fasilitasi Kerjasama Badan Usaha/Swasta",
            "378.896.500",
            "351.953.546",
            "92.89",
        ],
    ]


def _temuan(baris):
    return reviu_berkas("lkj.docx", docx(("Tabel 19", baris))).temuan


def test_a_parents_percentage_is_the_sum_ratio_not_the_mean():
    # (188.957.200 + 351.953.546) / (216.194.000 + 378.896.500) = 90,8955; the mean of 87,40
    # and 92,89 is 90,145. (The source prints 87.4 and 92.9: one decimal.)
    assert _temuan(_tabel("90.90")) == []
    (t,) = _temuan(_tabel("90.15"))
    assert t.aturan == "R06"
    assert ", baris 2 (Program Pemerintahan Dan Otonomi Daerah)" in t.lokasi
    assert "Σ realisasi ÷ Σ pagu 2 rinciannya" in t.pesan


def test_a_parents_money_is_the_sum_of_its_children():
    # 216.194.000 + 378.896.500 = 595.090.500
    assert _temuan(_tabel("90.90", "595.090.500")) == []
    (t,) = _temuan(_tabel("90.90", "595.900.500"))
    assert t.aturan == "R08" and "baris 3 (Kegiatan Fasilitasi Kerjasama Daerah)" in t.lokasi


# Seed 004 (LKjIP Tebing Tinggi 2022), Tabel 12, lines 816 and 845–849: the No column
# numbers an outline ("4", "4.a", "4.a.1"), the names carry no Program/Kegiatan word and
# the kegiatan row prints no money.
TABEL_12 = [
    ["No.", "Program. Kegiatan. Dan Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "% Capaian"],
    ["4", "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI", "252.102.700", "245.594.404", "97,42%"],
    ["4.a", "Penyusunan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota", "", "", ""],
    [
        "4.a.1",
        "Koordinasi. Sinkronisasi. dan Pelaksanaan Pembangunan Sumber Daya Industri",
        "19.978.000",
        "19.518.000",
        "97,70%",
    ],
    [
        "4.a.2",
        "Koordinasi. Sinkronisasi. dan Pelaksanaan Pemberdayaan Industri dan Peran Serta "
        "Masyarakat",
        "232.124.700",
        "226.076.044",
        "97,39%",
    ],
]


def test_an_outline_number_in_the_no_column_gives_the_level():
    # By hand: 19.518.000 + 226.076.044 = 245.594.044, printed 245.594.404; the pagu
    # 19.978.000 + 232.124.700 = 252.102.700 is right. The sub kegiatan sit under the
    # kegiatan "4.a", which prints no money: their sum is the programme's.
    (t,) = _temuan(TABEL_12)
    assert (t.aturan, t.teks_tercatat, t.teks_seharusnya) == ("R08", "245.594.404", "245.594.044")
    assert t.lokasi == (
        "Tabel 19, baris 2 (PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI), Realisasi (Rp)"
    )
