"""The nodes below an OPD sasaran (the demo's Tebing Tinggi cascade) never show as the
OPD's sasaran or IKU: the plan's tables, the capaian rows every document reads and the
efficiency table (Tabel 13) are those of the six sasaran, as before the cascade."""

from sakip.anggaran.hitung import efisiensi_sasaran
from sakip.instansi.models import OPD
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import Indikator, Sasaran

OPD_TEBING = "disnakerind-tebing-tinggi"
# Names only the nodes below the sasaran carry.
BAWAH = ["Terlaksananya administrasi umum perangkat daerah", "Dedi Siregar"]


def test_the_capaian_rows_are_the_plans_own(demo):
    opd = OPD.objects.get(slug=OPD_TEBING)
    assert Indikator.objects.filter(periode__opd=opd, sasaran__tingkat="sasaran_kegiatan").exists()
    baris = baris_capaian(opd, 2022)
    # Suplemen Renstra 2021–2022: 4 tujuan indicators and one per sasaran 1–6.
    assert len(baris) == 10
    assert {b.sasaran.tingkat for b in baris if b.sasaran} == {"sasaran"}


def test_a_tujuan_lists_only_its_sasaran(demo):
    tujuan = Sasaran.objects.get(
        tingkat="sasaran",
        nomor="1",
        tujuan__periode__opd__slug=OPD_TEBING,
        tujuan__periode__kode="suplemen-renstra-disnakerind-2021-2022",
    ).tujuan
    assert [s.nomor for s in tujuan.sasaran_set.all()] == ["1", "2"]


def test_tabel_13_sums_each_sasarans_branch_as_printed(demo):
    """LKjIP 2022 Tabel 13 (seed 004): pagu per sasaran, now reached through sasaran
    program and kegiatan."""
    baris = efisiensi_sasaran(OPD.objects.get(slug=OPD_TEBING), 2022)
    assert [(b.sasaran.nomor, b.serapan.pagu) for b in baris] == [
        ("1", 207673476),
        ("2", 3115882778),
        ("3", 314080000),
        ("4", 44176200),
        ("5", 19978000),
        ("6", 232124700),
    ]


def test_the_plan_and_iku_pages_do_not_show_them(masuk):
    """(The entry page shows them, under their sasaran: test_isian_turunan.)"""
    c = masuk("operator-tebing")
    for url in (f"/opd/{OPD_TEBING}/", f"/opd/{OPD_TEBING}/iku/2022/"):
        teks = c.get(url).text
        assert "Meningkatnya Kesempatan kerja" in teks, url
        assert not any(x in teks for x in BAWAH), url
