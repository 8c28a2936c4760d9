"""Work done once: what the realisation form stands on (`asal_realisasi`, for optimistic
locking) reads the sub kegiatan's entries once, not once per quarter."""

from sakip.anggaran.models import ProgramKegiatan
from sakip.anggaran.ubah import asal_realisasi


def test_it_reads_the_entries_in_two_queries(demo, django_assert_num_queries):
    # Tebing Tinggi 2022, Lampiran RFK 2022 row 2.07.01.2.06.01: January–September
    # Rp 5.389.100 (not one quarter, so no quarter shows it), Triwulan IV Rp 2.108.900,
    # realisasi fisik 100 %.
    sub = ProgramKegiatan.objects.get(
        opd__slug="disnakerind-tebing-tinggi", kode="2.07.01.2.06.01", tahun=2022
    )
    with django_assert_num_queries(2):
        asal = asal_realisasi(sub)
    kosong = {"nilai": None, "persen": None}
    assert asal == {
        "1": kosong,
        "2": kosong,
        "3": kosong,
        "4": {"nilai": "2108900", "persen": "100"},
    }
