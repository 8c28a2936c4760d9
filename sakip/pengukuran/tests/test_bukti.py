import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document
from openpyxl import Workbook

from sakip.alur.models import StatusDokumen
from sakip.jejak.models import Jejak
from sakip.pengukuran.bukti import UKURAN_MAKS
from sakip.pengukuran.models import BuktiDukung
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.demo import OPD_DEMO, TEBING

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 40


def _docx():
    f = io.BytesIO()
    Document().save(f)
    return f.getvalue()


def _xlsx():
    f = io.BytesIO()
    Workbook().save(f)
    return f.getvalue()


@pytest.fixture
def ind(demo):
    return Indikator.objects.filter(periode__opd__slug=OPD_DEMO[TEBING]).order_by("pk").first()


def _url(ind):
    return f"/indikator/{ind.pk}/bukti/"


def _unggah(c, ind, nama, isi, tahun=2022, triwulan=2):
    return c.post(
        _url(ind),
        {"tahun": tahun, "triwulan": triwulan, "berkas": SimpleUploadedFile(nama, isi)},
    )


@pytest.mark.parametrize(
    "nama, isi, jenis",
    [
        ("Laporan TW II.pdf", PDF, "application/pdf"),
        ("foto.JPG", JPG, "image/jpeg"),
        ("foto.jpeg", JPG, "image/jpeg"),
        ("grafik.png", PNG, "image/png"),
        ("notulen.docx", _docx(), "wordprocessingml.document"),
        ("rekap.xlsx", _xlsx(), "spreadsheetml.sheet"),
    ],
)
def test_it_accepts_pdf_images_and_office_files(masuk, ind, nama, isi, jenis):
    r = _unggah(masuk("operator-tebing"), ind, nama, isi)
    assert r.status_code == 302
    b = BuktiDukung.objects.get()
    assert (b.indikator, b.tahun, b.triwulan, b.nama_asli) == (ind, 2022, 2, nama)
    assert jenis in b.jenis_isi
    assert b.ukuran == len(isi)
    assert b.diunggah_oleh.username == "operator-tebing"


def test_it_stores_the_file_privately_under_a_random_name(masuk, ind):
    _unggah(masuk("operator-tebing"), ind, "Rahasia Dinas.pdf", PDF)
    b = BuktiDukung.objects.get()
    jalur = Path(b.berkas.path)
    assert jalur.read_bytes() == PDF
    assert jalur.parent == Path(django_settings.MEDIA_ROOT) / "bukti"
    assert len(jalur.stem) == 32 and int(jalur.stem, 16) >= 0  # a uuid4 hex
    assert jalur.suffix == ".pdf"
    assert "Rahasia" not in str(jalur)
    assert not jalur.is_relative_to(Path(django_settings.STATIC_ROOT))
    # Nothing serves MEDIA_ROOT as files.
    assert masuk("admin-tebing").get(f"/media/{b.berkas.name}").status_code == 404


def test_it_writes_one_audit_record(masuk, ind):
    _unggah(masuk("operator-tebing"), ind, "bukti.pdf", PDF, triwulan=0)
    b = BuktiDukung.objects.get()
    j = Jejak.objects.get()
    assert (j.tindakan, j.objek, j.objek_id, j.opd) == (
        "buat",
        "bukti dukung",
        str(b.pk),
        ind.periode.opd,
    )
    assert j.lama is None
    assert j.baru["nama_asli"] == "bukti.pdf" and j.baru["tahun"] == 2022
    assert j.baru["triwulan"] == 0
    assert "Tahunan" in j.uraian


def test_it_refuses_files_above_10_mb(masuk, ind):
    r = _unggah(
        masuk("operator-tebing"), ind, "besar.pdf", PDF + b"0" * (UKURAN_MAKS - len(PDF) + 1)
    )
    assert r.status_code == 400
    assert "Berkas terlalu besar (10,0 MB). Ukuran paling besar 10 MB." in r.text
    assert not BuktiDukung.objects.exists()
    assert not (Path(django_settings.MEDIA_ROOT) / "bukti").exists() or not any(
        (Path(django_settings.MEDIA_ROOT) / "bukti").iterdir()
    )


