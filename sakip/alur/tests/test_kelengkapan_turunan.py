"""A quarter's completeness summary also lists the indicators of the nodes below the OPD's
sasaran still without a value, as their own kind (they are entered with the quarter but are
in no OPD document, so the LKjIP does not ask for them): Tebing Tinggi 2022, whose lower
nodes have only their year's values in the demo."""

from sakip.alur.kelengkapan import JENIS, kekurangan
from sakip.instansi.models import OPD
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator

TEBING = "disnakerind-tebing-tinggi"
NAMA = "Terlaksananya pengadaan barang milik daerah (sasaran kegiatan)"


def _turunan(dokumen):
    opd = OPD.objects.get(slug=TEBING)
    return [k for k in kekurangan(opd, 2022, dokumen) if k.jenis == "nilai_turunan"]


def test_a_quarter_lists_lower_node_indicators_without_a_value_separately(demo):
    gaps = _turunan("tw2")
    assert JENIS["nilai_turunan"] == "Indikator sasaran program, kegiatan dan individu tanpa nilai"
    assert (
        len(gaps)
        == Indikator.objects.filter(periode__opd__slug=TEBING, sasaran__induk__isnull=False)
        .exclude(jenis="kualitatif")
        .count()
    )
    k = next(k for k in gaps if k.nama == NAMA)
    assert (k.rincian, k.tautan) == (
        "belum ada nilai Triwulan II 2022",
        f"/opd/{TEBING}/isian/2022/2/",
    )
    # Triwulan IV also needs the year's value, which the demo has.
    k = next(k for k in _turunan("tw4") if k.nama == NAMA)
    assert k.rincian == "belum ada nilai Triwulan IV 2022"


def test_a_value_takes_the_gap_away_and_the_lkjip_does_not_ask(demo):
    ind = Indikator.objects.get(kode="sk-pengadaan-bmd")
    Realisasi.objects.create(indikator=ind, tahun=2022, triwulan=2, nilai=40)
    assert NAMA not in [k.nama for k in _turunan("tw2")]
    assert _turunan("lkjip") == []
