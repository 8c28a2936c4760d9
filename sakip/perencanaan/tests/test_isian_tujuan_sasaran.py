import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Periode, Sasaran, Tujuan
from sakip.perencanaan.ubah import BIDANG_SASARAN, BIDANG_TUJUAN

from .isian_bantu import asal, indikator, jejak_baru, jejak_terakhir, kunci, teks


def _periode():
    return indikator().periode  # Suplemen Renstra 2021–2022


def _sasaran_pemda(kode="suplemen-rpjmd-2021-2022", nama="Sasaran Pemda"):
    """A sasaran in a Pemda-level period of Kota Tebing Tinggi (the demo has none)."""
    periode = Periode.objects.get(kode=kode, pemda__slug="kota-tebing-tinggi")
    tujuan = Tujuan.objects.create(periode=periode, nomor="1", nama="Tujuan Pemda")
    return Sasaran.objects.create(tujuan=tujuan, nomor="1", nama=nama)


def test_it_creates_a_tujuan_serving_a_pemda_sasaran(masuk):
    periode = _periode()
    pemda = _sasaran_pemda()
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        f"/rencana/periode/{periode.pk}/tujuan/",
        {
            "asal": "null",
            "nomor": "30",
            "nama": "Tujuan baru",
            "melayani": pemda.pk,
            "urutan": "5",
        },
    )
    assert r.status_code == 302, teks(r)
    t = Tujuan.objects.get(periode=periode, nama="Tujuan baru")
    assert t.nama == "Tujuan baru" and t.urutan == 5 and t.melayani == pemda
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.BUAT and j.baru["nama"] == "Tujuan baru"


def test_it_edits_a_sasaran(masuk):
    s = indikator().sasaran
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        f"/rencana/sasaran/{s.pk}/",
        {"asal": asal(s, BIDANG_SASARAN), "nomor": s.nomor, "nama": "Nama baru", "urutan": "0"},
    )
    assert r.status_code == 302
    s.refresh_from_db()
    assert s.nama == "Nama baru"
    [j] = jejak_baru(sebelum)
    assert j.lama["nama"] == "Meningkatnya Kesempatan kerja" and j.baru["nama"] == "Nama baru"


def test_it_creates_a_sasaran_under_a_tujuan(masuk):
    t = indikator().sasaran.tujuan
    r = masuk("operator-tebing").post(
        f"/rencana/tujuan/{t.pk}/sasaran/", {"asal": "null", "nomor": "9", "nama": "Sasaran baru"}
    )
    assert r.status_code == 302
    assert Sasaran.objects.get(tujuan=t, nomor="9").nama == "Sasaran baru"


def test_it_offers_the_sasaran_of_overlapping_pemda_periods(masuk):
    _sasaran_pemda(nama="Sasaran suplemen RPJMD")
    _sasaran_pemda("rpjmd-2017-2022", nama="Sasaran RPJMD induk")
    lain = Periode.objects.get(kode="rpjmd-2017-2022", pemda__slug="kota-tebing-tinggi")
    lain.pk, lain.kode, lain.tahun_awal, lain.tahun_akhir = None, "rpjmd-2023", 2023, 2026
    lain.save()
    tujuan = Tujuan.objects.create(periode=lain, nomor="1", nama="T")
    Sasaran.objects.create(tujuan=tujuan, nomor="1", nama="Sasaran periode berikutnya")
    isi = teks(masuk("operator-tebing").get(f"/rencana/periode/{_periode().pk}/tujuan/"))
    assert "Sasaran 1: Sasaran suplemen RPJMD" in isi
    assert "Sasaran 1: Sasaran RPJMD induk" in isi
    assert "Sasaran periode berikutnya" not in isi


def test_it_refuses_a_save_over_another_users_change(masuk):
    t = indikator().sasaran.tujuan
    data = {"asal": asal(t, BIDANG_TUJUAN), "nomor": t.nomor, "nama": "Saya", "urutan": "0"}
    Tujuan.objects.filter(pk=t.pk).update(nomor="7")
    r = masuk("operator-tebing").post(f"/rencana/tujuan/{t.pk}/", data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    t.refresh_from_db()
    assert t.nama != "Saya"


def test_it_refuses_when_locked(masuk):
    periode = _periode()
    kunci(periode.tahun_awal, Dokumen.RENSTRA, Tahap.DIAJUKAN)
    r = masuk("operator-tebing").post(
        f"/rencana/periode/{periode.pk}/tujuan/", {"nomor": "3", "nama": "X"}
    )
    assert r.status_code == 403
    assert not Tujuan.objects.filter(nama="X").exists()


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    t = indikator().sasaran.tujuan
    klien = masuk(pengguna)
    assert klien.get(f"/rencana/tujuan/{t.pk}/").status_code == 200
    assert klien.post(f"/rencana/tujuan/{t.pk}/", {"nomor": "1", "nama": "X"}).status_code == 403
    assert (
        klien.post(f"/rencana/tujuan/{t.pk}/sasaran/", {"nomor": "1", "nama": "X"}).status_code
        == 403
    )


def test_it_checks_access(masuk, client):
    t = indikator().sasaran.tujuan
    periode = _periode()
    lain = masuk("operator-jambi")
    for url in (
        f"/rencana/tujuan/{t.pk}/",
        f"/rencana/periode/{periode.pk}/tujuan/",
        f"/rencana/tujuan/{t.pk}/sasaran/",
    ):
        assert lain.get(url).status_code == 404
        assert lain.post(url, {"nomor": "1", "nama": "X"}).status_code == 404
        r = client.get(url)
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    # A Pemda-level period (RPJMD) is the Admin Pemda's: an OPD operator only reads it.
    rpjmd = Periode.objects.get(kode="rpjmd-2017-2022", pemda__slug="kota-tebing-tinggi")
    url = f"/rencana/periode/{rpjmd.pk}/tujuan/"
    r = masuk("operator-tebing").get(url)
    assert r.status_code == 200 and "Hanya Admin Pemda" in teks(r)
    assert masuk("operator-tebing").post(url, {"nomor": "1", "nama": "X"}).status_code == 403
