"""One user's page for the Admin Pemda: roles added and removed with a reason, and the
forms to reset the password and to (de)activate the account. The users list carries no
form per row, only a link to this page."""

import pytest

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import OPD_DEMO, PPU


def _url(username="operator-ppu"):
    return f"/pemda/{PPU}/pengguna/{Pengguna.objects.get(username=username).pk}/"


def test_the_page_shows_the_user_and_their_forms(masuk):
    r = masuk("admin-ppu").get(_url())
    assert r.status_code == 200
    for teks in (
        "Pengguna operator-ppu",
        f"Operator OPD · {OPD.objects.get(slug=OPD_DEMO[PPU]).nama}",
        "Tambah peran</button>",
        "Atur ulang kata sandi</button>",
        "Nonaktifkan akun</button>",
    ):
        assert teks in r.text
    assert 'name="aktif" value="0"' in r.text


def test_the_list_has_no_form_per_row(masuk):
    r = masuk("admin-ppu").get(f"/pemda/{PPU}/pengguna/")
    assert "<form" not in r.text.split("<main>")[1]
    assert f'href="{_url()}"' in r.text


def test_a_role_is_added_and_removed_with_a_reason(masuk):
    c = masuk("admin-ppu")
    op = Pengguna.objects.get(username="operator-ppu")
    r = c.post(
        f"{_url()}peran/",
        {f"p{op.pk}-jenis": "inspektorat", f"p{op.pk}-alasan": "Membantu reviu"},
    )
    assert (r.status_code, r["Location"]) == (302, _url())
    peran = Peran.objects.get(pengguna=op, jenis="inspektorat")
    assert Jejak.objects.get().alasan == "Membantu reviu"
    r = c.post(f"/pemda/{PPU}/peran/{peran.pk}/hapus/", {"alasan": "Reviu selesai"})
    assert (r.status_code, r["Location"]) == (302, _url())
    j = Jejak.objects.get(tindakan="hapus")
    assert (j.lama["jenis"], j.alasan) == ("Inspektorat", "Reviu selesai")


def test_removing_the_last_role_returns_to_the_list(masuk):
    peran = Peran.objects.get(pengguna__username="publik-ppu")
    r = masuk("admin-ppu").post(f"/pemda/{PPU}/peran/{peran.pk}/hapus/")
    assert (r.status_code, r["Location"]) == (302, f"/pemda/{PPU}/pengguna/")


def test_a_refused_role_is_shown_on_the_page_with_its_error(masuk):
    op = Pengguna.objects.get(username="operator-ppu")
    r = masuk("admin-ppu").post(f"{_url()}peran/", {f"p{op.pk}-jenis": ""})
    assert r.status_code == 400
    assert "Pilih peran." in r.text and "Pengguna operator-ppu" in r.text
    assert not Jejak.objects.exists()


@pytest.mark.parametrize(
    "username, status",
    [
        ("operator-ppu", 403),
        ("kepala-ppu", 403),
        ("inspektorat-ppu", 403),
        ("admin-jambi", 404),
        ("operator-jambi", 404),
        ("publik-ppu", 404),
    ],
)
def test_only_the_pemdas_admin_opens_it(masuk, username, status):
    assert masuk(username).get(_url("kepala-ppu")).status_code == status


def test_a_user_of_another_pemda_is_not_found(masuk):
    assert masuk("admin-ppu").get(_url("operator-jambi")).status_code == 404


def test_anonymous_users_are_sent_to_login(client, demo):
    r = client.get(_url())
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
