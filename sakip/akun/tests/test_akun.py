"""Each user's own account page: their roles, their e-mail address and the switch that
turns reminders off, each change audited in the trail of every Pemda where they hold a
role."""

import html
import re

from sakip.akun.models import Pengguna
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import PPU

URL = "/akun/"


def _kirim(klien, **isi):
    """Post the form as the page showed it, with `isi` changed."""
    asal = re.search(r'name="asal" value="([^"]*)"', klien.get(URL).text).group(1)
    return klien.post(URL, {"asal": html.unescape(asal), **isi})


def test_it_shows_the_users_roles_and_settings(masuk):
    r = masuk("operator-ppu").get(URL)
    assert r.status_code == 200
    for teks in ("Akun saya", "operator-ppu", "Operator OPD", "Ganti kata sandi"):
        assert teks in r.text
    kotak = r.text.split('name="terima_pengingat"')[1].split(">")[0]
    assert kotak.endswith(" checked")


def test_the_user_switches_reminders_off_and_on(masuk):
    c = masuk("operator-ppu")
    email = Pengguna.objects.get(username="operator-ppu").email
    r = _kirim(c, email=email)
    assert (r.status_code, r["Location"]) == (302, URL)
    operator = Pengguna.objects.get(username="operator-ppu")
    assert not operator.terima_pengingat
    j = Jejak.objects.get()
    assert (j.pengguna, j.objek, j.objek_id, j.pemda.slug, j.lama, j.baru) == (
        operator,
        "pengguna",
        str(operator.pk),
        PPU,
        {"pengingat lewat surel": "ya"},
        {"pengingat lewat surel": "tidak"},
    )
    assert j.uraian == "Pengaturan akun operator-ppu diubah oleh pemiliknya sendiri"
    _kirim(c, email="operator@ppu.example", terima_pengingat="on")
    operator.refresh_from_db()
    assert operator.terima_pengingat and operator.email == "operator@ppu.example"
    j = Jejak.objects.order_by("-id").first()
    assert j.lama == {"email": email, "pengingat lewat surel": "tidak"}
    assert j.baru == {"email": "operator@ppu.example", "pengingat lewat surel": "ya"}


def test_an_unchanged_form_writes_nothing(masuk):
    c = masuk("operator-ppu")
    email = Pengguna.objects.get(username="operator-ppu").email
    assert _kirim(c, email=email, terima_pengingat="on").status_code == 302
    assert not Jejak.objects.exists()


def test_a_bad_address_is_refused_in_indonesian(masuk):
    r = _kirim(masuk("operator-ppu"), email="bukan alamat", terima_pengingat="on")
    assert r.status_code == 200
    assert "Masukkan alamat email yang valid." in r.text
    assert not Jejak.objects.exists()


def test_a_change_made_meanwhile_in_another_tab_is_not_overwritten(masuk):
    c = masuk("operator-ppu")
    asal = re.search(r'name="asal" value="([^"]*)"', c.get(URL).text).group(1)
    Pengguna.objects.filter(username="operator-ppu").update(terima_pengingat=False)
    r = c.post(URL, {"asal": html.unescape(asal), "email": "lain@example.id"})
    assert r.status_code == 200
    assert "telah diubah oleh pengguna lain" in r.text
    assert Pengguna.objects.get(username="operator-ppu").email != "lain@example.id"
    assert not Jejak.objects.exists()


def test_anonymous_users_are_sent_to_login(client, demo):
    for r in (client.get(URL), client.post(URL, {"email": "x@example.id"})):
        assert r.status_code == 302 and r["Location"].startswith("/masuk/")
