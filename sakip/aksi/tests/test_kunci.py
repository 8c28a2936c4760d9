"""The actions are locked with the year's PK, a quarter's reports with that quarter's data;
nothing reaches around a lock."""

from sakip.aksi.models import LaporanAksi
from sakip.alur.models import StatusDokumen, Tahap

from .conftest import OPD
from .test_akses import LAPORAN


def test_approved_documents_lock_the_plan_and_the_reports(aksi, terbuka, masuk):
    for dokumen in ("pk", "tw2"):
        StatusDokumen.objects.create(
            opd=aksi.opd, tahun=2022, dokumen=dokumen, tahap=Tahap.DISETUJUI
        )
    c = masuk("operator-tebing")
    r = c.get(f"/aksi/{aksi.pk}/")
    assert "Perjanjian Kinerja 2022 berstatus Disetujui sehingga terkunci" in r.text
    assert c.post(f"/aksi/{aksi.pk}/hapus/", {"asal": "{}"}).status_code == 403
    assert c.post(f"/aksi/{aksi.pk}/triwulan/2/", LAPORAN).status_code == 403
    assert not LaporanAksi.objects.filter(aksi=aksi, triwulan=2).exists()
    assert "Tambah aksi" not in c.get(f"/opd/{OPD}/rencana-aksi/2022/").text


def test_a_quarter_approved_locks_its_reports_only(aksi, terbuka, masuk):
    StatusDokumen.objects.create(opd=aksi.opd, tahun=2022, dokumen="tw2", tahap=Tahap.DISETUJUI)
    c = masuk("operator-tebing")
    r = c.get(f"/aksi/{aksi.pk}/triwulan/2/")
    assert "Data Triwulan II 2022 berstatus Disetujui sehingga terkunci" in r.text
    assert c.post(f"/aksi/{aksi.pk}/triwulan/2/", LAPORAN).status_code == 403
    assert c.post(f"/aksi/{aksi.pk}/triwulan/3/", LAPORAN).status_code == 302
    assert LaporanAksi.objects.get(aksi=aksi, triwulan=3).status == "berjalan"
