"""Consistency warnings between LKE answers, on the shipped worksheet
(sakip/lke/kriteria/permenpanrb-88-2021.yaml): 2.3.4 ("measurement results change the
strategy") builds on 2.2.4 ("measured periodically"), 1.2.1 on 1.1.3 and 1.1.4."""

from decimal import Decimal

import pytest

from sakip.kinerja.lke import Komponen, Kriteria, Lembar, LembarError, Subkomponen
from sakip.kinerja.lke_periksa import periksa_jawaban
from sakip.lke.lembar import berkas

LEMBAR = berkas("permenpanrb-88-2021").lembar


def test_an_answer_better_than_its_basis_is_warned():
    hasil = periksa_jawaban(LEMBAR, {"2.3.4": "AA", "2.2.4": "CC"})
    assert [(p.kode, p.pesan) for p in hasil] == [
        (
            "2.3.4",
            "Kriteria 2.3.4 dijawab AA, lebih baik daripada kriteria 2.2.4 yang menjadi "
            "dasarnya (CC).",
        )
    ]


def test_equal_or_worse_than_the_basis_or_basis_unanswered_is_not_warned():
    assert periksa_jawaban(LEMBAR, {"2.3.4": "CC", "2.2.4": "CC"}) == []
    assert periksa_jawaban(LEMBAR, {"2.3.4": "D", "2.2.4": "A"}) == []
    assert periksa_jawaban(LEMBAR, {"2.3.4": "AA"}) == []


def test_scales_compare_by_value():
    # 1.2.1 (gradasi) builds on 1.1.3 and 1.1.4 (Y/T): A (0,9) beats T (0), not Y (1).
    assert [
        p.kode for p in periksa_jawaban(LEMBAR, {"1.2.1": "A", "1.1.3": "Y", "1.1.4": "T"})
    ] == ["1.2.1"]
    assert periksa_jawaban(LEMBAR, {"1.2.1": "AA", "1.1.3": "Y", "1.1.4": "Y"}) == []


def test_an_answer_better_than_the_data_supports_is_warned():
    hasil = periksa_jawaban(LEMBAR, {"3.1.6": "Y", "3.1.1": "Y"}, {"3.1.6": "T"})
    assert [p.pesan for p in hasil] == [
        "Kriteria 3.1.6 dijawab Y, lebih baik daripada yang didukung data di sakip (T); "
        "lihat saran dan buktinya."
    ]
    assert periksa_jawaban(LEMBAR, {"3.1.6": "T"}, {"3.1.6": "Y"}) == []
    assert periksa_jawaban(LEMBAR, {"1.2.6": "BB"}, {"1.2.6": "BB"}) == []


def test_a_basis_not_on_the_worksheet_is_refused():
    skala = LEMBAR.kriteria("1.1.1").skala
    with pytest.raises(LembarError, match="Syarat 9.9.9 kriteria 1.1.1"):
        Lembar(
            "uji",
            "Uji",
            (
                Komponen(
                    "1",
                    "Satu",
                    Decimal(100),
                    (
                        Subkomponen(
                            "1.1",
                            "pemenuhan",
                            "S",
                            Decimal(100),
                            (Kriteria("1.1.1", "K", skala, syarat=("9.9.9",)),),
                        ),
                    ),
                ),
            ),
        )


def test_the_share_of_conditions_met_picks_the_best_answer_it_reaches():
    gradasi = LEMBAR.kriteria("1.2.6").skala  # AA 1, A 0,9, BB 0,8 … D 0,3, E 0
    assert gradasi.untuk_porsi(Decimal(1)) == "AA"
    assert gradasi.untuk_porsi(Decimal("0.89")) == "BB"
    assert gradasi.untuk_porsi(Decimal("0.9")) == "A"
    assert gradasi.untuk_porsi(Decimal("0.29")) == "E"
    yt = LEMBAR.kriteria("1.1.3").skala
    assert (yt.untuk_porsi(Decimal(1)), yt.untuk_porsi(Decimal("0.99"))) == ("Y", "T")


def test_a_count_of_conditions_met_is_exact():
    gradasi = LEMBAR.kriteria("1.2.6").skala
    # 9 of 10 is exactly 0,9 (A); 8 of 9 is 0,888… (BB); nothing to count supports nothing.
    assert (gradasi.untuk_bagian(9, 10), gradasi.untuk_bagian(8, 9)) == ("A", "BB")
    assert gradasi.untuk_bagian(0, 0) == "E"
