"""The deferred invalidation block (`tersimpan.tunda`): a bulk save inside it leaves exactly
the stored results it leaves without it, in fewer invalidation queries; its writes and drops
commit or roll back together; nested blocks and reads inside a block see no stale row."""

from contextlib import nullcontext

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from sakip.instansi.models import OPD
from sakip.jejak.catat import simpan
from sakip.pengukuran import tersimpan
from sakip.pengukuran.models import HasilIndikator, NilaiVariabel, Realisasi, VersiHasil
from sakip.perencanaan.models import Target

TEBING = "disnakerind-tebing-tinggi"
TABEL = ("pengukuran_hasilindikator", "pengukuran_versihasil", "perencanaan_indikator_komponen")


def _hasil():
    return list(
        HasilIndikator.objects.order_by("indikator_id", "tahun").values_list(
            "indikator_id", "tahun", "target", "realisasi", "capaian", "predikat", "catatan"
        )
    )


def _invalidasi(q):
    """The queries an invalidation makes: composites, counters, stored rows."""
    return [x["sql"] for x in q.captured_queries if any(t in x["sql"] for t in TABEL)]


def _hapus_hasil(q):
    return [s for s in _invalidasi(q) if s.startswith("DELETE")]


@pytest.fixture
def tebing(demo):
    return OPD.objects.get(slug=TEBING)


def _simpan_massal(opd):
    """Many cells of one OPD: the targets of two years, a year of variable values and
    every direct realisation."""
    for t in Target.objects.filter(indikator__periode__opd=opd, tahun__in=[2021, 2022]):
        simpan(None, t, {"nilai": t.nilai + 1}, uraian="uji", opd=opd)
    for n in NilaiVariabel.objects.filter(variabel__opd=opd, tahun=2021):
        simpan(None, n, {"nilai": n.nilai + 3}, uraian="uji", opd=opd)
    for r in Realisasi.objects.filter(indikator__periode__opd=opd):
        simpan(None, r, {"nilai": r.nilai + 2}, uraian="uji", opd=opd)


def _jalankan(blok, f, on_commit):
    """Run `f` with or without the block in a transaction rolled back afterwards: (stored
    rows after the writes, after the recomputation that follows the commit, queries)."""
    with transaction.atomic():
        with (
            CaptureQueriesContext(connection) as q,
            on_commit(execute=False) as setelah,
            tersimpan.tunda() if blok else nullcontext(),
        ):
            f()
        sesudah = _hasil()
        for fungsi in setelah:
            fungsi()
        dihitung = _hasil()
        transaction.set_rollback(True)
    return sesudah, dihitung, q


def test_a_bulk_save_in_the_block_leaves_the_same_results_in_fewer_queries(
    tebing, django_capture_on_commit_callbacks
):
    sebelum = _hasil()
    tanpa = _jalankan(False, lambda: _simpan_massal(tebing), django_capture_on_commit_callbacks)
    dengan = _jalankan(True, lambda: _simpan_massal(tebing), django_capture_on_commit_callbacks)
    assert _hasil() == sebelum
    assert tanpa[0] == dengan[0] and tanpa[0] != sebelum  # the same rows dropped
    assert tanpa[1] == dengan[1]  # and the same rows once recomputed
    assert len(_invalidasi(dengan[2])) < len(_invalidasi(tanpa[2])) / 5
    # One delete per range of years: targets 2021, 2022; values 2021–2031; realisations.
    assert len(_hapus_hasil(dengan[2])) <= 5 < len(_hapus_hasil(tanpa[2]))


def test_a_block_that_raises_leaves_inputs_and_results_as_they_were(
    tebing, django_capture_on_commit_callbacks
):
    sebelum, versi = _hasil(), list(VersiHasil.objects.values_list("opd_id", "versi"))
    target = Target.objects.filter(indikator__periode__opd=tebing, tahun=2022).first()
    with (
        django_capture_on_commit_callbacks() as setelah,
        pytest.raises(ZeroDivisionError),
        tersimpan.tunda(),
    ):
        _simpan_massal(tebing)
        1 / 0  # noqa: B018
    assert setelah == []  # nothing to recompute
    assert _hasil() == sebelum
    assert list(VersiHasil.objects.values_list("opd_id", "versi")) == versi
    assert Target.objects.get(pk=target.pk).nilai == target.nilai


def test_a_nested_block_that_fails_drops_only_what_the_outer_block_kept(tebing):
    luar = Target.objects.filter(indikator__periode__opd=tebing, tahun=2022).first()
    dalam = Target.objects.filter(indikator__periode__opd=tebing, tahun=2021).first()
    assert HasilIndikator.objects.filter(indikator=dalam.indikator, tahun=2021).exists()
    with tersimpan.tunda():
        simpan(None, luar, {"nilai": luar.nilai + 1}, uraian="uji", opd=tebing)
        with pytest.raises(ZeroDivisionError), tersimpan.tunda():
            simpan(None, dalam, {"nilai": dalam.nilai + 1}, uraian="uji", opd=tebing)
            1 / 0  # noqa: B018
        # Not dropped yet: the block drops at its end.
        assert HasilIndikator.objects.filter(indikator=luar.indikator, tahun=2022).exists()
    assert not HasilIndikator.objects.filter(indikator=luar.indikator, tahun=2022).exists()
    # The inner change was rolled back: its stored row is still right, and kept.
    assert Target.objects.get(pk=dalam.pk).nilai == dalam.nilai
    assert HasilIndikator.objects.filter(indikator=dalam.indikator, tahun=2021).exists()


def test_a_nested_block_hands_its_queue_to_the_outer_one(tebing):
    t = Target.objects.filter(indikator__periode__opd=tebing, tahun=2022).first()
    with tersimpan.tunda():
        with tersimpan.tunda():
            simpan(None, t, {"nilai": t.nilai + 1}, uraian="uji", opd=tebing)
        assert HasilIndikator.objects.filter(indikator=t.indikator, tahun=2022).exists()
    assert not HasilIndikator.objects.filter(indikator=t.indikator, tahun=2022).exists()


def test_a_read_inside_the_block_sees_no_stale_result(tebing):
    t = Target.objects.filter(indikator__periode__opd=tebing, tahun=2022, triwulan=0).first()
    with tersimpan.tunda():
        simpan(None, t, {"nilai": t.nilai + 1}, uraian="uji", opd=tebing)
        nilai = tersimpan.nilai_indikator_tahunan([t.indikator], 2022)
        assert nilai[t.indikator_id].target == t.nilai + 1


def test_a_block_marked_for_rollback_ends_quietly_and_keeps_everything(tebing):
    t = Target.objects.filter(indikator__periode__opd=tebing, tahun=2022).first()
    with transaction.atomic(), tersimpan.tunda():
        simpan(None, t, {"nilai": t.nilai + 1}, uraian="uji", opd=tebing)
        transaction.set_rollback(True)
    assert Target.objects.get(pk=t.pk).nilai == t.nilai
    assert HasilIndikator.objects.filter(indikator=t.indikator, tahun=2022).exists()
