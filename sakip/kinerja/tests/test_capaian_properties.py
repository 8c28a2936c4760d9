from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.kinerja.capaian import (
    Agregasi,
    Polaritas,
    agregasi_triwulan,
    hitung_capaian,
    rata_rata,
)

pengaturan = settings(max_examples=200, deadline=None)
angka = st.decimals(min_value=-(10**6), max_value=10**6, places=4)
positif = st.decimals(min_value=Decimal("0.0001"), max_value=10**6, places=4)
sembarang = st.none() | st.decimals(allow_nan=True, allow_infinity=True)


@pengaturan
@given(target=positif, r1=angka, r2=angka)
def test_positive_capaian_is_monotonic_in_realisasi(target, r1, r2):
    kecil, besar = sorted((r1, r2))
    a = hitung_capaian(target, kecil, Polaritas.POSITIF).nilai
    b = hitung_capaian(target, besar, Polaritas.POSITIF).nilai
    assert a <= b


@pengaturan
@given(target=positif, r1=angka, r2=angka)
def test_negative_capaian_is_monotonic_and_never_below_zero(target, r1, r2):
    kecil, besar = sorted((r1, r2))
    a = hitung_capaian(target, kecil, Polaritas.NEGATIF).nilai
    b = hitung_capaian(target, besar, Polaritas.NEGATIF).nilai
    assert a >= b >= 0


@pengaturan
@given(bawah=angka, lebar=st.decimals(min_value=0, max_value=10**6, places=4), data=st.data())
def test_range_gives_100_for_every_value_inside(bawah, lebar, data):
    atas = bawah + lebar
    realisasi = data.draw(st.decimals(min_value=bawah, max_value=atas, places=4))
    c = hitung_capaian(bawah, realisasi, Polaritas.RENTANG, target_atas=atas)
    assert c.nilai == 100


@pengaturan
@given(target=positif, realisasi=st.decimals(min_value=0, max_value=10**6, places=4), batas=positif)
def test_cap_is_never_exceeded_and_is_invisible_below_it(target, realisasi, batas):
    c = hitung_capaian(target, realisasi, Polaritas.POSITIF, batas=batas)
    assert c.nilai <= batas
    if c.tanpa_batas <= batas:
        assert c.nilai == c.tanpa_batas
    else:
        assert c.nilai == batas


@pengaturan
@given(
    target=sembarang,
    realisasi=sembarang,
    polaritas=st.sampled_from(Polaritas),
    target_atas=sembarang,
    batas=sembarang,
)
def test_hitung_capaian_never_raises(target, realisasi, polaritas, target_atas, batas):
    c = hitung_capaian(target, realisasi, polaritas, target_atas, batas)
    assert c.nilai is not None or c.catatan  # undefined always comes with a reason


@pengaturan
@given(st.dictionaries(st.integers(1, 4), angka))
def test_sum_of_quarters_is_their_sum(triwulan):
    hasil = agregasi_triwulan(triwulan, Agregasi.JUMLAH)
    assert hasil == (sum(triwulan.values()) if triwulan else None)


@pengaturan
@given(nilai=angka, n=st.integers(1, 20))
def test_mean_of_equal_values_is_that_value(nilai, n):
    assert rata_rata([nilai] * n).nilai == nilai
