"""Rencana Aksi figures, worked by hand."""

from decimal import Decimal

from sakip.kinerja.aksi import StatusAksi, jumlah_anggaran, kemajuan_aksi, sisa_pagu, status_pada
from sakip.kinerja.angka import konteks


def test_status_is_the_latest_report_up_to_the_quarter():
    laporan = {1: "berjalan", 3: "selesai"}
    assert status_pada(laporan, 1) == StatusAksi.BERJALAN
    assert status_pada(laporan, 2) == StatusAksi.BERJALAN  # no report in TW II: unchanged
    assert status_pada(laporan, 4) == StatusAksi.SELESAI
    assert status_pada({2: "selesai"}, 1) == StatusAksi.BELUM


def test_progress_counts_the_actions_due_by_the_quarter():
    # Four actions: planned TW I (done in TW I), TW I (done in TW III), TW II (postponed in
    # TW II), TW IV (never reported).
    aksi = [
        (1, {1: "selesai"}),
        (1, {1: "berjalan", 3: "selesai"}),
        (2, {2: "tertunda"}),
        (4, {}),
    ]
    # TW I: 2 due, 1 done -> 1/2 = 50 %.
    assert kemajuan_aksi(aksi, 1) == Decimal(50)
    # TW II: 3 due, 1 done -> 33,33… %; TW III: 3 due, 2 done -> 66,66… %.
    with konteks():
        assert kemajuan_aksi(aksi, 2) == Decimal(100) / Decimal(3)
        assert kemajuan_aksi(aksi, 3) == Decimal(200) / Decimal(3)
    assert str(kemajuan_aksi(aksi, 2))[:8] == "33.33333"
    # TW IV: 4 due, 2 done -> 50 %.
    assert kemajuan_aksi(aksi, 4) == Decimal(50)


def test_no_action_due_has_no_progress():
    assert kemajuan_aksi([(3, {})], 2) is None
    assert kemajuan_aksi([], 4) is None


def test_what_a_budget_line_has_left():
    # Pagu 10.000.000; actions of 2.500.000 and 4.000.000 -> 3.500.000 left.
    assert sisa_pagu(Decimal(10_000_000), [Decimal(2_500_000), Decimal(4_000_000)]) == Decimal(
        3_500_000
    )
    assert sisa_pagu(Decimal(5), []) == Decimal(5)
    assert sisa_pagu(None, [Decimal(1)]) is None


def test_jumlah_anggaran_counts_an_action_without_amount_as_zero():
    # Rp 15.000.000 + Rp 12.500.000 + (no amount) = Rp 27.500.000
    assert jumlah_anggaran([Decimal(15_000_000), Decimal(12_500_000), None]) == Decimal(27_500_000)
    assert jumlah_anggaran([]) == Decimal(0)