def test_it_accepts_exactly_10_mb(masuk, ind):
    isi = PDF + b"0" * (UKURAN_MAKS - len(PDF))
    assert _unggah(masuk("operator-tebing"), ind, "pas.pdf", isi).status_code == 302


def _zip(*nama):
    f = io.BytesIO()
    with zipfile.ZipFile(f, "w") as z:
        for n in nama:
            z.writestr(n, "x")
    return f.getvalue()


@pytest.mark.parametrize(
    "nama, isi, pesan",
    [
        ("program.exe", b"MZ\x90\x00", "Jenis berkas tidak diterima"),
        ("skrip.html", b"<script>", "Jenis berkas tidak diterima"),
        ("tanpa-ekstensi", PDF, "Jenis berkas tidak diterima"),
        (
            "laporan.pdf",
            b"MZ\x90\x00 bukan pdf",
            "Isi berkas tidak sesuai dengan ekstensinya (.pdf)",
        ),
        ("foto.png", PDF, "Isi berkas tidak sesuai dengan ekstensinya (.png)"),
        ("foto.jpg", PNG, "tidak sesuai"),
        ("notulen.docx", _xlsx(), "tidak sesuai"),
        ("rekap.xlsx", _zip("[Content_Types].xml", "lain.xml"), "tidak sesuai"),
        ("rekap.xlsx", b"PK\x03\x04 rusak", "tidak sesuai"),
        ("kosong.pdf", b"", "Berkas kosong"),
    ],
)
def test_it_refuses_files_by_their_content_not_their_name(masuk, ind, nama, isi, pesan):
    r = _unggah(masuk("operator-tebing"), ind, nama, isi)
    assert r.status_code == 400
    assert pesan in r.text
    assert not BuktiDukung.objects.exists()
    assert not Jejak.objects.exists()


def test_it_refuses_a_year_outside_the_period(masuk, ind):
    r = _unggah(masuk("operator-tebing"), ind, "a.pdf", PDF, tahun=2030)
    assert r.status_code == 400
    assert not BuktiDukung.objects.exists()


@pytest.mark.parametrize("tahap", ["diajukan", "disetujui"])
def test_it_refuses_a_locked_quarter(masuk, ind, tahap):
    c = masuk("operator-tebing")
    _unggah(c, ind, "dulu.pdf", PDF, triwulan=2)
    b = BuktiDukung.objects.get()
    StatusDokumen.objects.create(opd=ind.periode.opd, tahun=2022, dokumen="tw2", tahap=tahap)
    # The upload form says why, next to the quarter chosen (not a 403 page).
    r = _unggah(c, ind, "baru.pdf", PDF, triwulan=2)
    assert r.status_code == 400
    assert "terkunci" in r.context["form"].errors["triwulan"][0]
    r = c.post(f"/bukti/{b.pk}/hapus/")
    assert r.status_code == 403
    assert BuktiDukung.objects.count() == 1
    # Another quarter of the same year is still open; annual evidence travels with TW IV.
    assert _unggah(c, ind, "tw3.pdf", PDF, triwulan=3).status_code == 302
    StatusDokumen.objects.create(opd=ind.periode.opd, tahun=2022, dokumen="tw4", tahap=tahap)
    r = _unggah(c, ind, "tahunan.pdf", PDF, triwulan=0)
    assert r.status_code == 400
    assert "Data Triwulan IV 2022" in r.context["form"].errors["triwulan"][0]
    assert BuktiDukung.objects.count() == 2


