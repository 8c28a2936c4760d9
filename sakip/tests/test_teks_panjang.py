"""The text length rule (`teks.terlalu_panjang`), shared by the YAML import and the
workbook (test_impor, test_buku_kerja_anggaran show it at their places)."""

from decimal import Decimal

from sakip.dasar.teks import terlalu_panjang
from sakip.instansi.models import OPD


def test_it_names_each_text_longer_than_its_column():
    # OPD.nama holds 300 characters, OPD.singkatan 60; a number is no text.
    nilai = {"nama": "n" * 300, "singkatan": "s" * 61, "urutan": Decimal(10**70)}
    assert terlalu_panjang(OPD, nilai) == [("singkatan", "paling banyak 60 karakter.")]
    assert terlalu_panjang(OPD, {"nama": "n" * 301, "singkatan": ""}) == [
        ("nama", "paling banyak 300 karakter.")
    ]
    assert terlalu_panjang(OPD, {}) == []
