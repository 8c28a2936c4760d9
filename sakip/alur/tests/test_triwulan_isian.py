"""Which quarter a user most likely enters now (evidence upload, the indicator page's
"Isi data"): the quarter whose filling window is open, else the calendar's, within the
plan's years."""

from datetime import date

import pytest

from sakip.alur.hitung import triwulan_isian
from sakip.alur.models import JendelaPengisian
from sakip.instansi.models import Pemda
from sakip.pertukaran.demo import PPU


@pytest.fixture
def pemda(demo):
    return Pemda.objects.get(slug=PPU)


def jendela(pemda, tahun, triwulan, mulai, selesai):
    JendelaPengisian.objects.create(
        pemda=pemda, tahun=tahun, triwulan=triwulan, mulai=mulai, selesai=selesai
    )


def test_the_open_window_wins_over_the_calendar(pemda):
    # In January the last quarter of the year before is still being filled.
    jendela(pemda, 2025, 4, date(2026, 1, 2), date(2026, 1, 20))
    jendela(pemda, 2026, 1, date(2026, 4, 1), date(2026, 4, 20))
    assert triwulan_isian(pemda, 2024, 2026, date(2026, 1, 10)) == (2025, 4)
    assert triwulan_isian(pemda, 2024, 2026, date(2026, 4, 10)) == (2026, 1)


def test_the_latest_of_two_open_windows(pemda):
    jendela(pemda, 2025, 3, date(2025, 10, 1), date(2025, 12, 31))
    jendela(pemda, 2025, 4, date(2025, 12, 1), date(2026, 1, 20))
    assert triwulan_isian(pemda, 2024, 2026, date(2025, 12, 15)) == (2025, 4)


def test_a_window_outside_the_plan_or_another_pemdas_is_ignored(pemda, demo):
    jendela(pemda, 2027, 1, date(2026, 5, 1), date(2026, 5, 30))
    jendela(
        Pemda.objects.exclude(pk=pemda.pk).first(), 2025, 2, date(2026, 5, 1), date(2026, 5, 30)
    )
    assert triwulan_isian(pemda, 2024, 2026, date(2026, 5, 10)) == (2026, 2)


@pytest.mark.parametrize(
    "hari_ini, harapan",
    [
        (date(2025, 2, 1), (2025, 1)),
        (date(2025, 8, 31), (2025, 3)),
        (date(2025, 12, 31), (2025, 4)),
        # A plan already ended: its last quarter; one not yet begun: its first.
        (date(2030, 6, 1), (2026, 4)),
        (date(2020, 6, 1), (2024, 1)),
    ],
)
def test_without_an_open_window_the_calendar_quarter(pemda, hari_ini, harapan):
    assert triwulan_isian(pemda, 2024, 2026, hari_ini) == harapan
