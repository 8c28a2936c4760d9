import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.kinerja.predikat import PRESET, Pita, SkalaError, SkalaPredikat, skala

D = Decimal


def test_every_preset_validates_and_is_keyed_by_its_code():
    assert set(PRESET) == {"lkjip-tebing-tinggi", "permendagri-86", "jambi-3-tingkat", "lke", "ikm"}
    for kode, s in PRESET.items():
        assert s.kode == kode
        assert SkalaPredikat(s.kode, s.nama, s.pita) == s


@pytest.mark.parametrize(
    ("nilai", "label"),
    [
        # LKjIP Kota Tebing Tinggi 2022, Tabel 5 capaian.
        ("52.7472", "Cukup Baik"),
        ("97.5069", "Memuaskan"),
        ("72.8444", "Baik"),  # the LKjIP printed "Sangat Baik" for 72,84: wrong band
        ("82.5959", "Memuaskan"),  # the LKjIP printed "Sangat Baik"
        ("80.5", "Sangat Baik"),  # in the printed 80-81 gap
        ("75", "Sangat Baik"),  # printed in two bands; the lower bound wins
        ("121.04", "Memuaskan"),  # above 100 is still Memuaskan
        ("30", "Agak Kurang"),
    ],
)
def test_tebing_tinggi_scale(nilai, label):
    assert skala("lkjip-tebing-tinggi").predikat(D(nilai)) == label


def test_tebing_tinggi_scale_leaves_values_below_30_outside():
    assert skala("lkjip-tebing-tinggi").predikat(D(29)) is None


@pytest.mark.parametrize(
    ("nilai", "label"),
    [
        # Kota Jambi IKU 2025, Tabel 3.3 / 3.4.
        ("121.04", "Melampaui Target"),
        ("100", "Sesuai Target"),
        ("100.00", "Sesuai Target"),
        ("80.02", "Tidak Mencapai Target"),
        ("99.999", "Tidak Mencapai Target"),
        ("100.001", "Melampaui Target"),
    ],
)
def test_jambi_scale(nilai, label):
    assert skala("jambi-3-tingkat").predikat(D(nilai)) == label


@pytest.mark.parametrize(
    ("nilai", "label"), [("0", "D"), ("30", "D"), ("30.01", "C"), ("90", "A"), ("90.01", "AA")]
)
def test_lke_scale(nilai, label):
    # PermenPANRB 88/2021: a band includes its upper bound.
    assert skala("lke").predikat(D(nilai)) == label


@pytest.mark.parametrize(
    ("nilai", "label"),
    [("50", "Sangat Rendah"), ("50.5", "Rendah"), ("90", "Tinggi"), ("90.5", "Sangat Tinggi")],
)
def test_permendagri_scale(nilai, label):
    assert skala("permendagri-86").predikat(D(nilai)) == label


@pytest.mark.parametrize(
    ("nilai", "label"),
    [
        ("64.995", "D"),
        ("76.60", "C"),
        ("76.61", "B"),
        ("88.305", "B"),
        ("88.31", "A"),
        ("100", "A"),
    ],
)
def test_ikm_scale_closes_the_printed_hundredth_gaps(nilai, label):
    assert skala("ikm").predikat(D(nilai)) == label


def test_it_gives_no_predikat_for_a_missing_value():
    assert skala("lke").predikat(None) is None


def test_it_gives_no_predikat_outside_the_span():
    assert skala("lke").predikat(D("100.01")) is None


def test_an_unknown_code_lists_the_valid_ones():
    with pytest.raises(SkalaError, match="tidak dikenal.*jambi-3-tingkat"):
        skala("tidak-ada")


def test_the_printed_tebing_tinggi_scale_is_refused_as_overlapping():
    # Taken literally as closed intervals, 50, 65 and 75 belong to two bands.
    tercetak = (
        Pita("Agak Kurang", D(30), D(50), True, True),
        Pita("Cukup Baik", D(50), D(65), True, True),
        Pita("Baik", D(65), D(75), True, True),
        Pita("Sangat Baik", D(75), D(80), True, True),
        Pita("Memuaskan", D(81), D(100), True, True),
    )
    with pytest.raises(SkalaError, match="Tumpang tindih.*50.*'Agak Kurang'.*'Cukup Baik'"):
        SkalaPredikat("tercetak", "Tercetak", tercetak)


