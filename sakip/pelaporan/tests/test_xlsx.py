"""The LKjIP as Excel, opened back with openpyxl: numbers are numbers."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.pelaporan.lkjip import lkjip
from sakip.pelaporan.render import ke_xlsx

# The world must exist (the test database is set up only for tests that use it).
pytestmark = pytest.mark.usefixtures("demo")


@pytest.fixture(scope="module")
def buku(baca_dunia):
    """Built once, read by every test here."""
    opd = "disnakerind-tebing-tinggi"
    return load_workbook(
        BytesIO(baca_dunia(lambda: ke_xlsx(lkjip(OPD.objects.get(slug=opd), 2022))))
    )


def lembar_berjudul(buku, judul):
    return next(buku[n] for n in buku.sheetnames if judul in (buku[n]["A2"].value or ""))


def test_it_puts_each_table_on_its_own_named_sheet(buku):
    # Sheet names say what they hold, within Excel's 31 characters.
    assert buku.sheetnames[0] == "1 Capaian sasaran strategis"  # Ikhtisar Eksekutif
    assert all(len(n) <= 31 for n in buku.sheetnames)
    assert len(set(buku.sheetnames)) == len(buku.sheetnames)
    lembar = lembar_berjudul(buku, "Capaian Indikator Kinerja Utama")
    assert lembar.title.split(" ", 1)[1] == "Capaian Indikator Kinerja Uta"
    assert lembar["A2"].value.endswith(". Capaian Indikator Kinerja Utama")


def test_it_is_ready_to_print(buku):
    for lembar in buku.worksheets:
        assert lembar.print_title_rows == "$4:$4"  # the header row on every page
        # fitToWidth 1 is the default, left out of the file; height 0: as many pages as needed.
        assert lembar.page_setup.fitToWidth in (None, 1) and lembar.page_setup.fitToHeight == 0
        assert lembar.sheet_properties.pageSetUpPr.fitToPage
        assert lembar.page_setup.paperSize == 9  # A4
        assert lembar["A4"].border.left.style == "thin"
        assert lembar["B5"].alignment.wrap_text


def test_it_writes_numbers_as_numbers(buku):
    lembar = lembar_berjudul(buku, "Capaian Indikator Kinerja Utama")
    baris = {r[2].value: r for r in lembar.iter_rows(min_row=5)}
    kesempatan = baris["Persentase Meningkatnya Kesempatan Kerja"]
    # (141 − 105) / 105 × 100 = 34,2857…; / 65 × 100 = 52,7472…
    assert kesempatan[5].value == pytest.approx(34.285714285714285)
    assert kesempatan[6].value == pytest.approx(52.747252747252745)
    assert kesempatan[6].number_format == '0.00"%"'


def test_it_writes_money_as_numbers(buku):
    lembar = lembar_berjudul(buku, "Capaian anggaran program")
    jumlah = list(lembar.iter_rows(min_row=5))[-1]
    assert jumlah[2].value == 3933915154
    assert jumlah[3].value == 3671191890
