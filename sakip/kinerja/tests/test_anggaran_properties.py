from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.kinerja.anggaran import (
    Tingkat,
    jumlahkan,
    parse_kode,
    realisasi_per_triwulan,
    realisasi_tahunan,
    serapan,
)

pengaturan = settings(max_examples=100, deadline=None)
rupiah = st.decimals(min_value=0, max_value=10**13, places=2)
realisasi = st.decimals(min_value=-(10**13), max_value=10**13, places=2)


def digit(n: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=n, max_size=n)


# Valid codes: widths [1, 2, 2, level 1|2 + 2, 2|4], cut at any level.
kode_sub = st.tuples(
    digit(1),
    digit(2),
    digit(2),
    st.sampled_from("12"),
    digit(2),
    digit(2) | digit(4),
).map(".".join)
kode_sah = st.one_of(
    digit(1),
    st.tuples(digit(1), digit(2)).map(".".join),
    st.tuples(digit(1), digit(2), digit(2)).map(".".join),
    st.tuples(digit(1), digit(2), digit(2), st.sampled_from("12"), digit(2)).map(".".join),
    kode_sub,
)


@pengaturan
@given(st.lists(st.tuples(rupiah, realisasi), max_size=30))
def test_a_parent_pagu_is_the_sum_of_its_children(pasangan):
    anak = [serapan(p, r) for p, r in pasangan]
    induk = jumlahkan(anak)
    assert induk.pagu == sum((a.pagu for a in anak), Decimal(0))
    assert induk.realisasi == sum((a.realisasi for a in anak), Decimal(0))


@pengaturan
@given(rupiah, realisasi)
def test_sisa_plus_realisasi_is_pagu(pagu, r):
    assert serapan(pagu, r).sisa + r == pagu


@pengaturan
@given(kode_sah)
def test_a_valid_code_round_trips(teks):
    kode = parse_kode(teks)
    assert parse_kode(str(kode)) == kode
    assert str(kode) == teks


@pengaturan
@given(kode_sub)
def test_a_sub_kegiatan_parent_chain_is_kegiatan_program_bidang_urusan(teks):
    kode = parse_kode(teks)
    rantai = []
    while (kode := kode.induk) is not None:
        rantai.append(kode.tingkat)
        assert parse_kode(str(kode)) == kode  # every parent is itself a valid code
    assert rantai == [Tingkat.KEGIATAN, Tingkat.PROGRAM, Tingkat.BIDANG, Tingkat.URUSAN]


entri = st.tuples(st.integers(1, 12), st.integers(0, 11), rupiah).map(
    lambda t: (t[0], min(12, t[0] + t[1]), t[2])
)


@pengaturan
@given(st.lists(entri, max_size=12))
def test_known_quarters_never_exceed_the_year(daftar):
    triwulan = realisasi_per_triwulan(daftar)
    diketahui = sum((v for v in triwulan.values() if v is not None), Decimal(0))
    assert diketahui <= realisasi_tahunan(daftar)
    if all(v is not None for v in triwulan.values()):
        assert diketahui == realisasi_tahunan(daftar)
