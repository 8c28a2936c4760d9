"""The Pemda's settings page: name, province, predicate scale and capaian cap (Admin Pemda)."""

import json
from decimal import Decimal

import pytest

from sakip.instansi.models import Pemda
from sakip.jejak.catat import nilai_objek
from sakip.jejak.models import Jejak
from sakip.perencanaan.struktur import BIDANG_PEMDA
from sakip.pertukaran.demo import TEBING

from .isian_bantu import jejak_baru, jejak_terakhir, teks

URL = f"/pemda/{TEBING}/pengaturan/"


def _pemda():
    return Pemda.objects.get(slug=TEBING)


def _data(**ubah):
    p = _pemda()
    data = {
        "asal": json.dumps(nilai_objek(p, BIDANG_PEMDA)),
        "nama": p.nama,
        "provinsi": p.provinsi,
        "skala_predikat": p.skala_predikat,
        "batas_capaian": "",
    }
    data.update(ubah)
    return data


def test_it_works(masuk):
    lama = _pemda()
    klien = masuk("admin-tebing")
    sebelum = jejak_terakhir()
    r = klien.post(
        URL, _data(provinsi="Sumatera Utara", skala_predikat="lke", batas_capaian="120,5")
    )
    assert r.status_code == 302, teks(r)
    p = _pemda()
    assert (p.provinsi, p.skala_predikat, p.batas_capaian) == (
        "Sumatera Utara",
        "lke",
        Decimal("120.5"),
    )
    [j] = jejak_baru(sebelum)
    assert (j.tindakan, j.objek, j.opd_id, j.pemda_id) == (Jejak.Tindakan.UBAH, "pemda", None, p.pk)
    assert j.lama["skala_predikat"] == lama.skala_predikat and j.baru["skala_predikat"] == "lke"
    assert j.lama["batas_capaian"] is None and j.baru["batas_capaian"] == "120.5"
    assert j.nama_pengguna == "admin-tebing"
    assert "Pengaturan Pemda disimpan." in teks(klien.get(r.url))


def test_an_unchanged_form_writes_nothing(masuk):
    sebelum = jejak_terakhir()
    r = masuk("admin-tebing").post(URL, _data())
    assert r.status_code == 302
    assert jejak_baru(sebelum) == []


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"batas_capaian": "seratus"}, "bukan angka yang valid"),
        ({"batas_capaian": "99,99"}, "Batas capaian paling rendah 100"),
        ({"skala_predikat": "skala-lain"}, "Masukkan pilihan yang valid"),
        ({"nama": ""}, "Bidang ini tidak boleh kosong"),
    ],
)
def test_it_refuses_bad_input_in_indonesian(masuk, ubah, pesan):
    sebelum = jejak_terakhir()
    r = masuk("admin-tebing").post(URL, _data(**ubah))
    assert r.status_code == 200 and pesan in teks(r)
    assert _pemda().batas_capaian is None and jejak_baru(sebelum) == []


def test_it_shows_and_keeps_the_cap_exactly(masuk):
    Pemda.objects.filter(slug=TEBING).update(batas_capaian=Decimal("1234.5678"))
    klien = masuk("admin-tebing")
    assert 'value="1.234,5678"' in teks(klien.get(URL))
    sebelum = jejak_terakhir()
    r = klien.post(URL, _data(batas_capaian="1.234,5678"))
    assert r.status_code == 302 and jejak_baru(sebelum) == []


def test_it_refuses_a_save_over_another_users_change(masuk):
    data = _data(batas_capaian="100")
    Pemda.objects.filter(slug=TEBING).update(skala_predikat="lke")
    sebelum = jejak_terakhir()
    r = masuk("admin-tebing").post(URL, data)
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    assert _pemda().batas_capaian is None and jejak_baru(sebelum) == []


@pytest.mark.parametrize("pengguna", ["operator-tebing", "kepala-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    klien = masuk(pengguna)
    r = klien.get(URL)
    assert r.status_code == 200 and "Hanya Admin Pemda" in teks(r)
    assert "Simpan</button>" not in teks(r)
    sebelum = jejak_terakhir()
    assert klien.post(URL, _data(batas_capaian="100")).status_code == 403
    assert _pemda().batas_capaian is None and jejak_baru(sebelum) == []


def test_it_checks_access(masuk, client):
    for pengguna in ("admin-ppu", "operator-jambi", "publik-tebing"):
        lain = masuk(pengguna)
        assert lain.get(URL).status_code == 404
        assert lain.post(URL, _data(batas_capaian="100")).status_code == 404
    r = client.post(URL, _data(batas_capaian="100"))
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert _pemda().batas_capaian is None


def test_the_pemda_page_links_to_it_for_the_admin(masuk):
    assert URL in teks(masuk("admin-tebing").get(f"/pemda/{TEBING}/"))
    assert URL not in teks(masuk("operator-tebing").get(f"/pemda/{TEBING}/"))
