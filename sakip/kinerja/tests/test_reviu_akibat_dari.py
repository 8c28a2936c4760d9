"""The consequences of a finding, followed through their links (`Temuan.sebab`), and the
findings ordered so that a cause comes before its consequences."""

from sakip.kinerja.reviu import Temuan, Tingkat, akibat_dari, urut_sebab


def _t(aturan, lokasi, sebab=None):
    return Temuan(aturan, Tingkat.GALAT, lokasi, None, None, "", sebab)


R01 = _t("R01", "Tabel 3.4, Penyerapan")
R29 = _t("R29", "Tabel 3.4, Penyerapan", ("R01", "Tabel 3.4, Penyerapan"))
R29_PREDIKAT = _t("R29", "Tabel 3.4, Penyerapan, predikat", ("R29", "Tabel 3.4, Penyerapan"))
LAIN = _t("R02", "Tabel 5, Koperasi")


def test_consequences_are_followed_through_their_links():
    daftar = [R29_PREDIKAT, LAIN, R29, R01]
    assert akibat_dari(daftar, [("R01", R01.lokasi)]) == [(R29, R01), (R29_PREDIKAT, R29)]
    assert akibat_dari(daftar, [("R02", LAIN.lokasi)]) == []
    # A consequence accepted alone takes only its own consequences.
    assert akibat_dari(daftar, [("R29", R29.lokasi)]) == [(R29_PREDIKAT, R29)]


def test_a_cause_comes_before_its_consequences_the_rest_keeps_its_order():
    assert urut_sebab([R29_PREDIKAT, LAIN, R29, R01]) == [LAIN, R01, R29, R29_PREDIKAT]
    # A consequence whose cause is not listed stays where it was.
    assert urut_sebab([LAIN, R29_PREDIKAT]) == [LAIN, R29_PREDIKAT]
