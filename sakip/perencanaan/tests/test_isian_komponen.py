"""Choosing an indicator's components (composite indicators) on the indicator form."""

import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator

from .isian_bantu import (
    DITOLAK_TEBING,
    OPD_TEBING,
    data_indikator,
    indikator,
    jejak_baru,
    jejak_terakhir,
    kunci,
    teks,
    url_indikator,
)

# A tujuan indicator of the Suplemen Renstra 2021–2022 with a formula and no targets.
KOMPOSIT = "pencari-kerja-ditempatkan"


def _pk(*kode):
    return [indikator(k).pk for k in kode]


def _kode_komponen(ind):
    return sorted(ind.komponen.values_list("kode", flat=True))


def test_it_works(masuk):
    ind = indikator(KOMPOSIT)
    klien = masuk("operator-tebing")
    sebelum = jejak_terakhir()
    data = data_indikator(ind, rumus="", komponen=_pk("pencaker-bersertifikat", "kesempatan-kerja"))
    r = klien.post(url_indikator(ind), data)
    assert r.status_code == 302, teks(r)
    assert _kode_komponen(ind) == ["kesempatan-kerja", "pencaker-bersertifikat"]
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.UBAH and j.nama_pengguna == "operator-tebing"
    assert j.lama["komponen"] == [] and j.lama["rumus"] == ind.rumus
    assert j.baru["komponen"] == ["kesempatan-kerja", "pencaker-bersertifikat"]
    assert j.baru["rumus"] == ""

    # Only the components change: still exactly one record, with both lists.
    ind.refresh_from_db()
    sebelum = jejak_terakhir()
    r = klien.post(url_indikator(ind), data_indikator(ind, komponen=_pk("kesempatan-kerja")))
    assert r.status_code == 302, teks(r)
    assert _kode_komponen(ind) == ["kesempatan-kerja"]
    [j] = jejak_baru(sebelum)
    assert j.lama["komponen"] == ["kesempatan-kerja", "pencaker-bersertifikat"]
    assert j.baru["komponen"] == ["kesempatan-kerja"]


def test_the_audit_page_shows_the_component_lists(masuk):
    ind = indikator(KOMPOSIT)
    klien = masuk("operator-tebing")
    data = data_indikator(ind, rumus="", komponen=_pk("pencaker-bersertifikat", "kesempatan-kerja"))
    assert klien.post(url_indikator(ind), data).status_code == 302
    isi = teks(klien.get(f"/opd/{OPD_TEBING}/jejak/"))
    assert "kesempatan-kerja, pencaker-bersertifikat" in isi


def test_it_offers_the_other_indicators_of_the_period(masuk):
    ind = indikator(KOMPOSIT)
    isi = teks(masuk("operator-tebing").get(url_indikator(ind)))
    assert 'name="komponen"' in isi
    assert f'name="komponen" value="{indikator("kesempatan-kerja").pk}"' in isi
    assert f'name="komponen" value="{ind.pk}"' not in isi


def test_it_refuses_itself_and_indicators_of_another_period(masuk):
    ind = indikator(KOMPOSIT)
    lain = Indikator.objects.exclude(periode=ind.periode).first()
    klien = masuk("operator-tebing")
    for pk in (ind.pk, lain.pk):
        r = klien.post(url_indikator(ind), data_indikator(ind, rumus="", komponen=[pk]))
        assert r.status_code == 200
        assert "bukan salah satu dari pilihan yang tersedia" in teks(r)
    assert _kode_komponen(ind) == []


def test_it_refuses_a_formula_on_a_composite(masuk):
    ind = indikator(KOMPOSIT)
    r = masuk("operator-tebing").post(
        url_indikator(ind), data_indikator(ind, komponen=_pk("kesempatan-kerja"))
    )
    assert r.status_code == 200
    assert "tidak boleh memiliki rumus" in teks(r)
    assert _kode_komponen(ind) == []


def test_it_refuses_components_more_than_one_level_deep(masuk):
    ind = indikator(KOMPOSIT)
    ind.komponen.set([indikator("pencaker-bersertifikat")])
    klien = masuk("operator-tebing")
    # A composite is not a component ...
    lain = indikator("sengketa-diselesaikan")
    r = klien.post(url_indikator(lain), data_indikator(lain, rumus="", komponen=[ind.pk]))
    assert "Komponen tidak boleh berupa indikator komposit: pencari-kerja-ditempatkan" in teks(r)
    assert _kode_komponen(lain) == []
    # ... and a component has no components of its own (no cycle can form).
    bagian = indikator("pencaker-bersertifikat")
    r = klien.post(url_indikator(bagian), data_indikator(bagian, rumus="", komponen=[lain.pk]))
    assert "sudah menjadi komponen pencari-kerja-ditempatkan" in teks(r)
    assert _kode_komponen(bagian) == []


def test_it_refuses_an_indicator_with_its_own_targets(masuk):
    ind = indikator("kesempatan-kerja")  # targets 2021 and 2022
    r = masuk("operator-tebing").post(
        url_indikator(ind), data_indikator(ind, rumus="", komponen=_pk("pencaker-bersertifikat"))
    )
    assert r.status_code == 200
    assert "masih memiliki target sendiri" in teks(r)
    assert _kode_komponen(ind) == []


def test_it_refuses_a_save_over_another_users_change(masuk):
    ind = indikator(KOMPOSIT)
    data = data_indikator(ind, rumus="", komponen=_pk("kesempatan-kerja"))
    ind.komponen.set([indikator("pencaker-bersertifikat")])  # someone else, meanwhile
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(url_indikator(ind), data)
    assert r.status_code == 200
    assert "telah diubah oleh pengguna lain" in teks(r)
    assert _kode_komponen(ind) == ["pencaker-bersertifikat"]
    assert jejak_baru(sebelum) == []


def test_it_refuses_when_locked(masuk):
    ind = indikator(KOMPOSIT)
    kunci(ind.periode.tahun_awal, Dokumen.RENSTRA, Tahap.DISETUJUI)
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        url_indikator(ind), data_indikator(ind, rumus="", komponen=_pk("kesempatan-kerja"))
    )
    assert r.status_code == 403
    assert _kode_komponen(ind) == [] and jejak_baru(sebelum) == []


@pytest.mark.parametrize(("pengguna", "status"), DITOLAK_TEBING)
def test_it_checks_access(masuk, client, pengguna, status):
    ind = indikator(KOMPOSIT)
    data = data_indikator(ind, rumus="", komponen=_pk("kesempatan-kerja"))
    assert masuk(pengguna).post(url_indikator(ind), data).status_code == status
    r = client.post(url_indikator(ind), data)
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert _kode_komponen(ind) == []
