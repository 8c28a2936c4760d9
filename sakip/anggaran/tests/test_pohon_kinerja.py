"""The pohon kinerja of the demo's Tebing Tinggi 2022 (seed 004): from its six sasaran
through sasaran program and kegiatan down to its 18 sub kegiatan, and `sakip pohon`."""

import json
from decimal import Decimal
from io import StringIO

from django.core.management import call_command

from sakip.anggaran.pohon_kinerja import pohon_kinerja
from sakip.instansi.models import OPD, Pemda

OPD_TEBING = "disnakerind-tebing-tinggi"


def _pohon():
    return pohon_kinerja(OPD.objects.get(slug=OPD_TEBING), 2022)


def _json(perintah, **kw):
    out = StringIO()
    call_command(perintah, opd=OPD_TEBING, tahun=2022, format="json", stdout=out, **kw)
    return json.loads(out.getvalue(), parse_float=Decimal, parse_int=Decimal)


def test_every_sub_kegiatan_is_reached_from_a_sasaran(demo):
    pohon = _pohon()
    sasaran = [s for tj in pohon.akar for s in tj.anak]
    assert [s.nomor for s in sasaran] == ["1", "2", "3", "4", "5", "6"]
    sub = [d.nomor for s in sasaran for d in s.semua() if d.tingkat == "sub_kegiatan"]
    assert len(sub) == len(set(sub)) == 18
    assert pohon.sub_lepas == []


def test_the_cli_json_reaches_every_sub_kegiatan_and_names_every_owner(demo):
    """The done-when of the cascade, read from `sakip pohon --format json` as a user would."""

    def semua(s):
        yield s
        for a in s["anak"]:
            yield from semua(a)

    sasaran = [s for tj in _json("pohon") for s in tj["anak"]]
    bawah = [d for s in sasaran for a in s["anak"] for d in semua(a)]
    sub = [d["nomor"] for d in bawah if d["tingkat"] == "sub_kegiatan"]
    assert len(sub) == len(set(sub)) == 18
    assert all(d["penanggung_jawab"]["nama"] for d in bawah)


def test_every_node_below_the_sasaran_has_an_owner(demo):
    bawah = [
        d for tj in _pohon().akar for s in tj.anak for d in s.semua() if d.tingkat != "sasaran"
    ]
    assert {d.tingkat for d in bawah} == {"sasaran_program", "sasaran_kegiatan", "sub_kegiatan"}
    assert all(d.penanggung_jawab for d in bawah)
    # Tabel 9: one programme per sasaran, two for sasaran 2 (pelatihan and penunjang).
    assert sum(d.tingkat == "sasaran_program" for d in bawah) == 7
    assert sum(d.tingkat == "sasaran_kegiatan" for d in bawah) == 10


def test_the_budget_under_each_branch_sums_its_sub_kegiatan(demo):
    tujuan = _pohon().akar[0]
    sasaran_1 = tujuan.anak[0]
    # Tabel 13 row 1: pagu 207.673.476 for sasaran 1; tujuan 1 adds row 2's 3.115.882.778.
    assert sasaran_1.serapan.pagu == 207673476
    assert tujuan.serapan.pagu == 207673476 + 3115882778
    # Tabel 12 rows 1.b.1–1.b.4 (administrasi umum): 7.500.000 + 17.521.876 + 9.000.000
    # + 69.274.000.
    administrasi_umum = sasaran_1.anak[0].anak[0]
    assert administrasi_umum.serapan.pagu == 103295876


def test_the_cli_gives_the_engines_numbers_as_sakip_capaian_does(demo):
    pohon = _json("pohon")
    capaian = {b["indikator"]: b for b in _json("capaian")}
    sasaran = [s for tj in pohon for s in tj["anak"]]
    for s in [*pohon, *sasaran]:
        for i in s["indikator"]:
            b = capaian[i["nama"]]
            assert (i["target"], i["realisasi"], i["capaian"]) == (
                b["target"],
                b["realisasi"],
                b["capaian"],
            )
    # Sasaran 1, Tabel 5: realisasi 34,28 % (printed), computed 48/140 × 100 at full precision.
    assert (
        sasaran[0]["indikator"][0]["capaian"]
        == capaian["Persentase Meningkatnya Kesempatan Kerja"]["capaian"]
    )


