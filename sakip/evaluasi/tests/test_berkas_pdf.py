"""What a PDF must be before the review reads it: a text layer, no password, and within the
limits of pages, inflated bytes, cells, memory and time; anything else is a BerkasError
with an Indonesian message, never a crash."""

import zlib
from io import BytesIO

import pytest
from PIL import Image, ImageDraw

from sakip.dasar import arsip
from sakip.evaluasi import berkas, berkas_pdf
from sakip.evaluasi.berkas import BerkasError, baca_berkas

from .pdf_uji import DOKUMEN, pdf


def pdf_mentah(isi_halaman):
    """A one-page PDF written by hand, its page content `isi_halaman` Flate-compressed."""
    aliran = zlib.compress(isi_halaman, 9)
    objek = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(aliran) + aliran + b"\nendstream",
    ]
    keluaran, letak = b"%PDF-1.4\n", []
    for i, o in enumerate(objek, start=1):
        letak.append(len(keluaran))
        keluaran += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(keluaran)
    keluaran += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objek) + 1)
    keluaran += b"".join(b"%010d 00000 n \n" % x for x in letak)
    keluaran += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objek) + 1)
    return keluaran + b"startxref\n%d\n%%%%EOF\n" % xref


def test_a_scanned_pdf_is_refused_for_want_of_a_text_layer():
    # A scan: the page is one picture of a table, no character in it.
    gambar = Image.new("RGB", (850, 1100), "white")
    coret = ImageDraw.Draw(gambar)
    for y in range(100, 700, 50):
        coret.line([(80, y), (770, y)], fill="black", width=2)
    keluaran = BytesIO()
    gambar.save(keluaran, "PDF", resolution=100)
    with pytest.raises(BerkasError) as e:
        baca_berkas("lkjip.pdf", keluaran.getvalue())
    assert "tidak memiliki lapisan teks" in str(e.value)
    assert "OCR" in str(e.value) and "Word/Excel aslinya" in str(e.value)


def test_a_pdf_that_needs_a_password_is_refused():
    with pytest.raises(BerkasError, match="dilindungi kata sandi"):
        baca_berkas("lkjip.pdf", pdf("terkunci"))


def test_a_pdf_that_only_restricts_changes_is_read():
    # An owner password opens to anyone (it only asks viewers not to edit): read as usual.
    assert baca_berkas("a.pdf", pdf("hak_terbatas")) == baca_berkas(
        "a.docx", DOKUMEN["tabel_3_4"]()
    )


def test_a_file_that_is_not_a_pdf_is_refused():
    with pytest.raises(BerkasError, match=r"^Berkas bukan dokumen \.pdf yang sah\.$"):
        baca_berkas("lkjip.pdf", b"bukan PDF sama sekali")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n" + bytes(range(256)) * 40,  # noise after the header
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n",  # no page, no xref
        pdf("lkjip")[:6000],  # cut in the middle of the first page
    ],
)
def test_a_malformed_pdf_is_refused(data):
    with pytest.raises(BerkasError, match=r"^Berkas bukan dokumen \.pdf yang sah \(isinya rusak\)"):
        baca_berkas("lkjip.pdf", data)


def test_the_limits_of_size_pages_and_cells(monkeypatch):
    monkeypatch.setattr(arsip, "BATAS_UKURAN", 1000)
    with pytest.raises(BerkasError, match="^Berkas terlalu besar"):
        baca_berkas("lkjip.pdf", pdf("tabel_panjang"))
    monkeypatch.undo()
    monkeypatch.setattr(berkas_pdf, "BATAS_HALAMAN", 4)  # the long table takes 5 pages
    with pytest.raises(BerkasError, match="lebih dari 4 halaman"):
        baca_berkas("lkjip.pdf", pdf("tabel_panjang"))
    monkeypatch.undo()
    monkeypatch.setattr(arsip, "BATAS_SEL", 50)
    with pytest.raises(BerkasError, match="terlalu banyak selnya"):
        baca_berkas("lkjip.pdf", pdf("tabel_panjang"))


def test_a_stream_that_inflates_too_far_is_refused_before_any_page_is_read(monkeypatch):
    # 3 MB of page content from a few kilobytes; the limit lowered to 1 MB.
    bom = pdf_mentah(b"0 0 m\n" * 500_000)
    assert len(bom) < 20_000
    monkeypatch.setattr(berkas_pdf, "BATAS_ISI", 1024 * 1024)
    with pytest.raises(BerkasError, match="^Isi berkas PDF terlalu besar setelah dibuka"):
        baca_berkas("lkjip.pdf", bom)


def test_a_reading_over_its_time_or_memory_is_stopped(monkeypatch):
    monkeypatch.setattr(berkas, "BATAS_WAKTU_PDF", 0.001)
    with pytest.raises(BerkasError, match="tidak dapat dibaca dalam batas waktu dan memori"):
        baca_berkas("lkjip.pdf", pdf("lkjip"))
    monkeypatch.undo()
    # Less memory than the reader has already taken: it fails wherever it next asks for
    # some: a MemoryError caught, the child ended (a library's C code), or an error that
    # allocation failure caused elsewhere. Always a refusal with a message, never a crash.
    monkeypatch.setattr(berkas_pdf, "BATAS_MEMORI", 20 * 1024 * 1024)
    with pytest.raises(BerkasError, match="memori|isinya rusak"):
        baca_berkas("lkjip.pdf", pdf("lkjip"))
