import html
import json
from decimal import Decimal

import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator, Target

from .isian_bantu import indikator, jejak_baru, jejak_terakhir, kunci, teks


def _url(ind, tahun=None):
    return f"/rencana/indikator/{ind.pk}/target/" + (f"{tahun}/" if tahun else "")


def _asal(klien, url):
    """The hidden locking values, as the page showed them."""
    isi = klien.get(url).content.decode()
    awal = isi.index('name="asal" value="') + len('name="asal" value="')
    return html.unescape(isi[awal : isi.index('"', awal)])


def test_it_shows_the_yearly_grid(masuk):
    r = masuk("operator-tebing").get(_url(indikator()))
    assert r.status_code == 200
    isi = r.content.decode()
    assert 'name="n_2021_0" value="60"' in isi and 'name="n_2022_0" value="65"' in isi
    assert "a_2021_0" not in isi  # no upper bound for a positive indicator


def test_it_works(masuk):
    ind = indikator()
    klien = masuk("operator-tebing")
    asal = _asal(klien, _url(ind))
    sebelum = jejak_terakhir()
    r = klien.post(_url(ind), {"asal": asal, "n_2021_0": "60", "n_2022_0": "1.257,5"})
    assert r.status_code == 302
    assert Target.objects.get(indikator=ind, tahun=2022, triwulan=0).nilai == Decimal("1257.5")
    [j] = jejak_baru(sebelum)  # 2021 unchanged: one record only
    assert j.tindakan == Jejak.Tindakan.UBAH
    assert j.lama["nilai"] == "65" and j.baru["nilai"] == "1257.5"
    assert j.uraian == "Target 2022 indikator kesempatan-kerja"


def test_an_emptied_cell_removes_the_target(masuk):
    ind = indikator()
    klien = masuk("operator-tebing")
    asal = _asal(klien, _url(ind))
    sebelum = jejak_terakhir()
    assert (
        klien.post(_url(ind), {"asal": asal, "n_2021_0": "", "n_2022_0": "65"}).status_code == 302
    )
    assert not Target.objects.filter(indikator=ind, tahun=2021, triwulan=0).exists()
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.HAPUS and j.lama["nilai"] == "60" and j.baru is None


def test_it_saves_quarterly_targets(masuk):
    ind = indikator()
    klien = masuk("operator-tebing")
    url = _url(ind, 2022)
    asal = _asal(klien, url)
    sebelum = jejak_terakhir()
    data = {"asal": asal, "n_2022_1": "10", "n_2022_2": "25,5", "n_2022_3": "", "n_2022_4": "65"}
    assert klien.post(url, data).status_code == 302
    tersimpan = {t.triwulan: t.nilai for t in Target.objects.filter(indikator=ind, tahun=2022)}
    assert tersimpan == {0: 65, 1: 10, 2: Decimal("25.5"), 4: 65}
    assert [j.tindakan for j in jejak_baru(sebelum)] == [Jejak.Tindakan.BUAT] * 3


def test_it_saves_range_targets(masuk):
    ind = indikator()
    Indikator.objects.filter(pk=ind.pk).update(polaritas="rentang")
    Target.objects.filter(indikator=ind).update(nilai_atas=70)
    klien = masuk("operator-tebing")
    asal = _asal(klien, _url(ind))
    r = klien.post(
        _url(ind),
        {"asal": asal, "n_2021_0": "60", "a_2021_0": "55", "n_2022_0": "65", "a_2022_0": ""},
    )
    isi = teks(r)
    assert "Batas atas lebih kecil dari batas bawah" in isi
    assert "memerlukan batas atas" in isi
    r = klien.post(
        _url(ind),
        {"asal": asal, "n_2021_0": "60", "a_2021_0": "80,25", "n_2022_0": "65", "a_2022_0": "70"},
    )
    assert r.status_code == 302
    t = Target.objects.get(indikator=ind, tahun=2021, triwulan=0)
    assert (t.nilai, t.nilai_atas) == (60, Decimal("80.25"))


def test_it_rejects_bad_numbers(masuk):
    ind = indikator()
    klien = masuk("operator-tebing")
    r = klien.post(
        _url(ind),
        {"asal": _asal(klien, _url(ind)), "n_2021_0": "6O", "n_2022_0": "1,0000000000001"},
    )
    isi = teks(r)
    assert "'6O' bukan angka yang valid." in isi
    assert "Target 2022: angka terlalu rinci, paling banyak 12 angka di belakang koma" in isi


def test_yearly_targets_follow_the_renstra_lock(masuk):
    ind = indikator()
    kunci(2021, Dokumen.RENSTRA, Tahap.DIAJUKAN)
    klien = masuk("operator-tebing")
    assert "terkunci" in teks(klien.get(_url(ind)))
    assert klien.post(_url(ind), {"n_2021_0": "1", "n_2022_0": "1"}).status_code == 403
    # The quarterly targets of 2022 belong to the PK 2022, still open.
    assert klien.get(_url(ind, 2022)).status_code == 200
    assert "terkunci" not in teks(klien.get(_url(ind, 2022)))


def test_quarterly_targets_follow_the_pk_lock(masuk):
    ind = indikator()
    kunci(2022, Dokumen.PK, Tahap.DISETUJUI)
    klien = masuk("operator-tebing")
    data = {"n_2022_1": "1", "n_2022_2": "", "n_2022_3": "", "n_2022_4": ""}
    assert klien.post(_url(ind, 2022), data).status_code == 403
    assert not Target.objects.filter(indikator=ind, triwulan=1).exists()
    data = {"n_2021_0": "1", "n_2022_0": "1", "asal": _asal(klien, _url(ind))}
    assert klien.post(_url(ind), data).status_code == 302


def test_it_refuses_a_save_over_another_users_change(masuk):
    ind = indikator()
    klien = masuk("operator-tebing")
    asal = _asal(klien, _url(ind))
    Target.objects.filter(indikator=ind, tahun=2021).update(nilai=61)
    sebelum = jejak_terakhir()
    r = klien.post(_url(ind), {"asal": asal, "n_2021_0": "62", "n_2022_0": "66"})
    assert r.status_code == 200
    isi = teks(r)
    assert "telah diubah oleh pengguna lain" in isi
    assert 'value="66"' in isi  # what was typed stays
    # All or nothing: 2022 was not saved either.
    assert Target.objects.get(indikator=ind, tahun=2022, triwulan=0).nilai == 65
    assert jejak_baru(sebelum) == []
    assert json.loads(asal)["2021-0"]["nilai"] == "60"


def test_it_refuses_a_year_outside_the_period(masuk):
    assert masuk("operator-tebing").get(_url(indikator(), 2030)).status_code == 404


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    ind = indikator()
    klien = masuk(pengguna)
    assert klien.get(_url(ind)).status_code == 200
    assert klien.post(_url(ind), {"n_2021_0": "1", "n_2022_0": "1"}).status_code == 403
    assert klien.post(_url(ind, 2022), {"n_2022_1": "1"}).status_code == 403


def test_it_checks_access(masuk, client):
    ind = indikator()
    assert masuk("operator-jambi").get(_url(ind)).status_code == 404
    assert masuk("operator-jambi").post(_url(ind), {"n_2021_0": "1"}).status_code == 404
    r = client.get(_url(ind))
    assert r.status_code == 302 and r.url.startswith("/masuk/")