def test_the_cli_nests_levels_with_owner_and_output(demo):
    pohon = _json("pohon")
    program = pohon[2]["anak"][0]["anak"][0]  # tujuan 3, sasaran 5, its programme
    assert program["tingkat"] == "sasaran_program"
    assert program["penanggung_jawab"] == {"nama": "Maya Lubis, S.E.", "nip": ""}
    kegiatan = program["anak"][0]
    assert kegiatan["tingkat"] == "sasaran_kegiatan"
    sub = kegiatan["anak"][0]
    # Tabel 14 row 4.a.1: 19.518.000 of 19.978.000 spent, 97,70 %.
    assert sub.pop("capaian") == 100
    anggaran = sub.pop("anggaran")
    assert (anggaran["pagu"], anggaran["realisasi"]) == (19978000, 19518000)
    assert round(anggaran["persen"], 2) == Decimal("97.70")
    # Tabel 14 row 4.a.1: output 12 bulan of 12, capaian 100.
    assert sub == {
        "tingkat": "sub_kegiatan",
        "nomor": "3.31.02.2.01.05",
        "nama": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sumber Daya Industri",
        "penanggung_jawab": {"nama": "Bambang Tarigan, S.T.", "nip": ""},
        "indikator": [
            {
                "nama": "Peningkatan sumber daya industri",
                "satuan": "bulan",
                "target": 12,
                "realisasi": 12,
                "capaian": 100,
            }
        ],
        "anak": [],
    }
    assert pohon[0]["penanggung_jawab"] is None


def test_the_cli_table_lists_the_tree_and_its_gaps(demo):
    out = StringIO()
    call_command("pohon", opd=OPD_TEBING, tahun=2022, stdout=out)
    teks = out.getvalue()
    assert "      sasaran_kegiatan 1 Terlaksananya administrasi umum perangkat daerah" in teks
    # Each tujuan of the Renstra serves a sasaran of the Suplemen RPJMD (seed 004 Tabel 3.1):
    # the demo's tree has no gap.
    assert "Celah" not in teks


def test_the_pemdas_choice_rolls_a_programme_up_from_its_kegiatan(demo):
    """Sasaran 1's programme over kegiatan administrasi umum (4 sub kegiatan, all 100),
    pengadaan BMD (mebel 100 with pagu 11.980.300, peralatan 0 with pagu 886.600) and
    pemeliharaan BMD (3 sub kegiatan, all 100); Tabel 14 output capaian, Tabel 12 pagu."""

    def program():
        return _json("pohon")[0]["anak"][0]["anak"][0]

    # By default a node keeps its own indicator (Tabel 9: 100).
    assert program()["capaian"] == 100
    Pemda.objects.filter(slug="kota-tebing-tinggi").update(gabung_capaian="rata_rata")
    # Pengadaan BMD: (100 + 0) / 2 = 50; the programme: (100 + 50 + 100) / 3 = 83,33.
    assert program()["anak"][1]["capaian"] == 50
    assert round(program()["capaian"], 2) == Decimal("83.33")
    Pemda.objects.filter(slug="kota-tebing-tinggi").update(gabung_capaian="bobot_anggaran")
    # Pengadaan BMD: 100 × 11.980.300 / 12.866.900 = 93,11; the programme:
    # (100 × 103.295.876 + 93,109… × 12.866.900 + 100 × 91.510.700) / 207.673.476 = 99,57.
    assert round(program()["anak"][1]["capaian"], 2) == Decimal("93.11")
    assert round(program()["capaian"], 2) == Decimal("99.57")
    # The OPD sasaran keeps its own indicator's capaian (Tabel 5: 52,75).
    assert round(_json("pohon")[0]["anak"][0]["capaian"], 2) == Decimal("52.75")
