"""The Perjanjian Kinerja as the officials of Tebing Tinggi sign it (format of PermenPANRB
53/2014), opened back from DOCX, PDF and XLSX: the statement under the letterhead with both
parties as aligned Nama/Jabatan rows, signed side by side (pihak kedua left, pihak pertama
right) with place, Indonesian date, pangkat and NIP; then, on a new page, the annex with the
targets of PK 2022 and the programmes' budget (LKjIP 2022 Tabel 3 and Tabel 4, seed 004),
signed again; a programme whose budget was revised says "APBD Perubahan"."""

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook

from sakip.anggaran.models import ProgramKegiatan
from sakip.instansi.models import OPD
from sakip.pelaporan.render import PENYUSUN, ke_docx
from sakip.pelaporan.siap import susun_dokumen
from sakip.pelaporan.susun import pk
from sakip.pertukaran.demo import muat_alur_demo

from .baca_docx import buka, tabel_data, tabel_ttd
from .baca_pdf import halaman

pytestmark = pytest.mark.usefixtures("demo")

PERNYATAAN = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
    "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
)
JANJI = "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran"
KEPALA = "Kepala Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi"
# The date the Dokumen page chose for the signatures.
TEMPAT_TANGGAL = "Tebing Tinggi, 10 Januari 2022"
# LKjIP 2022 Tabel 4: the four programmes and their budget; the total is their sum,
# 3.308.936.254 + 14.620.000 + 358.256.200 + 252.102.700 = 3.933.915.154.
PROGRAM = [
    ["1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Rp 3.308.936.254"],
    ["2", "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA", "Rp 14.620.000"],
    ["3", "PROGRAM HUBUNGAN INDUSTRIAL", "Rp 358.256.200"],
    ["4", "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI", "Rp 252.102.700"],
    ["", "Jumlah", "Rp 3.933.915.154"],
]


@pytest.fixture(scope="module")
def berkas(baca_dunia):
    """{format: bytes} of PK 2022 as the demo's workflow approved it, built once."""

    def susun():
        muat_alur_demo()
        opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
        dok = susun_dokumen("pk", opd, 2022, tanggal=date(2022, 1, 10))
        return {f: penyusun(dok) for f, penyusun in PENYUSUN.items()}

    return baca_dunia(susun)


def _isi_docx(d):
    """The body in order: a paragraph's text, "<halaman>" for a page break, a table as its
    rows of cell texts."""
    hasil = []
    for blok in d.iter_inner_content():
        if hasattr(blok, "rows"):
            hasil.append([[c.text for c in r.cells] for r in blok.rows])
        elif blok._p.xpath(".//w:br[@w:type='page']"):
            hasil.append("<halaman>")
        else:
            hasil.append(blok.text)
    return hasil


def test_the_statement_names_both_parties_in_aligned_rows(berkas):
    isi = _isi_docx(buka(berkas["docx"]))
    kop, garis, judul, pernyataan, pertama, disebut_pertama, kedua, disebut_kedua = isi[:8]
    assert "DINAS KETENAGAKERJAAN DAN PERINDUSTRIAN KOTA TEBING TINGGI" in kop[0][0]
    assert judul == "PERJANJIAN KINERJA TAHUN 2022"
    assert pernyataan == PERNYATAAN
    # Borderless rows, the colons in a column of their own: no "Nama: …" line.
    assert pertama == [["Nama", ":", "Ir. Iboy Hutapea"], ["Jabatan", ":", KEPALA]]
    assert disebut_pertama == "selanjutnya disebut pihak pertama."
    # No name recorded for the mayor: the row stays, to be written by hand.
    assert kedua == [["Nama", ":", ""], ["Jabatan", ":", "Wali Kota Tebing Tinggi"]]
    assert disebut_kedua == "selaku atasan pihak pertama, selanjutnya disebut pihak kedua."
    assert isi[8].startswith(JANJI) and "menjadi tanggung jawab kami." in isi[8]
    assert isi[9].startswith("Pihak kedua akan melakukan supervisi yang diperlukan")
    assert not any(isinstance(b, str) and "Nama:" in b for b in isi)


def test_both_parties_sign_the_statement_and_the_annex(berkas):
    d = buka(berkas["docx"])
    ttd = tabel_ttd(d)
    assert len(ttd) == 2
    for tabel in ttd:
        baris = [[c.text for c in r.cells] for r in tabel.rows]
        assert baris[0] == ["", TEMPAT_TANGGAL]
        assert baris[1] == ["PIHAK KEDUA,\nWali Kota Tebing Tinggi", f"PIHAK PERTAMA,\n{KEPALA}"]
        assert baris[3:] == [
            ["", "Ir. Iboy Hutapea"],
            ["", "Pembina Utama Muda (IV/c)"],
            ["", "NIP. 19680503 199303 1 005"],
        ]
        # The block stays on one page in Word: no row splits, each keeps with the next.
        assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in tabel.rows)
        assert all(
            c.paragraphs[0].paragraph_format.keep_with_next
            for r in tabel.rows[:-1]
            for c in r.cells
        )
    # The statement is signed, then the annex starts on a new page.
    isi = _isi_docx(d)
    ttd_pertama = next(i for i, b in enumerate(isi) if isinstance(b, list) and len(b) == 6)
    assert isi[ttd_pertama + 2 : ttd_pertama + 4] == [
        "<halaman>",
        "PERJANJIAN KINERJA TAHUN 2022\nDINAS KETENAGAKERJAAN DAN PERINDUSTRIAN KOTA TEBING TINGGI",
    ]


