"""Properties of the LKE score on random answer sets of the shipped worksheet: the total
stays within 0–100 and improving any one answer never lowers it."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.kinerja.angka import konteks
from sakip.kinerja.lke import nilai_lembar
from sakip.lke.lembar import berkas

LEMBAR = berkas("permenpanrb-88-2021").lembar
KRITERIA = LEMBAR.semua_kriteria()

# Each criterion answered by its index on its scale (0 = best), or left unanswered (None).
jawaban_acak = st.tuples(*[st.none() | st.integers(0, len(k.skala.jawaban) - 1) for k in KRITERIA])


def _jawaban(indeks):
    return {
        k.kode: None if i is None else k.skala.jawaban[i]
        for k, i in zip(KRITERIA, indeks, strict=True)
    }


@settings(max_examples=60, deadline=None)
@given(jawaban_acak)
def test_the_score_is_between_0_and_100(indeks):
    hasil = nilai_lembar(LEMBAR, _jawaban(indeks))
    assert 0 <= hasil.nilai <= 100
    # Each figure is exact to 50 digits; their sum differs from the total at most there.
    with konteks():
        assert abs(sum(k.nilai for k in hasil.komponen) - hasil.nilai) < Decimal("1e-45")


@settings(max_examples=60, deadline=None)
@given(jawaban_acak, st.integers(0, len(KRITERIA) - 1))
def test_a_better_answer_never_lowers_the_score(indeks, pilih):
    sebelum = _jawaban(indeks)
    k = KRITERIA[pilih]
    sekarang = indeks[pilih]
    lebih_baik = 0 if sekarang is None else max(0, sekarang - 1)
    sesudah = sebelum | {k.kode: k.skala.jawaban[lebih_baik]}
    assert nilai_lembar(LEMBAR, sesudah).nilai >= nilai_lembar(LEMBAR, sebelum).nilai
