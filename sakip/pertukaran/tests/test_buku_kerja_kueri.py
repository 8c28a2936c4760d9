"""Work done once: the workbook's Anggaran sheet builds the budget tree once for its four
quarters, not once per quarter."""

from sakip.instansi.models import OPD
from sakip.pertukaran.buku_kerja import lembar_anggaran

from .buku_kerja_bantu import TEBING


def test_the_budget_sheet_builds_the_budget_tree_once(demo, django_assert_num_queries):
    opd = OPD.objects.get(slug=TEBING)
    # `pohon_anggaran` is three queries (rows, financial and physical realisation); the sub
    # kegiatan rows read their records from what it prefetched.
    with django_assert_num_queries(3):
        lembar = lembar_anggaran(opd, 2022)
    assert lembar.nama == "Anggaran"
