import pytest
from django.test import Client

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import JAMBI, KATA_SANDI_DEMO, OPD_DEMO, PPU

URL = f"/pemda/{PPU}/pengguna/"
BARU = URL + "baru/"


def _peran_url(pengguna):
    return f"{URL}{pengguna.pk}/peran/"


def _hapus_url(peran):
    return f"/pemda/{PPU}/peran/{peran.pk}/hapus/"


@pytest.fixture
def opd_ppu(demo):
    return OPD.objects.get(slug=OPD_DEMO[PPU])


def _baru(**isi):
    data = {
        "username": "siti",
        "first_name": "Siti Aminah",
        "email": "siti@example.id",
        "password1": "Kantor-Bupati-2025",
        "password2": "Kantor-Bupati-2025",
        "jenis": "operator_opd",
    }
    data.update(isi)
    return data


def test_it_lists_the_pemdas_users_and_their_roles(masuk):
    r = masuk("admin-ppu").get(URL)
    assert r.status_code == 200
    nama = [p.username for p in r.context["daftar"]]
    assert nama == sorted(n for n in nama)
    assert {"admin-ppu", "operator-ppu", "kepala-ppu", "inspektorat-ppu", "publik-ppu"} <= set(nama)
    assert not any(n.endswith(("-jambi", "-tebing")) for n in nama)
    assert "Operator OPD" in r.text and "Kepala OPD" in r.text


def test_it_creates_a_user_with_a_first_role(masuk, opd_ppu):
    c = masuk("admin-ppu")
    r = c.post(BARU, _baru(opd=opd_ppu.pk))
    assert r.status_code == 302
    siti = Pengguna.objects.get(username="siti")
    assert siti.first_name == "Siti Aminah"
    assert siti.check_password("Kantor-Bupati-2025")
    assert [(p.jenis, p.opd) for p in siti.peran_set.all()] == [("operator_opd", opd_ppu)]
    assert (
        Client().post("/masuk/", {"username": "siti", "password": "Kantor-Bupati-2025"}).status_code
        == 302
    )
    # Two audit records at Pemda level: the user (without the password) and the role.
    jejak = list(Jejak.objects.order_by("id"))
    assert [(j.objek, j.tindakan, j.opd_id, j.pemda_id) for j in jejak] == [
        ("pengguna", "buat", None, opd_ppu.pemda_id),
        ("peran", "buat", None, opd_ppu.pemda_id),
    ]
    assert jejak[0].baru == {
        "username": "siti",
        "nama": "Siti Aminah",
        "email": "siti@example.id",
        "wajib ganti kata sandi": "tidak",
    }
    assert "Kantor" not in str(jejak[0].baru)
    assert jejak[1].baru == {"pengguna": "siti", "jenis": "Operator OPD", "opd": opd_ppu.nama}
    assert jejak[0].nama_pengguna == "admin-ppu"


@pytest.mark.parametrize(
    "isi, pesan",
    [
        ({"password1": "pendek", "password2": "pendek"}, "Kata sandi terlalu pendek"),
        ({"password1": "12345678901", "password2": "12345678901"}, "seluruhnya terdiri dari angka"),
        ({"password1": "password1234", "password2": "password1234"}, "terlalu umum"),
        ({"password1": "SitiAminah1", "password2": "SitiAminah1"}, "terlalu mirip"),
        ({"password2": "Kantor-Bupati-2026"}, "tidak cocok"),
        ({"username": "Operator-PPU"}, "sudah ada"),
        ({"jenis": "kepala_opd", "opd": ""}, "Pilih OPD untuk peran ini"),
        ({"jenis": "inspektorat", "opd": "OPD"}, "kosongkan OPD"),
        ({"opd": "JAMBI"}, "Pilih OPD dari Pemda ini"),
    ],
)
def test_it_refuses_bad_input_in_indonesian(masuk, opd_ppu, isi, pesan):
    if isi.get("opd") == "OPD":
        isi["opd"] = opd_ppu.pk
    if isi.get("opd") == "JAMBI":
        isi["opd"] = OPD.objects.get(slug=OPD_DEMO[JAMBI]).pk
    isi.setdefault("opd", opd_ppu.pk)
    r = masuk("admin-ppu").post(BARU, _baru(**isi))
    assert r.status_code == 200
    assert pesan in r.text
    assert not Pengguna.objects.filter(username__in=["siti", "Operator-PPU"]).exists()
    assert not Jejak.objects.exists()


