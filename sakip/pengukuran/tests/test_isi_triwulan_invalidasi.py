"""Saving the quarter form invalidates stored results once, at its end: one delete per
range of years, whatever the number of cells, and one recomputation after the commit."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.pengukuran.models import HasilIndikator

SLUG = "dkukmperindag-ppu"
URL = f"/opd/{SLUG}/isian/2025/0/"


def test_the_quarter_form_drops_stored_results_once(masuk, django_capture_on_commit_callbacks):
    klien = masuk("operator-ppu")
    form = klien.get(URL).context["form"]
    data = dict(form.initial)
    for i in form.isian:
        data[i.kunci] = "7"
    assert len(form.isian) > 4
    with (
        django_capture_on_commit_callbacks(execute=True) as setelah,
        CaptureQueriesContext(connection) as q,
    ):
        assert klien.post(URL, data).status_code == 302
    hapus = [x for x in q.captured_queries if x["sql"].startswith('DELETE FROM "pengukuran_hasil')]
    # Realisations of 2025, variable values of 2025 (and the years after that read them).
    assert len(hapus) <= 2
    assert len(setelah) == 1
    ind = [i.indikator for i in form.isian if not i.variabel]
    realisasi = HasilIndikator.objects.filter(indikator__in=ind, tahun=2025).values_list(
        "realisasi", flat=True
    )
    assert Decimal(7) in {Decimal(r) for r in realisasi if r}  # recomputed with the new value
