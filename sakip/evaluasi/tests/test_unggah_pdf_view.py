"""Uploading a PDF on the Reviu page: a text PDF is reviewed as its Word file would be; a
scanned or password-protected one is refused with the reason, and nothing is stored."""

from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from sakip.evaluasi.models import DokumenReviu

from .pdf_uji import pdf

URL = "/opd/dtkk-ukm-jambi/reviu/2024/"


def unggah(klien, isi=None, nama="LKjIP Jambi.pdf"):
    berkas = SimpleUploadedFile(nama, isi if isi is not None else pdf("tabel_3_4"))
    return klien.post(URL + "unggah/", {"berkas": berkas})


def test_the_form_takes_a_pdf_and_says_what_kind(masuk):
    halaman = masuk("inspektorat-jambi").get(URL).text
    assert "Dokumen (.docx, .xlsx atau .pdf, paling besar 10 MB)" in halaman
    assert 'accept=".docx,.xlsx,.pdf"' in halaman
    assert "bukan hasil pindai" in halaman


def test_a_text_pdf_is_reviewed_and_stored(masuk):
    klien = masuk("inspektorat-jambi")
    r = unggah(klien)
    dok = DokumenReviu.objects.get()
    assert r.status_code == 302 and r.url == f"{URL}dokumen/{dok.pk}/"
    disimpan = Path(dok.berkas.path).resolve()
    assert disimpan.parent == (Path(settings.MEDIA_ROOT) / "reviu").resolve()
    assert disimpan.suffix == ".pdf" and disimpan.read_bytes() == pdf("tabel_3_4")
    halaman = klien.get(r.url).text
    # Jambi Tabel 3.4 row 1, as in the Word upload: 639 / 1.257 = 50,84, printed 51,00.
    assert "Tabel 3.4 Capaian IKU: dibaca: capaian kinerja" in halaman
    assert "639/1.257 × 100% = 50,84, tercatat 51,00" in halaman


def test_the_opds_own_staff_may_check_their_pdf(masuk):
    assert unggah(masuk("operator-jambi")).status_code == 302


def test_it_checks_access(masuk, client):
    assert unggah(masuk("admin-jambi")).status_code == 403
    assert unggah(masuk("operator-tebing")).status_code == 404
    assert unggah(masuk("inspektorat-tebing")).status_code == 404
    assert unggah(client).status_code == 302  # to the login page
    assert not DokumenReviu.objects.exists()


def test_a_scanned_or_locked_pdf_is_refused_and_nothing_stored(masuk):
    klien = masuk("inspektorat-jambi")
    pindaian = BytesIO()
    Image.new("RGB", (600, 800), "white").save(pindaian, "PDF")
    r = unggah(klien, isi=pindaian.getvalue())
    assert r.status_code == 400 and "tidak memiliki lapisan teks" in r.text
    r = unggah(klien, isi=pdf("terkunci"))
    assert r.status_code == 400 and "dilindungi kata sandi" in r.text
    r = unggah(klien, isi=b"%PDF-1.4\n" + b"\x00" * 500)
    assert r.status_code == 400 and "isinya rusak" in r.text
    assert not DokumenReviu.objects.exists()
    assert not (Path(settings.MEDIA_ROOT) / "reviu").exists()
