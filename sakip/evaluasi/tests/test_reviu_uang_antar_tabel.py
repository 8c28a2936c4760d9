"""The same programme, kegiatan or sub kegiatan printed with other money in another table
of the same year (R22): matched by code, else by name, and the finding names both places
and both figures."""

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.instansi.models import OPD
from sakip.pelaporan.siap import susun_dokumen
from sakip.pelaporan.word import ke_docx

from .dokumen_uji import docx
from .test_reviu_dokumen_akibat import KEPALA
from .test_reviu_hierarki_uraian import TABEL_12

# Seed 004, Lampiran RFK 2022 (lines 923, 954–958): the programme's realisation as its
# sub kegiatan add up, and the sub kegiatan code printed twice (R20).
RFK = [
    KEPALA,
    ["3.31", "URUSAN PEMERINTAHAN BIDANG PERINDUSTRIAN", "", "", ""],
    [
        "3.31.02",
        "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
        "Rp 252,102,700.00",
        "Rp 245,594,044",
        "97.42%",
    ],
    [
        "3.31.02.2.01",
        "Penyusunan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota",
        "",
        "",
        "",
    ],
    [
        "3.31.02.2.01.05",
        "Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sumber Daya Industri",
        "Rp 19,978,000.00",
        "Rp 19,518,000",
        "97.70%",
    ],
    [
        "3.31.02.2.01.05",
        "Koordinasi, Sinkronisasi, dan Pelaksanaan Pemberdayaan Industri dan Peran Serta "
        "Masyarakat",
        "Rp 232,124,700.00",
        "Rp 226,076,044",
        "97.39%",
    ],
]
T12 = "Tabel 12 Capaian Anggaran Program, Kegiatan dan Sub Kegiatan"
LAMPIRAN = "Lampiran – RFK 2022"


def ringkas(hasil):
    return [(t.aturan, t.lokasi, t.teks_tercatat, t.teks_seharusnya) for t in hasil.temuan]


def test_seed_004s_programme_4_differs_between_tabel_12_and_its_rfk_annex():
    # Line 845 prints programme 4's realisation 245.594.404, line 955 prints 245,594,044
    # for the same programme (3.31.02, matched by name: Tabel 12 numbers its rows, it has
    # no budget codes). The sub kegiatan (matched by name too, the RFK's code being printed
    # twice) agree, as do the pagu.
    hasil = reviu_berkas("lkjip.docx", docx((T12, TABEL_12), (LAMPIRAN, RFK)))
    program = "baris {} (PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI)"
    assert [t for t in ringkas(hasil) if t[0] == "R22"] == [
        ("R22", f"{LAMPIRAN}, {program.format(3)}", "245.594.044", "245.594.404")
    ]
    (t,) = [t for t in hasil.temuan if t.aturan == "R22"]
    assert t.pesan.endswith(
        f"realisasi 2022 tercatat 245.594.044, sedangkan di {T12}, {program.format(2)} 245.594.404"
    )
    # Tabel 12 itself: the programme is not the sum of its sub kegiatan (R08).
    assert ("R08", f"{T12}, {program.format(2)}, Realisasi (Rp)") in [t[:2] for t in ringkas(hasil)]


# A made-up pair: a table with budget codes and one with names only, for 2024.
BERKODE = [
    ["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu 2024", "Realisasi 2024"],
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "500.000.000", "450.000.000"],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "500.000.000", "450.000.000"],
    ["1.02.02.2.01.01", "Pembangunan Puskesmas", "300.000.000", "290.000.000"],
    ["1.02.02.2.01.02", "Pengadaan Alat Kesehatan", "200.000.000", "160.000.000"],
]


def _bernama(*ubah):
    baris = [
        ["No", "Program / Kegiatan / Sub Kegiatan", "Pagu 2024", "Realisasi 2024"],
        ["1", "Program Pemenuhan Upaya Kesehatan", "500.000.000", "450.000.000"],
        ["2", "Pembangunan Puskesmas", "300.000.000", "290.000.000"],
        ["3", "Pengadaan Alat Kesehatan", "200.000.000", "160.000.000"],
    ]
    for r, k, isi in ubah:
        baris[r] = [*baris[r][:k], isi, *baris[r][k + 1 :]]
    return baris


