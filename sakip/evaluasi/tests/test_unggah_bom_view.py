"""Crafted upload bombs on the Reviu page: refused with the
guard's Indonesian message, and nothing stored."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from sakip.evaluasi.models import DokumenReviu
from sakip.jejak.models import Jejak
from sakip.tests.bom_zip import MB, bom_banyak_bagian, bom_ukuran_palsu, docx_bom, xlsx_bom

URL = "/opd/dtkk-ukm-jambi/reviu/2024/unggah/"
BESAR = (
    "Isi berkas terlalu besar setelah dibuka: bagian {} melebihi 10 MB. "
    "Dokumen yang wajar jauh lebih kecil; berkas ini tidak dibaca."
)
BANYAK = "Berkas berisi terlalu banyak bagian; dokumen {} yang wajar berisi paling banyak 1000."


@pytest.mark.parametrize(
    ("nama", "bom", "pesan"),
    [
        ("lkjip.docx", lambda: docx_bom(200 * MB), BESAR.format("word/document.xml")),
        ("rfk.xlsx", lambda: xlsx_bom(200 * MB), BESAR.format("xl/worksheets/sheet1.xml")),
        ("lkjip.docx", lambda: bom_banyak_bagian("word/document.xml"), BANYAK.format(".docx")),
        ("rfk.xlsx", lambda: bom_banyak_bagian("xl/workbook.xml"), BANYAK.format(".xlsx")),
        (
            "lkjip.docx",
            lambda: bom_ukuran_palsu("word/document.xml"),
            "Berkas bukan dokumen .docx yang sah (isinya rusak).",
        ),
        (
            "rfk.xlsx",
            lambda: bom_ukuran_palsu("xl/workbook.xml"),
            "Berkas bukan dokumen .xlsx yang sah (isinya rusak).",
        ),
    ],
)
def test_it_refuses_a_bomb_quickly_and_stores_nothing(masuk, nama, bom, pesan):
    klien = masuk("inspektorat-jambi")
    data = bom()
    # The refusal shows the review page again: its first view computes the stored results,
    # which is no cost of the upload.
    assert klien.get(URL.removesuffix("unggah/")).status_code == 200
    r = klien.post(URL, {"berkas": SimpleUploadedFile(nama, data)})
    assert r.status_code == 400
    assert pesan in r.content.decode().replace("&#x27;", "'")
    assert not DokumenReviu.objects.exists() and not Jejak.objects.exists()
    assert not (Path(settings.MEDIA_ROOT) / "reviu").exists()
