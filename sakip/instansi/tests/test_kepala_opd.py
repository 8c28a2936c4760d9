"""The head of an OPD is found among its officials whatever order they were recorded in."""

from sakip.instansi.hitung import kepala_opd
from sakip.instansi.models import OPD, Pejabat, Pemda


def test_it_skips_the_heads_of_units_recorded_first(db):
    pemda = Pemda.objects.create(slug="kota-uji", nama="Kota Uji", jenis="kota")
    opd = OPD.objects.create(pemda=pemda, slug="dinas-uji", nama="Dinas Uji")
    for kode, jabatan in [
        ("kabid", "Kepala Bidang Perindustrian"),
        ("kasubbag", "Plt. Kepala Sub Bagian Umum"),
        ("kasi", "Kepala Seksi Pelatihan Kerja"),
        ("kadis", "Plt. Kepala Dinas Uji"),
    ]:
        Pejabat.objects.create(pemda=pemda, opd=opd, kode=kode, nama=kode, jabatan=jabatan)
    assert kepala_opd(opd).kode == "kadis"


def test_it_finds_none_without_a_head(db):
    pemda = Pemda.objects.create(slug="kota-uji", nama="Kota Uji", jenis="kota")
    opd = OPD.objects.create(pemda=pemda, slug="dinas-uji", nama="Dinas Uji")
    Pejabat.objects.create(pemda=pemda, opd=opd, kode="kabid", nama="A", jabatan="Kepala Bidang X")
    assert kepala_opd(opd) is None
