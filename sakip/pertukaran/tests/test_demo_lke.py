"""The demo's evaluations of Tebing Tinggi's Disnakerind, worked by hand on the shipped
worksheet (sakip/lke/kriteria/permenpanrb-88-2021.yaml: components 30/30/15/25,
sub-components 20/30/50 % of them, criteria counts 6/11/8, 3/7/10, 6/9/7, 3/5/5)."""

from decimal import Decimal

from sakip.instansi.models import OPD, Pemda
from sakip.lke.hitung import keadaan
from sakip.lke.models import Evaluasi, Rekomendasi
from sakip.lke.rekap import rekap
from sakip.pertukaran.demo import muat_alur_demo
from sakip.pertukaran.demo_lke import muat_lke_demo

OPD_SLUG = "disnakerind-tebing-tinggi"


def _muat():
    muat_alur_demo()
    muat_lke_demo()
    return OPD.objects.get(slug=OPD_SLUG)


def test_2021_is_bb_with_71(demo):
    opd = _muat()
    e = Evaluasi.objects.get(opd=opd, tahun=2021)
    # Pemenuhan all Y: 20 % of 100 = 20; kualitas all B (0,7): 0,7 × 30 = 21;
    # pemanfaatan all CC (0,6): 0,6 × 50 = 30. 20 + 21 + 30 = 71, in 70 < n ≤ 80: BB.
    assert (Decimal(e.nilai_akhir), e.predikat_akhir) == (Decimal(71), "BB")


def test_2022_is_aa_worked_by_hand(demo):
    opd = _muat()
    e = Evaluasi.objects.get(opd=opd, tahun=2022)
    jawaban = {j.kode: j.jawaban_evaluator for j in e.jawaban_set.all()}
    # Accepted from the data: 1.2.7 CC (6 of 10 IKU with every year's target), 1.2.8 E
    # (no sasaran linked), 3.2.3/3.2.4/3.2.5 CC (6 of 10 IKU); 2.2.4 AA (four quarters
    # approved on time), 3.1.6 Y (LKjIP approved 27 March 2023), 4.3.1 AA (both 2021
    # recommendations closed). Set by the evaluator: 1.3.7 B, 1.3.8 B, 2.3.1 BB, 2.3.2 B,
    # 3.2.6 C, 3.3.2 BB, 4.2.2 A. Every other criterion the best.
    bukan_terbaik = {k: v for k, v in jawaban.items() if v not in ("Y", "AA")}
    assert bukan_terbaik == {
        "1.2.7": "CC",
        "1.2.8": "E",
        "3.2.3": "CC",
        "3.2.4": "CC",
        "3.2.5": "CC",
        "1.3.7": "B",
        "1.3.8": "B",
        "2.3.1": "BB",
        "2.3.2": "B",
        "3.2.6": "C",
        "3.3.2": "BB",
        "4.2.2": "A",
    }
    assert (jawaban["2.2.4"], jawaban["3.1.6"], jawaban["4.3.1"]) == ("AA", "Y", "AA")
    # 1: 6 + (9 + 0,6 + 0) / 11 × 9 + (6 + 0,7 + 0,7) / 8 × 15 = 6 + 432/55 + 13,875
    # 2: 6 + 9 + (8 + 0,8 + 0,7) / 10 × 15 = 29,25
    # 3: 3 + (5 + 3 × 0,6 + 0,5) / 9 × 4,5 + (6 + 0,8) / 7 × 7,5 = 3 + 3,65 + 51/7
    # 4: 5 + (4 + 0,9) / 5 × 7,5 + 12,5 = 24,85
    # Total 80,625 + 432/55 + 51/7 = 95,76525974025974…: AA.
    hasil = keadaan(opd, 2022).hasil("evaluator")
    nilai = [str(k.nilai) for k in hasil.komponen]
    assert nilai[0].startswith("27.72954545454545")
    assert (nilai[1], nilai[3]) == ("29.25", "24.85")
    assert nilai[2].startswith("13.93571428571428")
    assert str(hasil.nilai).startswith("95.765259740259")
    assert (Decimal(e.nilai_akhir), e.predikat_akhir) == (hasil.nilai, "AA")


def test_the_recap_shows_the_change(demo):
    _muat()
    (baris,) = [b for b in rekap(Pemda.objects.get(slug="kota-tebing-tinggi"), 2022) if b.nilai]
    assert (baris.nilai_lalu, baris.predikat_lalu, baris.predikat) == (Decimal(71), "BB", "AA")
    assert str(baris.perubahan).startswith("24.765259740259")


def test_recommendations_wait_for_each_side_and_a_rerun_adds_nothing(demo):
    opd = _muat()
    status = dict(Rekomendasi.objects.filter(evaluasi__opd=opd).values_list("uraian", "status"))
    assert sorted(status.values()) == ["ditindaklanjuti", "selesai", "selesai", "terbuka"]
    jumlah = Rekomendasi.objects.count()
    muat_lke_demo()
    assert Rekomendasi.objects.count() == jumlah


def test_the_pemdas_own_2022_is_under_way_from_its_opd(demo):
    _muat()
    k = keadaan(Pemda.objects.get(slug="kota-tebing-tinggi"), 2022)
    # The 12 criteria about the OPD, answered as the one OPD evaluation suggests
    # (sakip/lke/tests/test_lke_pemda.py works the same answers' score by hand: 15,07…).
    assert len(k.jawaban) == 12 and k.jawaban["1.3.7"].jawaban_opd == "B"
    assert not k.selesai and k.hasil("evaluator").nilai == 0
    assert str(k.hasil("opd").nilai).startswith("15.070887445887")
