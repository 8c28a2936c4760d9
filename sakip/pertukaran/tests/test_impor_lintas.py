"""Crosscutting links in the data format (`pemda.crosscutting`): exported, re-imported to
the same links, and refused when they break the rules."""

import pytest

from sakip.akun.models import Pengguna
from sakip.instansi.models import Pemda
from sakip.perencanaan import ubah
from sakip.perencanaan.models import KeterkaitanLintasOPD
from sakip.perencanaan.tests.lintas_bantu import dunia
from sakip.pertukaran.berkas import tulis
from sakip.pertukaran.ekspor import ekspor_pemda
from sakip.pertukaran.impor import ImporError, impor_teks

JALUR = "suplemen-renstra-disnakerind-2021-2022/1/1"
MITRA = "renstra-dinkop-tebing-tinggi/1/1"


@pytest.fixture
def diterima(demo):
    opd, sasaran, mitra, s_mitra, _ = dunia()
    k = ubah.usulkan_lintas(None, opd, sasaran, mitra, s_mitra, "Pelatihan kewirausahaan")
    ubah.putus_lintas(Pengguna.objects.get(username="operator-dinkop"), k, True)
    return Pemda.objects.get(slug="kota-tebing-tinggi")


def test_it_round_trips(diterima):
    data = ekspor_pemda(diterima)
    [x] = data["pemda"]["crosscutting"]
    assert (x["opd"], x["sasaran"], x["mitra"], x["sasaran_mitra"], x["status"]) == (
        "disnakerind-tebing-tinggi",
        JALUR,
        "dinkop-tebing-tinggi",
        MITRA,
        "diterima",
    )
    teks = tulis(data)
    KeterkaitanLintasOPD.objects.all().delete()
    impor_teks(teks)
    k = KeterkaitanLintasOPD.objects.get()
    assert (k.status, k.catatan, k.sasaran.nama) == (
        "diterima",
        "Pelatihan kewirausahaan",
        "Meningkatnya Kesempatan kerja",
    )
    assert tulis(ekspor_pemda(diterima)) == teks
    # A file without the key keeps the links the application holds.
    del data["pemda"]["crosscutting"]
    impor_teks(tulis(data))
    assert KeterkaitanLintasOPD.objects.count() == 1


@pytest.mark.parametrize(
    ("ubahan", "pesan"),
    [
        ({"mitra": "disnakerind-tebing-tinggi"}, "dua OPD yang berbeda"),
        ({"sasaran": MITRA}, "OPD pengusul sendiri"),
        ({"mitra": "tidak-ada"}, "OPD 'tidak-ada' tidak ada di berkas ini"),
        ({"status": "ditolak"}, "penolakan harus disertai alasan"),
        ({"sasaran_mitra": None}, "keterkaitan yang diterima menyebut sasaran mitra"),
        ({"status": "setuju"}, "'setuju' bukan pilihan yang sah"),
    ],
)
def test_it_refuses_a_link_that_breaks_the_rules(diterima, ubahan, pesan):
    data = ekspor_pemda(diterima)
    x = data["pemda"]["crosscutting"][0]
    x.update(ubahan)
    if x.get("sasaran_mitra") is None:
        x.pop("sasaran_mitra")
    with pytest.raises(ImporError, match=pesan):
        impor_teks(tulis(data))
