import pytest

from sakip.alur.models import Dokumen, Tahap

from .isian_bantu import OPD_TEBING, indikator, kunci, teks

URL = f"/opd/{OPD_TEBING}/rencana/"


def test_it_lists_the_plan_with_entry_links(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    isi = teks(r)
    ind = indikator()
    assert f"/rencana/indikator/{ind.pk}/" in isi and f"/rencana/indikator/{ind.pk}/target/" in isi
    assert f"/rencana/periode/{ind.periode.pk}/tujuan/" in isi
    assert f"/opd/{OPD_TEBING}/rencana/pk/2022/" in isi
    assert "Renstra 2021: Draf" in isi


def test_a_locked_period_is_shown_read_only(masuk):
    ind = indikator()
    kunci(ind.periode.tahun_awal, Dokumen.RENSTRA, Tahap.DISETUJUI)
    isi = teks(masuk("operator-tebing").get(URL))
    assert "Renstra 2021: Disetujui" in isi
    assert f"/rencana/periode/{ind.periode.pk}/tujuan/" not in isi


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_see_it_read_only(masuk, pengguna):
    r = masuk(pengguna).get(URL)
    assert r.status_code == 200
    assert "Hanya operator OPD ini" in teks(r)
    assert "+ Tambah tujuan" not in teks(r)


def test_the_plan_page_links_it_for_the_operator_only(masuk):
    assert URL in teks(masuk("operator-tebing").get(f"/opd/{OPD_TEBING}/"))
    for pengguna in ("kepala-tebing", "admin-tebing", "inspektorat-tebing"):
        assert URL not in teks(masuk(pengguna).get(f"/opd/{OPD_TEBING}/"))


def test_it_checks_access(masuk, client):
    assert masuk("operator-jambi").get(URL).status_code == 404
    assert masuk("publik-tebing").get(URL).status_code == 404
    r = client.get(URL)
    assert r.status_code == 302 and r.url.startswith("/masuk/")