def test_a_scale_with_a_gap_is_refused():
    pita = (Pita("Sangat Baik", D(75), D(80), True, True), Pita("Memuaskan", D(81), None))
    with pytest.raises(SkalaError) as e:
        SkalaPredikat("celah", "Celah", pita)
    assert str(e.value) == "Celah antara pita 'Sangat Baik' (sampai 80) dan 'Memuaskan' (mulai 81)."


def test_a_shared_boundary_in_neither_band_is_a_gap():
    pita = (Pita("Bawah", D(0), D(50)), Pita("Atas", D(50), D(100), False, True))
    with pytest.raises(SkalaError, match="Celah.*nilai 50 tidak masuk"):
        SkalaPredikat("x", "X", pita)


def test_overlapping_ranges_are_refused():
    pita = (Pita("Bawah", D(0), D(60)), Pita("Atas", D(50), D(100)))
    with pytest.raises(
        SkalaError, match="Tumpang tindih.*'Bawah' \\(sampai 60\\).*'Atas' \\(mulai 50\\)"
    ):
        SkalaPredikat("x", "X", pita)


def test_out_of_order_bands_are_refused():
    pita = (Pita("Baik", D(65), D(75)), Pita("Cukup Baik", D(50), D(65)))
    with pytest.raises(SkalaError, match="Urutan pita salah"):
        SkalaPredikat("x", "X", pita)


def test_a_duplicate_label_is_refused():
    pita = (Pita("Baik", D(0), D(50)), Pita("Baik", D(50), D(100)))
    with pytest.raises(SkalaError, match="unik.*'Baik'"):
        SkalaPredikat("x", "X", pita)


def test_an_empty_label_is_refused():
    with pytest.raises(SkalaError, match="label"):
        SkalaPredikat("x", "X", (Pita(" ", D(0), D(50)),))


def test_an_empty_band_is_refused():
    with pytest.raises(SkalaError, match="Pita 'Titik' kosong"):
        SkalaPredikat("x", "X", (Pita("Titik", D(50), D(50)),))


def test_a_scale_without_bands_is_refused():
    with pytest.raises(SkalaError):
        SkalaPredikat("x", "X", ())


def test_an_unbounded_band_must_be_at_the_end():
    pita = (Pita("Atas", D(0), None), Pita("Lagi", D(50), D(100)))
    with pytest.raises(SkalaError, match="'Atas' tidak berbatas atas"):
        SkalaPredikat("x", "X", pita)


def test_skala_error_is_a_value_error():
    assert issubclass(SkalaError, ValueError)


@pytest.mark.parametrize("kode", sorted(PRESET))
def test_a_scale_survives_a_json_round_trip(kode):
    s = PRESET[kode]
    data = json.loads(json.dumps(s.to_dict()))
    assert SkalaPredikat.from_dict(data) == s


def test_to_dict_writes_numbers_as_strings():
    pita = skala("ikm").to_dict()["pita"]
    assert pita[2] == {
        "label": "B",
        "bawah": "76.61",
        "atas": "88.31",
        "bawah_inklusif": True,
        "atas_inklusif": False,
    }


def test_from_dict_validates_the_stored_scale():
    data = skala("lke").to_dict()
    data["pita"][1]["bawah"] = "35"
    with pytest.raises(SkalaError, match="Celah"):
        SkalaPredikat.from_dict(data)


def test_from_dict_refuses_malformed_data():
    with pytest.raises(SkalaError):
        SkalaPredikat.from_dict({"kode": "x"})
    with pytest.raises(SkalaError, match="bukan angka"):
        SkalaPredikat.from_dict({"kode": "x", "nama": "X", "pita": [{"label": "A", "bawah": "a"}]})


def _dalam_rentang(s: SkalaPredikat):
    """Values within the scale's span, including every band boundary."""
    pertama, terakhir = s.pita[0], s.pita[-1]
    bawah = pertama.bawah if pertama.bawah is not None else D(-1000)
    atas = terakhir.atas if terakhir.atas is not None else D(1000)
    batas = [b for p in s.pita for b in (p.bawah, p.atas) if b is not None]
    kandidat = st.sampled_from(batas) | st.decimals(min_value=bawah, max_value=atas, places=3)
    return kandidat.filter(lambda x: pertama.memuat(x) or x > bawah).filter(
        lambda x: terakhir.memuat(x) or x < atas
    )


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_value_in_a_preset_span_gets_exactly_one_label(data):
    s = data.draw(st.sampled_from(list(PRESET.values())))
    nilai = data.draw(_dalam_rentang(s))
    assert sum(p.memuat(nilai) for p in s.pita) == 1
    assert s.predikat(nilai) is not None
