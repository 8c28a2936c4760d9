"""Work done once: the workflow page reads the documents' stages and the quarters' filling
windows once each, not again for every document's lock reason."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.alur.models import JendelaPengisian, StatusDokumen
from sakip.instansi.models import OPD

SLUG = "dkukmperindag-ppu"
HALAMAN = f"/opd/{SLUG}/alur/2025/"


def _bacaan(kueri, model):
    return sum(model._meta.db_table in q["sql"] for q in kueri.captured_queries)


@pytest.mark.parametrize("pengguna", ["operator-ppu", "admin-ppu"])
def test_the_page_reads_stages_and_windows_once(masuk, pengguna):
    c = masuk(pengguna)
    pemda = OPD.objects.get(slug=SLUG).pemda
    # A closed window for Triwulan I: its lock reason comes from the windows read once.
    JendelaPengisian.objects.filter(pemda=pemda, tahun=2025).delete()
    JendelaPengisian.objects.create(
        pemda=pemda, tahun=2025, triwulan=1, mulai=date(2025, 4, 1), selesai=date(2025, 4, 10)
    )
    with CaptureQueriesContext(connection) as kueri:
        r = c.get(HALAMAN)
    assert r.status_code == 200
    tw1 = next(b for b in r.context["baris"] if b["dokumen"] == "tw1")
    assert tw1["terkunci"] == "Jendela pengisian Data Triwulan I 2025 ditutup pada 10 April 2025."
    assert (_bacaan(kueri, StatusDokumen), _bacaan(kueri, JendelaPengisian)) == (1, 1)
