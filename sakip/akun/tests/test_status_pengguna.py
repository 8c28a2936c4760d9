"""The Admin Pemda deactivates and reactivates an account, with a reason: a deactivated
user cannot log in and their open session ends, while their roles and their trail stay."""

import pytest
from django.test import Client

from sakip.akun.models import Pengguna, Peran
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import KATA_SANDI_DEMO, PPU

ALASAN = "Pindah tugas ke Dinas Pendidikan per 1 Desember"


def _url(username="operator-ppu"):
    return f"/pemda/{PPU}/pengguna/{Pengguna.objects.get(username=username).pk}/status/"


def _atur(klien, aktif, username="operator-ppu", alasan=ALASAN):
    return klien.post(_url(username), {"aktif": "1" if aktif else "0", "alasan": alasan})


def _masuk(username="operator-ppu"):
    return Client().post("/masuk/", {"username": username, "password": KATA_SANDI_DEMO})


def test_a_deactivated_user_cannot_log_in_and_keeps_their_history(masuk):
    operator = Pengguna.objects.get(username="operator-ppu")
    sesi = masuk("operator-ppu")
    peran = list(Peran.objects.filter(pengguna=operator))
    r = _atur(masuk("admin-ppu"), aktif=False)
    assert r.status_code == 302 and r["Location"] == f"/pemda/{PPU}/pengguna/{operator.pk}/"
    operator.refresh_from_db()
    assert not operator.is_active
    r = _masuk()
    assert r.status_code == 200 and "Nama pengguna atau kata sandi salah" in r.text
    assert not Client().login(username="operator-ppu", password=KATA_SANDI_DEMO)
    r = sesi.get(f"/pemda/{PPU}/")
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    # Roles and trail stay; the list still shows the user, marked.
    assert list(Peran.objects.filter(pengguna=operator)) == peran
    r = masuk("admin-ppu").get(f"/pemda/{PPU}/pengguna/")
    assert operator in r.context["daftar"] and "nonaktif" in r.text


def test_reactivated_the_user_logs_in_again(masuk):
    admin = masuk("admin-ppu")
    _atur(admin, aktif=False)
    r = _atur(admin, aktif=True, alasan="Kembali bertugas")
    assert r.status_code == 302
    assert _masuk().status_code == 302
    jejak = list(Jejak.objects.order_by("id"))
    assert [(j.objek, j.uraian, j.lama, j.baru, j.alasan) for j in jejak] == [
        (
            "pengguna",
            "Akun operator-ppu dinonaktifkan",
            {"status": "aktif"},
            {"status": "nonaktif"},
            ALASAN,
        ),
        (
            "pengguna",
            "Akun operator-ppu diaktifkan kembali",
            {"status": "nonaktif"},
            {"status": "aktif"},
            "Kembali bertugas",
        ),
    ]
    assert {(j.nama_pengguna, j.pemda.slug, j.opd) for j in jejak} == {("admin-ppu", PPU, None)}


def test_the_same_state_twice_writes_nothing(masuk):
    admin = masuk("admin-ppu")
    _atur(admin, aktif=False)
    r = _atur(admin, aktif=False, alasan="lagi")
    assert "sudah nonaktif" in admin.get(r["Location"]).text
    assert Jejak.objects.count() == 1


def test_a_reason_is_required(masuk):
    r = _atur(masuk("admin-ppu"), aktif=False, alasan="")
    assert r.status_code == 400
    assert Pengguna.objects.get(username="operator-ppu").is_active
    assert not Jejak.objects.exists()


@pytest.mark.parametrize(
    "username, status",
    [("kepala-ppu", 403), ("inspektorat-ppu", 403), ("admin-jambi", 404), ("publik-ppu", 404)],
)
def test_others_are_refused(masuk, username, status):
    assert _atur(masuk(username), aktif=False).status_code == status
    assert Pengguna.objects.get(username="operator-ppu").is_active
    assert not Jejak.objects.exists()


def test_anonymous_users_are_sent_to_login(client, demo):
    r = _atur(client, aktif=False)
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    assert Pengguna.objects.get(username="operator-ppu").is_active


def test_an_admin_cannot_deactivate_themselves(masuk):
    r = _atur(masuk("admin-ppu"), aktif=False, username="admin-ppu")
    assert r.status_code == 403
    assert Pengguna.objects.get(username="admin-ppu").is_active
