"""The benchmark's measurements run on the generated data and count the same rows
(their speed is printed by `sakip bench`, never asserted)."""

from io import StringIO

import pytest
from django.core.management import call_command

from sakip.instansi.models import OPD, Pemda
from sakip.pengukuran.models import HasilIndikator
from sakip.perencanaan.models import Indikator, Target
from sakip.tolok_ukur.sintetis import bangun
from sakip.tolok_ukur.ukur import ukur_cepat, ukur_hitung_ulang, ukur_lantai, ukur_orm


@pytest.mark.django_db
def test_it_measures_every_path_on_the_same_rows():
    bangun(pemda=1, opd_per_pemda=3, tahun=(2025, 2027), benih=4, sub_per_opd=4)
    ids = list(OPD.objects.values_list("pk", flat=True))
    baris = Indikator.objects.count() * 3
    assert ukur_cepat(ids, potong=2)[0] == baris
    assert ukur_orm(ids, sampel=5)[0] == 5
    assert ukur_lantai(ids) > 0
    assert ukur_hitung_ulang(ids, proses=1)[0] == baris == HasilIndikator.objects.count()


def _isi():
    return (
        list(
            Indikator.objects.order_by("kode", "periode__kode").values_list(
                "periode__kode", "kode", "rumus", "polaritas", "jenis"
            )
        ),
        sorted(str(t) for t in Target.objects.values_list("nilai", flat=True)),
    )


@pytest.mark.django_db
def test_the_same_arguments_give_the_same_data():
    out = StringIO()
    call_command("sintetis", pemda=2, opd_per_pemda=2, tahun="2025-2026", benih=9, stdout=out)
    assert "baris dalam" in out.getvalue()
    pertama = _isi()
    Pemda.objects.all().delete()
    call_command("sintetis", pemda=2, opd_per_pemda=2, tahun="2025-2026", benih=9, stdout=out)
    assert _isi() == pertama
    call_command("sintetis", pemda=1, opd_per_pemda=2, tahun="2025-2026", benih=10, awal=3)
    assert OPD.objects.count() == 6 and _isi() != pertama


def test_it_explains_a_bad_year_range():
    from django.core.management.base import CommandError

    from sakip.tolok_ukur.management.commands.sintetis import rentang_tahun

    with pytest.raises(CommandError, match="AWAL-AKHIR"):
        rentang_tahun("2025")
    with pytest.raises(CommandError, match="0–10 tahun"):
        rentang_tahun("2029-2025")
