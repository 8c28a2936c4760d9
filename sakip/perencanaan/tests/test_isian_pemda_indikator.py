"""Indicators and yearly targets of the Pemda's own plan, with the same pages (and the same
formula editor) as an OPD's Renstra: formulas read the Pemda's variables only."""

import html
import json
from decimal import Decimal

import pytest

from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator, Periode, Sasaran, Target
from sakip.perencanaan.ubah import asal_target
from sakip.pertukaran.demo import JAMBI

from .isian_bantu import data_indikator, jejak_baru, jejak_terakhir, teks

PERIKSA = f"/pemda/{JAMBI}/rencana/periksa-rumus/"


def _tpak():
    return Indikator.objects.get(kode="tpak", periode__kode="rpd-2024-2026", periode__opd=None)


def _url_target(ind, tahun=None):
    return f"/rencana/indikator/{ind.pk}/target/" + (f"{tahun}/" if tahun else "")


def _asal_target(ind):
    return json.dumps(asal_target(ind, [(t, 0) for t in (2024, 2025, 2026)]))


def _baru(sasaran, **ubah):
    data = {
        "asal": "null",
        "kode": "ipm",
        "nama": "Indeks Pembangunan Manusia",
        "induk": f"sasaran-{sasaran.pk}",
        "satuan": "indeks",
        "jenis": "indeks",
        "polaritas": "positif",
        "rumus": "",
        "agregasi": "terakhir",
        "baseline_tahun": "2022",
        "baseline_nilai": "78,23",
        "urutan": "0",
    }
    data.update(ubah)
    return data


def test_it_creates_an_indicator_with_a_formula_over_pemda_variables(masuk):
    s = Sasaran.objects.get(tujuan__periode__kode="rpd-2024-2026", nomor="9")
    klien = masuk("admin-jambi")
    r = klien.get(f"/rencana/sasaran/{s.pk}/indikator/")
    assert r.status_code == 200
    isi = teks(r)
    assert PERIKSA in isi and f"/pemda/{JAMBI}/variabel/baru/" in isi
    sebelum = jejak_terakhir()
    r = klien.post(
        f"/rencana/sasaran/{s.pk}/indikator/",
        _baru(s, kode="rasio-ak", rumus="angkatan_kerja / penduduk_usia_kerja"),
    )
    assert r.status_code == 302 and r.url == f"/pemda/{JAMBI}/rencana/", teks(r)
    ind = Indikator.objects.get(kode="rasio-ak")
    assert (ind.periode.opd, ind.sasaran, ind.baseline_nilai) == (None, s, Decimal("78.23"))
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.objek, j.opd_id, j.pemda_id) == (
        "buat",
        "indikator",
        None,
        s.tujuan.periode.pemda_id,
    )
    assert (
        j.baru["rumus"] == "angkatan_kerja / penduduk_usia_kerja"
        and j.baru["baseline_nilai"] == "78.23"
    )


def test_an_opd_variable_is_unknown_to_the_pemda_plan(masuk):
    s = Sasaran.objects.get(tujuan__periode__kode="rpd-2024-2026", nomor="9")
    klien = masuk("admin-jambi")
    # `ditempatkan` is a variable of the DTKK-UKM, not of the Pemda.
    r = klien.post(f"/rencana/sasaran/{s.pk}/indikator/", _baru(s, rumus="ditempatkan * 2"))
    assert r.status_code == 200
    assert "Variabel 'ditempatkan' belum terdaftar pada Pemda ini" in teks(r)
    assert not Indikator.objects.filter(kode="ipm").exists()
    hasil = klien.get(PERIKSA, {"rumus": "ditempatkan / angkatan_kerja"}).json()
    assert hasil["sah"] is False and hasil["tidak_dikenal"] == ["ditempatkan"]
    hasil = klien.get(PERIKSA, {"rumus": "angkatan_kerja / penduduk_usia_kerja * 100"}).json()
    assert hasil["sah"] is True and "Jumlah Angkatan Kerja" in hasil["penjelasan"]


def test_it_refuses_bad_numbers_in_indonesian(masuk):
    s = Sasaran.objects.get(tujuan__periode__kode="rpd-2024-2026", nomor="9")
    r = masuk("admin-jambi").post(
        f"/rencana/sasaran/{s.pk}/indikator/", _baru(s, baseline_nilai="78.23")
    )
    assert r.status_code == 200 and "Gunakan koma untuk desimal" in teks(r)
    assert not Indikator.objects.filter(kode="ipm").exists()


def test_it_edits_an_indicator(masuk):
    ind = _tpak()
    sebelum = jejak_terakhir()
    r = masuk("admin-jambi").post(
        f"/rencana/indikator/{ind.pk}/", data_indikator(ind, target_akhir="63,5", iku="on")
    )
    assert r.status_code == 302, teks(r)
    ind.refresh_from_db()
    assert ind.target_akhir == Decimal("63.5") and ind.iku
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.opd_id) == (Jejak.Tindakan.UBAH, None)
    assert (j.lama["target_akhir"], j.baru["target_akhir"]) == ("63.4", "63.5")


