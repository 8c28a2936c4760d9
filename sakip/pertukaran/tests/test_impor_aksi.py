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


SUB = "2.07.05.2.02.02"


def _tanpa_sub(data):
    """The demo's data without sub kegiatan SUB (the demo's first actions use it)."""
    for ang in data["pemda"]["opd"][0]["anggaran"]:
        for pr in ang.get("program") or []:
            for kg in pr.get("kegiatan") or []:
                kg["sub_kegiatan"] = [s for s in kg.get("sub_kegiatan") or [] if s["kode"] != SUB]
    return data


def test_dropping_a_sub_kegiatan_an_action_keeps_using_refuses_the_import(demo):
    from sakip.anggaran.models import ProgramKegiatan
    from sakip.jejak.models import Jejak

    data = _tanpa_sub(_data())
    del data["pemda"]["opd"][0]["rencana_aksi"]  # the stored actions stay as they are
    sebelum = (Jejak.objects.count(), ProgramKegiatan.objects.count(), Aksi.objects.count())
    with pytest.raises(ImporError) as e:
        impor_teks(yaml.safe_dump(data, allow_unicode=True))
    pakai = Aksi.objects.filter(sub_kegiatan__kode=SUB).order_by("triwulan", "urutan")
    assert len(pakai) == 4
    assert e.value.kesalahan[0] == (
        f"pemda.opd[0].anggaran: sub kegiatan {SUB} {pakai[0].sub_kegiatan.nama} tahun 2022 "
        "tidak ada lagi di berkas, padahal masih dipakai aksi «Sosialisasi kepesertaan BPJS "
        "Ketenagakerjaan kepada perusahaan» (Triwulan I) pada Rencana Aksi 2022 Dinas "
        "Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi. Cantumkan lagi sub kegiatan itu, "
        "atau cantumkan rencana_aksi "
        "tahun itu tanpa aksi yang memakainya."
    )
    assert len(e.value.kesalahan) == len(pakai)
    # All or nothing: not a record changed, not a trail written.
    assert (Jejak.objects.count(), ProgramKegiatan.objects.count(), Aksi.objects.count()) == (
        sebelum
    )


def test_a_file_that_drops_the_actions_with_their_sub_kegiatan_imports(demo):
    from sakip.jejak.models import Jejak

    data = _tanpa_sub(_data())
    aksi = _aksi(data)
    _aksi(data)[:] = [a for a in aksi if str(a.get("sub_kegiatan")) != SUB]
    sisa = [a["uraian"] for a in _aksi(data)]
    sebelum = Jejak.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    impor_teks(yaml.safe_dump(data, allow_unicode=True))
    tersimpan = Aksi.objects.filter(opd__slug="disnakerind-tebing-tinggi", tahun=2022)
    assert [a.uraian for a in tersimpan.order_by("urutan")] == sisa
    assert not tersimpan.filter(sub_kegiatan__kode=SUB).exists()
    # The trail: the sub kegiatan deleted; each action ends as the file has it.
    jejak = Jejak.objects.filter(pk__gt=sebelum)
    assert jejak.filter(tindakan="hapus", uraian__contains=f"sub kegiatan {SUB}").exists()
    # An action let go of the sub kegiatan on the way: its record shows only the net change
    # (from the dropped sub kegiatan to the file's), never an empty one in between.
    for j in jejak.filter(objek="aksi", tindakan="ubah"):
        assert j.baru.get("sub_kegiatan", "x") not in (None, ""), j.baru
