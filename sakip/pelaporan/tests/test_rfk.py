"""The RFK of Disnakerind Tebing Tinggi 2022 as Excel, opened back with openpyxl.

Figures are hand-worked from the RFK annex of the LKjIP 2022 (Lampiran RFK 2022, seed 004); the
OPD's budget is the sum of its sub kegiatan, Rp 3.933.915.154 (the printed TOTAL does not add up).
"""

from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.pelaporan.render import ke_xlsx
from sakip.pelaporan.susun import rfk

pytestmark = pytest.mark.usefixtures("demo")

KOLOM_BOBOT, KOLOM_FISIK_TERTIMBANG = 7, 9


@pytest.fixture(scope="module")
def baris(baca_dunia):
    """Rows of the RFK sheet by code (the total under "TOTAL"), built once."""
    opd = "disnakerind-tebing-tinggi"
    xlsx = baca_dunia(lambda: ke_xlsx(rfk(OPD.objects.get(slug=opd), 2022, 4)))
    lembar = load_workbook(BytesIO(xlsx)).active
    assert "RFK 2022 Triwulan IV" in lembar.title
    isi = [[c.value for c in r] for r in lembar.iter_rows() if r[0].value or r[1].value]
    kepala = next(i for i, r in enumerate(isi) if r[0] == "Kode")
    assert isi[kepala][KOLOM_BOBOT] == "Bobot (%)"
    return isi[kepala + 1 :]


def _per_kode(baris):
    return {r[0] or r[1]: r for r in baris}


def test_programs_stand_under_their_urusan_and_bidang(baris):
    kode = [r[0] for r in baris]
    # As the annex: 2 · 2.07 · 2.07.01 … then 3 · 3.31 · 3.31.02 (the annex prints 2.07 and 3.31).
    assert kode[:3] == ["2", "2.07", "2.07.01"]
    assert kode.index("3") + 1 == kode.index("3.31") == kode.index("3.31.02") - 1
    assert kode.count("2") == kode.count("2.07") == 1
    urusan = _per_kode(baris)["2.07"]
    assert urusan[1] == "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA"
    # A heading carries no figures.
    assert not any(urusan[2:])


def test_bobot_is_each_lines_share_of_the_budget(baris):
    rows = _per_kode(baris)
    # Penyediaan Gaji dan Tunjangan ASN: 2.693.549.200 / 3.933.915.154 × 100 = 68,4699…
    assert rows["2.07.01.2.02.01"][KOLOM_BOBOT] == pytest.approx(68.469936298987093)
    # Program 2.07.01: 3.308.936.254 / 3.933.915.154 × 100 = 84,1130…
    assert rows["2.07.01"][KOLOM_BOBOT] == pytest.approx(84.113055937047289)
    assert rows["TOTAL"][KOLOM_BOBOT] == 100
    # The programs' (and the sub kegiatan's) bobot add up to 100 %.
    for tingkat in (3, 6):
        bagian = [
            Decimal(str(r[KOLOM_BOBOT])) for r in baris if (r[0] or "").count(".") == tingkat - 1
        ]
        assert float(sum(bagian)) == pytest.approx(100)


def test_total_row_gives_the_weighted_physical_progress(baris):
    total = _per_kode(baris)["TOTAL"]
    # Plain mean as the annex prints it (94,17 %) stays in Fisik; weighted by budget:
    # 100 − (315.008.801 × 5 + 886.600 × 100) / 3.933.915.154 = 99,5770…
    assert total[KOLOM_FISIK_TERTIMBANG - 1] == pytest.approx(94.166666666666667)
    assert total[KOLOM_FISIK_TERTIMBANG] == pytest.approx(99.577086963019945)
    assert total[2] == 3933915154
