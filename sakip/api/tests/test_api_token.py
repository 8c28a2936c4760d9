"""A token reads what its user may see (`akun.akses`): PPU's operator reads PPU's draft
2026, an operator of another OPD (Jambi) does not, nor does a revoked token or the token of
a deactivated user (401, never read as anonymous). Tokens are made and revoked on the
user's own page, shown once, stored hashed, and both steps are in the audit trail."""

import json

import pytest
from django.test import Client

from sakip.akun.hitung import sidik_token
from sakip.akun.models import Pengguna, TokenAPI
from sakip.akun.ubah import buat_token, cabut_token
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import OPD_DEMO, PPU

OPD_PPU = OPD_DEMO[PPU]
DRAF = f"/api/opd/{OPD_PPU}/2026/capaian/"


def _token(username):
    return buat_token(Pengguna.objects.get(username=username), "uji")


def _get(alamat, teks=None):
    kepala = {"HTTP_AUTHORIZATION": f"Bearer {teks}"} if teks else {}
    return Client().get(alamat, **kepala)


def test_the_operator_reads_the_draft_year_of_the_opd(alur_demo):
    _, teks = _token("operator-ppu")
    r = _get(DRAF, teks)
    assert r.status_code == 200
    assert json.loads(r.content)["count"] > 0
    # The draft quarters too, and the OPD's years are those of its plans.
    assert _get(f"/api/opd/{OPD_PPU}/2026/capaian/triwulan/4/", teks).status_code == 200
    tahun = json.loads(_get(f"/api/opd/{OPD_PPU}/", teks).content)["tahun"]
    assert 2026 in tahun and 2026 not in json.loads(_get(f"/api/opd/{OPD_PPU}/").content)["tahun"]
    assert _get(DRAF).status_code == 404  # without the token


def test_another_opds_operator_does_not_read_the_draft(alur_demo):
    _, teks = _token("operator-jambi")
    r = _get(DRAF, teks)
    assert r.status_code == 404
    assert json.loads(r.content)["detail"].endswith("tahun 2026 belum disetujui.")
    # What is public stays readable with the token.
    assert _get(f"/api/opd/{OPD_PPU}/2025/capaian/triwulan/1/", teks).status_code == 200


def test_a_revoked_token_is_refused(alur_demo):
    token, teks = _token("operator-ppu")
    assert cabut_token(token.pengguna, token)
    r = _get(DRAF, teks)
    assert r.status_code == 401 and r["WWW-Authenticate"] == "Bearer"
    assert "sudah dicabut" in json.loads(r.content)["detail"]
    assert _get("/api/pemda/", teks).status_code == 401  # not read as anonymous either
    assert not cabut_token(token.pengguna, token)  # already revoked: nothing written


def test_a_deactivated_users_token_and_a_made_up_one_are_refused(alur_demo):
    token, teks = _token("operator-ppu")
    Pengguna.objects.filter(pk=token.pengguna_id).update(is_active=False)
    assert _get(DRAF, teks).status_code == 401
    assert _get(DRAF, "sakip_tidak-ada").status_code == 401
    for kepala in ("Bearer ", "Basic dXNlcjpwYXNz", ""):  # a header, but no token of ours
        assert Client().get("/api/pemda/", HTTP_AUTHORIZATION=kepala).status_code == 401


def test_only_the_hash_is_stored_and_both_steps_are_audited(alur_demo):
    token, teks = _token("operator-ppu")
    assert teks.startswith("sakip_") and len(teks) > 40
    simpan = TokenAPI.objects.get(pk=token.pk)
    assert simpan.sidik == sidik_token(teks) and teks not in simpan.sidik
    assert simpan.awalan == teks[:12]
    cabut_token(token.pengguna, token)
    jejak = Jejak.objects.filter(objek="token API", objek_id=str(token.pengguna_id))
    uraian = list(jejak.order_by("pk").values_list("uraian", flat=True))
    assert uraian == [
        f"Token API uji ({teks[:12]}…) dibuat oleh operator-ppu",
        f"Token API uji ({teks[:12]}…) dicabut oleh operator-ppu",
    ]
    assert teks not in str(list(jejak.values()))


@pytest.fixture
def operator(masuk, alur_demo):
    return masuk("operator-ppu")


def test_a_token_is_made_on_the_account_page_and_shown_once(operator):
    r = operator.post("/akun/token/", {"nama": "Dasbor Bappeda"})
    assert r.status_code == 200 and "no-cache" in r["Cache-Control"]
    teks = r.context["teks"]
    assert teks in r.content.decode() and "hanya ditampilkan sekali" in r.content.decode()
    halaman = operator.get("/akun/").content.decode()
    assert "Dasbor Bappeda" in halaman and teks[:12] in halaman and teks not in halaman
    assert _get(DRAF, teks).status_code == 200


def test_a_token_without_a_name_is_refused(operator):
    r = operator.post("/akun/token/", {"nama": ""})
    assert r.status_code == 400 and not TokenAPI.objects.exists()


def test_a_token_is_revoked_on_the_account_page(operator):
    token, teks = _token("operator-ppu")
    r = operator.post(f"/akun/token/{token.pk}/cabut/", follow=True)
    assert "dicabut" in r.content.decode()
    assert _get(DRAF, teks).status_code == 401


def test_nobody_else_revokes_a_users_token(masuk, alur_demo):
    token, teks = _token("operator-ppu")
    for username in ("operator-jambi", "admin-ppu"):
        assert masuk(username).post(f"/akun/token/{token.pk}/cabut/").status_code == 404
    r = Client().post(f"/akun/token/{token.pk}/cabut/")
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    assert Client().post("/akun/token/", {"nama": "x"}).status_code == 302
    assert _get(DRAF, teks).status_code == 200
