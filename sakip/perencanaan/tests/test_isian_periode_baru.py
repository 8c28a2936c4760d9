"""Creating a Renstra period (or a supplement of one) for an OPD."""

import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Periode

from .isian_bantu import OPD_TEBING, jejak_baru, jejak_terakhir, kunci, teks

URL = f"/opd/{OPD_TEBING}/rencana/periode/"


def _induk():
    return Periode.objects.get(kode="renstra-disnakerind-2017-2022")


def _data(**ubah):
    data = {
        "asal": "null",
        "kode": "renstra-disnakerind-2023-2026",
        "nama": "Renstra Disnakerind 2023–2026",
        "tahun_awal": "2023",
        "tahun_akhir": "2026",
        "induk": "",
        "visi": "Visi baru",
    }
    data.update(ubah)
    return data


def test_it_works(masuk):
    klien = masuk("operator-tebing")
    sebelum = jejak_terakhir()
    r = klien.post(URL, _data())
    assert r.status_code == 302, teks(r)
    p = Periode.objects.get(kode="renstra-disnakerind-2023-2026")
    assert p.opd.slug == OPD_TEBING and p.pemda == p.opd.pemda
    assert p.jenis == Periode.Jenis.RENSTRA and p.induk is None
    assert (p.tahun_awal, p.tahun_akhir, p.visi) == (2023, 2026, "Visi baru")
    [j] = jejak_baru(sebelum)
    assert j.tindakan == Jejak.Tindakan.BUAT and j.lama is None and j.objek == "periode"
    assert j.baru["kode"] == "renstra-disnakerind-2023-2026" and j.baru["tahun_akhir"] == 2026
    assert j.opd.slug == OPD_TEBING
    assert "Renstra 2023–2026 “Renstra Disnakerind 2023–2026” dibuat." in teks(klien.get(r.url))


def test_it_creates_a_supplement_within_its_parent(masuk):
    data = _data(kode="suplemen-2019", tahun_awal="2019", tahun_akhir="2020", induk=_induk().pk)
    r = masuk("operator-tebing").post(URL, data)
    assert r.status_code == 302, teks(r)
    p = Periode.objects.get(kode="suplemen-2019")
    assert p.jenis == Periode.Jenis.SUPLEMEN_RENSTRA and p.induk == _induk()


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"tahun_awal": "2026", "tahun_akhir": "2023"}, "Tahun akhir tidak boleh sebelum"),
        ({"tahun_akhir": "2029"}, "paling lama 6 tahun"),
        ({"tahun_awal": "2022"}, "bertumpang tindih dengan Renstra"),
        ({"tahun_awal": "2022", "tahun_akhir": "2023", "induk": "induk"}, "dalam periode induk"),
        ({"tahun_awal": "2020", "tahun_akhir": "2021", "induk": "induk"}, "tumpang tindih"),
        ({"kode": "renstra-disnakerind-2017-2022"}, "sudah dipakai periode lain"),
        ({"tahun_awal": "20x3"}, "Masukkan keseluruhan angka bilangan"),
    ],
)
def test_it_checks_what_was_typed(masuk, ubah, pesan):
    if ubah.get("induk") == "induk":
        ubah["induk"] = _induk().pk
    jumlah = Periode.objects.count()
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(URL, _data(**ubah))
    assert r.status_code == 200
    assert pesan in teks(r)
    assert Periode.objects.count() == jumlah and jejak_baru(sebelum) == []


def test_it_refuses_when_the_renstra_of_its_first_year_is_locked(masuk):
    kunci(2023, Dokumen.RENSTRA, Tahap.DISETUJUI)
    r = masuk("operator-tebing").post(URL, _data())
    assert r.status_code == 403
    assert not Periode.objects.filter(kode="renstra-disnakerind-2023-2026").exists()


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    klien = masuk(pengguna)
    r = klien.get(URL)
    assert r.status_code == 200 and "Hanya operator OPD ini" in teks(r)
    assert "+ Tambah periode Renstra" not in teks(klien.get(f"/opd/{OPD_TEBING}/rencana/"))
    assert klien.post(URL, _data()).status_code == 403
    assert not Periode.objects.filter(kode="renstra-disnakerind-2023-2026").exists()


def test_it_checks_access(masuk, client):
    for pengguna in ("operator-jambi", "publik-tebing"):
        lain = masuk(pengguna)
        assert lain.get(URL).status_code == 404
        assert lain.post(URL, _data()).status_code == 404
    r = client.post(URL, _data())
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert not Periode.objects.filter(kode="renstra-disnakerind-2023-2026").exists()
    isi = teks(masuk("operator-tebing").get(f"/opd/{OPD_TEBING}/rencana/"))
    assert "+ Tambah periode Renstra" in isi and URL in isi
