"""The data-file import takes every number the database holds (18 digits before the
point, 12 after) and stores it exactly; a number that does not fit is refused with its
place in the file and what fits, never rounded."""

from decimal import Decimal

import pytest

from sakip.instansi.models import Pemda
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Target
from sakip.pertukaran.impor import ImporError, impor_teks

from .test_impor import berkas

TEMPAT = "pemda.opd[0].periode[0].tujuan[0].sasaran[0].indikator[0].target.2024"


@pytest.mark.parametrize(
    "target,pesan",
    [
        (
            "1000000000000000000",
            "angka terlalu besar, paling banyak 18 angka sebelum koma (tertulis 19)",
        ),
        ("1e20", "angka terlalu besar, paling banyak 18 angka sebelum koma (tertulis 21)"),
        ("'-1E+18'", "angka terlalu besar, paling banyak 18 angka sebelum koma (tertulis 19)"),
        (
            "0.1234567890123",
            "angka terlalu rinci, paling banyak 12 angka di belakang koma (tertulis 13)",
        ),
    ],
)
def test_it_refuses_numbers_that_do_not_fit_and_says_where(db, target, pesan):
    with pytest.raises(ImporError) as e:
        impor_teks(berkas(target=target))
    teks = target.strip("'")
    assert f"{TEMPAT}: '{teks}': {pesan}" in str(e.value)
    assert not Pemda.objects.exists()


@pytest.mark.parametrize(
    "target",
    [
        "999999999999999999",
        "-999999999999999999",
        "123456789012345678.123456789012",
        "123456.123456789012",
        "0.000000000001",
        "1.500000000000000",  # zeros at the end change nothing
    ],
)
def test_the_largest_numbers_are_stored_exactly(db, target):
    impor_teks(berkas(target=target))
    assert Target.objects.get().nilai == Decimal(target)
    [jejak] = Jejak.objects.filter(objek="target")
    assert Decimal(jejak.baru["nilai"]) == Decimal(target)
    # The same file again changes nothing: what is stored equals what the file says.
    impor_teks(berkas(target=target))
    assert Jejak.objects.filter(objek="target").count() == 1
