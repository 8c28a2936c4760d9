"""Who may use the analysis page: the OPD's operator writes (the rule of the LKjIP
narrative, `akses.alasan_tidak_boleh_isi` with the LKjIP); the other roles that see the
OPD read it; another OPD's user, a Publik user and anonymous users are refused."""

import pytest

from sakip.jejak.models import Jejak
from sakip.pelaporan.models import AnalisisIndikator
from sakip.perencanaan.models import Indikator

from .analisis_bantu import URL, bidang, isian


def _tulisan():
    return {bidang("analisis", "sengketa-diselesaikan"): "Tulisan orang luar."}


def _tidak_tertulis():
    assert not AnalisisIndikator.objects.filter(analisis="Tulisan orang luar.").exists()
    assert not Jejak.objects.exists()


def test_the_opds_operator_may_write(masuk):
    c = masuk("operator-tebing")
    r = c.get(URL)
    assert r.status_code == 200
    assert r.context["alasan_tolak"] is None
    assert "Simpan analisis" in r.text
    assert c.post(URL, isian(r, _tulisan())).status_code == 302
    assert AnalisisIndikator.objects.filter(analisis="Tulisan orang luar.").exists()


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_the_other_roles_of_the_pemda_read_but_may_not_write(masuk, pengguna):
    c = masuk(pengguna)
    r = c.get(URL)
    assert r.status_code == 200
    assert "Hanya operator OPD ini yang dapat mengubah datanya." in r.text
    assert "Simpan analisis" not in r.text
    assert all(b.field.disabled for b in r.context["form"])
    r = c.post(URL, isian(r, _tulisan()))
    assert r.status_code == 403
    _tidak_tertulis()


@pytest.mark.parametrize("pengguna", ["operator-jambi", "admin-ppu", "publik-tebing"])
def test_a_user_who_does_not_see_the_opd_is_refused(masuk, pengguna):
    c = masuk(pengguna)
    assert c.get(URL).status_code == 404
    r = c.post(URL, {**_tulisan(), "asal": "{}"})
    assert r.status_code == 404
    _tidak_tertulis()


def test_an_anonymous_user_is_sent_to_the_login_page(client, demo):
    r = client.get(URL)
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    r = client.post(URL, {**_tulisan(), "asal": "{}"})
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    _tidak_tertulis()


def test_a_field_naming_another_opds_indicator_is_ignored(masuk):
    lain = Indikator.objects.filter(periode__opd__slug="dtkk-ukm-jambi", iku=True).first()
    c = masuk("operator-tebing")
    r = c.post(URL, isian(c.get(URL), {f"analisis-{lain.pk}": "Tulisan orang luar."}))
    assert r.status_code == 302
    _tidak_tertulis()
