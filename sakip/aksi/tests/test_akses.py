"""Who sees and who changes a Rencana Aksi: the OPD's operator changes it; the official
linked to an account changes their own actions where the Pemda allows it; the head, the
Admin Pemda and the Inspektorat read; another OPD's staff get 404, anonymous the login."""

import json

import pytest

from sakip.aksi.models import Aksi, LaporanAksi

from .conftest import OPD, RENCANA

LAPORAN = {
    "status": "berjalan",
    "persen": "40",
    "pelaksanaan": "Sebagian perusahaan telah diperiksa",
    "kendala": "",
    "tindak_lanjut": "",
    "keterangan": "",
    "asal": "null",
}


def _alamat(aksi):
    return [
        RENCANA,
        f"/opd/{OPD}/rencana-aksi/2022/indikator/{aksi.indikator_id}/tambah/",
        f"/aksi/{aksi.pk}/",
        f"/aksi/{aksi.pk}/hapus/",
        f"/aksi/{aksi.pk}/triwulan/2/",
    ]


def test_it_refuses_another_opd_and_anonymous(aksi, masuk, client):
    lain = masuk("operator-jambi")
    for alamat in _alamat(aksi):
        assert lain.get(alamat).status_code == 404, alamat
        assert lain.post(alamat, LAPORAN).status_code == 404, alamat
        r = client.get(alamat)
        assert r.status_code == 302 and r.url.startswith("/masuk/"), alamat


def test_readers_see_it_but_do_not_change_it(aksi, terbuka, masuk):
    for nama in ("kepala-tebing", "admin-tebing", "inspektorat-tebing"):
        c = masuk(nama)
        r = c.get(RENCANA)
        assert r.status_code == 200
        assert "Sosialisasi kepesertaan BPJS Ketenagakerjaan" in r.text
        assert "Tambah aksi" not in r.text
        assert c.post(f"/aksi/{aksi.pk}/triwulan/2/", LAPORAN).status_code == 403
    assert not LaporanAksi.objects.filter(aksi=aksi, triwulan=2).exists()


def test_the_operator_changes_it(aksi, terbuka, masuk):
    c = masuk("operator-tebing")
    assert "Tambah aksi Triwulan I" in c.get(RENCANA).text
    r = c.post(f"/aksi/{aksi.pk}/triwulan/2/", LAPORAN)
    assert r.status_code == 302
    assert LaporanAksi.objects.get(aksi=aksi, triwulan=2).status == "berjalan"


def test_the_official_changes_only_their_own_actions_where_the_pemda_allows_it(
    aksi, terbuka, pejabat_masuk
):
    c = pejabat_masuk("kasi-jaminan-sosial")
    r = c.get(RENCANA)
    assert r.status_code == 200
    assert f'href="/aksi/{aksi.pk}/"' in r.text  # their action: editable
    lain = Aksi.objects.get(opd__slug=OPD, tahun=2022, urutan=3)  # the kabid's
    assert f'href="/aksi/{lain.pk}/"' not in r.text
    assert c.post(f"/aksi/{aksi.pk}/triwulan/2/", LAPORAN).status_code == 302
    assert c.post(f"/aksi/{lain.pk}/triwulan/2/", LAPORAN).status_code == 403
    # Handing their action to somebody else is not theirs to do.
    asal = json.loads(c.get(f"/aksi/{aksi.pk}/").context["asal_json"])
    r = c.post(
        f"/aksi/{aksi.pk}/",
        {
            "uraian": aksi.uraian,
            "triwulan": "1",
            "bulan": "2",
            "penanggung_jawab": str(lain.penanggung_jawab_id),
            "sub_kegiatan": str(aksi.sub_kegiatan_id),
            "anggaran": "15000000",
            "target": aksi.target,
            "urutan": "1",
            "alasan": "",
            "asal": json.dumps(asal),
        },
    )
    assert r.status_code == 200 and "Hanya operator OPD ini" in r.text
    aksi.refresh_from_db()
    assert aksi.penanggung_jawab.kode == "kasi-jaminan-sosial"


@pytest.mark.parametrize("izin", [False, True])
def test_without_the_grant_or_of_another_opd_the_official_sees_nothing(
    aksi, terbuka, pejabat_masuk, izin
):
    # Without the grant an account with no role sees nothing; with it, an official of no
    # OPD of this plan (the Inspektur) neither.
    c = pejabat_masuk("kasi-jaminan-sosial" if not izin else "inspektur", izin=izin)
    assert c.get(RENCANA).status_code == 404
    assert c.post(f"/aksi/{aksi.pk}/triwulan/2/", LAPORAN).status_code == 404


def test_the_official_with_no_opd_role_downloads_the_document_and_sees_no_dead_link(
    aksi, terbuka, pejabat_masuk
):
    c = pejabat_masuk("kasi-jaminan-sosial")
    unduh = f"/opd/{OPD}/dokumen/2022/rencana-aksi.docx"
    for alamat in (RENCANA, f"/aksi/{aksi.pk}/", f"/aksi/{aksi.pk}/triwulan/2/"):
        r = c.get(alamat)
        assert r.status_code == 200, alamat
        # The OPD's page is not theirs to open: its name is shown, not linked.
        assert f'href="/opd/{OPD}/"' not in r.text, alamat
    r = c.get(RENCANA)
    assert f'href="{unduh}"' in r.text
    # Their own PK of the year, linked; and the home page links their Rencana Aksi.
    assert f'href="/opd/{OPD}/rencana/pk/2022/pejabat/kasi-jaminan-sosial/"' in r.text
    assert f'href="{RENCANA}"' in c.get("/").text
    assert c.get(unduh).status_code == 200
    # Nothing else of the OPD: its other documents, its page.
    assert c.get(f"/opd/{OPD}/dokumen/2022/lkjip.docx").status_code == 404
    assert c.get(f"/opd/{OPD}/").status_code == 404


@pytest.mark.parametrize("izin", [False, True])
def test_the_document_is_refused_without_the_grant_or_of_another_opd(
    aksi, terbuka, pejabat_masuk, izin
):
    c = pejabat_masuk("kasi-jaminan-sosial" if not izin else "inspektur", izin=izin)
    assert c.get(f"/opd/{OPD}/dokumen/2022/rencana-aksi.docx").status_code == 404
