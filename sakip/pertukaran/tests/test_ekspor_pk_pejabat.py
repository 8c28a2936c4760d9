"""An official's Perjanjian Kinerja travels in the YAML format with its holder
(`pemegang`), next to the OPD's own PK, and round-trips into an empty database."""

import pytest

from sakip.akun.models import Pengguna
from sakip.instansi.models import OPD, Pemda
from sakip.pengukuran.pk import pemegang_pk, tetapkan_pk
from sakip.perencanaan.models import PerjanjianKinerja
from sakip.pertukaran.berkas import muat, tulis
from sakip.pertukaran.ekspor import ekspor_pemda
from sakip.pertukaran.impor import ImporError, impor_teks

SLUG = "disnakerind-tebing-tinggi"


def _pk_tebing(d):
    [opd] = [o for o in d["pemda"]["opd"] if o["slug"] == SLUG]
    return opd["perjanjian_kinerja"]


@pytest.fixture
def dengan_pk_pejabat(demo):
    opd = OPD.objects.get(slug=SLUG)
    kasi = next(h for h in pemegang_pk(opd, 2022) if h.pejabat.kode == "kasi-perindustrian")
    tetapkan_pk(opd, 2022, pemegang=kasi)
    tetapkan_pk(opd, 2022, pemegang=kasi, alasan="Refocusing")
    return Pemda.objects.get(slug="kota-tebing-tinggi")


def test_it_exports_the_holder_of_each_pk(dengan_pk_pejabat):
    pk = _pk_tebing(ekspor_pemda(dengan_pk_pejabat))
    assert [(p.get("pemegang"), p["versi"]) for p in pk] == [
        (None, 1),
        ("kasi-perindustrian", 1),
        ("kasi-perindustrian", 2),
    ]
    assert pk[2]["pihak_pertama"] == "kasi-perindustrian"
    assert pk[2]["pihak_kedua"] == "plt-kabid-perindustrian"
    assert pk[2]["alasan"] == "Refocusing"
    assert set(pk[1]["target"]) == {
        "suplemen-renstra-disnakerind-2021-2022/sk-rencana-industri-5",
        "suplemen-renstra-disnakerind-2021-2022/sk-rencana-industri-6",
    }


def test_it_round_trips(dengan_pk_pejabat):
    teks = tulis(ekspor_pemda(dengan_pk_pejabat))
    Pengguna.objects.all().delete()
    Pemda.objects.all().delete()
    pemda = impor_teks(teks)
    assert tulis(ekspor_pemda(pemda)) == teks
    assert PerjanjianKinerja.objects.filter(pemegang__kode="kasi-perindustrian").count() == 2


def test_an_unknown_holder_is_refused(dengan_pk_pejabat):
    d = muat(tulis(ekspor_pemda(dengan_pk_pejabat)))
    _pk_tebing(d)[1]["pemegang"] = "tidak-ada"
    with pytest.raises(ImporError, match="pejabat 'tidak-ada' tidak ada"):
        impor_teks(tulis(d))
