"""Only a real successful login clears login failures, and only the username's: a post
with an empty password (which authenticates nobody) must not switch the limit off."""

from django.test import Client

from sakip.akun.models import PercobaanMasuk
from sakip.pertukaran.demo import KATA_SANDI_DEMO

URL = "/masuk/"
IP = "10.0.0.1"


def _masuk(username, password, ip=IP):
    return Client(REMOTE_ADDR=ip).post(URL, {"username": username, "password": password})


def _gagal(username, ip=IP):
    r = _masuk(username, "salah-sekali", ip)
    assert r.status_code == 200
    assert "Nama pengguna atau kata sandi salah" in r.text


def test_it_refuses_a_brute_force_interleaved_with_empty_posts(demo):
    # Four wrong guesses, an empty post, one more guess: five failures, locked.
    for _ in range(4):
        _gagal("operator-ppu")
    kosong = _masuk("operator-ppu", "")
    assert kosong.status_code == 200
    assert "_auth_user_id" not in kosong.client.session
    _gagal("operator-ppu")
    assert PercobaanMasuk.objects.filter(nama_pengguna="operator-ppu").count() == 5
    r = _masuk("operator-ppu", KATA_SANDI_DEMO)
    assert r.status_code == 429
    assert "Terlalu banyak percobaan masuk" in r.text


def test_empty_posts_do_not_clear_the_addresss_failures(demo, settings):
    settings.SAKIP_BATAS_MASUK_IP = 8
    for i in range(4):
        _gagal("operator-ppu")
        assert _masuk("operator-ppu", "").status_code == 200
        _gagal(f"tebakan-{i}")
    assert PercobaanMasuk.objects.filter(alamat_ip=IP).count() == 8
    assert _masuk("admin-ppu", KATA_SANDI_DEMO).status_code == 429
    assert _masuk("admin-ppu", KATA_SANDI_DEMO, ip="10.0.0.2").status_code == 302


def test_a_successful_login_clears_the_username_but_not_the_address(demo, settings):
    settings.SAKIP_BATAS_MASUK_IP = 8
    for _ in range(4):
        _gagal("operator-ppu")
    assert _masuk("operator-ppu", KATA_SANDI_DEMO).status_code == 302
    assert not PercobaanMasuk.objects.filter(nama_pengguna="operator-ppu").exists()
    # The four failures still count for the address: four more from it lock it.
    for i in range(4):
        _gagal(f"tebakan-{i}")
    assert _masuk("admin-ppu", KATA_SANDI_DEMO).status_code == 429
    # The username itself starts afresh: four failures from elsewhere leave it open.
    for _ in range(4):
        _gagal("operator-ppu", ip="10.0.0.2")
    assert _masuk("operator-ppu", KATA_SANDI_DEMO, ip="10.0.0.2").status_code == 302
