"""An Admin Pemda may not give their own account an OPD role (operator or head): with
it, one account could submit, verify and approve a document alone."""

import pytest
from django.core.exceptions import PermissionDenied

from sakip.akun import ubah
from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import OPD_DEMO, PPU

URL = f"/pemda/{PPU}/pengguna/"
PESAN = "Anda tidak dapat memberi akun Anda sendiri peran Operator OPD atau Kepala OPD."


@pytest.fixture
def opd_ppu(demo):
    return OPD.objects.get(slug=OPD_DEMO[PPU])


def _tambah(klien, pengguna, **isi):
    data = {f"p{pengguna.pk}-{k}": v for k, v in isi.items()}
    return klien.post(f"{URL}{pengguna.pk}/peran/", data)


@pytest.mark.parametrize("jenis", ["operator_opd", "kepala_opd"])
def test_the_admin_cannot_give_themselves_an_opd_role(masuk, opd_ppu, jenis):
    admin = Pengguna.objects.get(username="admin-ppu")
    r = _tambah(masuk("admin-ppu"), admin, jenis=jenis, opd=opd_ppu.pk)
    assert r.status_code == 400
    assert PESAN in r.text
    assert list(admin.peran_set.values_list("jenis", flat=True)) == ["admin_pemda"]
    assert not Jejak.objects.exists()


def test_the_admin_still_gives_others_opd_roles(masuk, opd_ppu):
    kepala = Pengguna.objects.get(username="kepala-ppu")
    r = _tambah(masuk("admin-ppu"), kepala, jenis="operator_opd", opd=opd_ppu.pk)
    assert r.status_code == 302
    assert Peran.objects.filter(pengguna=kepala, jenis="operator_opd", opd=opd_ppu).exists()


def test_the_rule_holds_below_the_form(demo, opd_ppu):
    admin = Pengguna.objects.get(username="admin-ppu")
    with pytest.raises(PermissionDenied, match="akun Anda sendiri"):
        ubah.tambah_peran(admin, opd_ppu.pemda, admin, Peran.Jenis.KEPALA_OPD, opd_ppu)
    assert not Peran.objects.filter(pengguna=admin, opd=opd_ppu).exists()
