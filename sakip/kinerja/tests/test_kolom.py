"""The column engine agrees with the row-wise one, value for value and note for note."""

from decimal import Decimal

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sakip.kinerja.angka import konteks
from sakip.kinerja.capaian import Agregasi, Polaritas, agregasi_triwulan, hitung_capaian
from sakip.kinerja.capaian import nilai_tahunan as nilai_tahunan_baris
from sakip.kinerja.kolom import (
    bentuk,
    hitung_capaian_kolom,
    hitung_rumus,
    nilai_tahunan,
    predikat_kolom,
)
from sakip.kinerja.predikat import PRESET
from sakip.kinerja.rumus import EvaluationError, Formula, describe, parse

from .test_rumus_fuzz import trees, within_limits

SAMA = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Zero, missing, negative and (for formulas) non-finite values, which take the row-wise path.
nilai = st.one_of(
    st.none(),
    st.just(Decimal(0)),
    st.integers(-1000, 1000).map(Decimal),
    st.decimals(min_value=-(10**9), max_value=10**9, places=6),
)
nilai_data = st.one_of(nilai, st.decimals(allow_nan=False), st.just(Decimal("Infinity")))


def kolom(isi):
    hasil = np.empty(len(isi), dtype=object)
    hasil[:] = isi
    return hasil


def baris_rumus(rumus, data, i):
    try:
        return rumus.evaluate(lambda name, lag: data[name, lag][i])
    except EvaluationError:
        return None


@SAMA
@given(trees, st.integers(1, 12), st.data())
def test_formula_columns_agree_with_rows(tree, n, data):
    assume(within_limits(tree))
    rumus = Formula(describe(tree), tree)
    isi = {
        v: kolom(data.draw(st.lists(nilai_data, min_size=n, max_size=n))) for v in rumus.variables
    }
    hasil, tunda = hitung_rumus(rumus, lambda name, lag: isi[name, lag], n)
    for i in range(n):
        harap = baris_rumus(rumus, isi, i)
        if tunda[i]:
            assert hasil[i] is None
        else:
            assert harap is not None and hasil[i] == harap


@SAMA
@given(trees)
def test_a_shape_evaluates_like_its_formula(tree):
    assume(within_limits(tree))
    rumus = Formula(describe(tree), tree)
    pola, nama = bentuk(rumus)
    assert sorted(nama) == sorted(rumus.names)
    assert {(nama[int(v[1:])], lag) for v, lag in pola.variables} == rumus.variables
    assert bentuk(pola)[0] == pola


def test_formula_columns_handle_zero_divisors_and_bagi():
    rumus = parse("a / b * 100 + bagi(1; b - 3; 7)")
    a = kolom([Decimal(639), Decimal(5), None, Decimal(1)])
    b = kolom([Decimal(1257), Decimal(0), Decimal(2), Decimal(3)])
    hasil, tunda = hitung_rumus(rumus, lambda name, lag: {"a": a, "b": b}[name], 4)
    # Jambi Tabel 3.4: 639 / 1.257 × 100 = 50,835322195704…, plus 1 / 1.254, at 50 digits.
    with konteks():
        assert hasil[0] == Decimal(639) / Decimal(1257) * 100 + Decimal(1) / Decimal(1254)
        assert hasil[3] == Decimal(1) / Decimal(3) * 100 + 7
    assert str(hasil[0]).startswith("50.836119643869926")
    # A zero divisor and a missing value are left to the row-wise path and its message.
    assert list(tunda) == [False, True, True, False]
    assert hasil[1] is None and hasil[2] is None


kuartal = st.lists(
    st.one_of(st.none(), st.decimals(-(10**6), 10**6, places=3)), min_size=5, max_size=5
)


@SAMA
@given(st.lists(st.tuples(kuartal, st.sampled_from(list(Agregasi))), min_size=1, max_size=15))
def test_yearly_aggregation_agrees_with_rows(baris):
    tahunan = kolom([q[0] for q, _ in baris])
    triwulan = {t: kolom([q[t] for q, _ in baris]) for t in range(1, 5)}
    cara = np.array([c.value for _, c in baris], dtype=object)
    hasil = nilai_tahunan(tahunan, triwulan, cara)
    for i, (q, c) in enumerate(baris):
        harap = nilai_tahunan_baris(q[0], {t: q[t] for t in range(1, 5)}, c)
        assert hasil[i] == harap or (hasil[i] is None and harap is None)
        if q[0] is None:
            assert harap == agregasi_triwulan({t: q[t] for t in range(1, 5)}, c)


batas = st.one_of(st.none(), st.sampled_from([Decimal(100), Decimal(120), Decimal("0")]))
baris_capaian = st.tuples(nilai, nilai, st.sampled_from(list(Polaritas)), nilai, batas)


@SAMA
@given(st.lists(baris_capaian, min_size=1, max_size=20))
def test_capaian_columns_agree_with_rows(baris):
    t, r, p, atas, b = (kolom(list(x)) for x in zip(*baris, strict=True))
    p = np.array([x.value for x in p], dtype=object)
    nilai_k, tanpa_batas, catatan = hitung_capaian_kolom(t, r, p, atas, b)
    for i, (t1, r1, p1, a1, b1) in enumerate(baris):
        c = hitung_capaian(t1, r1, p1, a1, b1)
        assert (nilai_k[i], tanpa_batas[i], catatan[i]) == (c.nilai, c.tanpa_batas, c.catatan)


def test_capaian_columns_keep_the_seed_figures():
    # Jambi Tabel 3.4: realisasi 639/1.257 × 100 against target 42 gives 121,04 (positif);
    # a negative indicator 2 against target 4 gives (2×4 − 2)/4 × 100 = 150.
    r = Decimal(639) / Decimal(1257) * 100
    nilai_k, _, catatan = hitung_capaian_kolom(
        kolom([Decimal(42), Decimal(4)]),
        kolom([r, Decimal(2)]),
        np.array(["positif", "negatif"], dtype=object),
        kolom([None, None]),
        kolom([None, None]),
    )
    assert f"{nilai_k[0]:.2f}" == "121.04"
    assert nilai_k[1] == 150 and list(catatan) == [None, None]


@SAMA
@given(st.sampled_from(sorted(PRESET)), st.lists(nilai, min_size=1, max_size=20))
def test_predikat_columns_agree_with_rows(kode, isi):
    skala = PRESET[kode]
    hasil = predikat_kolom(skala, kolom(isi))
    assert list(hasil) == [skala.predikat(x) for x in isi]
