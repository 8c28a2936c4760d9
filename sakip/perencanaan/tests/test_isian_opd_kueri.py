"""Work done once: the OPD's plan-entry page reads each period's Renstra stage once, for
the stage it shows and for the rule that decides whether the period may be edited."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.alur.models import StatusDokumen
from sakip.perencanaan.models import Periode

from .isian_bantu import OPD_TEBING

URL = f"/opd/{OPD_TEBING}/rencana/"
TABEL = StatusDokumen._meta.db_table


def test_each_period_reads_its_renstra_stage_once(masuk):
    c = masuk("operator-tebing")
    periode = Periode.objects.filter(opd__slug=OPD_TEBING)
    # The demo's Tebing Tinggi: the Renstra 2017–2022 and its Suplemen 2021–2022, whose
    # edits also need the parent's Renstra open (one more read, of the parent's stage).
    assert (periode.count(), periode.filter(induk__isnull=False).count()) == (2, 1)
    with CaptureQueriesContext(connection) as kueri:
        r = c.get(URL)
    assert r.status_code == 200
    assert sum(TABEL in q["sql"] for q in kueri.captured_queries) == 2 + 1
