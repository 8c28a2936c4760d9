"""The workbook follows the plan's rule for a supplement: its indicators and yearly targets
change only while the Renstra it supplements is open too (issue 13)."""

from sakip.akun.models import Pengguna
from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.perencanaan.models import Indikator, Target
from sakip.pertukaran.buku_kerja import bandingkan, buat_buku

from .buku_kerja_bantu import opd_terbuka, ubah

# kesempatan-kerja: an indicator of the Suplemen Renstra 2021–2022 of Tebing Tinggi, whose
# parent is the Renstra 2017–2022.
KODE = "kesempatan-kerja"
TERKUNCI = "Renstra 2017 berstatus Disetujui sehingga terkunci"


def test_an_approved_parent_guards_the_supplement(demo):
    opd = opd_terbuka()
    ind = Indikator.objects.get(periode__opd=opd, kode=KODE)
    assert (ind.periode.tahun_awal, ind.periode.induk.tahun_awal) == (2021, 2017)
    StatusDokumen.objects.create(
        opd=opd, tahun=2017, dokumen=Dokumen.RENSTRA, tahap=Tahap.DISETUJUI
    )
    operator = Pengguna.objects.get(username="operator-tebing")
    for lembar, judul in (("Target", "Target Tahunan"), ("Indikator Renstra", "Nama")):
        data, baris, kolom = ubah(buat_buku(opd, 2022), lembar, KODE, judul, "70")
        (galat,) = bandingkan(operator, opd, 2022, data).galat
        assert (galat.lembar, galat.baris, galat.kolom) == (lembar, baris, kolom)
        assert TERKUNCI in galat.pesan
    # Quarterly targets belong to the PK of the year, which is open.
    data, *_ = ubah(buat_buku(opd, 2022), "Target", KODE, "Target TW I", 70)
    assert bandingkan(operator, opd, 2022, data).galat == []
    assert Target.objects.get(indikator=ind, tahun=2022, triwulan=0).nilai == 65