def test_it_adds_and_removes_a_role(masuk, opd_ppu):
    c = masuk("admin-ppu")
    op = Pengguna.objects.get(username="operator-ppu")
    r = c.post(_peran_url(op), {f"p{op.pk}-jenis": "kepala_opd", f"p{op.pk}-opd": opd_ppu.pk})
    assert r.status_code == 302
    peran = Peran.objects.get(pengguna=op, jenis="kepala_opd")
    j = Jejak.objects.get()
    assert (j.tindakan, j.objek, j.opd_id, j.pemda_id) == ("buat", "peran", None, opd_ppu.pemda_id)
    assert "Kepala OPD" in j.uraian and "operator-ppu" in j.uraian

    assert c.post(_hapus_url(peran)).status_code == 302
    assert not Peran.objects.filter(pk=peran.pk).exists()
    j = Jejak.objects.get(tindakan="hapus")
    assert j.lama == {"pengguna": "operator-ppu", "jenis": "Kepala OPD", "opd": opd_ppu.nama}
    assert Jejak.objects.count() == 2


def test_it_refuses_duplicate_roles_and_foreign_opd(masuk, opd_ppu):
    c = masuk("admin-ppu")
    op = Pengguna.objects.get(username="operator-ppu")
    r = c.post(_peran_url(op), {f"p{op.pk}-jenis": "operator_opd", f"p{op.pk}-opd": opd_ppu.pk})
    assert r.status_code == 400
    assert "sudah memiliki peran tersebut" in r.text
    jambi = OPD.objects.get(slug=OPD_DEMO[JAMBI])
    r = c.post(_peran_url(op), {f"p{op.pk}-jenis": "operator_opd", f"p{op.pk}-opd": jambi.pk})
    assert r.status_code == 400
    assert "Pilih OPD dari Pemda ini" in r.text
    r = c.post(_peran_url(op), {f"p{op.pk}-jenis": "inspektorat"})
    assert r.status_code == 302
    assert not Peran.objects.filter(opd=jambi, pengguna=op).exists()
    assert Jejak.objects.count() == 1


def test_the_admin_cannot_remove_their_own_admin_role(masuk, demo):
    c = masuk("admin-ppu")
    peran = Peran.objects.get(pengguna__username="admin-ppu", jenis="admin_pemda")
    r = c.post(_hapus_url(peran), follow=True)
    assert "tidak dapat menghapus peran Admin Pemda Anda sendiri" in r.text
    assert Peran.objects.filter(pk=peran.pk).exists()
    assert not Jejak.objects.exists()


def test_it_does_not_reach_other_pemdas_users_or_roles(masuk, demo):
    c = masuk("admin-ppu")
    lain = Pengguna.objects.get(username="operator-jambi")
    assert c.post(_peran_url(lain), {f"p{lain.pk}-jenis": "inspektorat"}).status_code == 404
    peran = Peran.objects.get(pengguna=lain)
    assert c.post(_hapus_url(peran)).status_code == 404
    assert Peran.objects.filter(pk=peran.pk).exists()


