import json
from decimal import Decimal

import pytest

from sakip.alur.models import Dokumen, Tahap
from sakip.instansi.models import Pejabat
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import PerjanjianKinerja

from .isian_bantu import OPD_TEBING, jejak_baru, jejak_terakhir, kunci, teks

URL = f"/opd/{OPD_TEBING}/rencana/pk/2021/"  # the demo sets a PK for 2022 only


def _kadis():
    return Pejabat.objects.get(kode="kadis-disnakerind")


def test_it_sets_the_pk_with_a_trail(masuk):
    sebelum = jejak_terakhir()
    r = masuk("operator-tebing").post(
        URL,
        {
            "asal": json.dumps({"versi": None}),
            "tanggal": "2021-02-01",
            "pihak_pertama": _kadis().pk,
        },
    )
    assert r.status_code == 302, teks(r)
    pk = PerjanjianKinerja.objects.get(opd__slug=OPD_TEBING, tahun=2021)
    assert pk.versi == 1 and pk.pihak_pertama == _kadis() and str(pk.tanggal) == "2021-02-01"
    targets = {t.indikator.kode: t.nilai for t in pk.target_set.all()}
    assert targets["kesempatan-kerja"] == Decimal(60)
    jejak = jejak_baru(sebelum)
    assert jejak[0].objek == "perjanjian kinerja" and jejak[0].tindakan == Jejak.Tindakan.BUAT
    assert jejak[0].baru["versi"] == 1 and jejak[0].baru["tanggal"] == "2021-02-01"
    assert len(jejak) == 1 + len(targets)  # one record per target too
    assert {j.baru["indikator_id"] for j in jejak[1:]} == {
        t.indikator_id for t in pk.target_set.all()
    }


def test_a_revision_needs_a_reason(masuk):
    klien = masuk("operator-tebing")
    assert klien.post(URL, {"asal": json.dumps({"versi": None})}).status_code == 302
    r = klien.post(URL, {"asal": json.dumps({"versi": 1}), "alasan": "  "})
    assert r.status_code == 200
    assert "wajib diisi" in teks(r) or "tidak boleh kosong" in teks(r)
    sebelum = jejak_terakhir()
    r = klien.post(URL, {"asal": json.dumps({"versi": 1}), "alasan": "Refocusing anggaran"})
    assert r.status_code == 302
    assert PerjanjianKinerja.objects.filter(opd__slug=OPD_TEBING, tahun=2021).count() == 2
    assert jejak_baru(sebelum)[0].alasan == "Refocusing anggaran"
    assert "Refocusing anggaran" in teks(klien.get(URL))


def test_it_refuses_a_second_setting_from_a_stale_page(masuk):
    klien = masuk("operator-tebing")
    assert klien.post(URL, {"asal": json.dumps({"versi": None})}).status_code == 302
    r = klien.post(URL, {"asal": json.dumps({"versi": None}), "alasan": "Dari halaman lama"})
    assert r.status_code == 200 and "ditetapkan oleh pengguna lain" in teks(r)
    assert PerjanjianKinerja.objects.filter(opd__slug=OPD_TEBING, tahun=2021).count() == 1


def test_it_refuses_when_locked(masuk):
    kunci(2021, Dokumen.PK, Tahap.DIAJUKAN)
    klien = masuk("operator-tebing")
    assert "terkunci" in teks(klien.get(URL))
    assert klien.post(URL, {"asal": "null"}).status_code == 403
    assert not PerjanjianKinerja.objects.filter(opd__slug=OPD_TEBING, tahun=2021).exists()


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    klien = masuk(pengguna)
    assert klien.get(URL).status_code == 200
    assert klien.post(URL, {"asal": "null"}).status_code == 403


def test_it_checks_access(masuk, client):
    assert masuk("operator-jambi").get(URL).status_code == 404
    assert masuk("operator-jambi").post(URL).status_code == 404
    assert masuk("operator-tebing").get(f"/opd/{OPD_TEBING}/rencana/pk/2040/").status_code == 404
    r = client.get(URL)
    assert r.status_code == 302 and r.url.startswith("/masuk/")