def test_the_annex_holds_the_targets_and_the_programmes_budget(berkas):
    target, program = tabel_data(buka(berkas["docx"]))
    assert [c.text for c in target.rows[0].cells] == [
        "No",
        "Sasaran strategis",
        "Indikator kinerja",
        "Satuan",
        "Target",
    ]
    # LKjIP 2022 Tabel 3: six sasaran, one indicator each.
    assert [[c.text for c in r.cells] for r in target.rows[1:3]] == [
        ["1", "Meningkatnya Kesempatan kerja", "Persentase Meningkatnya Kesempatan Kerja", "%",
         "65,00"],
        ["2", "Meningkatnya Kualitas dan Produktivitas Tenaga kerja",
         "Persentase pencari kerja yang memiliki sertifikat kompetensi", "%", "95,00"],
    ]  # fmt: skip
    assert [r.cells[4].text for r in target.rows[3:]] == ["95,00", "45,00", "85,00", "85,00"]
    assert [c.text for c in program.rows[0].cells] == [
        "No",
        "Program",
        "Anggaran (Rp)",
        "Keterangan",
    ]
    assert [[c.text for c in r.cells[:3]] for r in program.rows[1:]] == PROGRAM
    assert [r.cells[3].text for r in program.rows[1:]] == ["APBD"] * 4 + [""]
    # The caption and header stay with the table; the header repeats on every page.
    assert program.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_the_pdf_prints_the_statement_then_the_annex_on_its_own_page(berkas):
    pernyataan, lampiran = halaman(berkas["pdf"])
    assert "DRAF" not in pernyataan + lampiran  # approved in the workflow
    assert pernyataan.index("PERJANJIAN KINERJA TAHUN 2022") < pernyataan.index(PERNYATAAN)
    assert "Nama : Ir. Iboy Hutapea Jabatan : Kepala Dinas Ketenagakerjaan" in pernyataan
    assert "Nama : Jabatan : Wali Kota Tebing Tinggi" in pernyataan
    assert JANJI in pernyataan
    for teks in (pernyataan, lampiran):
        assert TEMPAT_TANGGAL in teks
        assert teks.index("PIHAK KEDUA,") < teks.index("PIHAK PERTAMA,")
        assert "Ir. Iboy Hutapea Pembina Utama Muda (IV/c) NIP. 19680503 199303 1 005" in teks
    assert lampiran.startswith(
        "PERJANJIAN KINERJA TAHUN 2022 DINAS KETENAGAKERJAAN DAN PERINDUSTRIAN KOTA TEBING"
    )
    assert "1 Meningkatnya Kesempatan kerja Persentase Meningkatnya Kesempatan % 65,00" in lampiran
    assert "PROGRAM HUBUNGAN INDUSTRIAL Rp 358.256.200 APBD" in lampiran
    assert "Jumlah Rp 3.933.915.154" in lampiran
    assert lampiran.index("Jumlah Rp 3.933.915.154") < lampiran.index(TEMPAT_TANGGAL)


def test_the_workbook_holds_the_annex_with_its_signatures(berkas):
    buku = load_workbook(BytesIO(berkas["xlsx"]))
    target, program = buku.worksheets
    assert target["A1"].value == "Perjanjian Kinerja Tahun 2022"
    assert [c.value for c in target[5]] == [
        1,
        "Meningkatnya Kesempatan kerja",
        "Persentase Meningkatnya Kesempatan Kerja",
        "%",
        65,
    ]
    baris = [[c.value for c in r] for r in program.iter_rows(min_row=5)]
    assert [b[2] for b in baris[:5]] == [3308936254, 14620000, 358256200, 252102700, 3933915154]
    assert program["C9"].number_format == '"Rp" #,##0'
    # Under the programmes: both parties, pihak pertama on the right with place and date.
    ttd = [[v for v in b if v] for b in baris[5:]]
    assert ttd == [
        [],
        [TEMPAT_TANGGAL],
        ["PIHAK KEDUA,\nWali Kota Tebing Tinggi", f"PIHAK PERTAMA,\n{KEPALA}"],
        [],
        ["Ir. Iboy Hutapea"],
        ["Pembina Utama Muda (IV/c)"],
        ["NIP. 19680503 199303 1 005"],
    ]


def test_a_revised_pagu_shows_as_apbd_perubahan():
    # The salaries of 2022 revised from Rp 2.693.549.200 to Rp 2.700.000.000.
    ProgramKegiatan.objects.filter(
        opd__slug="disnakerind-tebing-tinggi", tahun=2022, kode="2.07.01.2.02.01"
    ).update(pagu_perubahan=Decimal("2700000000"))
    dok = pk(OPD.objects.get(slug="disnakerind-tebing-tinggi"), 2022)
    _, program = tabel_data(buka(ke_docx(dok)))
    # 3.308.936.254 − 2.693.549.200 + 2.700.000.000 = 3.315.387.054
    assert [c.text for c in program.rows[1].cells[2:]] == ["Rp 3.315.387.054", "APBD Perubahan"]
    assert [c.text for c in program.rows[2].cells[2:]] == ["Rp 14.620.000", "APBD"]
    assert program.rows[-1].cells[2].text == "Rp 3.940.365.954"
