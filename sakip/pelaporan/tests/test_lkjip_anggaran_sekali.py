"""The LKjIP builds the year's budget tree once for every chapter and annex that shows it
(Kata Pengantar, Tabel 13 and 14, the PK and RFK annexes); the review it runs for its
statement, once the Inspektorat concluded one, builds its own, once."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.akun.models import Pengguna
from sakip.anggaran.models import RealisasiKeuangan
from sakip.evaluasi.models import SimpulanReviu
from sakip.instansi.models import OPD
from sakip.pelaporan.siap import susun_dokumen

# The tree's one query that nothing else makes: the realisations of its sub kegiatan.
POHON = f'FROM "{RealisasiKeuangan._meta.db_table}"'


def _pohon_dibaca(opd):
    with CaptureQueriesContext(connection) as q:
        dok = susun_dokumen("lkjip", opd, 2022)
    assert any(t.judul.startswith("RFK 2022") for t in dok.tabel)
    assert any(t.judul == "Program dan anggaran 2022" for t in dok.tabel)
    return sum(POHON in x["sql"] for x in q.captured_queries)


def test_the_budget_tree_is_read_once_for_the_report_and_once_for_its_review(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    assert _pohon_dibaca(opd) == 1
    SimpulanReviu.objects.create(
        opd=opd, tahun=2022, teks="Reviu selesai.", oleh=Pengguna.objects.first()
    )
    assert _pohon_dibaca(opd) == 2
