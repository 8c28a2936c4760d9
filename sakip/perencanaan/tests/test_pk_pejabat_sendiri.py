"""An official sets their own PK where the Pemda allows it (`Pemda.pejabat_boleh_mengisi`):
the account linked to the official (`Pengguna.pejabat`), with no OPD role, reaches their own
PK page and downloads, sets and revises it with a trail while the OPD's PK is open; never
another official's, never without the grant, never around the lock; and sees no link to the
OPD's pages it may not open."""

import json

import pytest

from sakip.akun.models import Pengguna, Peran
from sakip.alur.models import Dokumen, Tahap
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import PerjanjianKinerja

from .isian_bantu import OPD_TEBING, jejak_baru, jejak_terakhir, kunci, teks

HALAMAN_PK = f"/opd/{OPD_TEBING}/rencana/pk/2022/"
SENDIRI = "kasi-hubungan-industrial"
URL = f"{HALAMAN_PK}pejabat/{SENDIRI}/"
LAIN = f"{HALAMAN_PK}pejabat/kasi-jaminan-sosial/"
UNDUH = f"/opd/{OPD_TEBING}/dokumen/2022/pk/{SENDIRI}"


def _tetapkan(klien, alamat=URL, versi=None, **data):
    return klien.post(alamat, {"asal": json.dumps({"versi": versi}), **data})


def _pk(kode=SENDIRI):
    return PerjanjianKinerja.objects.filter(opd__slug=OPD_TEBING, tahun=2022, pemegang__kode=kode)


def test_the_official_sets_and_revises_their_own_pk_with_a_trail(pejabat_masuk):
    klien = pejabat_masuk(SENDIRI)
    r = klien.get(URL)
    assert r.status_code == 200 and "Tetapkan" in teks(r)
    # No link to the OPD's pages the account cannot open.
    assert f'href="/opd/{OPD_TEBING}/"' not in r.text and HALAMAN_PK + '"' not in r.text
    sebelum = jejak_terakhir()
    assert _tetapkan(klien, tanggal="2022-01-10").status_code == 302
    r = _tetapkan(klien, versi=1, tanggal="2022-09-01", alasan="Pergeseran anggaran")
    assert r.status_code == 302
    assert [p.versi for p in _pk().order_by("versi")] == [1, 2]
    jejak = [j for j in jejak_baru(sebelum) if j.objek == "perjanjian kinerja"]
    assert [j.tindakan for j in jejak] == [Jejak.Tindakan.BUAT, Jejak.Tindakan.BUAT]
    assert {j.pengguna.username for j in jejak} == {f"akun-{SENDIRI}"}
    assert jejak[1].alasan == "Pergeseran anggaran"
    for format in ("docx", "pdf"):
        assert klien.get(f"{UNDUH}.{format}").status_code == 200
        assert klien.get(f"{UNDUH}.{format}?versi=1").status_code == 200


def test_never_another_officials_pk(pejabat_masuk):
    klien = pejabat_masuk(SENDIRI)
    # The account sees nothing else of the OPD: another official's PK, the OPD's own.
    assert klien.get(LAIN).status_code == 404
    assert _tetapkan(klien, LAIN).status_code == 404
    assert klien.get(HALAMAN_PK).status_code == 404
    dokumen = f"/opd/{OPD_TEBING}/dokumen/2022/pk"
    assert klien.get(f"{dokumen}/kasi-jaminan-sosial.pdf").status_code == 404
    assert klien.get(f"{dokumen}.pdf").status_code == 404
    assert not _pk("kasi-jaminan-sosial").exists()


def test_an_official_with_an_opd_role_reads_anothers_pk_but_does_not_set_it(pejabat_masuk, masuk):
    pejabat_masuk(SENDIRI)
    akun = Pengguna.objects.get(username=f"akun-{SENDIRI}")
    kepala = Peran.objects.get(pengguna__username="kepala-tebing", jenis="kepala_opd")
    Peran.objects.create(pengguna=akun, jenis="kepala_opd", opd=kepala.opd, pemda=kepala.pemda)
    klien = masuk(akun.username)
    r = klien.get(LAIN)
    assert r.status_code == 200 and "pejabat pemegang PK ini sendiri" in teks(r)
    assert _tetapkan(klien, LAIN).status_code == 403
    assert _tetapkan(klien).status_code == 302
    assert not _pk("kasi-jaminan-sosial").exists() and _pk().exists()


def test_without_the_grant_the_official_sees_nothing(pejabat_masuk):
    klien = pejabat_masuk(SENDIRI, izin=False)
    for alamat in (URL, f"{UNDUH}.pdf"):
        assert klien.get(alamat).status_code == 404
    assert _tetapkan(klien).status_code == 404
    assert not _pk().exists()


@pytest.mark.parametrize("tahap", [Tahap.DIAJUKAN, Tahap.DISETUJUI])
def test_the_lock_holds_for_the_official_too(pejabat_masuk, tahap):
    kunci(2022, Dokumen.PK, tahap)
    klien = pejabat_masuk(SENDIRI)
    assert "terkunci" in teks(klien.get(URL))
    assert _tetapkan(klien).status_code == 403
    assert not _pk().exists()


def test_other_opd_and_anonymous(pejabat_masuk, masuk, client):
    pejabat_masuk(SENDIRI)
    jambi = masuk("operator-jambi")
    for alamat in (URL, f"{UNDUH}.pdf"):
        assert jambi.get(alamat).status_code == 404
    assert _tetapkan(jambi).status_code == 404
    r = client.get(URL)
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    assert client.get(f"{UNDUH}.pdf").status_code == 404


def test_the_operator_still_sets_any(pejabat_masuk, masuk):
    pejabat_masuk(SENDIRI)
    assert _tetapkan(masuk("operator-tebing"), LAIN).status_code == 302
    assert _pk("kasi-jaminan-sosial").exists()
