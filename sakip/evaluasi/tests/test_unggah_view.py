"""Uploading an outside document on the Reviu page, and reading its findings."""

from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from sakip.dasar import arsip
from sakip.evaluasi.models import DokumenReviu

from .dokumen_uji import ANGKA, TABEL_3_4, docx

URL = "/opd/dtkk-ukm-jambi/reviu/2024/"


def unggah(klien, nama="lkjip.docx", isi=None):
    berkas_ = SimpleUploadedFile(nama, isi if isi is not None else docx(TABEL_3_4))
    return klien.post(URL + "unggah/", {"berkas": berkas_})


def test_it_stores_the_file_in_the_media_folder_and_shows_the_findings(masuk):
    klien = masuk("inspektorat-jambi")
    r = unggah(klien, nama="../../etc/LKjIP Jambi.docx")
    dok = DokumenReviu.objects.get()
    assert r.status_code == 302 and r.url == f"{URL}dokumen/{dok.pk}/"
    # A random name under MEDIA_ROOT/reviu/, whatever the name the browser sent.
    disimpan = Path(dok.berkas.path).resolve()
    assert disimpan.parent == (Path(settings.MEDIA_ROOT) / "reviu").resolve()
    assert disimpan.suffix == ".docx" and "LKjIP" not in disimpan.name
    halaman = klien.get(r.url)
    assert halaman.status_code == 200
    assert "Tabel 3.4 Capaian IKU: dibaca: capaian kinerja" in halaman.text
    assert "R01" in halaman.text and "639/1.257 × 100% = 50,84, tercatat 51,00" in halaman.text


def test_the_opds_own_staff_may_check_their_document(masuk):
    assert unggah(masuk("operator-jambi")).status_code == 302


def test_it_refuses_a_wrong_type_or_size_and_stores_nothing(masuk, monkeypatch):
    klien = masuk("inspektorat-jambi")
    r = unggah(klien, nama="lkjip.doc", isi=b"\xd0\xcf\x11\xe0")
    assert r.status_code == 400
    assert "Hanya berkas .docx (Word), .xlsx (Excel) atau .pdf (PDF berteks)" in r.text
    r = unggah(klien, nama="lkjip.docx", isi=b"bukan zip")
    assert r.status_code == 400 and "isinya rusak" in r.text
    monkeypatch.setattr(arsip, "BATAS_UKURAN", 100)
    r = unggah(klien)
    assert r.status_code == 400 and "Berkas terlalu besar" in r.text
    assert not DokumenReviu.objects.exists()
    assert not (Path(settings.MEDIA_ROOT) / "reviu").exists()


def test_it_checks_access(masuk, client):
    # A Pemda admin reads the review but does not upload; other OPDs and Pemdas see nothing.
    assert unggah(masuk("admin-jambi")).status_code == 403
    assert unggah(masuk("operator-tebing")).status_code == 404
    assert unggah(masuk("inspektorat-tebing")).status_code == 404
    assert unggah(client).status_code == 302  # to the login page
    assert not DokumenReviu.objects.exists()
    unggah(masuk("inspektorat-jambi"))
    dok = DokumenReviu.objects.get()
    halaman = f"{URL}dokumen/{dok.pk}/"
    assert masuk("admin-jambi").get(halaman).status_code == 200
    assert masuk("operator-tebing").get(halaman).status_code == 404
    assert masuk("inspektorat-tebing").get(halaman).status_code == 404
    assert client.get(halaman).status_code == 302
    # The document belongs to its OPD and year only.
    assert (
        masuk("inspektorat-jambi")
        .get(f"/opd/dtkk-ukm-jambi/reviu/2025/dokumen/{dok.pk}/")
        .status_code
        == 404
    )


def test_the_result_page_shows_the_findings_stored_at_upload_with_the_file_gone(masuk):
    klien = masuk("inspektorat-jambi")
    r = unggah(klien)
    dok = DokumenReviu.objects.get()
    Path(dok.berkas.path).unlink()  # the page must not need the file any more
    halaman = klien.get(r.url)
    assert halaman.status_code == 200
    assert "Tabel 3.4 Capaian IKU: dibaca: capaian kinerja" in halaman.text
    assert "639/1.257 × 100% = 50,84, tercatat 51,00" in halaman.text
    # Stated and computed numbers come back as numbers, shown in Indonesian format.
    assert ANGKA.format("51,00", "50,84") in halaman.text
