"""The OPD profile (Bab I of the LKjIP) in the data format: exported and re-imported as it
is, refused with its place when malformed, and nothing written then."""

import pytest

from sakip.instansi.models import Pemda
from sakip.pelaporan.models import ProfilOPD
from sakip.pertukaran.berkas import muat, tulis
from sakip.pertukaran.ekspor import ekspor_pemda
from sakip.pertukaran.impor import ImporError, impor_teks

from .test_impor import berkas

PROFIL = """      profil:
        latar_belakang: |-
          Paragraf satu.

          Paragraf dua.
        pegawai: 'Jumlah pegawai: 26 orang'
        dasar_hukum:
          - Undang-Undang Nomor 23 Tahun 2014
          - Peraturan Daerah Nomor 3 Tahun 2016
"""


def dengan_profil(profil=PROFIL):
    teks = berkas()
    kunci = "      periode:\n"
    return teks.replace(kunci, profil + kunci, 1)


def test_the_demo_profile_round_trips(demo):
    pemda = Pemda.objects.get(slug="kota-tebing-tinggi")
    data = ekspor_pemda(pemda)
    profil = data["pemda"]["opd"][0]["profil"]
    assert (
        profil["dasar_hukum"][0] == "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"
    )
    sebelum = list(ProfilOPD.objects.values())
    impor_teks(tulis(data))
    assert list(ProfilOPD.objects.values()) == sebelum


def test_it_imports_the_profile(db):
    impor_teks(dengan_profil())
    p = ProfilOPD.objects.get(opd__slug="dinas-contoh")
    assert p.latar_belakang == "Paragraf satu.\n\nParagraf dua."
    assert p.daftar_dasar_hukum() == [
        "Undang-Undang Nomor 23 Tahun 2014",
        "Peraturan Daerah Nomor 3 Tahun 2016",
    ]
    assert p.tugas_fungsi == ""
    data = ekspor_pemda(Pemda.objects.get())
    assert data["pemda"]["opd"][0]["profil"] == muat(dengan_profil())["pemda"]["opd"][0]["profil"]


def test_a_file_without_a_profile_removes_it(db):
    impor_teks(dengan_profil())
    impor_teks(berkas())
    assert not ProfilOPD.objects.exists()


def test_it_refuses_a_malformed_profile_and_says_where(db):
    salah = PROFIL.replace("pegawai: 'Jumlah pegawai: 26 orang'", "pegawai: 26\n        visi: x")
    salah = salah.replace(
        "          - Peraturan Daerah Nomor 3 Tahun 2016\n", "          - {nomor: 3}\n"
    )
    with pytest.raises(ImporError) as e:
        impor_teks(dengan_profil(salah))
    assert e.value.kesalahan == [
        "pemda.opd[0].profil: kunci 'visi' tidak dikenal",
        "pemda.opd[0].profil.pegawai: harus berupa teks",
        "pemda.opd[0].profil.dasar_hukum: harus berupa daftar teks, satu peraturan per butir",
    ]
    assert not Pemda.objects.exists()
