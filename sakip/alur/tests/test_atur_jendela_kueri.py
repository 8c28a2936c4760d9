"""Work done once: setting a year's four filling windows reads the stored windows once,
not again for every quarter."""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.akun.models import Pengguna
from sakip.alur.hitung import jendela_tahun
from sakip.alur.models import JendelaPengisian
from sakip.alur.ubah import atur_jendela
from sakip.instansi.models import Pemda


def test_the_windows_are_read_once_for_the_four_quarters(demo):
    pemda = Pemda.objects.get(slug="kab-penajam-paser-utara")
    admin = Pengguna.objects.get(username="admin-ppu")
    JendelaPengisian.objects.filter(pemda=pemda, tahun=2025).delete()
    JendelaPengisian.objects.create(
        pemda=pemda, tahun=2025, triwulan=2, mulai=date(2025, 7, 1), selesai=date(2025, 7, 15)
    )
    tanggal = {
        1: (date(2025, 4, 1), date(2025, 4, 15)),  # new
        2: (None, None),  # removed
        3: (None, None),  # stays empty
        4: (date(2026, 1, 2), date(2026, 1, 16)),  # new
    }
    with CaptureQueriesContext(connection) as kueri:
        atur_jendela(admin, pemda, 2025, tanggal)
    # Reads of the year's windows; saving or removing one re-reads that row by id (the
    # audit trail's lock check), which is not a read of the year.
    tahun = f'"{JendelaPengisian._meta.db_table}"."tahun" = 2025'
    assert sum(tahun in q["sql"] for q in kueri.captured_queries) == 1
    ada = jendela_tahun(pemda, 2025)
    assert ada[2] is None and ada[3] is None
    assert (ada[1].mulai, ada[1].selesai) == (date(2025, 4, 1), date(2025, 4, 15))
    assert (ada[4].mulai, ada[4].selesai) == (date(2026, 1, 2), date(2026, 1, 16))
