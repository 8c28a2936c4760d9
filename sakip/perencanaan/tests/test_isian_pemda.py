"""The Pemda's entry page for its own plan (RPJMD/RPD and supplements)."""

import pytest

from sakip.perencanaan.models import Periode
from sakip.pertukaran.demo import JAMBI

from .isian_bantu import teks

URL = f"/pemda/{JAMBI}/rencana/"


def _rpd():
    return Periode.objects.get(kode="rpd-2024-2026", pemda__slug=JAMBI)


def test_it_shows_the_plan_with_edit_links_to_the_admin(masuk):
    rpd = _rpd()
    tpak = rpd.indikator_set.get(kode="tpak")
    isi = teks(masuk("admin-jambi").get(URL))
    assert rpd.nama in isi and "Peningkatan partisipasi angkatan kerja" in isi
    assert "Tingkat Partisipasi Angkatan Kerja" in isi
    for url in (
        f"/rencana/periode/{rpd.pk}/",
        f"/rencana/periode/{rpd.pk}/misi/",
        f"/rencana/periode/{rpd.pk}/tujuan/",
        f"/rencana/indikator/{tpak.pk}/",
        f"/rencana/indikator/{tpak.pk}/target/",
        f"/pemda/{JAMBI}/rencana/periode/",
    ):
        assert url in isi
    assert "ubah periode dan visi" in isi and "Hanya dapat dilihat" not in isi
    assert "Renstra 2024" not in isi  # no workflow document on the Pemda's plan


@pytest.mark.parametrize("pengguna", ["operator-jambi", "kepala-jambi", "inspektorat-jambi"])
def test_others_of_the_pemda_read_it(masuk, pengguna):
    rpd = _rpd()
    r = masuk(pengguna).get(URL)
    assert r.status_code == 200
    isi = teks(r)
    assert rpd.nama in isi and "Hanya Admin Pemda" in isi and "lihat periode" in isi
    assert f"/rencana/periode/{rpd.pk}/tujuan/" not in isi
    assert "+ Tambah periode" not in isi


def test_it_checks_access(masuk, client):
    for pengguna in ("admin-ppu", "operator-tebing", "publik-jambi"):
        assert masuk(pengguna).get(URL).status_code == 404
    r = client.get(URL)
    assert r.status_code == 302 and r.url.startswith("/masuk/")


def test_the_pemda_page_links_to_it_for_the_admin(masuk):
    assert URL in teks(masuk("admin-jambi").get(f"/pemda/{JAMBI}/"))
    assert URL not in teks(masuk("operator-jambi").get(f"/pemda/{JAMBI}/"))
