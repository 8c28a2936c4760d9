"""The PK of an official of the cascade (Tebing Tinggi 2022): listed on the OPD's PK page,
set and revised by the OPD's operator with a trail, signed by a Plh for the position,
locked with the OPD's PK document, and refused to other OPD and anonymous users."""

import json
from decimal import Decimal

import pytest

from sakip.akun.models import Pengguna
from sakip.alur.models import Dokumen, Tahap
from sakip.alur.ubah import jalankan
from sakip.instansi.models import OPD, Pejabat
from sakip.jejak.models import Jejak
from sakip.pelaporan.tests.baca_docx import buka, tabel_ttd
from sakip.perencanaan.models import PerjanjianKinerja

from .isian_bantu import OPD_TEBING, jejak_baru, jejak_terakhir, kunci, teks

HALAMAN_PK = f"/opd/{OPD_TEBING}/rencana/pk/2022/"
URL = f"{HALAMAN_PK}pejabat/kasi-hubungan-industrial/"
UNDUH = f"/opd/{OPD_TEBING}/dokumen/2022/pk/kasi-hubungan-industrial"
KASI = "Kepala Seksi Hubungan Industrial dan Syarat Kerja"
KABID = "Kepala Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja"


def _pejabat(kode):
    return Pejabat.objects.get(kode=kode, opd__slug=OPD_TEBING)


def _pk_kasi():
    return PerjanjianKinerja.objects.filter(
        opd__slug=OPD_TEBING, tahun=2022, pemegang=_pejabat("kasi-hubungan-industrial")
    ).order_by("versi")


def _tetapkan(klien, versi=None, **data):
    return klien.post(URL, {"asal": json.dumps({"versi": versi}), **data})


def test_the_pk_page_lists_every_official_of_the_cascade(masuk):
    isi = teks(masuk("operator-tebing").get(HALAMAN_PK))
    assert "Perjanjian Kinerja pejabat" in isi
    # The ten owners of the demo's nodes: four administrators (one a Plt), six pengawas.
    for nama in (
        "Dedi Siregar",
        "Hendra Sinaga",
        "Maya Lubis",
        "Yusuf Damanik",
        "Rudi Simanjuntak",
    ):
        assert nama in isi
    assert isi.count("Administrator") == 4 and isi.count("Pengawas") == 6
    assert f"{URL}" in masuk("operator-tebing").get(HALAMAN_PK).content.decode()


def test_it_sets_an_officials_pk_with_a_trail(masuk):
    klien = masuk("operator-tebing")
    isi = teks(klien.get(URL))
    # The budget under the node, by hand: Rp 213.280.000 + Rp 100.800.000.
    assert "Rp 314.080.000" in isi and "Hendra Sinaga" in isi
    sebelum = jejak_terakhir()
    r = _tetapkan(klien, tanggal="2022-01-10")
    assert r.status_code == 302, teks(r)
    [pk] = _pk_kasi()
    assert pk.versi == 1 and str(pk.tanggal) == "2022-01-10"
    # Left empty: the holder signs, with their direct superior.
    assert pk.pihak_pertama == _pejabat("kasi-hubungan-industrial")
    assert pk.pihak_kedua == _pejabat("kabid-hubungan-industrial")
    assert {t.indikator.kode: t.nilai for t in pk.target_set.all()} == {
        "sk-perselisihan": Decimal(100)
    }
    jejak = jejak_baru(sebelum)
    assert [(j.objek, j.tindakan) for j in jejak] == [
        ("perjanjian kinerja", Jejak.Tindakan.BUAT),
        ("target PK", Jejak.Tindakan.BUAT),
    ]
    assert jejak[0].uraian == f"Perjanjian Kinerja 2022 {KASI} (Yusuf Damanik, S.H.) versi 1"
    assert jejak[0].baru["pemegang_id"] == pk.pemegang_id
    # The OPD's own PK is untouched: still its one version from the demo.
    assert [
        p.versi for p in PerjanjianKinerja.objects.filter(opd__slug=OPD_TEBING, pemegang=None)
    ] == [1]


def test_a_plh_signs_for_the_position(masuk):
    plh = Pejabat.objects.create(
        pemda=OPD.objects.get(slug=OPD_TEBING).pemda,
        opd=OPD.objects.get(slug=OPD_TEBING),
        kode="plh-kasi-hubungan-industrial",
        nama="Rina Sitorus, S.H.",
        nip="19850312 201001 2 004",
        jabatan=f"Plh. {KASI}",
    )
    klien = masuk("operator-tebing")
    assert _tetapkan(klien, pihak_pertama=plh.pk).status_code == 302
    assert _pk_kasi().get().pihak_pertama == plh
    for tabel in tabel_ttd(buka(klien.get(f"{UNDUH}.docx").content)):
        baris = [[c.text for c in r.cells] for r in tabel.rows]
        assert baris[1] == [f"PIHAK KEDUA,\n{KABID}", f"PIHAK PERTAMA,\nPlh. {KASI}"]
        assert baris[3][1] == "Rina Sitorus, S.H." and baris[-1][1] == "NIP. 19850312 201001 2 004"
        assert baris[3][0] == "Hendra Sinaga, S.H."


def test_only_the_holder_or_an_acting_official_signs(masuk):
    lain = _pejabat("kasi-jaminan-sosial")
    r = _tetapkan(masuk("operator-tebing"), pihak_pertama=lain.pk)
    assert r.status_code == 200 and "Plt./Plh." in teks(r)
    assert not _pk_kasi().exists()


