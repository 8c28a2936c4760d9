"""The Pemda's whole pohon kinerja: the demo's Suplemen RPJMD 2021–2022 of Tebing Tinggi
down through the Disnakerind to its 18 sub kegiatan (`sakip pohon --pemda`); the gap checks
on a small Pemda with each kind of gap planted once; a fixed number of queries for any
number of OPD."""

import json
from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.anggaran.models import ProgramKegiatan
from sakip.anggaran.pohon_kinerja import pohon_kinerja, pohon_kinerja_pemda
from sakip.instansi.models import OPD, Pejabat, Pemda
from sakip.perencanaan.models import Indikator, Periode, Sasaran, Target, Tujuan

DISNAKERIND = {
    "slug": "disnakerind-tebing-tinggi",
    "nama": "Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi",
}


def _json(**kw):
    out = StringIO()
    call_command("pohon", tahun=2022, format="json", stdout=out, **kw)
    return json.loads(out.getvalue(), parse_float=Decimal, parse_int=Decimal)


def _semua(s):
    yield s
    for a in s["anak"]:
        yield from _semua(a)


def test_the_cli_runs_from_the_rpjmd_through_the_opd_to_every_sub_kegiatan(demo):
    (tujuan,) = _json(pemda="kota-tebing-tinggi")
    assert tujuan["tingkat"] == "tujuan" and "opd" not in tujuan
    # Seed 004 Tabel 3.1: the Renstra's three tujuan each serve one sasaran of the Suplemen
    # RPJMD, measured by their four indicators (one target each: 40, 85 and 10, 2 %).
    assert [s["nomor"] for s in tujuan["anak"]] == ["1", "2", "3"]
    # The target is the final year's (2022); the Pemda's realisation is not printed.
    assert [[i["target"] for i in s["indikator"]] for s in tujuan["anak"]] == [[40], [85, 10], [2]]
    assert all(i["realisasi"] is None for s in tujuan["anak"] for i in s["indikator"])
    for s, nomor in zip(tujuan["anak"], ["1", "2", "3"], strict=True):
        assert "opd" not in s
        (opd_tujuan,) = s["anak"]
        assert (opd_tujuan["tingkat"], opd_tujuan["nomor"]) == ("tujuan", nomor)
        assert opd_tujuan["opd"] == DISNAKERIND
        assert all(x["opd"] == DISNAKERIND for x in opd_tujuan["anak"])
    sasaran_opd = [x for s in tujuan["anak"] for x in s["anak"][0]["anak"]]
    assert [x["nomor"] for x in sasaran_opd] == ["1", "2", "3", "4", "5", "6"]
    bawah = [d for x in sasaran_opd for a in x["anak"] for d in _semua(a)]
    sub = [d["nomor"] for d in bawah if d["tingkat"] == "sub_kegiatan"]
    assert len(sub) == len(set(sub)) == 18
    assert all(d["penanggung_jawab"]["nama"] and "opd" not in d for d in bawah)
    # The budget under the whole tree: the RFK total of the year (Lampiran RFK:
    # Rp 3.933.915.154 pagu, Rp 3.671.191.890 realised), each sub kegiatan once.
    assert tujuan["anggaran"]["pagu"] == 3933915154
    assert tujuan["anggaran"]["realisasi"] == 3671191890
    # Under RPJMD sasaran 1, the Renstra's sasaran 1 and 2 (Tabel 13: 207.673.476 +
    # 3.115.882.778).
    assert tujuan["anak"][0]["anggaran"]["pagu"] == 207673476 + 3115882778


def test_the_same_node_reads_the_same_in_both_trees(demo):
    opd = _json(opd="disnakerind-tebing-tinggi")
    pemda = _json(pemda="kota-tebing-tinggi")
    assert [s["anak"][0] for s in pemda[0]["anak"]] == opd


def test_the_demo_tree_has_no_gap(demo):
    assert pohon_kinerja_pemda(Pemda.objects.get(slug="kota-tebing-tinggi"), 2022).celah() == []
    out = StringIO()
    call_command("pohon", pemda="kota-tebing-tinggi", tahun=2022, stdout=out)
    teks = out.getvalue()
    assert "Celah" not in teks
    assert "  tujuan 1 Meningkatnya penyerapan tenaga kerja  <Dinas Ketenagakerjaan" in teks


# --- A small Pemda with each gap planted once ---------------------------------------------


def _indikator(periode, **induk):
    ind = Indikator.objects.create(
        periode=periode,
        kode=f"i{Indikator.objects.count()}",
        nama="Indikator",
        satuan="%",
        jenis=Indikator.Jenis.PERSENTASE,
        polaritas="positif",
        **induk,
    )
    Target.objects.create(indikator=ind, tahun=2022, nilai=100)


def _pemda():
    pemda = Pemda.objects.create(slug="kab-uji", nama="Kabupaten Uji", jenis="kabupaten")
    rpjmd = Periode.objects.create(
        pemda=pemda, kode="rpjmd", jenis="rpjmd", nama="RPJMD", tahun_awal=2021, tahun_akhir=2026
    )
    tujuan = Tujuan.objects.create(periode=rpjmd, nomor="1", nama="Tujuan Pemda")
    sasaran = Sasaran.objects.create(tujuan=tujuan, nomor="1", nama="Sasaran Pemda")
    _indikator(rpjmd, sasaran=sasaran)
    return pemda, sasaran


