""" "Lower is better" indicators: a capaian that fits (2T−R)/T×100 or T/R×100 is accepted;
one that fits no rule is a finding that names each rule's result."""

import pytest

from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .dokumen_uji import docx


def _temuan(target, realisasi, capaian):
    baris = [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        ["1", "Angka Kematian Bayi per 1.000 KH", target, realisasi, capaian],
    ]
    return reviu_berkas("x.docx", docx(("Tabel 3", baris))).temuan


@pytest.mark.parametrize(
    "capaian",
    [
        "96,54",  # T/R: 9,20 / 9,53 (Manggarai Timur LKjIP 2019)
        "96,41",  # (2T−R)/T: (18,40 − 9,53) / 9,20
        "103,59",  # R/T
    ],
)
def test_any_rule_of_either_polarity_is_accepted(capaian):
    assert _temuan("9,20", "9,53", capaian) == []


def test_a_capaian_no_rule_gives_names_every_rule():
    (t,) = _temuan("0,64", "0,18", "72,52")
    assert t.aturan == "R02"
    assert "R/T = 28,13" in t.pesan and "(2T−R)/T = 171,88" in t.pesan and "T/R = 355,56" in t.pesan
