"""The efficiency page builds the year's budget tree once for both its tables."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.anggaran.models import RealisasiKeuangan


def test_both_tables_read_one_budget_tree(masuk):
    c = masuk("operator-tebing")
    with CaptureQueriesContext(connection) as q:
        r = c.get("/opd/disnakerind-tebing-tinggi/efisiensi/2022/")
    assert "Capaian keluaran dan anggaran per sub kegiatan" in r.text
    # The tree's one query that nothing else makes: the realisations of its sub kegiatan.
    pohon = f'FROM "{RealisasiKeuangan._meta.db_table}"'
    assert sum(pohon in x["sql"] for x in q.captured_queries) == 1
