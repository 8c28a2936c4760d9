"""A delete page either refuses on its first page, naming what still refers to the record,
or asks for confirmation and then deletes: it never asks and then refuses. What refers to a
record includes relations declared `related_name="+"` (no accessor on the record)."""

import json

import pytest

from sakip.instansi.models import OPD, Pejabat, Pemda
from sakip.jejak.catat import nilai_objek
from sakip.pengukuran.models import HasilIndikator, VersiHasil
from sakip.pengukuran.tersimpan import hitung_ulang
from sakip.perencanaan.models import Indikator, Misi, PerjanjianKinerja, TargetPK
from sakip.perencanaan.struktur import BIDANG_OPD, BIDANG_PEJABAT
from sakip.perencanaan.ubah import BIDANG_INDIKATOR, BIDANG_MISI
from sakip.pertukaran.demo import PPU, TEBING

from .isian_bantu import indikator, indikator_baru, teks


def _indikator_baru():
    return indikator_baru("baru-hapus", "Baru")


def _opd_kosong():
    return OPD.objects.create(
        pemda=Pemda.objects.get(slug=PPU), slug="bappeda-ppu", nama="Bappeda", singkatan="B"
    )


def test_it_refuses_an_indicator_of_a_perjanjian_kinerja_on_the_first_page(masuk):
    baru = _indikator_baru()
    pk = PerjanjianKinerja.objects.create(opd=baru.periode.opd, tahun=2021)
    TargetPK.objects.create(pk_dokumen=pk, indikator=baru, nilai=5)
    klien = masuk("operator-tebing")
    url = f"/rencana/indikator/{baru.pk}/hapus/"
    isi = teks(klien.get(url))
    assert "masih ada data terkait: target perjanjian kinerja (1)." in isi
    assert "Ya, hapus" not in isi
    r = klien.post(url, {"asal": json.dumps(nilai_objek(baru, BIDANG_INDIKATOR))})
    assert r.status_code == 200 and "target perjanjian kinerja (1)" in teks(r)
    assert Indikator.objects.filter(pk=baru.pk).exists()


def test_an_opd_held_only_by_its_results_counter_is_asked_then_deleted(masuk):
    """VersiHasil (stored results' counter, `related_name="+"`) is derived: it goes with
    the OPD and holds nothing back."""
    kosong = _opd_kosong()
    VersiHasil.objects.create(opd=kosong, versi=3, dihitung=3)
    klien = masuk("admin-ppu")
    url = f"/pemda/{PPU}/opd/{kosong.slug}/hapus/"
    isi = teks(klien.get(url))
    assert "Ya, hapus" in isi and "versi hasil" not in isi
    r = klien.post(url, {"asal": json.dumps(nilai_objek(kosong, BIDANG_OPD))})
    assert r.status_code == 302
    assert not OPD.objects.filter(pk=kosong.pk).exists()
    assert not VersiHasil.objects.filter(opd_id=kosong.pk).exists()


def test_an_indicator_with_stored_results_is_asked_then_deleted(masuk):
    baru = _indikator_baru()
    hitung_ulang([baru.periode.opd_id])
    assert HasilIndikator.objects.filter(indikator=baru).exists()
    klien = masuk("operator-tebing")
    url = f"/rencana/indikator/{baru.pk}/hapus/"
    isi = teks(klien.get(url))
    assert "Ya, hapus" in isi and "hasil indikator" not in isi
    r = klien.post(url, {"asal": json.dumps(nilai_objek(baru, BIDANG_INDIKATOR))})
    assert r.status_code == 302 and not Indikator.objects.filter(pk=baru.pk).exists()


def test_an_official_both_parties_of_one_pk_counts_once(masuk):
    p = Pejabat.objects.get(kode="inspektur", pemda__slug=TEBING)
    PerjanjianKinerja.objects.create(
        opd=indikator().periode.opd, tahun=2021, pihak_pertama=p, pihak_kedua=p
    )
    isi = teks(masuk("admin-tebing").get(f"/pemda/{TEBING}/pejabat/{p.pk}/hapus/"))
    assert "perjanjian kinerja (1)" in isi and "Ya, hapus" not in isi


def _misi():
    return Misi.objects.create(periode=indikator().periode, nomor=9, teks="Misi kosong")


def _pejabat():
    return Pejabat.objects.get(kode="inspektur", pemda__slug=TEBING)


@pytest.mark.parametrize(
    "buat,url,bidang,pengguna",
    [
        (_misi, lambda o: f"/rencana/misi/{o.pk}/hapus/", BIDANG_MISI, "operator-tebing"),
        (
            _indikator_baru,
            lambda o: f"/rencana/indikator/{o.pk}/hapus/",
            BIDANG_INDIKATOR,
            "operator-tebing",
        ),
        (_opd_kosong, lambda o: f"/pemda/{PPU}/opd/{o.slug}/hapus/", BIDANG_OPD, "admin-ppu"),
        (
            _pejabat,
            lambda o: f"/pemda/{TEBING}/pejabat/{o.pk}/hapus/",
            BIDANG_PEJABAT,
            "admin-tebing",
        ),
    ],
)
def test_a_page_that_asks_also_deletes(masuk, buat, url, bidang, pengguna):
    obj = buat()
    klien = masuk(pengguna)
    assert "Ya, hapus" in teks(klien.get(url(obj)))
    r = klien.post(url(obj), {"asal": json.dumps(nilai_objek(obj, bidang))})
    assert r.status_code == 302
    assert not type(obj).objects.filter(pk=obj.pk).exists()
