"""The `rencana_aksi` key: the demo's Rencana Aksi loads, and what the entry form refuses
the import refuses too, all or nothing, in Indonesian, naming the place."""

import pytest
import yaml

from sakip.aksi.models import Aksi, LaporanAksi
from sakip.pertukaran.demo import berkas_demo
from sakip.pertukaran.impor import ImporError, impor_teks

TEMPAT = "pemda.opd[0].rencana_aksi[0].aksi"


def _data():
    (berkas,) = [b for b in berkas_demo() if b.name == "kota-tebing-tinggi.yaml"]
    return yaml.safe_load(berkas.read_text(encoding="utf-8"))


def _aksi(data):
    return data["pemda"]["opd"][0]["rencana_aksi"][0]["aksi"]


def test_the_demo_has_a_rencana_aksi_for_one_sasaran(demo):
    aksi = Aksi.objects.filter(opd__slug="disnakerind-tebing-tinggi", tahun=2022)
    assert aksi.count() == 8
    assert LaporanAksi.objects.filter(aksi__in=aksi).count() == 11
    assert {a.indikator.kode for a in aksi} == {
        "tenaga-kerja-dilindungi",
        "sp-hubungan-industrial-3",
        "sk-perselisihan",
    }
    assert {t for a in aksi for t in a.laporan_set.values_list("triwulan", flat=True)} == {
        1,
        2,
        3,
        4,
    }


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        (
            {"anggaran": 100_800_001},
            f"{TEMPAT}[0].anggaran: anggaran Rp 100.800.001 melebihi sisa pagu sub kegiatan "
            "2.07.05.2.02.02: Rp 100.800.000 dari pagu Rp 100.800.000 belum dipakai aksi "
            "sebelumnya",
        ),
        ({"bulan": 5}, f"{TEMPAT}[0].bulan: Bulan Mei tidak termasuk Triwulan I."),
        (
            {"indikator": "x/tidak-ada"},
            f"{TEMPAT}[0].indikator: indikator 'x/tidak-ada' tidak ada di rencana OPD ini "
            "(bentuk: kode-periode/kode)",
        ),
        (
            {"penanggung_jawab": "inspektur"},
            f"{TEMPAT}[0].penanggung_jawab: pejabat 'inspektur' tidak ada di antara pejabat "
            "OPD ini",
        ),
        (
            {"sub_kegiatan": "9.99.99.2.01.01"},
            f"{TEMPAT}[0].sub_kegiatan: sub kegiatan '9.99.99.2.01.01' tidak ada di anggaran 2022",
        ),
        (
            {"laporan": [{"triwulan": 5, "status": "beres"}]},
            [
                f"{TEMPAT}[0].laporan[0].triwulan: '5' bukan triwulan (1 sampai 4)",
                f"{TEMPAT}[0].laporan[0].status: 'beres' bukan pilihan yang sah (belum, "
                "berjalan, selesai, tertunda)",
            ],
        ),
    ],
)
def test_it_refuses_what_the_form_refuses(kosong, ubah, pesan):
    data = _data()
    _aksi(data)[0].update(ubah)
    with pytest.raises(ImporError) as e:
        impor_teks(yaml.safe_dump(data, allow_unicode=True))
    assert e.value.kesalahan == (pesan if isinstance(pesan, list) else [pesan])
    assert not Aksi.objects.exists()
