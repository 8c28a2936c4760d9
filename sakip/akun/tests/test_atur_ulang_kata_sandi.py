"""The Admin Pemda resets a user's password: a temporary password is shown once, the user
logs in with it and must choose their own before anything else; the trail keeps who, when,
whose, the old and new state and why, never the password. Nobody else may reset it."""

import pytest
from django.test import Client

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import Pemda
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import JAMBI, KATA_SANDI_DEMO, PPU

ALASAN = "Lupa kata sandi, diminta lewat telepon"


def _url(username, pemda=PPU):
    return f"/pemda/{pemda}/pengguna/{Pengguna.objects.get(username=username).pk}/kata-sandi/"


def _atur_ulang(klien, username="operator-ppu", alasan=ALASAN, pemda=PPU):
    return klien.post(_url(username, pemda), {"alasan": alasan})


def test_the_admin_resets_a_password_shown_once(masuk):
    r = _atur_ulang(masuk("admin-ppu"))
    assert r.status_code == 200
    assert "no-store" in r["Cache-Control"]
    sementara = r.context["sementara"]
    assert sementara in r.text and "hanya ditampilkan sekali" in r.text
    operator = Pengguna.objects.get(username="operator-ppu")
    assert operator.check_password(sementara)
    assert not operator.check_password(KATA_SANDI_DEMO)
    assert operator.wajib_ganti_kata_sandi
    # A new one each time.
    assert _atur_ulang(masuk("admin-ppu")).context["sementara"] != sementara


def test_the_reset_is_recorded_without_the_password(masuk):
    admin = Pengguna.objects.get(username="admin-ppu")
    sementara = _atur_ulang(masuk("admin-ppu")).context["sementara"]
    operator = Pengguna.objects.get(username="operator-ppu")
    j = Jejak.objects.get()
    assert (j.pengguna, j.tindakan, j.objek, j.objek_id, j.pemda.slug, j.opd) == (
        admin,
        "ubah",
        "kata sandi",
        str(operator.pk),
        PPU,
        None,
    )
    assert j.uraian == (
        "Kata sandi operator-ppu diatur ulang oleh admin-ppu; wajib diganti saat masuk"
    )
    assert (j.lama, j.baru, j.alasan) == (
        {"wajib ganti kata sandi": "tidak"},
        {"wajib ganti kata sandi": "ya"},
        ALASAN,
    )
    semua = " ".join(str(v) for v in (j.uraian, j.lama, j.baru, j.alasan))
    assert sementara not in semua and operator.password not in semua


def test_the_user_must_change_it_at_next_login(masuk):
    sementara = _atur_ulang(masuk("admin-ppu")).context["sementara"]
    c = Client()
    r = c.post("/masuk/", {"username": "operator-ppu", "password": sementara}, follow=True)
    assert r.redirect_chain[-1][0] == "/akun/kata-sandi/"
    assert "Kata sandi Anda ditetapkan oleh orang lain" in r.text
    # Every other page, read or write, leads back to the change-password page.
    for url in ("/", "/opd/dkukmperindag-ppu/alur/2025/", "/akun/"):
        r = c.get(url)
        assert (r.status_code, r["Location"]) == (302, "/akun/kata-sandi/")
    r = c.post("/akun/", {"email": "baru@example.id", "terima_pengingat": "on"})
    assert (r.status_code, r["Location"]) == (302, "/akun/kata-sandi/")
    assert Pengguna.objects.get(username="operator-ppu").email != "baru@example.id"

    baru = "Gunung-Rinjani-2026"
    r = c.post(
        "/akun/kata-sandi/",
        {"old_password": sementara, "new_password1": baru, "new_password2": baru},
    )
    assert r.status_code == 302
    operator = Pengguna.objects.get(username="operator-ppu")
    assert operator.check_password(baru) and not operator.wajib_ganti_kata_sandi
    assert c.get("/").status_code == 200
    j = Jejak.objects.filter(pengguna=operator).get()
    assert (j.objek, j.uraian, j.lama, j.baru) == (
        "kata sandi",
        "Kata sandi operator-ppu diganti oleh pemiliknya sendiri",
        {"wajib ganti kata sandi": "ya"},
        {"wajib ganti kata sandi": "tidak"},
    )


def test_an_open_session_of_the_user_ends(masuk):
    c = masuk("operator-ppu")
    assert c.get("/opd/dkukmperindag-ppu/").status_code == 200
    _atur_ulang(masuk("admin-ppu"))
    r = c.get("/opd/dkukmperindag-ppu/")
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")


def test_a_reason_is_required(masuk):
    r = _atur_ulang(masuk("admin-ppu"), alasan="  ")
    assert r.status_code == 400
    assert "Bidang ini tidak boleh kosong" in r.text
    assert Pengguna.objects.get(username="operator-ppu").check_password(KATA_SANDI_DEMO)
    assert not Jejak.objects.exists()


@pytest.mark.parametrize(
    "username, status",
    [
        ("operator-ppu", 403),
        ("kepala-ppu", 403),
        ("inspektorat-ppu", 403),
        ("admin-jambi", 404),
        ("publik-ppu", 404),
    ],
)
def test_others_are_refused(masuk, username, status):
    assert _atur_ulang(masuk(username), "kepala-ppu").status_code == status
    kepala = Pengguna.objects.get(username="kepala-ppu")
    assert kepala.check_password(KATA_SANDI_DEMO) and not kepala.wajib_ganti_kata_sandi
    assert not Jejak.objects.exists()


def test_another_pemdas_admin_cannot_reach_its_users(masuk):
    r = _atur_ulang(masuk("admin-jambi"), "operator-ppu", pemda=JAMBI)
    assert r.status_code == 404
    assert Pengguna.objects.get(username="operator-ppu").check_password(KATA_SANDI_DEMO)


def test_anonymous_users_are_sent_to_login(client, demo):
    r = _atur_ulang(client)
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    assert Pengguna.objects.get(username="operator-ppu").check_password(KATA_SANDI_DEMO)


def test_not_ones_own_nor_a_user_with_a_role_in_another_pemda(masuk):
    c = masuk("admin-ppu")
    r = _atur_ulang(c, "admin-ppu")
    assert r.status_code == 403 and "halaman Akun" in r.text
    # A role in Jambi too: a password set by PPU's admin would open Jambi's data to them.
    operator = Pengguna.objects.get(username="operator-ppu")
    Peran.objects.create(
        pengguna=operator, jenis=Peran.Jenis.PUBLIK, pemda=Pemda.objects.get(slug=JAMBI)
    )
    r = _atur_ulang(c)
    assert r.status_code == 403 and "juga memegang peran di Pemda lain" in r.text
    assert operator.check_password(KATA_SANDI_DEMO)
    assert not Jejak.objects.exists()


def test_the_user_page_says_why_instead_of_offering_the_form(masuk):
    admin = Pengguna.objects.get(username="admin-ppu")
    r = masuk("admin-ppu").get(f"/pemda/{PPU}/pengguna/{admin.pk}/")
    assert r.status_code == 200
    assert "Atur ulang kata sandi</button>" not in r.text
    assert "Akun Anda sendiri tidak diatur dari halaman ini" in r.text
