"""The YAML import refuses the periods the form refuses (the rules of
`perencanaan.aturan`), naming the place in the file, and writes nothing."""

import pytest

from sakip.instansi.models import Pemda
from sakip.pertukaran.impor import ImporError, impor_teks

from .buku_kerja_bantu import berkas_contoh

BERKAS = berkas_contoh(
    """\
periode:
  - {{kode: renstra-a, jenis: renstra, nama: Renstra A, tahun_awal: 2021, tahun_akhir: 2026}}
  - {{kode: renstra-b, jenis: renstra, nama: Renstra B, tahun_awal: {awal}, tahun_akhir: {akhir}{induk}}}
""",  # noqa: E501
    pemda="""\
periode:
  - {{kode: rpjmd, jenis: rpjmd, nama: RPJMD Kota, tahun_awal: 2021, tahun_akhir: 2026}}
""",
)


def _impor(awal, akhir, induk=""):
    return impor_teks(BERKAS.format(awal=awal, akhir=akhir, induk=induk))


def test_it_imports_periods_that_follow_each_other(db):
    pemda = _impor(2027, 2031)
    assert sorted(pemda.periode_set.values_list("kode", "tahun_awal", "tahun_akhir")) == [
        ("renstra-a", 2021, 2026),
        ("renstra-b", 2027, 2031),
        ("rpjmd", 2021, 2026),
    ]


def test_it_imports_a_supplement_within_its_parent(db):
    pemda = _impor(2024, 2025, ", induk: renstra-a")
    assert pemda.periode_set.get(kode="renstra-b").induk.kode == "renstra-a"


@pytest.mark.parametrize(
    ("awal", "akhir", "induk", "pesan"),
    [
        (
            2027,
            2033,
            "",
            "pemda.opd[0].periode[1].tahun_akhir: Periode Renstra paling lama 6 tahun.",
        ),
        (
            2027,
            2026,
            "",
            "pemda.opd[0].periode[1].tahun_akhir: Tahun akhir tidak boleh sebelum tahun awal.",
        ),
        (
            2026,
            2030,
            "",
            "pemda.opd[0].periode[1].tahun_awal: Tahun 2026–2030 bertumpang tindih dengan "
            "Renstra A (2021–2026). Periode yang menggantikan sebagian tahun Renstra lain "
            "dibuat sebagai suplemennya.",
        ),
        (
            2026,
            2027,
            ", induk: renstra-a",
            "pemda.opd[0].periode[1].induk: Tahun suplemen harus berada dalam periode "
            "induknya (2021–2026).",
        ),
    ],
)
def test_it_refuses_what_the_form_refuses(db, awal, akhir, induk, pesan):
    with pytest.raises(ImporError) as e:
        _impor(awal, akhir, induk)
    assert e.value.kesalahan == [pesan]
    assert not Pemda.objects.exists()