def _temuan(*tabel):
    return [t for t in ringkas(reviu_berkas("a.docx", docx(*tabel))) if t[0] == "R22"]


def test_the_same_rows_printed_alike_give_nothing():
    assert _temuan(("Tabel 1", BERKODE), ("Tabel 2", _bernama())) == []


def test_a_pagu_printed_otherwise_is_found_by_name():
    assert _temuan(("Tabel 1", BERKODE), ("Tabel 2", _bernama((3, 2, "250.000.000")))) == [
        (
            "R22",
            "Tabel 2, baris 4 (Pengadaan Alat Kesehatan), 2024",
            "250.000.000",
            "200.000.000",
        )
    ]


def test_a_realisation_printed_otherwise_is_found_by_code():
    lain = [r[:] for r in BERKODE]
    lain[3][3] = "280.000.000"
    (t,) = _temuan(("Tabel 1", BERKODE), ("Tabel 2", lain))
    assert t == (
        "R22",
        "Tabel 2, baris 4 (Pembangunan Puskesmas), 2024",
        "280.000.000",
        "290.000.000",
    )


def test_rows_that_differ_in_both_figures_are_other_rows():
    # A programme's share of its money under one sasaran is not the programme printed wrong.
    bagian = _bernama((1, 2, "300.000.000"), (1, 3, "250.000.000"))
    assert _temuan(("Tabel 1", BERKODE), ("Tabel 2", bagian)) == []


def test_a_name_printed_twice_in_a_table_or_under_another_code_matches_nothing():
    # "Pembangunan Puskesmas" twice in Tabel 2: which one is it?
    dua_kali = _bernama((3, 1, "Pembangunan Puskesmas"), (3, 2, "250.000.000"))
    assert _temuan(("Tabel 1", BERKODE), ("Tabel 2", dua_kali)) == []
    # The same name under another code is another sub kegiatan (another programme's).
    lain = [r[:] for r in BERKODE]
    lain[4] = ["1.02.03.2.01.02", "Pengadaan Alat Kesehatan", "200.000.000", "100.000.000"]
    assert _temuan(("Tabel 1", BERKODE), ("Tabel 2", lain)) == []


def test_another_year_is_another_figure():
    tahun_lalu = [[c.replace("2024", "2023") for c in r] for r in _bernama((3, 2, "250.000.000"))]
    assert _temuan(("Tabel 1", BERKODE), ("Tabel 2", tahun_lalu)) == []


def test_sakips_own_lkjip_of_seed_004_prints_its_money_alike(demo):
    # The LKjIP sakip prints from the demo data of seed 004 (Tebing Tinggi 2022) prints the
    # programmes, kegiatan and sub kegiatan's money five times: Tabel 5 and 21 by name,
    # Tabel 17, 19 and 23 by code; Tabel 23 (the RFK) with this quarter's spending and the
    # spending "s.d. triwulan lalu" (before it), which add up to the total, and a Bobot
    # column whose TOTAL is the programmes' sum (100 %), not every row's. None is found
    # wrong. (Tabel 18, per sasaran, is no such table.)
    dok = susun_dokumen("lkjip", OPD.objects.get(slug="disnakerind-tebing-tinggi"), 2022)
    hasil = reviu_berkas("lkjip.docx", ke_docx(dok))
    anggaran = [n.split(".")[0] for n, v in hasil.tabel if v == "dibaca: anggaran"]
    assert anggaran == ["Tabel 5", "Tabel 17", "Tabel 18", "Tabel 19", "Tabel 21", "Tabel 23"]
    program = tuple(f"{n}." for n in anggaran if n != "Tabel 18")
    assert not [t.lokasi for t in hasil.temuan if t.lokasi.startswith(program)]
    assert not [t for t in hasil.temuan if t.aturan == "R22"]