def _opd(pemda, slug, sasaran_pemda):
    """An OPD serving `sasaran_pemda` with tujuan 1 whose sasaran 1 cascades to a programme
    and a kegiatan (the kegiatan WITHOUT indicator) delivered by sub kegiatan "A", and
    whose sasaran 2 has NO programme; and tujuan 2 serving NOTHING, whose sasaran 3 is
    delivered by "B"; and sub kegiatan "Lepas" supporting NO sasaran."""
    opd = OPD.objects.create(pemda=pemda, slug=slug, nama=f"Dinas {slug}")
    pejabat = Pejabat.objects.create(pemda=pemda, opd=opd, kode=slug, nama="Pejabat", jabatan="J")
    renstra = Periode.objects.create(
        pemda=pemda,
        opd=opd,
        kode=slug,
        jenis="renstra",
        nama="R",
        tahun_awal=2021,
        tahun_akhir=2026,
    )
    tujuan_1 = Tujuan.objects.create(periode=renstra, nomor="1", nama="T1", melayani=sasaran_pemda)
    tujuan_2 = Tujuan.objects.create(periode=renstra, nomor="2", nama="T2")
    sasaran = {}
    for nomor, tujuan in [("1", tujuan_1), ("2", tujuan_1), ("3", tujuan_2)]:
        sasaran[nomor] = Sasaran.objects.create(tujuan=tujuan, nomor=nomor, nama=f"Sasaran {nomor}")
        _indikator(renstra, sasaran=sasaran[nomor])
    program = Sasaran.objects.create(
        tingkat="sasaran_program", induk=sasaran["1"], nomor="1", nama="P", penanggung_jawab=pejabat
    )
    _indikator(renstra, sasaran=program)
    kegiatan = Sasaran.objects.create(
        tingkat="sasaran_kegiatan", induk=program, nomor="1", nama="Kegiatan tanpa indikator"
    )
    pos = ProgramKegiatan.objects.create(opd=opd, tahun=2022, kode="1.01", nama="Prog", tingkat=3)
    pos = ProgramKegiatan.objects.create(
        opd=opd, tahun=2022, kode="1.01.2.01", nama="Keg", tingkat=4, induk=pos
    )
    for kode, nama, didukung in [
        ("01", "A", kegiatan),
        ("02", "B", sasaran["3"]),
        ("03", "Lepas", None),
    ]:
        sub = ProgramKegiatan.objects.create(
            opd=opd, tahun=2022, kode=f"1.01.2.01.{kode}", nama=nama, tingkat=5, induk=pos, pagu=10
        )
        if didukung:
            sub.sasaran.add(didukung)
    return opd


HARAP = [
    ("tanpa_indikator", "Kegiatan tanpa indikator"),
    ("tanpa_program", "Sasaran 2"),
    ("tidak_melayani", "Sasaran 3"),
    ("sub_kegiatan_lepas", "Lepas"),
]


def test_the_gap_checks_find_each_planted_gap_once(db):
    pemda, sasaran = _pemda()
    opd = _opd(pemda, "dinas-uji", sasaran)
    assert [(c.jenis, c.simpul.nama) for c in pohon_kinerja(opd, 2022).celah()] == HARAP
    pohon = pohon_kinerja_pemda(pemda, 2022)
    assert [(c.jenis, c.simpul.nama) for c in pohon.celah()] == HARAP
    # In the Pemda's tree the OPD's tujuan 1 hangs under the sasaran it serves, with the
    # budget of its sub kegiatan "A" (B serves nothing; "Lepas" supports no sasaran).
    (tujuan,) = pohon.akar
    (opd_tujuan,) = tujuan.anak[0].anak
    assert (opd_tujuan.nama, opd_tujuan.opd) == ("T1", ("dinas-uji", "Dinas dinas-uji"))
    assert tujuan.serapan.pagu == tujuan.anak[0].serapan.pagu == 10
    assert pohon.celah()[2].pesan == (
        "Sasaran 3 (Dinas dinas-uji) “Sasaran 3” tidak mendukung sasaran atau tujuan Pemda "
        "mana pun."
    )


def test_it_reads_any_number_of_opd_in_a_fixed_number_of_queries(db):
    pemda, sasaran = _pemda()
    _opd(pemda, "dinas-0", sasaran)

    def kueri():
        with CaptureQueriesContext(connection) as q:
            pohon = pohon_kinerja_pemda(pemda, 2022)
        return len(q), pohon

    satu, _ = kueri()
    for i in range(1, 45):
        _opd(pemda, f"dinas-{i}", sasaran)
    banyak, pohon = kueri()
    assert banyak == satu
    assert len(pohon.akar[0].anak[0].anak) == 45
    assert pohon.akar[0].serapan.pagu == 45 * 10
