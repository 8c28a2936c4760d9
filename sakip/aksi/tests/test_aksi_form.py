"""Adding, changing and deleting an action: the amounts on one budget line stay within its
pagu, the month within the quarter; every change audited with its reason."""

from sakip.aksi.models import Aksi
from sakip.anggaran.models import ProgramKegiatan
from sakip.instansi.models import Pejabat
from sakip.jejak.models import Jejak

from .conftest import OPD


def _isian(aksi=None, **ubah):
    sub = ProgramKegiatan.objects.get(opd__slug=OPD, tahun=2022, kode="2.07.05.2.02.02")
    isian = {
        "uraian": "Monitoring kepesertaan BPJS pada perusahaan kecil",
        "triwulan": "3",
        "bulan": "8",
        "penanggung_jawab": str(Pejabat.objects.get(kode="kasi-jaminan-sosial").pk),
        "sub_kegiatan": str(sub.pk),
        # The line's pagu 100.800.000 less the demo's 82.500.000 on it: exactly what is left.
        "anggaran": "18.300.000",
        "target": "10 perusahaan",
        "urutan": "9",
        "asal": "null",
    }
    return isian | ubah


def test_an_action_within_the_pagu_is_added_and_one_beyond_it_refused(aksi, terbuka, masuk):
    c = masuk("operator-tebing")
    alamat = f"/opd/{OPD}/rencana-aksi/2022/indikator/{aksi.indikator_id}/tambah/"
    assert c.post(alamat, _isian()).status_code == 302
    baru = Aksi.objects.get(uraian="Monitoring kepesertaan BPJS pada perusahaan kecil")
    assert (baru.triwulan, baru.bulan, baru.anggaran) == (3, 8, 18_300_000)
    assert Jejak.objects.filter(objek="aksi", tindakan="buat", objek_id=str(baru.pk)).exists()

    r = c.post(alamat, _isian(uraian="Satu rupiah lagi", anggaran="1"))
    assert r.status_code == 200
    assert (
        "Anggaran aksi Rp 1 melebihi sisa pagu sub kegiatan 2.07.05.2.02.02: Rp 0 dari pagu "
        "Rp 100.800.000 belum dipakai aksi lain." in r.text
    )
    assert not Aksi.objects.filter(uraian="Satu rupiah lagi").exists()


def test_a_month_outside_the_quarter_and_money_without_a_line_are_refused(aksi, terbuka, masuk):
    c = masuk("operator-tebing")
    alamat = f"/opd/{OPD}/rencana-aksi/2022/indikator/{aksi.indikator_id}/tambah/"
    r = c.post(alamat, _isian(triwulan="1", bulan="5"))
    assert "Bulan Mei tidak termasuk Triwulan I." in r.text
    r = c.post(alamat, _isian(sub_kegiatan=""))
    assert "Anggaran aksi harus bersumber dari satu sub kegiatan" in r.text
    assert Aksi.objects.filter(opd__slug=OPD).count() == 8


def test_a_change_is_audited_with_its_reason(aksi, terbuka, masuk):
    c = masuk("operator-tebing")
    asal = c.get(f"/aksi/{aksi.pk}/").context["asal_json"]
    isian = _isian(
        uraian=aksi.uraian,
        triwulan="1",
        bulan="3",
        anggaran="15000000",
        urutan="1",
        asal=asal,
        alasan="Jadwal mundur ke Maret",
    )
    assert c.post(f"/aksi/{aksi.pk}/", isian).status_code == 302
    j = Jejak.objects.get(objek="aksi", tindakan="ubah", objek_id=str(aksi.pk))
    assert (j.lama["bulan"], j.baru["bulan"], j.alasan) == (2, 3, "Jadwal mundur ke Maret")
    assert j.pengguna.username == "operator-tebing"
    # The same form posted again over the change: someone else saved in between.
    r = c.post(f"/aksi/{aksi.pk}/", isian | {"bulan": "1"})
    assert "telah diubah oleh pengguna lain" in r.text


def test_an_action_with_reports_is_kept_one_without_is_deleted(aksi, terbuka, masuk):
    c = masuk("operator-tebing")
    r = c.get(f"/aksi/{aksi.pk}/hapus/")
    assert "Tidak dapat dihapus selama masih ada data terkait" in r.text
    aksi.laporan_set.all().delete()
    asal = c.get(f"/aksi/{aksi.pk}/hapus/").context["asal_json"]
    assert c.post(f"/aksi/{aksi.pk}/hapus/", {"asal": asal}).status_code == 302
    assert not Aksi.objects.filter(pk=aksi.pk).exists()
    j = Jejak.objects.get(objek="aksi", tindakan="hapus")
    assert j.lama["uraian"].startswith("Sosialisasi kepesertaan")
