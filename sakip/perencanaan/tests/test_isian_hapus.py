import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator, Sasaran, Target, Tujuan
from sakip.perencanaan.ubah import BIDANG_INDIKATOR, BIDANG_SASARAN, BIDANG_TUJUAN

from .isian_bantu import asal, indikator, indikator_baru, jejak_baru, jejak_terakhir, kunci, teks


def test_it_deletes_an_empty_sasaran(masuk):
    tujuan = indikator().sasaran.tujuan
    s = Sasaran.objects.create(tujuan=tujuan, nomor="9", nama="Kosong")
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        f"/rencana/sasaran/{s.pk}/hapus/", {"asal": asal(s, BIDANG_SASARAN)}
    )
    assert r.status_code == 302
    assert not Sasaran.objects.filter(pk=s.pk).exists()
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.HAPUS and j.lama["nama"] == "Kosong" and j.baru is None


def test_it_refuses_to_delete_a_tujuan_with_children(masuk):
    t = indikator().sasaran.tujuan
    klien = masuk("operator-tebing")
    r = klien.get(f"/rencana/tujuan/{t.pk}/hapus/")
    assert "Tidak dapat dihapus selama masih ada data terkait: sasaran" in teks(r)
    sebelum = jejak_terakhir()
    r = klien.post(f"/rencana/tujuan/{t.pk}/hapus/", {"asal": asal(t, BIDANG_TUJUAN)})
    assert r.status_code == 200
    assert "tidak dapat dihapus karena masih memiliki data terkait" in teks(r)
    assert Tujuan.objects.filter(pk=t.pk).exists()
    assert jejak_baru(sebelum) == []


def test_it_refuses_to_delete_an_indicator_with_realisations(masuk):
    ind = indikator()  # has a directly entered realisation for 2021
    r = masuk("operator-tebing").post(
        f"/rencana/indikator/{ind.pk}/hapus/", {"asal": asal(ind, BIDANG_INDIKATOR)}
    )
    assert "realisasi" in teks(r)
    assert Indikator.objects.filter(pk=ind.pk).exists()


def test_it_deletes_an_indicator_with_its_targets_one_record_each(masuk):
    baru = indikator_baru("hapus-saya", "Hapus")
    Target.objects.create(indikator=baru, tahun=2021, nilai=1)
    Target.objects.create(indikator=baru, tahun=2022, nilai=2)
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        f"/rencana/indikator/{baru.pk}/hapus/", {"asal": asal(baru, BIDANG_INDIKATOR)}
    )
    assert r.status_code == 302
    assert not Indikator.objects.filter(pk=baru.pk).exists()
    jejak = jejak_baru(sebelum)
    assert [(j.objek, j.tindakan) for j in jejak] == [("target", "hapus")] * 2 + [
        ("indikator", "hapus")
    ]


def test_it_refuses_when_locked_or_not_the_operator(masuk):
    tujuan = indikator().sasaran.tujuan
    s = Sasaran.objects.create(tujuan=tujuan, nomor="9", nama="Kosong")
    for pengguna in ("kepala-tebing", "admin-tebing", "inspektorat-tebing"):
        assert masuk(pengguna).post(f"/rencana/sasaran/{s.pk}/hapus/").status_code == 403
    kunci(tujuan.periode.tahun_awal, Dokumen.RENSTRA, Tahap.DISETUJUI)
    assert masuk("operator-tebing").post(f"/rencana/sasaran/{s.pk}/hapus/").status_code == 403
    assert Sasaran.objects.filter(pk=s.pk).exists()


def test_it_refuses_a_delete_over_another_users_change(masuk):
    tujuan = indikator().sasaran.tujuan
    s = Sasaran.objects.create(tujuan=tujuan, nomor="9", nama="Kosong")
    data = {"asal": asal(s, BIDANG_SASARAN)}
    Sasaran.objects.filter(pk=s.pk).update(nama="Diisi orang lain")
    r = masuk("operator-tebing").post(f"/rencana/sasaran/{s.pk}/hapus/", data)
    assert "telah diubah oleh pengguna lain" in teks(r)
    assert Sasaran.objects.filter(pk=s.pk).exists()


@pytest.mark.parametrize("jenis", ["tujuan", "sasaran", "indikator"])
def test_it_checks_access(masuk, client, jenis):
    ind = indikator()
    obj = {"tujuan": ind.sasaran.tujuan, "sasaran": ind.sasaran, "indikator": ind}[jenis]
    url = f"/rencana/{jenis}/{obj.pk}/hapus/"
    assert masuk("operator-jambi").post(url).status_code == 404
    r = client.post(url)
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert masuk("operator-tebing").get(f"/rencana/periode/{obj.pk}/hapus/").status_code == 404
