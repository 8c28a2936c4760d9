"""Every password change leaves an audit record in the trail of each Pemda where the user
holds a role: whose password, by whom, when; never the password or its hash."""

from django.contrib.auth.management.commands import changepassword
from django.core.management import call_command

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import Pemda
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import JAMBI, KATA_SANDI_DEMO, PPU

URL = "/akun/kata-sandi/"
BARU = "Gunung-Bromo-2024"


def _ganti(klien, baru=BARU, lama=KATA_SANDI_DEMO):
    return klien.post(URL, {"old_password": lama, "new_password1": baru, "new_password2": baru})


def _tanpa_rahasia(jejak, *rahasia):
    isi = " ".join(str(getattr(jejak, f.attname)) for f in Jejak._meta.concrete_fields) + " ".join(
        str(v) for v in (jejak.lama, jejak.baru)
    )
    for r in rahasia:
        assert r not in isi


def test_changing_ones_own_password_is_recorded(masuk):
    operator = Pengguna.objects.get(username="operator-ppu")
    assert _ganti(masuk("operator-ppu")).status_code == 302
    j = Jejak.objects.get()
    assert (j.pengguna, j.nama_pengguna, j.tindakan, j.objek, j.objek_id) == (
        operator,
        "operator-ppu",
        "ubah",
        "kata sandi",
        str(operator.pk),
    )
    assert j.uraian == "Kata sandi operator-ppu diganti oleh pemiliknya sendiri"
    assert (j.pemda.slug, j.opd, j.lama, j.baru) == (PPU, None, None, None)
    operator.refresh_from_db()
    _tanpa_rahasia(j, BARU, KATA_SANDI_DEMO, operator.password)


def test_a_refused_change_leaves_no_record(masuk):
    assert _ganti(masuk("operator-ppu"), lama="salah").status_code == 200
    assert not Jejak.objects.exists()


def test_a_user_of_two_pemdas_is_recorded_in_both(masuk):
    operator = Pengguna.objects.get(username="operator-ppu")
    Peran.objects.create(
        pengguna=operator, jenis=Peran.Jenis.INSPEKTORAT, pemda=Pemda.objects.get(slug=JAMBI)
    )
    _ganti(masuk("operator-ppu"))
    assert sorted(Jejak.objects.values_list("pemda__slug", flat=True)) == sorted([PPU, JAMBI])


def test_the_admin_and_inspektorat_read_it_in_the_pemda_trail(masuk):
    _ganti(masuk("operator-ppu"))
    for username in ("admin-ppu", "inspektorat-ppu"):
        r = masuk(username).get(f"/pemda/{PPU}/jejak/")
        assert "Kata sandi operator-ppu diganti oleh pemiliknya sendiri" in r.text
    # Not in the OPD's own trail, which its operators and the public side may read.
    r = masuk("admin-ppu").get("/opd/dkukmperindag-ppu/jejak/")
    assert "Kata sandi operator-ppu" not in r.text


def test_a_reset_on_the_command_line_is_recorded(demo, monkeypatch):
    monkeypatch.setattr(changepassword.Command, "_get_pass", lambda self, prompt=None: BARU)
    call_command("changepassword", "kepala-ppu", stdout=None)
    kepala = Pengguna.objects.get(username="kepala-ppu")
    assert kepala.check_password(BARU)
    j = Jejak.objects.get()
    assert (j.pengguna, j.nama_pengguna, j.objek, j.objek_id, j.pemda.slug) == (
        None,
        "(perintah)",
        "kata sandi",
        str(kepala.pk),
        PPU,
    )
    assert j.uraian == "Kata sandi kepala-ppu diatur ulang lewat baris perintah"
    _tanpa_rahasia(j, BARU, kepala.password)