def test_it_saves_yearly_targets_one_record_each(masuk):
    ind = _tpak()
    klien = masuk("admin-jambi")
    isi = teks(klien.get(_url_target(ind)))
    assert 'name="n_2025_0" value="63,3"' in isi and "triwulan:" not in isi
    sebelum = jejak_terakhir()
    r = klien.post(
        _url_target(ind),
        {"asal": _asal_target(ind), "n_2024_0": "63,25", "n_2025_0": "1.063,5", "n_2026_0": ""},
    )
    assert r.status_code == 302, teks(r)
    assert Target.objects.get(indikator=ind, tahun=2025, triwulan=0).nilai == Decimal("1063.5")
    assert not Target.objects.filter(indikator=ind, tahun=2026).exists()
    ubah, hapus = jejak_baru(sebelum)
    assert (ubah.tindakan, ubah.opd_id, ubah.pemda_id) == ("ubah", None, ind.periode.pemda_id)
    assert (ubah.lama["nilai"], ubah.baru["nilai"]) == ("63.3", "1063.5")
    assert (hapus.tindakan, hapus.lama["nilai"], hapus.baru) == ("hapus", "63.4", None)


def test_a_stale_target_grid_saves_nothing(masuk):
    ind = _tpak()
    asal = _asal_target(ind)
    Target.objects.filter(indikator=ind, tahun=2024).update(nilai=Decimal("60"))
    sebelum = jejak_terakhir()
    r = masuk("admin-jambi").post(
        _url_target(ind), {"asal": asal, "n_2024_0": "1", "n_2025_0": "2", "n_2026_0": "3"}
    )
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in html.unescape(r.text)
    assert Target.objects.get(indikator=ind, tahun=2025).nilai == Decimal("63.3")
    assert jejak_baru(sebelum) == []


def test_the_pemda_plan_has_no_quarterly_targets(masuk):
    assert masuk("admin-jambi").get(_url_target(_tpak(), 2025)).status_code == 404


def test_it_deletes_an_indicator_with_its_targets(masuk):
    ind = _tpak()
    jumlah = ind.target_set.count()
    sebelum = jejak_terakhir()
    r = masuk("admin-jambi").post(
        f"/rencana/indikator/{ind.pk}/hapus/", {"asal": data_indikator(ind)["asal"]}
    )
    assert r.status_code == 302 and r.url == f"/pemda/{JAMBI}/rencana/", teks(r)
    assert not Indikator.objects.filter(pk=ind.pk).exists()
    jejak = jejak_baru(sebelum)
    assert len(jejak) == jumlah + 1
    assert all(j.tindakan == "hapus" and j.opd_id is None for j in jejak)


@pytest.mark.parametrize("pengguna", ["operator-jambi", "kepala-jambi", "inspektorat-jambi"])
def test_others_only_read(masuk, pengguna):
    ind = _tpak()
    klien = masuk(pengguna)
    r = klien.get(f"/rencana/indikator/{ind.pk}/")
    assert r.status_code == 200 and "Hanya Admin Pemda" in teks(r)
    assert klien.get(PERIKSA, {"rumus": "angkatan_kerja"}).status_code == 200
    sebelum = jejak_terakhir()
    s = ind.sasaran
    assert (
        klien.post(f"/rencana/indikator/{ind.pk}/", data_indikator(ind, iku="on")).status_code
        == 403
    )
    assert klien.post(f"/rencana/sasaran/{s.pk}/indikator/", _baru(s)).status_code == 403
    assert (
        klien.post(_url_target(ind), {"asal": _asal_target(ind), "n_2024_0": "1"}).status_code
        == 403
    )
    assert klien.post(f"/rencana/indikator/{ind.pk}/hapus/", {}).status_code == 403
    assert jejak_baru(sebelum) == []


def test_it_checks_access(masuk, client):
    ind = _tpak()
    for pengguna in ("admin-ppu", "operator-tebing", "publik-jambi"):
        lain = masuk(pengguna)
        assert lain.get(f"/rencana/indikator/{ind.pk}/").status_code == 404
        assert lain.get(_url_target(ind)).status_code == 404
        assert lain.get(PERIKSA, {"rumus": "x"}).status_code == 404
        assert lain.post(_url_target(ind), {"n_2024_0": "1"}).status_code == 404
        assert lain.post(f"/rencana/indikator/{ind.pk}/hapus/", {}).status_code == 404
    for url in (f"/rencana/indikator/{ind.pk}/", _url_target(ind), PERIKSA):
        r = client.get(url)
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert Periode.objects.get(pk=ind.periode_id).indikator_set.filter(pk=ind.pk).exists()
