"""The output realisation of a sub kegiatan: annual, held by Triwulan IV."""

import html
from decimal import Decimal

import pytest

from sakip.alur.models import StatusDokumen
from sakip.anggaran.models import ProgramKegiatan
from sakip.jejak.models import Jejak


@pytest.fixture
def sub(demo):
    # Tebing Tinggi LKjIP 2022 Tabel 14 row 2.a.1 (seed 004; demo YAML keluaran of
    # 2.07.03.2.01.01): target "4 jenis", realisasi "4 jenis", capaian 4 / 4 × 100 = 100.
    return ProgramKegiatan.objects.get(kode="2.07.03.2.01.01", tahun=2022)  # realised 4


def url(sub):
    return f"/sub-kegiatan/{sub.pk}/keluaran/"


def asal(c, sub):
    return c.get(url(sub)).context["asal_json"]


def test_it_records_the_output_with_one_audit_record(masuk, sub):
    c = masuk("operator-tebing")
    r = c.post(url(sub), {"asal": asal(c, sub), "realisasi_keluaran": "1.234,5"})
    assert r.status_code == 302
    sub.refresh_from_db()
    assert sub.realisasi_keluaran == Decimal("1234.5")
    [j] = Jejak.objects.all()
    assert (j.lama, j.baru) == ({"realisasi_keluaran": "4"}, {"realisasi_keluaran": "1234.5"})
    assert j.uraian == "Realisasi keluaran sub kegiatan 2.07.03.2.01.01 anggaran 2022"


def test_it_belongs_to_triwulan_iv_not_to_the_perjanjian_kinerja(masuk, sub):
    StatusDokumen.objects.create(opd=sub.opd, tahun=2022, dokumen="pk", tahap="disetujui")
    c = masuk("operator-tebing")
    assert c.post(url(sub), {"asal": asal(c, sub), "realisasi_keluaran": "5"}).status_code == 302
    StatusDokumen.objects.create(opd=sub.opd, tahun=2022, dokumen="tw4", tahap="disetujui")
    r = c.post(url(sub), {"realisasi_keluaran": "6"})
    assert r.status_code == 403
    assert "Data Triwulan IV 2022 berstatus Disetujui" in html.unescape(r.content.decode())
    sub.refresh_from_db()
    assert sub.realisasi_keluaran == 5 and Jejak.objects.count() == 1


def test_a_stale_form_gives_the_conflict_message(masuk, sub):
    c = masuk("operator-tebing")
    semula = asal(c, sub)
    ProgramKegiatan.objects.filter(pk=sub.pk).update(realisasi_keluaran=7)
    r = c.post(url(sub), {"asal": semula, "realisasi_keluaran": "8"})
    assert "telah diubah oleh pengguna lain" in html.unescape(r.content.decode())
    sub.refresh_from_db()
    assert sub.realisasi_keluaran == 7 and not Jejak.objects.exists()


def test_it_checks_access(masuk, client, sub):
    for pengguna in ("kepala-tebing", "inspektorat-tebing", "admin-tebing"):
        c = masuk(pengguna)
        assert c.get(url(sub)).status_code == 200  # read-only
        assert c.post(url(sub), {"realisasi_keluaran": "1"}).status_code == 403
    for pengguna in ("operator-jambi", "publik-tebing"):
        assert masuk(pengguna).post(url(sub), {"realisasi_keluaran": "1"}).status_code == 404
    r = client.post(url(sub), {"realisasi_keluaran": "1"})
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert not Jejak.objects.exists()
