from decimal import Decimal

import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator

from .isian_bantu import data_indikator as _data
from .isian_bantu import indikator, jejak_baru, jejak_terakhir, kunci, teks, url_indikator


def test_it_works(masuk):
    ind = indikator()
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        url_indikator(ind),
        _data(
            ind,
            baseline_tahun="2020",
            baseline_nilai="1.257,5",
            target_akhir="65,125",
            rumus="ditempatkan / ditempatkan[n-1] * 100",
        ),
    )
    assert r.status_code == 302, teks(r)
    ind.refresh_from_db()
    assert ind.baseline_nilai == Decimal("1257.5")
    assert ind.target_akhir == Decimal("65.125")
    assert ind.baseline_tahun == 2020
    assert ind.rumus == "ditempatkan / ditempatkan[n-1] * 100"
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.UBAH
    assert j.nama_pengguna == "operator-tebing"
    assert j.lama["baseline_nilai"] is None and j.baru["baseline_nilai"] == "1257.5"
    assert j.lama["target_akhir"] == "65" and j.baru["target_akhir"] == "65.125"
    assert j.opd.slug == "disnakerind-tebing-tinggi"


def test_it_creates_an_indicator_under_a_sasaran(masuk):
    sasaran = indikator().sasaran
    baru = Indikator(periode=sasaran.tujuan.periode, sasaran=sasaran, kode="", nama="")
    sebelum = jejak_terakhir()
    data = _data(
        indikator(),
        asal="null",
        kode="rasio-baru",
        nama="Rasio baru",
        satuan="%",
        jenis="rasio",
        rumus="bagi(tk_bpjs; tk_total; 0) * 100",
        target_akhir="0,000000000001",
        iku="",
    )
    r = masuk("operator-tebing").post(f"/rencana/sasaran/{sasaran.pk}/indikator/", data)
    assert r.status_code == 302, teks(r)
    ind = Indikator.objects.get(kode="rasio-baru")
    assert ind.sasaran == sasaran and ind.periode == baru.periode and not ind.iku
    assert ind.target_akhir == Decimal("0.000000000001")
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.BUAT and j.lama is None and j.baru["kode"] == "rasio-baru"


@pytest.mark.parametrize(
    ("rumus", "pesan"),
    [
        ("ditempatkan / (ditempatkan[n-1] * 100", "kolom"),
        ("ditempatkan ** 2", "di kolom 14"),
        ("terdaftar_fiktif / ditempatkan", "Variabel 'terdaftar_fiktif' belum terdaftar"),
    ],
)
def test_it_rejects_a_bad_formula_with_its_position(masuk, rumus, pesan):
    ind = indikator()
    r = masuk("operator-tebing").post(url_indikator(ind), _data(ind, rumus=rumus))
    assert r.status_code == 200
    assert pesan in teks(r)
    assert "Rumus tidak valid" in teks(r) or "belum terdaftar" in teks(r)
    ind.refresh_from_db()
    assert ind.rumus != rumus


def test_it_says_in_indonesian_what_is_wrong_with_a_number(masuk):
    ind = indikator()
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        url_indikator(ind),
        _data(ind, target_akhir="1.2,5", target_akhir_atas="3", baseline_nilai="x"),
    )
    isi = teks(r)
    assert "titik hanya dipakai sebagai pemisah ribuan" in isi
    assert "bukan angka yang valid" in isi
    assert 'value="1.2,5"' in r.content.decode()  # what was typed is kept
    assert jejak_baru(sebelum) == []


def test_it_checks_range_targets(masuk):
    ind = indikator()
    r = masuk("operator-tebing").post(url_indikator(ind), _data(ind, target_akhir_atas="70"))
    assert "Batas atas hanya untuk indikator berpolaritas rentang" in teks(r)
    r = masuk("operator-tebing").post(
        url_indikator(ind),
        _data(ind, polaritas="rentang", target_akhir="70", target_akhir_atas="60"),
    )
    assert "Batas atas lebih kecil dari batas bawah" in teks(r)


def test_it_refuses_a_duplicate_code(masuk):
    ind = indikator()
    r = masuk("operator-tebing").post(
        url_indikator(ind), _data(ind, kode="pencari-kerja-ditempatkan")
    )
    assert "sudah dipakai indikator lain" in teks(r)


def test_it_refuses_when_locked(masuk):
    ind = indikator()
    kunci(ind.periode.tahun_awal, Dokumen.RENSTRA, Tahap.DISETUJUI)
    klien = masuk("operator-tebing")
    r = klien.get(url_indikator(ind))
    assert r.status_code == 200
    assert "terkunci" in teks(r) and "disabled" in teks(r)
    assert "Simpan</button>" not in teks(r)
    sebelum = jejak_terakhir()
    assert klien.post(url_indikator(ind), _data(ind, nama="Baru")).status_code == 403
    assert jejak_baru(sebelum) == []


def test_it_refuses_a_save_over_another_users_change(masuk):
    ind = indikator()
    data = _data(ind, nama="Nama yang saya ketik")
    Indikator.objects.filter(pk=ind.pk).update(nama="Diubah orang lain")
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(url_indikator(ind), data)
    assert r.status_code == 200
    isi = teks(r)
    assert "telah diubah oleh pengguna lain" in isi
    assert "Nama yang saya ketik" in isi
    ind.refresh_from_db()
    assert ind.nama == "Diubah orang lain"
    assert jejak_baru(sebelum) == []


def test_an_unchanged_save_writes_no_trail(masuk):
    ind = indikator()
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(url_indikator(ind), _data(ind))
    assert r.status_code == 302
    assert jejak_baru(sebelum) == []


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_who_see_the_opd_only_read(masuk, pengguna):
    ind = indikator()
    klien = masuk(pengguna)
    r = klien.get(url_indikator(ind))
    assert r.status_code == 200
    assert "Hanya operator OPD ini" in teks(r)
    assert klien.post(url_indikator(ind), _data(ind, nama="X")).status_code == 403
    ind.refresh_from_db()
    assert ind.nama != "X"


def test_it_checks_access(masuk, client):
    ind = indikator()
    assert masuk("operator-tebing").get(url_indikator(ind)).status_code == 200
    lain = masuk("operator-jambi")
    assert lain.get(url_indikator(ind)).status_code == 404
    assert lain.post(url_indikator(ind), _data(ind, nama="X")).status_code == 404
    assert masuk("publik-tebing").get(url_indikator(ind)).status_code == 404
    r = client.get(url_indikator(ind))
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    r = client.post(url_indikator(ind), _data(ind, nama="X"))
    assert r.status_code == 302 and r.url.startswith("/masuk/")
