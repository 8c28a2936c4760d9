"""A figure computed from a wrong figure is judged again from the corrected one and reported
as that error's consequence (R29), linked to it."""

from decimal import Decimal

from sakip.kinerja.angka import konteks
from sakip.kinerja.capaian import Polaritas, hitung_capaian
from sakip.kinerja.predikat import skala
from sakip.kinerja.reviu import Tingkat, cek_angka, cek_pasangan, cek_predikat, timbang


def _capaian(target, realisasi):
    return hitung_capaian(Decimal(target), realisasi, Polaritas.POSITIF).nilai


# Seed 003 (IKU Jambi) line 357, Tabel 3.4 row 1: target 42,00 %, realisation printed
# "639/1.257 × 100% = 51,00%", capaian 121,43 %.
with konteks():
    DATA = Decimal(639) * 100 / Decimal(1257)  # 50,8353…
R01 = cek_angka("R01", "Tabel 3.4, baris 2", Decimal("51.00"), DATA)


def test_the_capaian_of_a_wrong_realisation_is_its_consequence():
    # 51,00 / 42 × 100 = 121,4286 → 121,43 as printed; 50,8353 / 42 × 100 = 121,0365 → 121,04.
    putusan = cek_pasangan(
        "R02",
        "Tabel 3.4, baris 2",
        Decimal("121.43"),
        [(_capaian(42, Decimal("51.00")), _capaian(42, DATA))],
        R01,
        "capaian",
    )
    t = putusan.temuan
    assert (t.aturan, t.tingkat, t.sebab) == ("R29", Tingkat.GALAT, ("R01", "Tabel 3.4, baris 2"))
    assert (t.teks_tercatat, t.teks_seharusnya) == ("121,43", "121,04")
    assert t.pesan == (
        "Angka tercatat dihitung dari angka yang salah: capaian tercatat 121,43, dengan angka "
        "yang benar seharusnya 121,04 (akibat dari R01 di Tabel 3.4, baris 2)"
    )
    assert putusan.koreksi == _capaian(42, DATA)  # what the figures computed from it take


def test_a_figure_right_from_the_corrected_inputs_is_no_finding():
    pasangan = [(_capaian(42, Decimal("51.00")), _capaian(42, DATA))]
    assert cek_pasangan("R02", "x", Decimal("121.04"), pasangan, R01, "capaian").temuan is None


def test_a_figure_that_fits_neither_is_the_direct_finding():
    pasangan = [(_capaian(42, Decimal("51.00")), _capaian(42, DATA))]
    putusan = cek_pasangan("R02", "x", Decimal("112.43"), pasangan, R01, "capaian")
    # Shown against the printed inputs, as before; corrected from the right ones.
    assert putusan.temuan.aturan == "R02" and putusan.temuan.sebab is None
    assert putusan.temuan.teks_seharusnya == "121,43"
    assert putusan.koreksi == _capaian(42, DATA)


def test_without_a_wrong_input_a_figure_from_a_right_rounding_stands():
    # 34,28 is not 34,2857… (R01 in seed 004), but were it right, a capaian from the printed
    # 34,28 (52,74) and one from the data (52,75) would both be right.
    pasangan = [(_capaian(65, Decimal("34.28")), _capaian(65, Decimal(36) * 100 / 105))]
    assert cek_pasangan("R02", "x", Decimal("52.74"), pasangan, None, "capaian").temuan is None


def test_an_ambiguous_direct_finding_corrects_nothing():
    # Either polarity could be meant: which value is right is not known.
    pasangan = [
        (hitung_capaian(Decimal("5.2"), Decimal("4.8"), p).nilai,) * 2
        for p in (Polaritas.POSITIF, Polaritas.NEGATIF)
    ]
    putusan = cek_pasangan("R02", "x", Decimal("10.00"), pasangan, None, "capaian")
    assert putusan.temuan.aturan == "R02" and putusan.koreksi is None


def test_a_predikat_follows_its_corrected_capaian():
    lkjip = skala("lkjip-tebing-tinggi")  # 65 to before 75 "Baik", 75 to 80 "Sangat Baik"
    capaian = cek_angka("R02", "x", Decimal("75.20"), Decimal("74.88"))
    akibat = timbang(
        cek_predikat("x", Decimal("75.20"), "Sangat Baik", lkjip),
        cek_predikat("x", Decimal("74.88"), "Sangat Baik", lkjip),
        capaian,
        "predikat",
    )
    assert (akibat.aturan, akibat.sebab) == ("R29", ("R02", "x"))
    assert (akibat.tercatat, akibat.seharusnya) == ("Sangat Baik", "Baik")
    # Right for the corrected capaian too: nothing.
    assert (
        timbang(
            cek_predikat("x", Decimal("97.50"), "Memuaskan", lkjip),
            cek_predikat("x", Decimal("97.51"), "Memuaskan", lkjip),
            capaian,
            "predikat",
        )
        is None
    )
