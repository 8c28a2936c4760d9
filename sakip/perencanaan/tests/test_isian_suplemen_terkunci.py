"""A supplement changes the approved Renstra it supplements for the years it covers: it is
created, and anything under it created, changed or deleted, only while that Renstra is
open, as for the Renstra itself (issue 13). The pages stay readable, with the reason."""

import json

import pytest

from sakip.akun.models import Pengguna
from sakip.alur.models import Dokumen
from sakip.alur.ubah import jalankan
from sakip.instansi.models import OPD
from sakip.jejak.catat import nilai_objek
from sakip.perencanaan.models import Indikator, Periode, Sasaran, Tujuan
from sakip.perencanaan.ubah import BIDANG_TUJUAN
from sakip.pertukaran.demo import DISETUJUI, muat_alur_demo

from .isian_bantu import data_indikator, jejak_baru, jejak_terakhir, teks

URL_BARU = "/opd/dkukmperindag-ppu/rencana/periode/"
TERKUNCI = (
    "Renstra 2024 berstatus Disetujui sehingga terkunci. Perubahan memerlukan pembukaan "
    "kembali oleh Admin Pemda dengan alasan."
)


def _induk():
    return Periode.objects.get(kode="renstra-dkukmperindag-2024-2026")


def _data_suplemen():
    return {
        "asal": "null",
        "kode": "suplemen-dkukmperindag-2025-2026",
        "nama": "Suplemen Renstra 2025–2026",
        "tahun_awal": "2025",
        "tahun_akhir": "2026",
        "induk": _induk().pk,
        "visi": "",
    }


def _indikator_baru(induk, kode):
    """What the indicator form posts for a new indicator entered directly."""
    return {
        "asal": "null",
        "kode": kode,
        "nama": "Jumlah UMKM ekspor",
        "induk": induk,
        "satuan": "unit",
        "jenis": "absolut",
        "polaritas": "positif",
        "agregasi": "terakhir",
        "urutan": "0",
    }


def _langkah(username, nama, alasan=""):
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    jalankan(Pengguna.objects.get(username=username), opd, 2024, Dokumen.RENSTRA, nama, alasan)


@pytest.fixture
def ppu(masuk):
    """The demo's workflow: PPU's Renstra 2024–2026 is approved."""
    muat_alur_demo()
    return masuk


def test_it_refuses_a_supplement_of_an_approved_renstra(ppu):
    klien = ppu("operator-ppu")
    assert klien.get(URL_BARU).status_code == 200
    sebelum = jejak_terakhir()
    r = klien.post(URL_BARU, _data_suplemen())
    assert r.status_code == 403
    assert TERKUNCI in teks(r)
    assert not Periode.objects.filter(induk=_induk()).exists()
    assert jejak_baru(sebelum) == []


@pytest.fixture
def suplemen(ppu):
    """A supplement with one tujuan, sasaran and indicator, made while the Admin Pemda had
    reopened the Renstra, which was then approved again; the supplement's own document
    (Renstra 2025) has not been submitted."""
    _langkah("admin-ppu", "buka", "Suplemen 2025–2026")
    klien = ppu("operator-ppu")
    assert klien.post(URL_BARU, _data_suplemen()).status_code == 302
    p = Periode.objects.get(induk=_induk())
    data = {"asal": "null", "nomor": "1", "nama": "Tujuan suplemen", "urutan": "0"}
    assert klien.post(f"/rencana/periode/{p.pk}/tujuan/", data).status_code == 302
    t = Tujuan.objects.get(periode=p)
    data = {"asal": "null", "nomor": "1", "nama": "Sasaran suplemen", "urutan": "0"}
    assert klien.post(f"/rencana/tujuan/{t.pk}/sasaran/", data).status_code == 302
    s = Sasaran.objects.get(tujuan=t)
    data = _indikator_baru(f"sasaran-{s.pk}", "umkm-ekspor")
    r = klien.post(f"/rencana/sasaran/{s.pk}/indikator/", data)
    assert r.status_code == 302, teks(r)
    for awalan, nama in DISETUJUI:
        _langkah(f"{awalan}-ppu", nama)
    return p


def _halaman(p):
    """(url, what a save posts) of every page that changes the supplement or its parts."""
    t = Tujuan.objects.get(periode=p)
    s = Sasaran.objects.get(tujuan=t)
    ind = Indikator.objects.get(periode=p)
    tujuan = {"asal": json.dumps(nilai_objek(t, BIDANG_TUJUAN)), "nomor": "1", "urutan": "0"}
    return [
        (f"/rencana/periode/{p.pk}/", {"asal": "null", "nama": "Suplemen baru"}),
        (f"/rencana/periode/{p.pk}/misi/", {"asal": "null", "nomor": "1", "teks": "Misi"}),
        (f"/rencana/periode/{p.pk}/tujuan/", {"asal": "null", "nomor": "2", "nama": "Baru"}),
        (f"/rencana/tujuan/{t.pk}/", {**tujuan, "nama": "Tujuan diubah"}),
        (f"/rencana/tujuan/{t.pk}/sasaran/", {"asal": "null", "nomor": "2", "nama": "Baru"}),
        (f"/rencana/sasaran/{s.pk}/", {"asal": "null", "nomor": "1", "nama": "Diubah"}),
        (f"/rencana/tujuan/{t.pk}/indikator/", _indikator_baru(f"tujuan-{t.pk}", "baru")),
        (f"/rencana/indikator/{ind.pk}/", data_indikator(ind, nama="Diubah")),
        (f"/rencana/indikator/{ind.pk}/target/", {"asal": "null", "2025-0-nilai": "9"}),
        (f"/rencana/indikator/{ind.pk}/hapus/", {"asal": "null"}),
        (f"/rencana/sasaran/{s.pk}/hapus/", {"asal": "null"}),
    ]


def test_nothing_under_the_supplement_changes_while_the_renstra_is_approved(ppu, suplemen):
    klien = ppu("operator-ppu")
    sebelum = jejak_terakhir()
    for url, data in _halaman(suplemen):
        assert klien.get(url).status_code == 200, url
        assert TERKUNCI in teks(klien.get(url)), url
        r = klien.post(url, data)
        assert r.status_code == 403, url
        assert TERKUNCI in teks(r), url
    assert jejak_baru(sebelum) == []
    assert Indikator.objects.filter(periode=suplemen).count() == 1
    assert Tujuan.objects.get(periode=suplemen).nama == "Tujuan suplemen"


def test_reopening_the_renstra_opens_the_supplement_again(ppu, suplemen):
    _langkah("admin-ppu", "buka", "Koreksi suplemen")
    klien = ppu("operator-ppu")
    [(url, data)] = [h for h in _halaman(suplemen) if h[0].endswith("/tujuan/")]
    r = klien.post(url, data)
    assert r.status_code == 302, teks(r)
    assert Tujuan.objects.filter(periode=suplemen, nama="Baru").exists()
