import pytest
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.test import Client

from sakip.akun.models import Pengguna
from sakip.pertukaran.demo import KATA_SANDI_DEMO

URL = "/akun/kata-sandi/"


def _ganti(c, baru, ulang=None, lama=KATA_SANDI_DEMO):
    return c.post(
        URL, {"old_password": lama, "new_password1": baru, "new_password2": ulang or baru}
    )


def test_it_shows_an_indonesian_form(masuk):
    r = masuk("operator-ppu").get(URL)
    assert r.status_code == 200
    for teks in ("Ganti kata sandi", "Kata sandi lama", "Kata sandi baru", "Paling sedikit 10"):
        assert teks in r.text


@pytest.mark.parametrize(
    "baru, pesan",
    [
        ("Pendek1!", "Kata sandi terlalu pendek. Harus mengandung setidaknya 10 karakter."),
        ("1234567890123", "Kata sandi ini seluruhnya terdiri dari angka."),
        ("password123", "Kata sandi ini terlalu umum."),
        ("operator-ppu1", "Kata sandi terlalu mirip dengan nama pengguna."),
    ],
)
def test_it_refuses_weak_passwords_in_indonesian(masuk, baru, pesan):
    c = masuk("operator-ppu")
    r = _ganti(c, baru)
    assert r.status_code == 200
    assert pesan in r.text
    assert Pengguna.objects.get(username="operator-ppu").check_password(KATA_SANDI_DEMO)


def test_it_refuses_a_wrong_old_password_or_a_mismatch(masuk):
    c = masuk("operator-ppu")
    assert "Sandi lama Anda yang dimasukkan salah" in _ganti(c, "Gunung-Bromo-2024", lama="x").text
    assert "tidak cocok" in _ganti(c, "Gunung-Bromo-2024", "Gunung-Bromo-2025").text


def test_it_accepts_a_strong_password(masuk):
    c = masuk("operator-ppu")
    r = _ganti(c, "Gunung-Bromo-2024")
    assert r.status_code == 302
    assert Pengguna.objects.get(username="operator-ppu").check_password("Gunung-Bromo-2024")
    # Still logged in, told so, and the new password works on the login page.
    r = c.get(r["Location"])
    assert r.status_code == 200
    assert "Kata sandi berhasil diganti" in r.text
    r = Client().post("/masuk/", {"username": "operator-ppu", "password": "Gunung-Bromo-2024"})
    assert r.status_code == 302


def test_the_settings_use_djangos_four_validators(db):
    nama = [type(v).__name__ for v in password_validation.get_default_password_validators()]
    assert nama == [
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    ]
    with pytest.raises(ValidationError):
        password_validation.validate_password("123456789")


def test_it_needs_a_login(client):
    r = client.get(URL)
    assert r.status_code == 302
    assert r["Location"].startswith("/masuk/")


def test_it_needs_csrf(demo):
    c = Client(enforce_csrf_checks=True)
    c.login(username="operator-ppu", password=KATA_SANDI_DEMO)
    assert _ganti(c, "Gunung-Bromo-2024").status_code == 403
