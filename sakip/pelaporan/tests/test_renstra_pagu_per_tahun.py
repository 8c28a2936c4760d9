"""The Renstra's budget table holds each year of the period that has a budget in columns of
its own, one row per program, kegiatan and sub kegiatan (matched by code across years), with
the sum over those years: Tebing Tinggi's 2022 budget (LKjIP 2022 Tabel 4) and a 2021
budget added here."""

from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.anggaran.models import ProgramKegiatan
from sakip.instansi.models import OPD
from sakip.pelaporan.render import ke_docx, ke_xlsx
from sakip.pelaporan.susun import renstra

from .baca_docx import buka, tabel_data, teks_semua

pytestmark = pytest.mark.usefixtures("demo")


@pytest.fixture(scope="module")
def dok(baca_dunia):
    """2021: the salaries (Rp 2.500.000.000, 12 bulan) and a kegiatan 2022 does not have
    (Rp 50.000.000)."""

    def susun():
        opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
        Tingkat = ProgramKegiatan.Tingkat

        def pos(kode, nama, tingkat, induk=None, **isi):
            return ProgramKegiatan.objects.create(
                opd=opd, tahun=2021, kode=kode, nama=nama, tingkat=tingkat, induk=induk, **isi
            )

        program = pos("2.07.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", Tingkat.PROGRAM)
        gaji = pos("2.07.01.2.02", "Administrasi Keuangan", Tingkat.KEGIATAN, program)
        pos("2.07.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", Tingkat.SUB_KEGIATAN, gaji,
            pagu=Decimal("2500000000"), keluaran="Gaji dibayar", target_keluaran=12,
            satuan_keluaran="bulan")  # fmt: skip
        pegawai = pos("2.07.01.2.05", "Administrasi Kepegawaian", Tingkat.KEGIATAN, program)
        pos("2.07.01.2.05.01", "Pendataan Pegawai", Tingkat.SUB_KEGIATAN, pegawai,
            pagu=Decimal("50000000"))  # fmt: skip
        return renstra(opd, 2022)

    return baca_dunia(susun)


def test_each_year_has_its_columns_and_the_period_its_sum(dok):
    d = buka(ke_docx(dok))
    _, program = tabel_data(d)
    baris = {r.cells[0].text: [c.text for c in r.cells[3:]] for r in program.rows[1:]}
    # Target 2021, Pagu 2021, Target 2022, Pagu 2022, Jumlah pagu.
    assert baris["2.07.01"] == [
        "",
        "Rp 2.550.000.000",
        "",
        "Rp 3.308.936.254",
        "Rp 5.858.936.254",
    ]
    assert baris["2.07.01.2.02.01"] == [
        "12 bulan",
        "Rp 2.500.000.000",
        "12 bulan",
        "Rp 2.693.549.200",
        "Rp 5.193.549.200",
    ]
    # Budgeted in 2021 only: no pagu in 2022, its sum its 2021 pagu.
    assert baris["2.07.01.2.05"] == ["", "Rp 50.000.000", "", "–", "Rp 50.000.000"]
    assert baris[""] == ["", "Rp 2.550.000.000", "", "Rp 3.933.915.154", "Rp 6.483.915.154"]
    # One row per code, in the order of the first year: 2021's kegiatan stay under their
    # program, before the kegiatan 2022 added.
    kode = [r.cells[0].text for r in program.rows[1:]]
    assert len(kode) == len(set(kode))
    assert kode[:6] == [
        "2.07.01",
        "2.07.01.2.02",
        "2.07.01.2.02.01",
        "2.07.01.2.05",
        "2.07.01.2.05.01",
        "2.07.01.2.06",
    ]
    assert "belum tercatat" not in teks_semua(d)


def test_the_workbook_keeps_each_years_pagu_as_a_number(dok):
    lembar = load_workbook(BytesIO(ke_xlsx(dok))).worksheets[1]
    baris = {r[0].value: [c.value for c in r] for r in lembar.iter_rows(min_row=5)}
    assert baris["2.07.01"][4:] == [2550000000, "", 3308936254, 5858936254]
    assert baris[""][4:] == [2550000000, "", 3933915154, 6483915154]
