"""The review reads each reported value's indicator with its plan period: a formula's
variables are looked up by the period's Pemda and OPD, so a value more costs no query."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.evaluasi.reviu import reviu_opd
from sakip.instansi.models import OPD
from sakip.pengukuran.models import NilaiDilaporkan
from sakip.perencanaan.models import Indikator


def _kueri(opd):
    with CaptureQueriesContext(connection) as q:
        reviu_opd(opd, 2022)
    return len(q.captured_queries)


def test_more_reported_values_of_formula_indicators_cost_no_query(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    _kueri(opd)  # the OPD's Pemda read once, then kept on the OPD
    sebelum = _kueri(opd)
    rumus = Indikator.objects.filter(periode__opd=opd).exclude(rumus="")
    assert rumus.count() >= 3
    NilaiDilaporkan.objects.bulk_create(
        NilaiDilaporkan(indikator=i, tahun=2022, sumber="Uji Tabel 99", realisasi=Decimal(1))
        for i in rumus
    )
    assert _kueri(opd) == sebelum
