"""Filling windows: set by the Admin Pemda, closing quarterly entry outside their dates."""

from datetime import date

import pytest

from sakip.alur.kunci import alasan_terkunci
from sakip.alur.models import JendelaPengisian
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.jejak.tests.bantu import asal_halaman

URL = "/pemda/kab-penajam-paser-utara/jendela/2025/"
KOSONG = {f"tw{t}-{b}": "" for t in range(1, 5) for b in ("mulai", "selesai")}


def test_the_admin_sets_a_window_with_one_audit_record(masuk):
    klien = masuk("admin-ppu")
    asal = asal_halaman(klien, URL)
    r = klien.post(
        URL, {**KOSONG, "tw1-mulai": "2025-04-01", "tw1-selesai": "2025-04-15", "asal": asal}
    )
    assert r.status_code == 302
    j = JendelaPengisian.objects.get()
    assert (j.triwulan, j.mulai, j.selesai) == (1, date(2025, 4, 1), date(2025, 4, 15))
    jejak = Jejak.objects.get()
    assert jejak.baru == {"mulai": "2025-04-01", "selesai": "2025-04-15"}
    assert jejak.pemda.slug == "kab-penajam-paser-utara" and jejak.opd is None


def test_a_closed_window_gives_its_reason(demo):
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    JendelaPengisian.objects.create(
        pemda=opd.pemda, tahun=2025, triwulan=1, mulai=date(2025, 4, 1), selesai=date(2025, 4, 15)
    )
    assert alasan_terkunci(opd, 2025, "tw1", date(2025, 4, 10)) is None
    assert alasan_terkunci(opd, 2025, "tw1", date(2025, 4, 16)) == (
        "Jendela pengisian Data Triwulan I 2025 ditutup pada 15 April 2025."
    )
    assert "baru dibuka pada 1 April 2025" in alasan_terkunci(opd, 2025, "tw1", date(2025, 3, 1))
    assert alasan_terkunci(opd, 2025, "tw2", date(2025, 4, 16)) is None


def test_an_operator_cannot_enter_data_when_the_window_is_closed(masuk):
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    JendelaPengisian.objects.create(
        pemda=opd.pemda, tahun=2025, triwulan=1, mulai=date(2025, 1, 1), selesai=date(2025, 1, 2)
    )
    r = masuk("operator-ppu").post(f"/opd/{opd.slug}/isian/2025/1/", {})
    assert r.status_code == 403
    assert "ditutup pada 2 Januari 2025" in r.content.decode()


def test_it_rejects_a_window_that_ends_before_it_starts(masuk):
    r = masuk("admin-ppu").post(
        URL, {**KOSONG, "tw2-mulai": "2025-07-15", "tw2-selesai": "2025-07-01"}
    )
    assert r.status_code == 200
    assert "tidak boleh sebelum tanggal mulai" in r.content.decode()
    assert not JendelaPengisian.objects.exists()


@pytest.mark.parametrize("username", ["operator-ppu", "kepala-ppu", "inspektorat-ppu"])
def test_other_roles_read_but_may_not_change(masuk, username):
    klien = masuk(username)
    assert klien.get(URL).status_code == 200
    assert klien.post(URL, KOSONG).status_code == 403


@pytest.mark.parametrize("username", ["admin-jambi", "publik-ppu"])
def test_it_is_hidden_from_other_pemda_and_the_public(masuk, username):
    assert masuk(username).get(URL).status_code == 404


def test_anonymous_users_are_sent_to_login(client, demo):
    assert client.get(URL).status_code == 302
    assert client.post(URL, KOSONG).status_code == 302
