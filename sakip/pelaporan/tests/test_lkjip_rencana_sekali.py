"""The LKjIP reads the plan in force (tujuan, sasaran, indicators) once for its chapters:
Bab II lists it, the Ikhtisar and Bab III show its key indicators' values."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.instansi.models import OPD
from sakip.pelaporan.siap import susun_dokumen
from sakip.perencanaan.models import Tujuan


def test_the_plan_tree_is_read_once(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    with CaptureQueriesContext(connection) as q:
        dok = susun_dokumen("lkjip", opd, 2022)
    assert any(t.judul.startswith("Capaian") for t in dok.tabel)
    dari = f'FROM "{Tujuan._meta.db_table}"'
    assert sum(dari in x["sql"] for x in q.captured_queries) == 1
