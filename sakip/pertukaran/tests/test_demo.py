from sakip.pengukuran.models import NilaiVariabel
from sakip.perencanaan.models import OPD, Indikator, Target
from sakip.pertukaran.demo import muat_demo


def jumlah():
    return (
        OPD.objects.count(),
        Indikator.objects.count(),
        Target.objects.count(),
        NilaiVariabel.objects.count(),
    )


def test_it_loads_the_three_seed_agencies(demo):
    assert set(OPD.objects.values_list("slug", flat=True)) == {
        "dkukmperindag-ppu",
        "dtkk-ukm-jambi",
        "disnakerind-tebing-tinggi",
    }
    # PPU IKU 2025: 10 indicators, each with targets for 2024, 2025 and 2026.
    ppu = Indikator.objects.filter(periode__opd__slug="dkukmperindag-ppu")
    assert ppu.count() == 10
    assert Target.objects.filter(indikator__in=ppu).count() == 30


def test_it_is_idempotent(demo):
    sebelum = jumlah()
    ids = set(Indikator.objects.values_list("pk", flat=True))
    muat_demo()
    assert jumlah() == sebelum
    assert set(Indikator.objects.values_list("pk", flat=True)) == ids
