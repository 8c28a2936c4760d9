"""The workbook pages: who may download and import, the preview and the confirmation."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sakip.akun.models import Pengguna
from sakip.jejak.models import Jejak
from sakip.pengukuran.models import NilaiVariabel
from sakip.pertukaran.buku_kerja import buat_buku

from .buku_kerja_bantu import TEBING, opd_terbuka, ubah

HALAMAN = f"/opd/{TEBING}/buku-kerja/2022/"
UNDUH = f"/opd/{TEBING}/buku-kerja/2022.xlsx"
UNGGAH = f"/opd/{TEBING}/buku-kerja/2022/unggah/"
TERAPKAN = f"/opd/{TEBING}/buku-kerja/2022/terapkan/"
BATAL = f"/opd/{TEBING}/buku-kerja/2022/batal/"


def berkas(data, nama="isian tw1.xlsx"):
    return SimpleUploadedFile(nama, data)


def nilai_ditempatkan(triwulan):
    n = NilaiVariabel.objects.filter(
        variabel__opd__slug=TEBING, variabel__kode="ditempatkan", tahun=2022, triwulan=triwulan
    ).first()
    return n and n.nilai


def berubah(opd):
    return ubah(buat_buku(opd, 2022), "Nilai Triwulan", "ditempatkan", "TW I", "35")[0]


@pytest.mark.parametrize(
    "username", ["operator-tebing", "kepala-tebing", "admin-tebing", "inspektorat-tebing"]
)
def test_everybody_who_sees_the_opd_downloads(masuk, username):
    klien = masuk(username)
    respons = klien.get(UNDUH)
    assert respons.status_code == 200
    assert respons["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "buku-kerja-disnakerind-tebing-tinggi-2022.xlsx" in respons["Content-Disposition"]
    halaman = klien.get(HALAMAN)
    assert halaman.status_code == 200
    assert ("Unggah dan periksa" in halaman.content.decode()) == username.startswith("operator")


@pytest.mark.parametrize("username", ["operator-jambi", "admin-ppu", "publik-tebing"])
def test_it_hides_the_opd_from_others(masuk, username):
    klien = masuk(username)
    for url in (HALAMAN, UNDUH):
        assert klien.get(url).status_code == 404
    data = buat_buku(opd_terbuka(), 2022)
    assert klien.post(UNGGAH, {"berkas": berkas(data)}).status_code == 404
    assert klien.post(TERAPKAN, {"token": "0" * 32}).status_code == 404


@pytest.mark.parametrize("username", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_only_the_operator_imports(masuk, username):
    klien = masuk(username)
    data = berubah(opd_terbuka())
    assert klien.post(UNGGAH, {"berkas": berkas(data)}).status_code == 403
    assert klien.post(TERAPKAN, {"token": "0" * 32}).status_code == 403
    assert nilai_ditempatkan(1) is None


def test_anonymous_is_sent_to_login(demo):
    klien = Client()
    for url in (HALAMAN, UNDUH):
        assert klien.get(url)["Location"].startswith("/masuk/")
    assert klien.post(UNGGAH)["Location"].startswith("/masuk/")


def test_anonymous_cannot_apply_or_cancel_a_preview(masuk, settings):
    """The operator's pending preview stays untouched by anonymous posts."""
    respons = masuk("operator-tebing").post(UNGGAH, {"berkas": berkas(berubah(opd_terbuka()))})
    token = respons.context["token"]
    klien = Client()
    for url in (TERAPKAN, BATAL):
        assert klien.post(url, {"token": token})["Location"].startswith("/masuk/")
    assert nilai_ditempatkan(1) is None and not Jejak.objects.exists()
    assert (settings.MEDIA_ROOT / "impor" / f"{token}.xlsx").exists()


def test_a_year_without_plan_is_404(masuk):
    assert masuk("operator-tebing").get(f"/opd/{TEBING}/buku-kerja/2030.xlsx").status_code == 404


def test_csrf_is_enforced(demo):
    klien = Client(enforce_csrf_checks=True)
    klien.force_login(Pengguna.objects.get(username="operator-tebing"))
    respons = klien.post(UNGGAH, {"berkas": berkas(berubah(opd_terbuka()))})
    assert respons.status_code == 403
    assert nilai_ditempatkan(1) is None


