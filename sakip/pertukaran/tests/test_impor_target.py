"""The YAML import refuses the targets the forms refuse (`perencanaan.aturan.alasan_target`),
naming the place in the file, and writes nothing."""

import pytest

from sakip.instansi.models import Pemda
from sakip.pertukaran.impor import ImporError, impor_teks

from .test_impor import BERKAS

IND = "pemda.opd[0].periode[0].tujuan[0].sasaran[0].indikator[0]"


def _impor(polaritas, target):
    teks = BERKAS.format(rumus="a / b * 100", target=target).replace(
        "polaritas: positif", f"polaritas: {polaritas}"
    )
    return impor_teks(teks)


def test_it_imports_a_range_target_for_a_range_indicator(db):
    pemda = _impor("rentang", "[45, 55]")
    [t] = pemda.periode_set.get().indikator_set.get().target_set.all()
    assert (t.nilai, t.nilai_atas) == (45, 55)


@pytest.mark.parametrize(
    ("polaritas", "target", "pesan"),
    [
        ("positif", "[45, 55]", "Batas atas hanya untuk indikator berpolaritas rentang."),
        ("rentang", "45", "Indikator berpolaritas rentang memerlukan batas atas."),
        ("rentang", "[55, 45]", "Batas atas lebih kecil dari batas bawah."),
    ],
)
def test_it_refuses_what_the_form_refuses(db, polaritas, target, pesan):
    with pytest.raises(ImporError) as e:
        _impor(polaritas, target)
    assert e.value.kesalahan == [f"{IND}.target.2024: {pesan}"]
    assert not Pemda.objects.exists()
