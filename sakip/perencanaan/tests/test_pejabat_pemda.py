"""The Pemda's officials: the list and the form adding or changing one (Admin Pemda)."""

import pytest

from sakip.instansi.models import OPD, Pejabat
from sakip.jejak.models import Jejak
from sakip.perencanaan.struktur import BIDANG_PEJABAT
from sakip.pertukaran.demo import OPD_DEMO, PPU, TEBING

from .isian_bantu import asal, jejak_baru, jejak_terakhir, teks

DAFTAR = f"/pemda/{TEBING}/pejabat/"
BARU = DAFTAR + "baru/"


def _url(p):
    return f"{DAFTAR}{p.pk}/"


def _pejabat(kode="inspektur"):
    return Pejabat.objects.get(kode=kode, pemda__slug=TEBING)


def _baru(**ubah):
    data = {
        "asal": "null",
        "kode": "sekda",
        "nama": "Drs. Contoh Sekretaris",
        "nip": "19700101 199503 1 001",
        "pangkat": "Pembina Utama Madya",
        "golongan": "IV/d",
        "jabatan": "Sekretaris Daerah",
        "opd": "",
    }
    data.update(ubah)
    return data


def _ubah(p, **ubah):
    data = {
        "asal": asal(p, BIDANG_PEJABAT),
        **{b: getattr(p, b) for b in ("kode", "nama", "nip", "pangkat", "golongan", "jabatan")},
        "opd": p.opd_id or "",
    }
    data.update(ubah)
    return data


def test_it_lists_the_officials(masuk):
    isi = teks(masuk("admin-tebing").get(DAFTAR))
    assert "H. Kamlan" in isi and "Ir. Iboy Hutapea" in isi and "+ Tambah pejabat" in isi
    assert _url(_pejabat()) in isi
    assert "Margono" not in isi  # an official of another Pemda


def test_it_creates_an_official_of_the_pemda(masuk):
    klien = masuk("admin-tebing")
    sebelum = jejak_terakhir()
    r = klien.post(BARU, _baru(nip=" 19700101  199503 1 001 "))
    assert r.status_code == 302 and r.url == DAFTAR, teks(r)
    p = Pejabat.objects.get(kode="sekda", pemda__slug=TEBING)
    assert (p.opd, p.nip, p.golongan) == (None, "19700101 199503 1 001", "IV/d")
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.objek, j.opd_id, j.pemda_id) == (
        Jejak.Tindakan.BUAT,
        "pejabat",
        None,
        p.pemda_id,
    )
    assert (
        j.lama is None and j.baru["nama"] == "Drs. Contoh Sekretaris" and j.baru["opd_id"] is None
    )
    assert "Pejabat disimpan." in teks(klien.get(r.url))


def test_it_moves_an_official_to_an_opd(masuk):
    p = _pejabat()
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    sebelum = jejak_terakhir()
    r = masuk("admin-tebing").post(_url(p), _ubah(p, opd=opd.pk, golongan="IV/d"))
    assert r.status_code == 302, teks(r)
    p.refresh_from_db()
    assert (p.opd, p.golongan) == (opd, "IV/d")
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.UBAH
    assert (j.lama["opd_id"], j.baru["opd_id"]) == (None, opd.pk)
    assert (j.lama["golongan"], j.baru["golongan"]) == ("IV/c", "IV/d")


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"kode": "kadis-disnakerind"}, "sudah dipakai pejabat lain di Pemda ini"),
        ({"kode": "sekda daerah"}, "Gunakan huruf, angka, garis bawah atau tanda hubung saja"),
        ({"nip": "19700101 199503 1 00"}, "NIP terdiri dari 18 angka"),
        ({"nip": "1970010119950310AB"}, "NIP terdiri dari 18 angka"),
        ({"jabatan": ""}, "Bidang ini tidak boleh kosong"),
        ({"opd": "LAIN"}, "Masukkan pilihan yang valid"),
    ],
)
def test_it_refuses_bad_input_in_indonesian(masuk, ubah, pesan):
    if ubah.get("opd") == "LAIN":
        ubah["opd"] = OPD.objects.get(slug=OPD_DEMO[PPU]).pk
    jumlah = Pejabat.objects.count()
    sebelum = jejak_terakhir()
    r = masuk("admin-tebing").post(BARU, _baru(**ubah))
    assert r.status_code == 200 and pesan in teks(r)
    assert Pejabat.objects.count() == jumlah and jejak_baru(sebelum) == []


def test_a_code_of_another_pemda_is_free(masuk):
    kode = Pejabat.objects.filter(pemda__slug=PPU).first().kode
    assert masuk("admin-tebing").post(BARU, _baru(kode=kode)).status_code == 302


def test_it_refuses_a_save_over_another_users_change(masuk):
    p = _pejabat()
    data = _ubah(p, jabatan="Jabatan saya")
    Pejabat.objects.filter(pk=p.pk).update(nip="19650603 198602 1 009")
    sebelum = jejak_terakhir()
    r = masuk("admin-tebing").post(_url(p), data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    p.refresh_from_db()
    assert p.jabatan != "Jabatan saya" and jejak_baru(sebelum) == []


@pytest.mark.parametrize("pengguna", ["operator-tebing", "kepala-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    p = _pejabat()
    klien = masuk(pengguna)
    isi = teks(klien.get(DAFTAR))
    assert "H. Kamlan" in isi and "+ Tambah pejabat" not in isi and "hapus/" not in isi
    r = klien.get(_url(p))
    assert r.status_code == 200 and "Hanya Admin Pemda" in teks(r)
    sebelum = jejak_terakhir()
    assert klien.post(_url(p), _ubah(p, jabatan="X")).status_code == 403
    assert klien.post(BARU, _baru()).status_code == 403
    assert jejak_baru(sebelum) == [] and not Pejabat.objects.filter(kode="sekda").exists()


def test_opd_staff_do_not_see_officials_of_other_opd(masuk):
    p = _pejabat()
    lain = OPD.objects.create(pemda=p.pemda, slug="bappeda-tebing", nama="Bappeda")
    Pejabat.objects.filter(pk=p.pk).update(opd=lain)
    klien = masuk("operator-tebing")
    assert "H. Kamlan" not in teks(klien.get(DAFTAR))
    assert klien.get(_url(p)).status_code == 404
    assert "H. Kamlan" in teks(masuk("inspektorat-tebing").get(DAFTAR))


def test_it_checks_access(masuk, client):
    p = _pejabat()
    for pengguna in ("admin-ppu", "operator-jambi", "publik-tebing"):
        lain = masuk(pengguna)
        for url in (DAFTAR, BARU, _url(p)):
            assert lain.get(url).status_code == 404
        assert lain.post(_url(p), _ubah(p, jabatan="X")).status_code == 404
        assert lain.post(BARU, _baru()).status_code == 404
    # An official is reached only under its own Pemda.
    ppu = Pejabat.objects.filter(pemda__slug=PPU).first()
    assert masuk("admin-tebing").get(_url(ppu)).status_code == 404
    for url in (DAFTAR, BARU, _url(p)):
        r = client.get(url)
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert client.post(BARU, _baru()).status_code == 302
    assert not Pejabat.objects.filter(kode="sekda").exists()
