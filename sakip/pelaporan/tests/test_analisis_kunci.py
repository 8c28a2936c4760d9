"""The analysis page respects the LKjIP's lock: once the year's LKjIP is submitted or
approved through the workflow, the page is read-only and a POST is refused, whoever sends
it and whatever it carries; reopened, it is writable again."""

import pytest
from django.test import Client

from sakip.akun.models import Pengguna
from sakip.alur.ubah import jalankan
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pelaporan.models import AnalisisIndikator
from sakip.pertukaran.demo import muat_reviu_demo

from .analisis_bantu import ANALISIS_DEMO, SLUG, URL, bidang, isian

TERKUNCI = "LKjIP 2022 berstatus Disetujui sehingga terkunci."


def _langkah(*langkah, tahun=2022):
    """Walk the LKjIP of `tahun` through the workflow: (user, step[, reason]) each."""
    opd = OPD.objects.get(slug=SLUG)
    for username, nama, *alasan in langkah:
        jalankan(Pengguna.objects.get(username=username), opd, tahun, "lkjip", nama, *alasan)


DISETUJUI = [
    # Annual figures without evidence: the submission gives its reason for the gaps.
    ("operator-tebing", "ajukan", "Bukti dukung tersimpan di arsip dinas."),
    ("admin-tebing", "verifikasi"),
    ("kepala-tebing", "setujui"),
]


@pytest.fixture
def disetujui(demo):
    muat_reviu_demo()  # an LKjIP is approved only after its review is concluded
    _langkah(*DISETUJUI)


def _tulisan():
    return {
        bidang("analisis", "kesempatan-kerja"): "Diubah sesudah disetujui.",
        bidang("analisis", "sengketa-diselesaikan"): "Analisis baru.",
        bidang("solusi", "sengketa-diselesaikan"): "Solusi baru.",
    }


def _tetap():
    ada = AnalisisIndikator.objects.filter(tahun=2022)
    assert not ada.filter(analisis="Diubah sesudah disetujui.").exists()
    assert not ada.filter(analisis="Analisis baru.").exists()
    assert ada.filter(analisis__startswith=ANALISIS_DEMO).exists()
    assert not Jejak.objects.filter(uraian__startswith="Analisis LKjIP").exists()


def test_an_approved_lkjip_makes_the_page_read_only(disetujui, masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    assert TERKUNCI in r.text
    assert "Simpan analisis" not in r.text
    form = r.context["form"]
    assert all(b.field.disabled for b in form)
    assert ANALISIS_DEMO in form[bidang("analisis", "kesempatan-kerja")].value()  # still shown


def test_a_post_to_an_approved_lkjip_is_refused_and_writes_nothing(disetujui, masuk):
    c = masuk("operator-tebing")
    r = c.post(URL, isian(c.get(URL), _tulisan()))
    assert r.status_code == 403
    assert TERKUNCI in r.text
    _tetap()


def test_no_account_reaches_around_the_lock(disetujui, masuk, django_user_model):
    """Not the superuser (who passes every role check), not a post made without the page."""
    super_ = django_user_model.objects.create_superuser("super", password="rahasia-super-1")
    c = Client()
    c.force_login(super_)
    assert c.post(URL, {**_tulisan(), "asal": "{}"}).status_code == 403
    assert masuk("operator-tebing").post(URL, _tulisan()).status_code == 403
    _tetap()


def test_a_submitted_lkjip_locks_the_page_too(demo, masuk):
    _langkah(DISETUJUI[0])
    c = masuk("operator-tebing")
    r = c.get(URL)
    assert "LKjIP 2022 berstatus Diajukan sehingga terkunci." in r.text
    assert c.post(URL, isian(r, _tulisan())).status_code == 403
    _tetap()


def test_the_lock_of_another_year_leaves_this_year_open(demo, masuk):
    _langkah(DISETUJUI[0], tahun=2021)
    c = masuk("operator-tebing")
    assert c.post(URL, isian(c.get(URL), _tulisan())).status_code == 302


def test_reopened_by_the_admin_the_page_is_writable_again(disetujui, masuk):
    _langkah(("admin-tebing", "buka", "Analisis indikator perlu dilengkapi."))
    c = masuk("operator-tebing")
    r = c.get(URL)
    assert TERKUNCI not in r.text
    assert c.post(URL, isian(r, _tulisan())).status_code == 302
    assert AnalisisIndikator.objects.filter(analisis="Diubah sesudah disetujui.").exists()
