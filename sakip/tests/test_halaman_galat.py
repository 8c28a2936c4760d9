"""The error pages, in Indonesian with a way back to the home page, for everyone (DEBUG off,
as in production): 404 with the reason the product gave but never Django's English one, 403
with the refusal's reason, 405 for an address that only takes a form's POST, the refused
form (CSRF), 400 and 500."""

from django.contrib.auth.decorators import login_not_required
from django.test import Client, override_settings
from django.urls import path

from sakip.pertukaran.demo import OPD_DEMO, PPU

OPD = OPD_DEMO[PPU]
KEMBALI = '<a href="/">Kembali ke beranda</a>'


@login_not_required
def _rusak(request):
    raise RuntimeError("kesalahan buatan uji")


# The URLconf of the 500 test: one view that fails.
urlpatterns = [path("rusak/", _rusak)]


def _teks(r):
    return r.content.decode()


def test_an_unknown_address_is_not_found_for_anyone(masuk, client):
    for c in (client, masuk("operator-ppu")):
        r = c.get("/tidak-ada/")
        assert r.status_code == 404
        assert "<h1>Halaman tidak ditemukan</h1>" in _teks(r) and KEMBALI in _teks(r)


def test_the_404_page_names_our_reason_but_not_djangos(masuk):
    c = masuk("inspektorat-ppu")
    r = c.get(f"/opd/{OPD}/reviu/2025/laporan.exe")
    assert r.status_code == 404
    assert '<p class="galat">Format tidak dikenal</p>' in _teks(r)

    r = c.get("/indikator/999999/")  # get_object_or_404: "No Indikator matches the given query."
    assert r.status_code == 404
    assert "<h1>Halaman tidak ditemukan</h1>" in _teks(r)
    assert "matches" not in _teks(r) and 'class="galat"' not in _teks(r)


def test_a_refusal_says_why(masuk):
    r = masuk("operator-ppu").get(f"/pemda/{PPU}/pengguna/")
    assert r.status_code == 403
    assert "<h1>Tidak diizinkan</h1>" in _teks(r) and KEMBALI in _teks(r)
    assert "Admin Pemda" in _teks(r)


def test_an_address_for_forms_only_says_so(masuk):
    r = masuk("operator-ppu").get("/keluar/")
    assert r.status_code == 405
    assert r["Allow"] == "POST, OPTIONS"
    assert "<h1>Alamat ini tidak dibuka langsung</h1>" in _teks(r) and KEMBALI in _teks(r)


def test_a_form_without_its_security_token_is_refused_in_indonesian(demo):
    c = Client(enforce_csrf_checks=True)
    r = c.post("/masuk/", {"username": "operator-ppu", "password": "x"})
    assert r.status_code == 403
    assert "<h1>Formulir tidak dapat dikirim</h1>" in _teks(r) and KEMBALI in _teks(r)
    assert "CSRF" not in _teks(r)


def test_a_bad_request_is_answered_in_indonesian(client):
    r = client.get("/masuk/", headers={"host": "bukan-sakip.example"})
    assert r.status_code == 400
    assert "<h1>Permintaan tidak dapat diproses</h1>" in _teks(r) and KEMBALI in _teks(r)


@override_settings(ROOT_URLCONF=__name__)
def test_a_server_error_is_answered_in_indonesian(client):
    client.raise_request_exception = False
    r = client.get("/rusak/")
    assert r.status_code == 500
    assert "<h1>Terjadi kesalahan pada server</h1>" in _teks(r) and KEMBALI in _teks(r)
    assert "kesalahan buatan uji" not in _teks(r)
