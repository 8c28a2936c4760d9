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
    return next(buku[n] for n in buku.sheetnames if judul in (buku[n]["A1"].value or ""))


def test_it_puts_each_table_on_its_own_sheet(buku):
    assert buku.sheetnames[:3] == ["Tabel 1", "Tabel 2", "Tabel 3"]
    assert "Capaian sasaran strategis" in buku["Tabel 1"]["A1"].value  # Ikhtisar Eksekutif


def test_it_writes_numbers_as_numbers(buku):
    lembar = lembar_berjudul(buku, "Capaian Indikator Kinerja Utama")
    baris = {r[2].value: r for r in lembar.iter_rows(min_row=4)}
    kesempatan = baris["Persentase Meningkatnya Kesempatan Kerja"]
    # (141 − 105) / 105 × 100 = 34,2857…; / 65 × 100 = 52,7472…
    assert kesempatan[5].value == pytest.approx(34.285714285714285)
    assert kesempatan[6].value == pytest.approx(52.747252747252745)
    assert kesempatan[6].number_format == '0.00"%"'


def test_it_writes_money_as_numbers(buku):
    lembar = lembar_berjudul(buku, "Capaian anggaran program")
    jumlah = list(lembar.iter_rows(min_row=4))[-1]
    assert jumlah[2].value == 3933915154
    assert jumlah[3].value == 3671191890
