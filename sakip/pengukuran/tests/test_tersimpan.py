"""Stored results: read back exactly, dropped precisely when an input changes, recomputed
by the write after its commit (never by a reader), and never stored from a computation that
a change overtook."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from sakip.instansi.models import OPD, Pemda
from sakip.jejak.catat import simpan
from sakip.pengukuran import massal, tersimpan
from sakip.pengukuran.hitung import DataKinerja
from sakip.pengukuran.models import HasilIndikator, NilaiVariabel, Variabel, VersiHasil
from sakip.perencanaan.models import Indikator, Target

TEBING = "disnakerind-tebing-tinggi"


def _baris(opd, tahun):
    return {b.nilai.indikator.pk: b.nilai for b in tersimpan.baris_capaian(opd, tahun)}


def _tersimpan(ind, tahun):
    return HasilIndikator.objects.filter(indikator=ind, tahun=tahun).exists()


@pytest.fixture
def tebing(demo):
    return OPD.objects.get(slug=TEBING)


def test_the_demo_import_leaves_every_opd_stored_whole(demo):
    """The import recomputed what it wrote, after its commit (the shared world's load)."""
    for opd in OPD.objects.all():
        assert HasilIndikator.objects.filter(indikator__periode__opd=opd).exists()
    versi = VersiHasil.objects.values_list("versi", "dihitung")
    assert versi and all(v == d for v, d in versi)


def test_a_read_never_stores_what_is_missing(tebing, django_assert_max_num_queries):
    HasilIndikator.objects.filter(indikator__periode__opd=tebing).delete()
    nilai = _baris(tebing, 2022)
    assert nilai and not HasilIndikator.objects.filter(indikator__periode__opd=tebing).exists()
    data = DataKinerja(Indikator.objects.filter(pk__in=nilai).select_related("periode__pemda"))
    for ind in Indikator.objects.filter(pk__in=nilai).select_related("periode__pemda"):
        assert nilai[ind.pk] == data.nilai(ind, 2022)


def test_it_reads_back_what_the_engine_computes(tebing):
    assert HasilIndikator.objects.filter(indikator__periode__opd=tebing).exists()
    nilai = _baris(tebing, 2022)
    data = DataKinerja(Indikator.objects.filter(pk__in=nilai).select_related("periode__pemda"))
    for ind in Indikator.objects.filter(pk__in=nilai).select_related("periode__pemda"):
        v = data.nilai(ind, 2022)
        assert nilai[ind.pk].capaian == v.capaian and nilai[ind.pk].catatan == v.catatan
        assert nilai[ind.pk].realisasi == v.realisasi and nilai[ind.pk].predikat == v.predikat


def test_a_target_change_drops_that_indicator_year_only(tebing):
    target = Target.objects.filter(indikator__periode__opd=tebing, tahun=2022, triwulan=0).first()
    ind = target.indikator
    lain = Indikator.objects.filter(periode__opd=tebing).exclude(pk=ind.pk).first()
    simpan(None, target, {"nilai": target.nilai + 1}, uraian="uji", opd=tebing)
    assert not _tersimpan(ind, 2022)
    assert _tersimpan(ind, 2021) and _tersimpan(lain, 2022)
    assert _baris(tebing, 2022)[ind.pk].target == target.nilai + 1


def test_the_write_recomputes_what_it_dropped_after_its_commit(
    tebing, django_capture_on_commit_callbacks
):
    target = Target.objects.filter(indikator__periode__opd=tebing, tahun=2022, triwulan=0).first()
    with django_capture_on_commit_callbacks(execute=True) as setelah:
        simpan(None, target, {"nilai": target.nilai + 1}, uraian="uji", opd=tebing)
        assert not _tersimpan(target.indikator, 2022)
    assert len(setelah) == 1
    h = HasilIndikator.objects.get(indikator=target.indikator, tahun=2022)
    assert Decimal(h.target) == target.nilai + 1
    v = VersiHasil.objects.get(opd=tebing)
    assert v.dihitung == v.versi


def test_the_recomputation_skips_an_opd_already_whole(tebing, django_assert_num_queries):
    """Several writes of one transaction each ask for it; the first does it, the others
    find the OPD whole (counter and `dihitung` equal) in two queries."""
    tersimpan.hitung_yang_kurang([tebing.pk])
    with django_assert_num_queries(2):
        assert tersimpan.hitung_yang_kurang([tebing.pk]) == 0


def test_a_variable_value_drops_the_formulas_using_it_from_that_year_on(tebing):
    nilai = NilaiVariabel.objects.filter(variabel__opd=tebing, tahun=2021).first()
    kode = nilai.variabel.kode
    pakai = Indikator.objects.filter(periode__opd=tebing, rumus__contains=kode)
    tidak = Indikator.objects.filter(periode__opd=tebing).exclude(rumus__contains=kode).first()
    simpan(None, nilai, {"nilai": nilai.nilai + 7}, uraian="uji", opd=tebing)
    for ind in pakai:
        assert not _tersimpan(ind, 2021) and not _tersimpan(ind, 2022)
        assert _tersimpan(ind, 2020) or ind.periode.tahun_awal > 2020
    assert _tersimpan(tidak, 2021)


def test_a_composite_is_dropped_with_its_component(demo):
    induk = Indikator.objects.filter(komponen__isnull=False).distinct().first()
    tahun = induk.periode.tahun_awal
    assert _tersimpan(induk, tahun)
    anak = induk.komponen.first()
    Target.objects.update_or_create(
        indikator=anak, tahun=tahun, triwulan=0, defaults={"nilai": Decimal("12.5")}
    )
    assert not _tersimpan(induk, tahun)


def test_a_scale_change_drops_the_pemda(tebing):
    pemda = tebing.pemda
    pemda.nama = pemda.nama + " "  # not an input: nothing dropped
    pemda.save()
    assert HasilIndikator.objects.filter(indikator__periode__opd=tebing).exists()
    pemda.batas_capaian = Decimal(100)
    pemda.save()
    assert not HasilIndikator.objects.filter(indikator__periode__pemda=pemda).exists()
    assert all(
        n.capaian.nilai is None or n.capaian.nilai <= 100 for n in _baris(tebing, 2022).values()
    )


def test_a_computation_overtaken_by_a_change_is_not_stored(tebing, monkeypatch):
    HasilIndikator.objects.all().delete()
    asli = massal.hitung_opd
    variabel = Variabel.objects.filter(opd=tebing).first()

    def hitung_lalu_diubah(opd_ids):
        hasil = asli(opd_ids)
        variabel.save()  # someone saves while we compute
        return hasil

    monkeypatch.setattr(tersimpan, "hitung_opd", hitung_lalu_diubah)
    assert tersimpan.hitung_ulang([tebing.pk]) == 0
    assert not HasilIndikator.objects.exists()


def test_the_command_recomputes_a_pemda(demo):
    HasilIndikator.objects.all().delete()
    out = StringIO()
    call_command("hitung_ulang", pemda=Pemda.objects.get(opd_set__slug=TEBING).slug, stdout=out)
    assert "indikator-tahun dihitung ulang" in out.getvalue()
    assert HasilIndikator.objects.filter(indikator__periode__opd__slug=TEBING).exists()
    assert not HasilIndikator.objects.exclude(indikator__periode__opd__slug=TEBING).exists()


def test_deleting_a_variable_drops_its_users_once_not_per_value(
    tebing, django_assert_max_num_queries
):
    variabel = Variabel.objects.filter(opd=tebing, nilai_set__isnull=False).distinct().first()
    for tahun in range(2000, 2030):  # many values, each of which would once cost a dozen
        NilaiVariabel.objects.get_or_create(variabel=variabel, tahun=tahun, defaults={"nilai": 1})
    tersimpan.hitung_ulang([tebing.pk])
    pakai = list(Indikator.objects.filter(periode__opd=tebing, rumus__contains=variabel.kode))
    assert variabel.nilai_set.count() >= 30 and pakai
    assert HasilIndikator.objects.filter(indikator__in=pakai).exists()
    # The values go with their variable: one invalidation, not one per value.
    with django_assert_max_num_queries(20):
        variabel.delete()
    assert not HasilIndikator.objects.filter(indikator__in=pakai).exists()
