"""The fast path (`pengukuran.massal`) agrees exactly with the per-indicator path on
random synthetic data: every target, realisation, source, capaian, predikat and note."""

import pytest

from sakip.instansi.models import OPD
from sakip.pengukuran.massal import hitung_opd
from sakip.perencanaan.models import Indikator
from sakip.tolok_ukur.sintetis import bangun
from sakip.tolok_ukur.ukur import per_indikator


def _sama(hasil):
    indikator = {i.pk: i for i in Indikator.objects.select_related("periode__pemda")}
    for r in range(len(hasil)):
        v = per_indikator(indikator[hasil.indikator[r]], int(hasil.tahun[r]))
        assert (
            hasil.target[r],
            hasil.target_atas[r],
            hasil.realisasi[r],
            hasil.sumber[r],
            hasil.capaian[r],
            hasil.tanpa_batas[r],
            hasil.catatan_capaian[r],
            hasil.predikat[r],
            hasil.catatan[r],
        ) == (
            v.target,
            v.target_atas,
            v.realisasi,
            v.sumber_realisasi,
            v.capaian.nilai,
            v.capaian.tanpa_batas,
            v.capaian.catatan,
            v.predikat,
            v.catatan,
        ), f"indikator {v.indikator.pk} ({v.indikator.rumus!r}) tahun {v.tahun}"


@pytest.mark.django_db
@pytest.mark.parametrize("benih", [1, 2, 3])
def test_fast_path_agrees_with_per_indicator_path(benih):
    bangun(pemda=2, opd_per_pemda=2, tahun=(2024, 2027), benih=benih, sub_per_opd=4)
    # A qualitative composite: no realisation, but its components' mean target.
    komposit = Indikator.objects.filter(komponen__isnull=False).distinct().first()
    Indikator.objects.filter(pk=komposit.pk).update(jenis=Indikator.Jenis.KUALITATIF)
    hasil = hitung_opd(OPD.objects.values_list("pk", flat=True))
    assert len(hasil) == Indikator.objects.count() * 4
    # The random data reach the cases that matter: formulas that work and that fail,
    # zero and missing targets, every polarity, composites.
    assert {"rumus", "langsung", "komponen", ""} <= set(hasil.sumber)
    assert any(c and "Target nol" in c for c in hasil.catatan_capaian)
    assert any("belum tersedia" in " ".join(c) for c in hasil.catatan)
    _sama(hasil)


@pytest.mark.django_db
def test_it_works_on_the_seed_agencies(demo):
    hasil = hitung_opd(OPD.objects.values_list("pk", flat=True))
    assert len(hasil) > 0
    _sama(hasil)