def test_a_revision_is_version_2_and_keeps_version_1(masuk):
    klien = masuk("operator-tebing")
    assert _tetapkan(klien, tanggal="2022-01-10").status_code == 302
    r = _tetapkan(klien, versi=1, alasan=" ")
    assert r.status_code == 200 and len(_pk_kasi()) == 1
    sebelum = jejak_terakhir()
    r = _tetapkan(klien, versi=1, tanggal="2022-09-01", alasan="Pergeseran anggaran APBD-P")
    assert r.status_code == 302, teks(r)
    assert [(p.versi, p.alasan) for p in _pk_kasi()] == [
        (1, ""),
        (2, "Pergeseran anggaran APBD-P"),
    ]
    assert jejak_baru(sebelum)[0].alasan == "Pergeseran anggaran APBD-P"
    terbaru = [p.text for p in buka(klien.get(f"{UNDUH}.docx").content).paragraphs]
    pertama = [p.text for p in buka(klien.get(f"{UNDUH}.docx?versi=1").content).paragraphs]
    assert "PERJANJIAN KINERJA PERUBAHAN TAHUN 2022" in terbaru
    assert any("Alasan perubahan: Pergeseran anggaran APBD-P" in p for p in terbaru)
    assert "PERJANJIAN KINERJA TAHUN 2022" in pertama
    assert not any("PERUBAHAN" in p or "Pergeseran" in p for p in pertama)
    assert klien.get(f"{UNDUH}.pdf?versi=3").status_code == 404
    isi = klien.get(URL).content.decode()
    assert f"{UNDUH}.pdf?versi=1" in isi and f"{UNDUH}.pdf?versi=2" in isi


def test_it_refuses_a_second_setting_from_a_stale_page(masuk):
    klien = masuk("operator-tebing")
    assert _tetapkan(klien).status_code == 302
    r = _tetapkan(klien, alasan="Dari halaman lama")
    assert r.status_code == 200 and "ditetapkan oleh pengguna lain" in teks(r)
    assert len(_pk_kasi()) == 1


@pytest.mark.parametrize("tahap", [Tahap.DIAJUKAN, Tahap.DISETUJUI])
def test_it_is_locked_with_the_opds_pk(masuk, tahap):
    kunci(2022, Dokumen.PK, tahap)
    klien = masuk("operator-tebing")
    assert "terkunci" in teks(klien.get(URL))
    assert _tetapkan(klien).status_code == 403
    assert not _pk_kasi().exists()


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    klien = masuk(pengguna)
    assert klien.get(URL).status_code == 200
    assert klien.get(f"{UNDUH}.pdf").status_code == 200
    assert _tetapkan(klien).status_code == 403
    assert not _pk_kasi().exists()


def test_it_checks_access(masuk, client):
    jambi = masuk("operator-jambi")
    for alamat in (URL, f"{UNDUH}.docx", f"{UNDUH}.pdf"):
        assert jambi.get(alamat).status_code == 404
    assert _tetapkan(jambi).status_code == 404
    r = client.get(URL)
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    # Not published (the test world's PK 2022 is a draft): nobody outside sees it.
    assert client.get(f"{UNDUH}.pdf").status_code == 404
    tebing = masuk("operator-tebing")
    assert tebing.get(f"{HALAMAN_PK}pejabat/kadis-disnakerind/").status_code == 404
    assert tebing.get(f"{HALAMAN_PK}pejabat/tidak-ada/").status_code == 404
    assert tebing.get(f"/opd/{OPD_TEBING}/dokumen/2022/pk/tidak-ada.pdf").status_code == 404
    assert not _pk_kasi().exists()


def test_the_documents_page_lists_the_officials_pks(masuk):
    isi = masuk("operator-tebing").get(f"/opd/{OPD_TEBING}/dokumen/2022/").content.decode()
    assert "Perjanjian Kinerja pejabat 2022" in isi
    assert f"{UNDUH}.docx" in isi and f"{UNDUH}.pdf" in isi


def test_approving_the_opds_pk_sets_every_officials_pk_never_set(masuk):
    klien = masuk("operator-tebing")
    assert _tetapkan(klien).status_code == 302  # Yusuf Damanik's is set already
    opd = OPD.objects.get(slug=OPD_TEBING)
    for username, langkah in (
        ("operator", "ajukan"),
        ("admin", "verifikasi"),
        ("kepala", "setujui"),
    ):
        pengguna = Pengguna.objects.get(username=f"{username}-tebing")
        jalankan(pengguna, opd, 2022, "pk", langkah, "Data seed" if langkah == "ajukan" else "")
    pejabat = PerjanjianKinerja.objects.filter(opd=opd, tahun=2022, pemegang__isnull=False)
    assert pejabat.count() == 10 and {p.versi for p in pejabat} == {1}
    assert len(_pk_kasi()) == 1  # set before, kept
    plt = pejabat.get(pemegang__kode="plt-kabid-perindustrian")
    assert plt.pihak_pertama.jabatan == "Plt. Kepala Bidang Perindustrian"
    assert plt.pihak_kedua == _pejabat("kadis-disnakerind")
    assert {t.indikator.kode for t in plt.target_set.all()} == {"sp-industri-5", "sp-industri-6"}
    assert Jejak.objects.filter(
        objek="perjanjian kinerja", uraian__contains="Plt. Kepala Bidang Perindustrian"
    ).exists()
    # Approved: locked, nothing reaches around it.
    assert _tetapkan(klien, versi=1, alasan="Terlambat").status_code == 403
