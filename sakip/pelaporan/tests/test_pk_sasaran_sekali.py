"""The annex of a Perjanjian Kinerja prints each sasaran once over its indicators, as one
merged cell: PK 2025 of PPU as the demo approved it (the IKU of seed 001: six indicators
under the first sasaran, three under the second, one under the third)."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.pelaporan.render import PENYUSUN
from sakip.pelaporan.siap import susun_dokumen
from sakip.pertukaran.demo import muat_alur_demo

from .baca_docx import buka, tabel_data
from .baca_pdf import halaman

pytestmark = pytest.mark.usefixtures("demo")

SASARAN = [
    "Merevitalisasi pembinaan, pengelolaan dan pola pengembangan UMKM",
    "Meningkatkan nilai perdagangan dan jasa daerah",
    "Meningkatkan kualitas tata kelola pemerintahan yang unggul",
]


@pytest.fixture(scope="module")
def berkas(baca_dunia):
    def susun():
        muat_alur_demo()
        dok = susun_dokumen("pk", OPD.objects.get(slug="dkukmperindag-ppu"), 2025)
        return {f: penyusun(dok) for f, penyusun in PENYUSUN.items()}

    return baca_dunia(susun)


def test_word_merges_each_sasaran_over_its_indicators(berkas):
    [target, *_] = tabel_data(buka(berkas["docx"]))
    # The merged cell holds the text once; the rows under it continue it.
    assert [target._tbl.xml.count(s) for s in SASARAN] == [1, 1, 1]
    gabung = [[tc.vMerge for tc in tr.tc_lst[:2]] for tr in target._tbl.tr_lst[1:]]
    assert gabung == (
        [["restart"] * 2]
        + [["continue"] * 2] * 5
        + [["restart"] * 2]
        + [["continue"] * 2] * 2
        + [[None, None]]
    )
    # Read back, every row still names its sasaran and its number.
    assert [(r.cells[0].text, r.cells[1].text) for r in target.rows[1:]] == (
        [("1", SASARAN[0])] * 6 + [("2", SASARAN[1])] * 3 + [("3", SASARAN[2])]
    )
    assert [r.cells[2].text for r in target.rows[1:3]] == [
        "Persentase Peningkatan Koperasi Aktif",
        "Persentase Peningkatan UMKM Naik Kelas",
    ]


def test_the_pdf_prints_each_sasaran_once(berkas):
    lampiran = next(h for h in halaman(berkas["pdf"]) if "Tabel 1." in h)
    awal = ["Merevitalisasi", "Meningkatkan nilai", "Meningkatkan kualitas"]  # wrapped lines
    assert [lampiran.count(a) for a in awal] == [1, 1, 1]
    assert lampiran.count("Persentase Peningkatan") == 4


def test_the_workbook_merges_each_sasaran_over_its_indicators(berkas):
    lembar = load_workbook(BytesIO(berkas["xlsx"])).worksheets[0]
    # The table's rows are 5–14 (under it, the signatures' merged cells).
    gabung = sorted(str(r) for r in lembar.merged_cells.ranges if r.max_row <= 14)
    assert gabung == ["A11:A13", "A5:A10", "B11:B13", "B5:B10"]
    assert [lembar[f"B{r}"].value for r in (5, 11, 14)] == SASARAN
    assert [lembar[f"A{r}"].value for r in (5, 11, 14)] == [1, 2, 3]
    assert [lembar[f"C{r}"].value for r in range(5, 7)] == [
        "Persentase Peningkatan Koperasi Aktif",
        "Persentase Peningkatan UMKM Naik Kelas",
    ]
