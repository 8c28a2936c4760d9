"""The YAML import refuses the realisation the forms refuse (`anggaran.aturan`): months
covered twice, and a year's spending above the budget in force, naming the place."""

import pytest

from sakip.anggaran.models import ProgramKegiatan
from sakip.pertukaran.impor import ImporError, impor_teks

from .test_impor_anggaran import BERKAS

SUB = "pemda.opd[0].anggaran[0].program[0].kegiatan[0].sub_kegiatan[0]"


def _berkas(realisasi="{1-9: 600, 10-12: 300}", pagu="pagu: 1000"):
    teks = BERKAS.format(kegiatan="2.07.01.2.02", sub1="2.07.01.2.02.01", sub2="2.07.01.2.02.02")
    return teks.replace("realisasi: {1-9: 600, 10-12: 300}", f"realisasi: {realisasi}").replace(
        "pagu: 1000", pagu
    )


def test_it_imports_spending_up_to_the_budget(db):
    impor_teks(_berkas("{1-9: 600, 10-12: 400}"))  # 1000 of 1000
    assert ProgramKegiatan.objects.get(kode="2.07.01.2.02.01").realisasi_keuangan_set.count() == 2


@pytest.mark.parametrize(
    ("realisasi", "pagu", "pesan"),
    [
        (
            "{1-9: 600, 10-12: 401}",
            "pagu: 1000",
            f"{SUB}.realisasi: Total realisasi keuangan setahun Rp 1.001 melebihi pagu yang "
            "berlaku Rp 1.000.",
        ),
        # The revised budget is the one in force.
        (
            "{1-9: 600, 10-12: 300}",
            "pagu: 1000\n" + " " * 22 + "pagu_perubahan: 899",
            f"{SUB}.realisasi: Total realisasi keuangan setahun Rp 900 melebihi pagu yang "
            "berlaku Rp 899.",
        ),
        (
            "{1-9: 600, 9-12: 300}",
            "pagu: 1000",
            f"{SUB}.realisasi.9-12: Realisasi September–Desember bertumpang tindih dengan "
            "realisasi Januari–September yang tercatat sebagai satu rentang; angkanya tidak "
            "dapat dipisahkan.",
        ),
    ],
)
def test_it_refuses_what_the_forms_refuse(db, realisasi, pagu, pesan):
    with pytest.raises(ImporError) as e:
        impor_teks(_berkas(realisasi, pagu))
    assert e.value.kesalahan == [pesan]
    assert not ProgramKegiatan.objects.exists()