@pytest.mark.parametrize("username", ["operator-ppu", "kepala-ppu", "inspektorat-ppu"])
def test_other_roles_of_the_pemda_get_403(masuk, username):
    c = masuk(username)
    op = Pengguna.objects.get(username="operator-ppu")
    peran = Peran.objects.get(pengguna=op)
    assert c.get(URL).status_code == 403
    assert c.get(BARU).status_code == 403
    assert c.post(BARU, _baru(jenis="admin_pemda", opd="")).status_code == 403
    assert c.post(_peran_url(op), {f"p{op.pk}-jenis": "admin_pemda"}).status_code == 403
    assert c.post(_hapus_url(peran)).status_code == 403
    assert not Pengguna.objects.filter(username="siti").exists()
    assert not Jejak.objects.exists()


@pytest.mark.parametrize("username", ["admin-jambi", "operator-jambi", "publik-ppu"])
def test_others_get_404(masuk, username):
    c = masuk(username)
    assert c.get(URL).status_code == 404
    assert c.post(BARU, _baru(jenis="admin_pemda", opd="")).status_code == 404
    assert not Pengguna.objects.filter(username="siti").exists()


def test_anonymous_users_are_sent_to_login(client, demo):
    for url in (URL, BARU):
        r = client.get(url)
        assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    assert client.post(BARU, _baru(jenis="admin_pemda", opd="")).status_code == 302
    assert not Pengguna.objects.filter(username="siti").exists()


def test_anonymous_role_changes_are_sent_to_login(client, demo):
    op = Pengguna.objects.get(username="operator-ppu")
    peran = Peran.objects.get(pengguna=op)
    for url, data in (
        (_peran_url(op), {f"p{op.pk}-jenis": "admin_pemda"}),
        (_hapus_url(peran), {}),
    ):
        r = client.post(url, data)
        assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    assert list(Peran.objects.filter(pengguna=op)) == [peran]
    assert not Jejak.objects.exists()


@pytest.mark.parametrize("username", ["admin-jambi", "operator-jambi", "publik-ppu"])
def test_others_cannot_change_roles(masuk, username):
    c = masuk(username)
    op = Pengguna.objects.get(username="operator-ppu")
    peran = Peran.objects.get(pengguna=op)
    assert c.post(_peran_url(op), {f"p{op.pk}-jenis": "admin_pemda"}).status_code == 404
    assert c.post(_hapus_url(peran)).status_code == 404
    assert list(Peran.objects.filter(pengguna=op)) == [peran]
    assert not Jejak.objects.exists()


def test_it_needs_csrf(demo):
    c = Client(enforce_csrf_checks=True)
    c.login(username="admin-ppu", password=KATA_SANDI_DEMO)
    assert c.post(BARU, _baru(jenis="admin_pemda", opd="")).status_code == 403
    assert not Pengguna.objects.filter(username="siti").exists()


def test_the_new_user_form_preselects_no_role(masuk):
    r = masuk("admin-ppu").get(BARU)
    pilihan = r.text.split('name="jenis"')[1].split("</select>")[0]
    assert '<option value="" selected>— pilih peran —</option>' in pilihan
    assert pilihan.count("selected") == 1
    r = masuk("admin-ppu").post(BARU, _baru(jenis=""))
    assert r.status_code == 200 and "Pilih peran." in r.text
    assert not Pengguna.objects.filter(username="siti").exists()


def test_by_default_the_new_user_chooses_their_own_password(masuk, opd_ppu):
    r = masuk("admin-ppu").get(BARU)
    kotak = r.text.split('name="wajib_ganti_kata_sandi"')[1].split(">")[0]
    assert kotak.endswith(" checked")
    r = masuk("admin-ppu").post(BARU, _baru(opd=opd_ppu.pk, wajib_ganti_kata_sandi="on"))
    siti = Pengguna.objects.get(username="siti")
    assert r["Location"] == f"{URL}{siti.pk}/"
    assert siti.wajib_ganti_kata_sandi
    assert Jejak.objects.get(objek="pengguna").baru["wajib ganti kata sandi"] == "ya"
    c = Client()
    r = c.post("/masuk/", {"username": "siti", "password": "Kantor-Bupati-2025"}, follow=True)
    assert r.redirect_chain[-1][0] == "/akun/kata-sandi/"