def test_upload_previews_then_confirmation_applies(masuk, settings):
    klien = masuk("operator-tebing")
    respons = klien.post(UNGGAH, {"berkas": berkas(berubah(opd_terbuka()))})
    assert respons.status_code == 200
    teks = respons.content.decode()
    assert "Variabel ditempatkan 2022 TW I" in teks and "Belum ada yang disimpan" in teks
    assert nilai_ditempatkan(1) is None and Jejak.objects.count() == 0
    token = respons.context["token"]
    tersimpan = list((settings.MEDIA_ROOT / "impor").iterdir())
    assert [f.name for f in tersimpan] == [f"{token}.xlsx"]  # never the user's file name

    respons = klien.post(TERAPKAN, {"token": token}, follow=True)
    assert "1 perubahan dari isian tw1.xlsx telah disimpan." in respons.content.decode()
    assert nilai_ditempatkan(1) == Decimal(35)
    (jejak,) = Jejak.objects.all()
    assert jejak.alasan == "Impor buku kerja isian tw1.xlsx"
    assert not tersimpan[0].exists()
    # The token is used up.
    respons = klien.post(TERAPKAN, {"token": token}, follow=True)
    assert "Pratinjau impor tidak ditemukan" in respons.content.decode()
    assert Jejak.objects.count() == 1


def test_token_belongs_to_the_session_that_uploaded(masuk):
    respons = masuk("operator-tebing").post(UNGGAH, {"berkas": berkas(berubah(opd_terbuka()))})
    lain = masuk("operator-tebing")  # the same user in another browser
    assert lain.post(TERAPKAN, {"token": respons.context["token"]}).status_code == 302
    assert nilai_ditempatkan(1) is None


def test_deletions_are_announced(masuk):
    data, *_ = ubah(buat_buku(opd_terbuka(), 2022), "Nilai Triwulan", "ditempatkan", "Tahunan", "")
    respons = masuk("operator-tebing").post(UNGGAH, {"berkas": berkas(data)})
    teks = respons.content.decode()
    assert "1 penghapusan" in teks and "(dihapus)" in teks


def test_errors_are_listed_and_nothing_is_stored(masuk, settings):
    data, baris, kolom = ubah(
        berubah(opd_terbuka()), "Nilai Triwulan", "ditempatkan", "TW II", "12,3,4"
    )
    respons = masuk("operator-tebing").post(UNGGAH, {"berkas": berkas(data)})
    assert respons.status_code == 400
    teks = respons.content.decode()
    assert (
        f"Lembar &#x27;Nilai Triwulan&#x27;, baris {baris}, kolom {kolom}: &#x27;12,3,4&#x27; "
        "bukan angka yang valid." in teks
    )
    assert "Tidak ada yang disimpan" in teks and 'name="token"' not in teks
    assert not (settings.MEDIA_ROOT / "impor").exists()
    assert nilai_ditempatkan(1) is None


def test_unchanged_upload_changes_nothing(masuk):
    respons = masuk("operator-tebing").post(
        UNGGAH, {"berkas": berkas(buat_buku(opd_terbuka(), 2022))}, follow=True
    )
    assert "tidak ada perubahan dibandingkan data tersimpan" in respons.content.decode()
    assert Jejak.objects.count() == 0


@pytest.mark.parametrize(
    "nama,isi,pesan",
    [
        ("isian.docx", b"PK", "Hanya berkas Excel .xlsx"),
        ("isian.xlsx", b"bukan zip", "rusak"),
    ],
)
def test_other_files_are_refused(masuk, nama, isi, pesan):
    respons = masuk("operator-tebing").post(UNGGAH, {"berkas": berkas(isi, nama)})
    assert respons.status_code == 400
    assert pesan in respons.content.decode()


def test_large_files_are_refused(masuk, monkeypatch):
    monkeypatch.setattr("sakip.dasar.arsip.BATAS_UKURAN", 1024)
    respons = masuk("operator-tebing").post(UNGGAH, {"berkas": berkas(b"x" * 2048)})
    assert respons.status_code == 400
    assert "terlalu besar" in respons.content.decode()
