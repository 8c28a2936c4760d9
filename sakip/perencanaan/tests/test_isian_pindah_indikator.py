"""Moving an indicator to another tujuan or sasaran of its period (indicator form)."""

import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator, Sasaran

from .isian_bantu import (
    DITOLAK_TEBING,
    data_indikator,
    indikator,
    jejak_baru,
    jejak_terakhir,
    kunci,
    teks,
    url_indikator,
)


def _sasaran_lain():
    # Sasaran 2 of the same tujuan (pencaker-bersertifikat hangs on it).
    return indikator("pencaker-bersertifikat").sasaran


def test_it_moves_an_indicator_to_another_sasaran(masuk):
    ind = indikator()
    semula, ke = ind.sasaran, _sasaran_lain()
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        url_indikator(ind), data_indikator(ind, induk=f"sasaran-{ke.pk}")
    )
    assert r.status_code == 302, teks(r)
    ind.refresh_from_db()
    assert ind.sasaran == ke and ind.tujuan is None
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.UBAH
    assert j.lama["sasaran_id"] == semula.pk and j.baru["sasaran_id"] == ke.pk


def test_it_moves_an_indicator_to_a_tujuan(masuk):
    ind = indikator()
    tujuan = ind.sasaran.tujuan
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        url_indikator(ind), data_indikator(ind, induk=f"tujuan-{tujuan.pk}")
    )
    assert r.status_code == 302, teks(r)
    ind.refresh_from_db()
    assert ind.tujuan == tujuan and ind.sasaran is None
    [j] = jejak_baru(sebelum)
    assert j.lama["tujuan_id"] is None and j.baru["tujuan_id"] == tujuan.pk
    assert j.baru["sasaran_id"] is None


def test_it_offers_only_the_tujuan_and_sasaran_of_the_period(masuk):
    ind = indikator()
    klien = masuk("operator-tebing")
    isi = teks(klien.get(url_indikator(ind)))
    assert f'value="sasaran-{_sasaran_lain().pk}"' in isi
    assert f'value="tujuan-{ind.sasaran.tujuan_id}"' in isi
    lain = Sasaran.objects.exclude(tujuan__periode=ind.periode).first()
    assert f'value="sasaran-{lain.pk}"' not in isi
    r = klien.post(url_indikator(ind), data_indikator(ind, induk=f"sasaran-{lain.pk}"))
    assert r.status_code == 200
    assert "bukan salah satu dari pilihan yang tersedia" in teks(r)
    assert Indikator.objects.get(pk=ind.pk).sasaran_id == ind.sasaran_id


def test_a_new_indicator_may_be_placed_elsewhere(masuk):
    ind = indikator()
    data = data_indikator(ind, asal="null", kode="baru", induk=f"sasaran-{_sasaran_lain().pk}")
    r = masuk("operator-tebing").post(f"/rencana/sasaran/{ind.sasaran_id}/indikator/", data)
    assert r.status_code == 302, teks(r)
    assert Indikator.objects.get(kode="baru", periode=ind.periode).sasaran == _sasaran_lain()


def test_it_refuses_a_move_over_another_users_move(masuk):
    ind = indikator()
    data = data_indikator(ind, induk=f"tujuan-{ind.sasaran.tujuan_id}")
    Indikator.objects.filter(pk=ind.pk).update(sasaran=_sasaran_lain())
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(url_indikator(ind), data)
    assert r.status_code == 200
    assert "telah diubah oleh pengguna lain" in teks(r)
    assert Indikator.objects.get(pk=ind.pk).sasaran == _sasaran_lain()
    assert jejak_baru(sebelum) == []


def test_it_refuses_when_locked(masuk):
    ind = indikator()
    kunci(ind.periode.tahun_awal, Dokumen.RENSTRA, Tahap.DISETUJUI)
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        url_indikator(ind), data_indikator(ind, induk=f"sasaran-{_sasaran_lain().pk}")
    )
    assert r.status_code == 403
    assert Indikator.objects.get(pk=ind.pk).sasaran_id == ind.sasaran_id
    assert jejak_baru(sebelum) == []


@pytest.mark.parametrize(("pengguna", "status"), DITOLAK_TEBING)
def test_it_checks_access(masuk, client, pengguna, status):
    ind = indikator()
    data = data_indikator(ind, induk=f"sasaran-{_sasaran_lain().pk}")
    assert masuk(pengguna).post(url_indikator(ind), data).status_code == status
    r = client.post(url_indikator(ind), data)
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert Indikator.objects.get(pk=ind.pk).sasaran_id == ind.sasaran_id