def test_it_lists_and_downloads(masuk, ind):
    _unggah(masuk("operator-tebing"), ind, "Laporan TW II.pdf", PDF)
    b = BuktiDukung.objects.get()
    for username in ("operator-tebing", "kepala-tebing", "admin-tebing", "inspektorat-tebing"):
        c = masuk(username)
        r = c.get(_url(ind))
        assert r.status_code == 200
        assert "Laporan TW II.pdf" in r.text
        r = c.get(f"/bukti/{b.pk}/unduh/")
        assert r.status_code == 200
        assert r["Content-Disposition"] == 'attachment; filename="Laporan TW II.pdf"'
        assert r["Content-Type"] == "application/pdf"
        assert r["X-Content-Type-Options"] == "nosniff"
        assert b"".join(r.streaming_content) == PDF


def test_the_indicator_page_links_to_the_evidence(masuk, ind):
    r = masuk("kepala-tebing").get(f"/indikator/{ind.pk}/")
    assert f'href="/indikator/{ind.pk}/bukti/"' in r.text


@pytest.mark.parametrize(
    "username", ["operator-jambi", "admin-ppu", "inspektorat-jambi", "publik-tebing"]
)
def test_others_get_404(masuk, ind, username):
    _unggah(masuk("operator-tebing"), ind, "a.pdf", PDF)
    b = BuktiDukung.objects.get()
    c = masuk(username)
    assert c.get(_url(ind)).status_code == 404
    assert c.get(f"/bukti/{b.pk}/unduh/").status_code == 404
    assert c.post(f"/bukti/{b.pk}/hapus/").status_code == 404
    assert _unggah(c, ind, "b.pdf", PDF).status_code == 404
    assert BuktiDukung.objects.count() == 1


def test_anonymous_users_are_sent_to_login(client, masuk, ind):
    _unggah(masuk("operator-tebing"), ind, "a.pdf", PDF)
    b = BuktiDukung.objects.get()
    for r in (
        client.get(f"/bukti/{b.pk}/unduh/"),
        client.get(_url(ind)),
        client.post(f"/bukti/{b.pk}/hapus/"),
        _unggah(client, ind, "b.pdf", PDF),
    ):
        assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    assert BuktiDukung.objects.count() == 1


@pytest.mark.parametrize("username", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_only_the_operator_uploads_and_deletes(masuk, ind, username):
    _unggah(masuk("operator-tebing"), ind, "a.pdf", PDF)
    b = BuktiDukung.objects.get()
    c = masuk(username)
    assert "Unggah bukti dukung" not in c.get(_url(ind)).text
    assert _unggah(c, ind, "b.pdf", PDF).status_code == 403
    assert _unggah(c, ind, "b.exe", b"MZ").status_code == 403
    assert c.post(f"/bukti/{b.pk}/hapus/").status_code == 403
    assert BuktiDukung.objects.count() == 1


def test_the_operator_deletes_with_a_trace(masuk, ind, django_capture_on_commit_callbacks):
    c = masuk("operator-tebing")
    _unggah(c, ind, "a.pdf", PDF)
    b = BuktiDukung.objects.get()
    jalur = Path(b.berkas.path)
    with django_capture_on_commit_callbacks(execute=True):
        assert c.post(f"/bukti/{b.pk}/hapus/").status_code == 302
    assert not BuktiDukung.objects.exists()
    assert not jalur.exists()
    j = Jejak.objects.get(tindakan="hapus")
    assert j.lama["nama_asli"] == "a.pdf" and j.objek_id == str(b.pk)
    assert Jejak.objects.count() == 2
    assert c.get(f"/bukti/{b.pk}/hapus/").status_code == 405


def test_it_needs_csrf(demo, ind):
    from django.test import Client

    from sakip.pertukaran.demo import KATA_SANDI_DEMO

    c = Client(enforce_csrf_checks=True)
    c.login(username="operator-tebing", password=KATA_SANDI_DEMO)
    assert _unggah(c, ind, "a.pdf", PDF).status_code == 403
    assert not BuktiDukung.objects.exists()
