"""The Admin Pemda sets the letterhead, font and place of the Pemda's documents: only
they may, every change is audited, and every format shows it."""

import html
import re
from io import BytesIO

import pytest
from docx import Document
from PIL import Image

from sakip.instansi.models import Pemda
from sakip.jejak.models import Jejak
from sakip.pelaporan.hitung import gaya_pemda
from sakip.pelaporan.models import KopDokumen


def _png(warna="#1d4f91"):
    buf = BytesIO()
    Image.new("RGB", (40, 40), warna).save(buf, "PNG")
    return buf.getvalue()


LOGO = _png()
URL = "/pemda/kota-tebing-tinggi/kop-dokumen/"
DATA = {
    "baris": "PEMERINTAH KOTA TEBING TINGGI\r\nJalan Sutomo No. 1, Tebing Tinggi",
    "huruf": "Bookman Old Style",
    "ukuran": "11",
    "tempat": "Tebing Tinggi",
}


def _asal(klien):
    """The hidden optimistic-lock input of the page as shown."""
    return re.search(r'name="asal" value="([^"]*)"', klien.get(URL).content.decode())[1]


def _kirim(klien, **tambahan):
    return klien.post(URL, {**DATA, "asal": html.unescape(_asal(klien)), **tambahan})


def _berkas(isi, nama="logo.png"):
    berkas = BytesIO(isi)
    berkas.name = nama
    return berkas


def test_the_defaults_follow_pemda_practice(demo):
    gaya = gaya_pemda(Pemda.objects.get(slug="kota-tebing-tinggi"))
    assert (gaya.huruf, gaya.ukuran, gaya.logo) == ("Arial", 12, None)
    assert gaya.kop == ("PEMERINTAH KOTA TEBING TINGGI",)
    assert gaya.tempat == "Tebing Tinggi"
    assert gaya_pemda(Pemda.objects.get(slug="kab-penajam-paser-utara")).tempat == (
        "Penajam Paser Utara"
    )


def test_the_admin_pemda_sets_it_and_it_is_audited(masuk):
    klien = masuk("admin-tebing")
    assert klien.get(URL).status_code == 200
    r = _kirim(klien, logo=_berkas(LOGO))
    assert r.status_code == 302
    kop = KopDokumen.objects.get(pemda__slug="kota-tebing-tinggi")
    assert bytes(kop.logo) == LOGO and kop.huruf == "Bookman Old Style" and kop.ukuran == 11
    assert kop.baris == "PEMERINTAH KOTA TEBING TINGGI\nJalan Sutomo No. 1, Tebing Tinggi"
    jejak = Jejak.objects.filter(uraian__startswith="Kop dan huruf dokumen").get()
    # The logo is recorded by size and fingerprint, not its bytes.
    assert jejak.baru["logo"].startswith(f"{len(LOGO)} bita, SHA-256 ")
    assert jejak.baru["huruf"] == "Bookman Old Style"
    # Saved again without a file: the logo stays; "hapus logo" removes it.
    _kirim(klien)
    assert bytes(KopDokumen.objects.get().logo) == LOGO
    _kirim(klien, hapus_logo="on")
    assert KopDokumen.objects.get().logo is None
    assert Jejak.objects.filter(uraian__startswith="Kop dan huruf dokumen").count() == 2


@pytest.mark.parametrize(
    "isi,pesan",
    [
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "bukan gambar PNG atau JPEG"),
        (LOGO[:60], "bukan gambar PNG atau JPEG"),
        (b"\x89PNG" + b"0" * (1024 * 1024 + 1), "paling besar 1 MB"),
    ],
)
def test_it_refuses_a_logo_that_is_not_a_picture(masuk, isi, pesan):
    r = _kirim(masuk("admin-tebing"), logo=_berkas(isi))
    assert r.status_code == 200 and pesan in r.content.decode()
    assert not KopDokumen.objects.exists()


@pytest.mark.parametrize(
    "username,status",
    [("admin-ppu", 404), ("operator-tebing", 403), ("kepala-tebing", 403)],
)
def test_only_its_admin_pemda_may(masuk, username, status):
    klien = masuk(username)
    assert klien.get(URL).status_code == status
    assert klien.post(URL, DATA).status_code == status
    assert not KopDokumen.objects.exists()


def test_anonymous_is_sent_to_sign_in(demo, client):
    assert client.get(URL).status_code == 302
    assert client.post(URL, DATA).status_code == 302
    assert not KopDokumen.objects.exists()


def test_every_document_wears_it(masuk):
    klien = masuk("admin-tebing")
    _kirim(klien, logo=_berkas(LOGO))
    r = klien.get("/opd/disnakerind-tebing-tinggi/dokumen/2022/pk.docx")
    doc = Document(BytesIO(r.content))
    assert doc.styles["Normal"].font.name == "Bookman Old Style"
    assert doc.styles["Normal"].font.size.pt == 11
    assert len(doc.inline_shapes) == 1  # the logo in the letterhead
    kop = [p.text for p in doc.tables[0].rows[0].cells[-1].paragraphs]
    assert kop == [
        "PEMERINTAH KOTA TEBING TINGGI",
        "DINAS KETENAGAKERJAAN DAN PERINDUSTRIAN KOTA TEBING TINGGI",
        "Jalan Sutomo No. 1, Tebing Tinggi",
    ]
    pdf = klien.get("/opd/disnakerind-tebing-tinggi/dokumen/2022/pk.pdf").content
    assert pdf.startswith(b"%PDF") and b"/Subtype /Image" in pdf
