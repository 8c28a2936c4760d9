from datetime import timedelta

import pytest
from django.test import Client

from sakip.akun.models import PercobaanMasuk
from sakip.pertukaran.demo import KATA_SANDI_DEMO

URL = "/masuk/"


def _masuk(username, password, ip="10.0.0.1"):
    return Client(REMOTE_ADDR=ip).post(URL, {"username": username, "password": password})


def _gagal(username, kali, ip="10.0.0.1"):
    for _ in range(kali):
        r = _masuk(username, "salah-sekali", ip)
        assert r.status_code == 200
        assert "Nama pengguna atau kata sandi salah" in r.text


def test_it_logs_in_with_the_right_password(demo):
    r = _masuk("operator-ppu", KATA_SANDI_DEMO)
    assert r.status_code == 302
    assert r["Location"] == "/"


def test_it_shows_the_indonesian_login_page(db):
    r = Client().get(URL)
    for teks in ("Masuk ke sakip", "Nama pengguna", "Kata sandi", ">Masuk</button>"):
        assert teks in r.text


def test_it_refuses_the_sixth_attempt_even_with_the_right_password(demo):
    _gagal("operator-ppu", 5)
    r = _masuk("operator-ppu", KATA_SANDI_DEMO)
    assert r.status_code == 429
    assert "Terlalu banyak percobaan masuk" in r.text
    assert "coba lagi dalam 15 menit" in r.text
    assert "_auth_user_id" not in r.client.session
    # Case does not give a fresh count, and another address does not either.
    assert _masuk("OPERATOR-PPU", KATA_SANDI_DEMO, ip="10.9.9.9").status_code == 429


def test_it_leaves_other_usernames_alone(demo):
    _gagal("operator-ppu", 5)
    assert _masuk("operator-jambi", KATA_SANDI_DEMO).status_code == 302


def test_it_opens_again_after_the_window(demo):
    _gagal("operator-ppu", 5)
    assert _masuk("operator-ppu", KATA_SANDI_DEMO).status_code == 429
    # Move the oldest failure back by 10 minutes: still locked, for about 5 more minutes.
    pertama = PercobaanMasuk.objects.order_by("waktu").first()
    PercobaanMasuk.objects.filter(pk=pertama.pk).update(waktu=pertama.waktu - timedelta(minutes=10))
    r = _masuk("operator-ppu", KATA_SANDI_DEMO)
    assert r.status_code == 429
    assert "coba lagi dalam 5 menit" in r.text
    # All failures older than 15 minutes: open again.
    for p in PercobaanMasuk.objects.all():
        PercobaanMasuk.objects.filter(pk=p.pk).update(waktu=p.waktu - timedelta(minutes=16))
    assert _masuk("operator-ppu", KATA_SANDI_DEMO).status_code == 302


def test_a_successful_login_clears_the_usernames_failures(demo):
    _gagal("operator-ppu", 4)
    assert _masuk("operator-ppu", KATA_SANDI_DEMO).status_code == 302
    assert not PercobaanMasuk.objects.filter(nama_pengguna="operator-ppu").exists()
    _gagal("operator-ppu", 4)
    assert _masuk("operator-ppu", KATA_SANDI_DEMO).status_code == 302


def test_it_limits_failures_from_one_address(demo, settings):
    settings.SAKIP_BATAS_MASUK_IP = 8
    for i in range(8):
        _gagal(f"tebakan-{i}", 1, ip="192.0.2.7")
    r = _masuk("admin-ppu", KATA_SANDI_DEMO, ip="192.0.2.7")
    assert r.status_code == 429
    assert "Terlalu banyak percobaan masuk" in r.text
    assert _masuk("admin-ppu", KATA_SANDI_DEMO, ip="192.0.2.8").status_code == 302


def test_the_default_limit_per_address_is_higher_than_per_username(demo):
    for i in range(19):
        _gagal(f"tebakan-{i}", 1, ip="192.0.2.7")
    assert _masuk("admin-ppu", KATA_SANDI_DEMO, ip="192.0.2.7").status_code == 302


def test_refused_attempts_are_not_counted_again(demo):
    _gagal("operator-ppu", 5)
    for _ in range(3):
        assert _masuk("operator-ppu", "salah-sekali").status_code == 429
    assert PercobaanMasuk.objects.count() == 5


@pytest.mark.parametrize("username", ["", "   "])
def test_it_survives_empty_usernames(db, username):
    assert _masuk(username, "x").status_code == 200
