"""The Rencana Aksi page: every PK indicator and the indicators of its cascade, the actions
per quarter, and the progress of the actions beside the indicator's capaian."""

from decimal import Decimal

from sakip.aksi.hitung import rencana_aksi
from sakip.instansi.models import OPD as ModelOPD
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator, Target

from .conftest import OPD, RENCANA


def _baris(kode):
    opd = ModelOPD.objects.get(slug=OPD)
    return next(i for i in rencana_aksi(opd, 2022) if i.indikator.kode == kode)


def test_progress_per_quarter_is_worked_by_hand(demo):
    # Tenaga kerja dilindungi: TW I sosialisasi (selesai TW I); TW II pemeriksaan (berjalan
    # TW II, selesai TW III); TW III rapat LKS (selesai); TW IV Dewan Pengupahan (selesai).
    # TW I 1/1, TW II 1/2, TW III 3/3, TW IV 4/4.
    ind = _baris("tenaga-kerja-dilindungi")
    assert [t.kemajuan for t in ind.triwulan] == [100, 50, 100, 100]
    assert [len(t.aksi) for t in ind.triwulan] == [1, 1, 1, 1]
    assert ind.anggaran == Decimal(82_500_000)
    # Sasaran program: TW I peta rawan (berjalan TW I, selesai TW II); TW III pembinaan
    # (tertunda TW III, berjalan TW IV). TW I 0/1, TW II 1/1, TW III 1/2, TW IV 1/2.
    ind = _baris("sp-hubungan-industrial-3")
    assert [t.kemajuan for t in ind.triwulan] == [0, 100, 50, 50]
    assert ind.sasaran.tingkat == "sasaran_program"
    assert [a.status for t in ind.triwulan for a in t.aksi] == ["Selesai", "Berjalan"]


def test_the_indicators_follow_the_plan_and_its_cascade(demo):
    opd = ModelOPD.objects.get(slug=OPD)
    kode = [i.indikator.kode for i in rencana_aksi(opd, 2022)]
    # Sasaran 3's key indicator, then its sasaran program's, then its sasaran kegiatan's.
    i = kode.index("tenaga-kerja-dilindungi")
    assert kode[i : i + 3] == [
        "tenaga-kerja-dilindungi",
        "sp-hubungan-industrial-3",
        "sk-perselisihan",
    ]
    assert len(kode) == len(set(kode))


def test_the_page_shows_progress_beside_capaian(demo, masuk):
    # A quarter's target and realisation for the sasaran kegiatan's indicator: 80 of 100.
    ind = Indikator.objects.get(kode="sk-perselisihan")
    Target.objects.create(indikator=ind, tahun=2022, triwulan=2, nilai=100)
    Realisasi.objects.create(indikator=ind, tahun=2022, triwulan=2, nilai=80)
    r = masuk("kepala-tebing").get(RENCANA)
    assert r.status_code == 200
    bagian = r.text.split(f'id="indikator-{ind.pk}"')[1].split("</section>")[0]
    tw2 = bagian.split("Triwulan II")[1].split("Triwulan III")[0]
    assert "Kemajuan aksi: <strong>100,00%</strong>" in tw2
    assert "Capaian indikator: <strong>80,00%</strong>" in tw2
    assert "Mediasi perselisihan hubungan industrial" in tw2
    assert "Rp 110.000.000" in bagian  # 60.000.000 + 50.000.000 of its two actions
