"""`reviu_berkas`: the figures a document computed from a wrong figure are recomputed from
the corrected value and reported as consequences (R29) linked to their cause."""

import json
from decimal import Decimal

from sakip.evaluasi.reviu_dokumen import dari_json, ke_json, reviu_berkas
from sakip.kinerja.angka import bulatkan

from .dokumen_uji import TABEL_3_4, docx
from .test_reviu_dokumen import RFK, ganti, rfk


def ringkas(hasil):
    return [(t.aturan, t.lokasi, t.teks_tercatat, t.teks_seharusnya, t.sebab) for t in hasil.temuan]


def test_jambis_capaian_follows_its_wrong_realisation():
    # Seed 003 line 357 (Tabel 3.4 row 1): target 42,00 %, "639/1.257 × 100% = 51,00%",
    # capaian 121,43 % = 51,00 / 42. By hand: 639 / 1.257 × 100 = 50,8353 → 50,84; the
    # capaian from it is 50,8353 / 42 × 100 = 121,0365 → 121,04.
    hasil = reviu_berkas("iku.docx", docx(TABEL_3_4))
    lokasi = "Tabel 3.4 Capaian IKU, baris 2 (Persentase Penyerapan Tenaga Kerja)"
    assert ringkas(hasil) == [
        ("R01", lokasi, "51,00", "50,84", None),
        ("R29", lokasi, "121,43", "121,04", ("R01", lokasi)),
    ]
    assert hasil.temuan[1].pesan == (
        "Angka tercatat dihitung dari angka yang salah: capaian tercatat 121,43, dengan angka "
        f"yang benar seharusnya 121,04 (akibat dari R01 di {lokasi})"
    )


# Seed 004, Lampiran RFK 2022: the header (line 923) without the quarter, bobot, fisik and
# sisa columns (only sub kegiatan print those), the TOTAL row (line 924) and the rows it
# totals: the programmes with their figures (lines 926, 948, 955; their sub kegiatan left
# out) and the one sub kegiatan whose programme prints none (lines 945–947).
KEPALA = [
    "KODE",
    "PROGRAM / KEGIATAN / SUBKEGIATAN",
    "ANGGARAN",
    "TOTAL REALISASI S.D BULAN INI",
    "PERSENTASE REALISASI KEUANGAN (%)",
]
RFK_2022 = [
    KEPALA,
    ["TOTAL", "", "Rp 4,544,274,054", "Rp4,156,626,934", "91.47%"],
    ["2.07", "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA", "", "", ""],
    [
        "2.07.01",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        "Rp 3,308,936,254",
        "Rp3,175,656,846",
        "95.97%",
    ],
    ["2.07.03", "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA", "", "", ""],
    ["2.07.03.2.01", "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi", "", "", ""],
    [
        "2.07.03.2.01.01",
        "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja",
        "Rp 14,620,000.00",
        "Rp 10,100,000",
        "69.08%",
    ],
    [
        "2.07.05",
        "PROGRAM HUBUNGAN INDUSTRIAL",
        "Rp 358,256,200.00",
        "Rp 239,841,000",
        "66.95%",
    ],
    ["3.31", "URUSAN PEMERINTAHAN BIDANG PERINDUSTRIAN", "", "", ""],
    [
        "3.31.02",
        "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
        "Rp 252,102,700.00",
        "Rp 245,594,044",
        "97.42%",
    ],
]


def test_an_rfk_total_that_is_not_the_sum_of_its_rows_makes_its_percentage_wrong():
    # By hand: pagu 3.308.936.254 + 14.620.000 + 358.256.200 + 252.102.700 = 3.933.915.154;
    # realisation 3.175.656.846 + 10.100.000 + 239.841.000 + 245.594.044 = 3.671.191.890.
    # The printed 91,47 % is 4.156.626.934 / 4.544.274.054 = 91,4695 %; from the sums it is
    # 3.671.191.890 / 3.933.915.154 = 93,3216 % → 93,32.
    hasil = reviu_berkas("rfk.docx", docx(("Lampiran – RFK 2022", RFK_2022)))
    total = "Lampiran – RFK 2022, baris 2"
    pagu = (f"{total}, ANGGARAN", "4.544.274.054", "3.933.915.154")
    realisasi = (f"{total}, TOTAL REALISASI S.D BULAN INI", "4.156.626.934", "3.671.191.890")
    assert ringkas(hasil) == [
        ("R08", *pagu, None),
        ("R08", *realisasi, None),
        ("R29", total, "91,47", "93,32", ("R08", pagu[0])),
    ]
    assert bulatkan(hasil.temuan[2].seharusnya) == Decimal("93.32")


def test_a_wrong_sub_kegiatan_makes_its_programme_and_the_total_wrong():
    # The RFK rows of test_reviu_dokumen with "Penyediaan Bahan Logistik Kantor" printing a
    # realisation of 16.490.700 where its quarters give 4.157.800 + 13.332.900 = 17.490.700,
    # and what the document computed from it: its 16.490.700 / 17.521.876 = 94,11 %; the
    # programme's and the total's realisation 2.602.212.755 + 7.498.000 + 16.490.700 =
    # 2.626.201.455 and 2.626.201.455 / 2.718.571.076 = 96,60 %. From the quarters: 99,82 %,
    # 2.627.201.455 and 96,64 %. Its remainder 31.176 is right (17.521.876 − 17.490.700), as
    # is the total's 91.369.621.
    baris = rfk()
    for r, k, isi in (
        (8, 5, "Rp 16,490,700"),
        (8, 6, "94.11%"),
        (3, 5, "Rp2,626,201,455"),
        (3, 6, "96.60%"),
        (1, 5, "Rp 2,626,201,455"),
        (1, 6, "96.60%"),
    ):
        baris = ganti(baris, r, k, isi)
    hasil = reviu_berkas("rfk.docx", docx((RFK, baris)))
    sub = f"{RFK}, baris 9 (Penyediaan Bahan Logistik Kantor)"
    program = f"{RFK}, baris 4 (PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH)"
    total = f"{RFK}, baris 2"
    kolom = ", TOTAL REALISASI S.D BULAN INI"
    assert sorted(ringkas(hasil)) == sorted(
        [
            ("R08", sub, "16.490.700", "17.490.700", None),
            ("R29", sub, "94,11", "99,82", ("R08", sub)),
            ("R29", program + kolom, "2.626.201.455", "2.627.201.455", ("R08", sub)),
            ("R29", program, "96,60", "96,64", ("R29", program + kolom)),
            ("R29", total + kolom, "2.626.201.455", "2.627.201.455", ("R29", program + kolom)),
            ("R29", total, "96,60", "96,64", ("R29", total + kolom)),
        ]
    )


def test_the_link_to_the_cause_is_kept_with_the_stored_result():
    hasil = reviu_berkas("iku.docx", docx(TABEL_3_4))
    dibaca = dari_json("iku.docx", json.loads(json.dumps(ke_json(hasil))))
    assert dibaca == hasil
    assert dibaca.temuan[1].sebab == ("R01", hasil.temuan[0].lokasi)
    # A result stored before findings had causes reads back too.
    lama = ke_json(hasil)
    for t in lama["temuan"]:
        del t["sebab"]
    assert [t.sebab for t in dari_json("iku.docx", lama).temuan] == [None, None]
