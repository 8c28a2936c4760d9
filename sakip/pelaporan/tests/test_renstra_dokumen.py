"""The Renstra as its tables are printed, opened back from DOCX, PDF and XLSX: the Suplemen
Renstra 2021–2022 of Tebing Tinggi (seed 004, Keputusan Kepala Dinas 560/032/Disnakerind/
IX/2021 of 10 September 2021): a cover with the period; tujuan, sasaran and indicators
with the kondisi awal, the target of each year and the kondisi akhir, each tujuan and
sasaran printed once and numbered 1, 1.1 (seed tables "Tujuan dan Sasaran Jangka menengah"
and 3.1); programs with their kegiatan and sub kegiatan, output indicator, target and pagu
per year in columns and the totals (LKjIP 2022 Tabel 4); signed by the Kepala on the date
he adopted it."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.pelaporan.render import PENYUSUN
from sakip.pelaporan.siap import susun_dokumen
from sakip.pertukaran.demo import muat_alur_demo

from .baca_docx import buka, tabel_data, tabel_ttd
from .baca_pdf import halaman

pytestmark = pytest.mark.usefixtures("demo")

TUJUAN_1 = "Meningkatnya penyerapan tenaga kerja"
KOLOM_TUJUAN = [
    "No",
    "Tujuan",
    "Sasaran",
    "Indikator",
    "Satuan",
    "Kondisi awal (2020)",
    "Target 2021",
    "Target 2022",
    "Kondisi akhir (2022)",
]
# The year without a budget (2021) is named in a sentence, not printed as empty columns.
KOLOM_PROGRAM = [
    "Kode",
    "Program / kegiatan / sub kegiatan",
    "Indikator keluaran",
    "Target 2022",
    "Pagu 2022 (Rp)",
]


@pytest.fixture(scope="module")
def berkas(baca_dunia):
    def susun():
        muat_alur_demo()
        dok = susun_dokumen("renstra", OPD.objects.get(slug="disnakerind-tebing-tinggi"), 2022)
        return {f: penyusun(dok) for f, penyusun in PENYUSUN.items()}

    return baca_dunia(susun)


def test_word_groups_tujuan_and_sasaran_with_targets_per_year(berkas):
    d = buka(berkas["docx"])
    teks = [p.text for p in d.paragraphs]
    assert teks[:2] == ["SUPLEMEN RENCANA STRATEGIS", "TAHUN 2021–2022"]
    assert "DINAS KETENAGAKERJAAN DAN PERINDUSTRIAN KOTA TEBING TINGGI" in teks
    tujuan, _ = tabel_data(d)
    assert [c.text for c in tujuan.rows[0].cells] == KOLOM_TUJUAN
    baris = [[c.text for c in r.cells] for r in tujuan.rows[1:]]
    # The tujuan's own indicator (one end target, "40 Persen" in Tabel 3.1), then its
    # sasaran 1.1 and 1.2 with the targets 2021 and 2022 of the supplement.
    assert baris[:3] == [
        ["1", TUJUAN_1, "Indikator tujuan",
         "Persentase pencari kerja yang terdaftar yang ditempatkan", "%", "–", "–", "40,00",
         "40,00"],
        ["1", TUJUAN_1, "1.1 Meningkatnya Kesempatan kerja",
         "Persentase Meningkatnya Kesempatan Kerja", "%", "–", "60,00", "65,00", "65,00"],
        ["1", TUJUAN_1, "1.2 Meningkatnya Kualitas dan Produktivitas Tenaga kerja",
         "Persentase pencari kerja yang memiliki sertifikat kompetensi", "%", "–", "90,00",
         "95,00", "95,00"],
    ]  # fmt: skip
    assert [b[2] for b in baris[3:]] == [
        "Indikator tujuan",
        "Indikator tujuan",
        "2.1 Meningkatnya Perlindungan dan Pengembangan Lembaga Ketenagakerjaan",
        "2.2 Meningkatnya kesejahteraan pekerja",
        "Indikator tujuan",
        "3.1 Meningkatnya kualitas produk IKM",
        "3.2 Mengembangkan Sentra-sentra Industri",
    ]
    assert [b[6:8] for b in baris[5:7]] == [["90,00", "95,00"], ["40,00", "45,00"]]
    # Each tujuan once: one merged cell over its rows.
    assert tujuan._tbl.xml.count(TUJUAN_1) == 1
    assert [tc.vMerge for tc in (tr.tc_lst[1] for tr in tujuan._tbl.tr_lst[1:4])] == [
        "restart",
        "continue",
        "continue",
    ]


def test_word_lays_the_budget_out_per_year_with_totals(berkas):
    d = buka(berkas["docx"])
    _, program = tabel_data(d)
    assert [c.text for c in program.rows[0].cells] == KOLOM_PROGRAM
    baris = [[c.text for c in r.cells] for r in program.rows[1:]]
    # Kegiatan under their program, sub kegiatan under their kegiatan; no budget in 2021.
    assert [b[0] for b in baris[:4]] == [
        "2.07.01",
        "2.07.01.2.02",
        "2.07.01.2.02.01",
        "2.07.01.2.06",
    ]
    assert baris[0] == [
        "2.07.01",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        "",
        "",
        "Rp 3.308.936.254",
    ]
    assert baris[2][2:] == [
        "Tersedianya gaji dan tunjangan ASN Dinas Ketenagakerjaan dan Perindustrian Kota "
        "Tebing Tinggi",
        "12 bulan",
        "Rp 2.693.549.200",
    ]
    # 7.500.000 + 17.521.876 + 9.000.000 + 69.274.000: the kegiatan's sub kegiatan.
    assert baris[3][4] == "Rp 103.295.876"
    assert [b[0] for b in baris if len(b[0].split(".")) == 3] == [
        "2.07.01",
        "2.07.03",
        "2.07.05",
        "3.31.02",
    ]
    assert baris[-1] == ["", "Jumlah", "", "", "Rp 3.933.915.154"]
    teks = [p.text for p in d.paragraphs]
    assert "Anggaran tahun 2021 belum tercatat." in teks


def test_the_kepala_signs_on_the_day_it_was_adopted(berkas):
    [ttd] = tabel_ttd(buka(berkas["docx"]))
    assert [r.cells[1].text for r in ttd.rows] == [
        "Tebing Tinggi, 10 September 2021",
        "Kepala Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi",
        "\n\n\n",
        "Ir. Iboy Hutapea",
        "Pembina Utama Muda (IV/c)",
        "NIP. 19680503 199303 1 005",
    ]


def test_the_pdf_prints_cover_tables_and_signature(berkas):
    sampul, *isi = halaman(berkas["pdf"])
    assert sampul.startswith("SUPLEMEN RENCANA STRATEGIS TAHUN 2021–2022")
    semua = " ".join(isi)
    assert "DRAF" not in sampul + semua  # the Renstra 2021–2022 approved in the workflow
    # Each tujuan once (its name wraps in its cell), each sasaran numbered.
    assert semua.count("Meningkatnya penyerapan") == 1
    assert (
        "1 Meningkatnya penyerapan tenaga Indikator tujuan Persentase pencari kerja yang "
        "% – – 40,00 40,00" in semua
    )
    assert "1.1 Meningkatnya Kesempatan Persentase Meningkatnya % – 60,00 65,00 65,00" in semua
    assert "3.2 Mengembangkan Sentra-" in semua
    assert "Anggaran tahun 2021 belum tercatat." in semua
    assert "Jumlah Rp 3.933.915.154" in semua
    assert semua.index("Jumlah Rp 3.933.915.154") < semua.index("Tebing Tinggi, 10 September 2021")
    assert "Ir. Iboy Hutapea Pembina Utama Muda (IV/c) NIP. 19680503 199303 1 005" in semua


def test_the_workbook_merges_groups_and_keeps_numbers(berkas):
    tujuan, program = load_workbook(BytesIO(berkas["xlsx"])).worksheets
    assert [c.value for c in tujuan[4]] == KOLOM_TUJUAN
    # Tujuan 1 over rows 5–7, tujuan 2 over 8–11 (its two own indicators under one cell).
    gabung = {str(r) for r in tujuan.merged_cells.ranges}
    assert {"A5:A7", "B5:B7", "A8:A11", "B8:B11", "C8:C9"} <= gabung
    assert [tujuan["G6"].value, tujuan["H6"].value] == [60, 65]
    assert [c.value for c in program[4]] == KOLOM_PROGRAM
    baris = {r[0].value: [c.value for c in r] for r in program.iter_rows(min_row=5)}
    assert baris["2.07.01"][4] == 3308936254
    assert baris[""][1] == "Jumlah" and baris[""][4] == 3933915154
