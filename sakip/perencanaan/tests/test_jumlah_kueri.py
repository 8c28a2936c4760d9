"""The main pages read a fixed number of queries, whatever the size of the OPD or of the
indicator (no query per row). Counted warm: the annual results are already stored (by the
writes, after their commit: here `django_capture_on_commit_callbacks`). The
Pemda dashboard's counts are in sakip/pengukuran/tests/test_dasbor_pemda.py."""

import pytest

from sakip.pengukuran.models import NilaiVariabel, Variabel
from sakip.perencanaan.models import Indikator, Target

from .isian_bantu import OPD_TEBING

IKU_TEBING = f"/opd/{OPD_TEBING}/iku/2022/"
IKU_JAMBI = "/opd/dtkk-ukm-jambi/iku/2024/"

# session, user, roles (with their OPD and Pemda), OPD, periods in force (access check),
# periods in force, tujuan, their indicators, sasaran, their indicators, stored results,
# years of the OPD's periods
KUERI_IKU = 12
# session, user, roles, indicator, the values it reads (components, targets,
# realisations, variables, their values), years with quarterly values (realisations,
# targets, variable values), tujuan or sasaran, components, variables shown, printed values,
# the open filling window ("Isi data")
KUERI_INDIKATOR_RUMUS = 17


def _kueri(c, url, django_assert_num_queries, jumlah):
    c.get(url)  # the first request fills the process's caches (content types, ...)
    with django_assert_num_queries(jumlah):
        r = c.get(url)
    assert r.status_code == 200
    return r


@pytest.mark.parametrize(
    "pengguna, url", [("admin-tebing", IKU_TEBING), ("admin-jambi", IKU_JAMBI)]
)
def test_the_iku_table_of_any_opd_reads_a_fixed_number_of_queries(
    masuk, django_assert_num_queries, pengguna, url
):
    """Tebing Tinggi has 10 IKU in 2022, Jambi 5 in 2024: the same count."""
    _kueri(masuk(pengguna), url, django_assert_num_queries, KUERI_IKU)


def test_the_iku_table_does_not_grow_with_the_indicators(
    masuk, django_assert_num_queries, django_capture_on_commit_callbacks
):
    c = masuk("admin-tebing")
    r = _kueri(c, IKU_TEBING, django_assert_num_queries, KUERI_IKU)
    assert len(r.context["tabel"]) == 10
    with django_capture_on_commit_callbacks(execute=True):
        for ind in Indikator.objects.filter(periode__opd__slug=OPD_TEBING, iku=True):
            target = list(ind.target_set.values("tahun", "triwulan", "nilai", "nilai_atas"))
            ind.pk, ind.kode = None, f"{ind.kode}-2"
            ind.save()
            Target.objects.bulk_create(Target(indikator=ind, **t) for t in target)
    r = _kueri(c, IKU_TEBING, django_assert_num_queries, KUERI_IKU)
    assert len(r.context["tabel"]) == 20


def _url(kode, opd=OPD_TEBING):
    return f"/indikator/{Indikator.objects.get(kode=kode, periode__opd__slug=opd).pk}/"


def test_the_indicator_page_reads_a_fixed_number_of_queries(masuk, django_assert_num_queries):
    c = masuk("admin-tebing")
    # A formula over one variable with a lag, over two variables: the same count.
    _kueri(c, _url("kesempatan-kerja"), django_assert_num_queries, KUERI_INDIKATOR_RUMUS)
    _kueri(c, _url("pencaker-bersertifikat"), django_assert_num_queries, KUERI_INDIKATOR_RUMUS)
    # Quarterly values in every year of the period add rows to the table, not queries.
    for v in Variabel.objects.filter(opd__slug=OPD_TEBING, kode="ditempatkan"):
        NilaiVariabel.objects.bulk_create(
            NilaiVariabel(variabel=v, tahun=t, triwulan=q, nilai=10 * q)
            for t in range(2017, 2023)
            for q in range(1, 5)
        )
    r = _kueri(c, _url("kesempatan-kerja"), django_assert_num_queries, KUERI_INDIKATOR_RUMUS)
    assert sum(len(b["triwulan"]) for b in r.context["per_tahun"]) == 8  # 2021 and 2022


def test_a_composite_reads_the_same_number_of_queries_whatever_its_components(
    masuk, django_assert_num_queries
):
    c = masuk("admin-jambi")
    url = _url("pemberdayaan-tk-koperasi-umkm", "dtkk-ukm-jambi")
    # session, user, roles, indicator, components, targets, realisations, variables, their
    # values, years with quarterly values (realisations, targets), tujuan, components
    # shown, printed values
    _kueri(c, url, django_assert_num_queries, 14)
    ind = Indikator.objects.get(kode="pemberdayaan-tk-koperasi-umkm")
    ind.komponen.set(ind.komponen.all()[:2])
    r = _kueri(c, url, django_assert_num_queries, 14)
    assert len(r.context["komponen"]) == 2
