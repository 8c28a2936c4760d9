"""The review reads the plan in force and its values once for the indicators' findings and
the PK's (the efficiency table it checks reads its own sasaran's values)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.evaluasi.reviu import reviu_opd
from sakip.instansi.models import OPD
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import PerjanjianKinerja, Tujuan


def test_the_plan_and_its_values_are_read_once(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    assert PerjanjianKinerja.objects.filter(opd=opd, tahun=2022).exists()
    with CaptureQueriesContext(connection) as q:
        reviu_opd(opd, 2022)
    for model, kali in ((Tujuan, 1), (Realisasi, 2)):
        dari = f'FROM "{model._meta.db_table}"'
        assert sum(dari in x["sql"] for x in q.captured_queries) == kali, model.__name__
