"""The API's rate limit (`sakip.api.batas`): past SAKIP_API_BATAS requests in a window, 429
with Retry-After and the reason in Indonesian; an address and each token are counted
apart."""

import json

import pytest
from django.test import Client

from sakip.akun.models import Pengguna
from sakip.akun.ubah import buat_token


@pytest.fixture
def batas_tiga(settings, demo):
    settings.SAKIP_API_BATAS = 3
    settings.SAKIP_API_JENDELA_DETIK = 3600  # one window for the whole test


def test_the_fourth_request_waits(batas_tiga):
    tamu = Client()
    assert [tamu.get("/api/pemda/").status_code for _ in range(3)] == [200, 200, 200]
    r = tamu.get("/api/opd/")
    assert r.status_code == 429
    assert 1 <= int(r["Retry-After"]) <= 3600
    assert json.loads(r.content)["detail"].startswith("Terlalu banyak permintaan. Coba lagi")
    # Another address has its own count.
    assert Client(REMOTE_ADDR="10.0.0.9").get("/api/pemda/").status_code == 200


def test_each_token_has_its_own_count(batas_tiga):
    _, teks = buat_token(Pengguna.objects.get(username="operator-ppu"), "uji")
    kepala = {"HTTP_AUTHORIZATION": f"Bearer {teks}"}
    tamu = Client()
    assert [tamu.get("/api/pemda/").status_code for _ in range(4)][-1] == 429
    assert [tamu.get("/api/pemda/", **kepala).status_code for _ in range(4)] == [200] * 3 + [429]
