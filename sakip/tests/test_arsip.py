"""The zip guard every .docx/.xlsx passes before a library opens it (`sakip.dasar.arsip`)."""

import zipfile
from io import BytesIO

import pytest

from sakip.dasar import arsip
from sakip.dasar.arsip import ArsipError, periksa_arsip
from sakip.evaluasi.tests.dokumen_uji import TABEL_3_4, docx, xlsx

from .bom_zip import MB, bom_banyak_bagian, bom_ukuran_palsu, docx_bom, xlsx_bom

DOCX = (".docx", "word/document.xml")
XLSX = (".xlsx", "xl/workbook.xml")


def ditolak(data, jenis):
    """The guard's message for `data`, which it must refuse."""
    with pytest.raises(ArsipError) as galat:
        periksa_arsip(data, *jenis)
    return str(galat.value)


@pytest.mark.parametrize(
    ("bom", "jenis", "bagian"),
    [(docx_bom, DOCX, "word/document.xml"), (xlsx_bom, XLSX, "xl/worksheets/sheet1.xml")],
)
def test_it_refuses_a_part_that_unpacks_huge(bom, jenis, bagian):
    data = bom(200 * MB)
    assert len(data) < MB
    assert ditolak(data, jenis) == (
        f"Isi berkas terlalu besar setelah dibuka: bagian {bagian} melebihi 10 MB. "
        "Dokumen yang wajar jauh lebih kecil; berkas ini tidak dibaca."
    )


def test_it_refuses_parts_that_unpack_huge_together():
    keluaran = BytesIO()
    with zipfile.ZipFile(keluaran, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<x/>")
        for i in range(4):  # each under the limit of one part
            z.writestr(f"word/media/gambar{i}.png", b"\0" * (9 * MB))
    assert ditolak(keluaran.getvalue(), DOCX).startswith(
        "Isi berkas terlalu besar setelah dibuka: seluruh isinya melebihi 25 MB."
    )


@pytest.mark.parametrize("jenis", [DOCX, XLSX])
def test_it_refuses_a_huge_number_of_members(jenis):
    data = bom_banyak_bagian(jenis[1], 100_000)
    assert len(data) < arsip.BATAS_UKURAN
    assert ditolak(data, jenis) == (
        f"Berkas berisi terlalu banyak bagian; dokumen {jenis[0]} yang wajar berisi paling "
        "banyak 1000."
    )


def test_it_counts_members_after_opening_too(monkeypatch):
    monkeypatch.setattr(arsip, "BATAS_BAGIAN", 10)
    data = bom_banyak_bagian("word/document.xml", 20)  # a list short enough in bytes
    assert "terlalu banyak bagian" in ditolak(data, DOCX)


@pytest.mark.parametrize("jenis", [DOCX, XLSX])
def test_it_refuses_a_member_whose_declared_size_lies(jenis):
    data = bom_ukuran_palsu(jenis[1], 200 * MB, palsu=1024)
    with zipfile.ZipFile(BytesIO(data)) as z:
        assert z.getinfo(jenis[1]).file_size == 1024  # the header passes the size limits
    assert ditolak(data, jenis) == f"Berkas bukan dokumen {jenis[0]} yang sah (isinya rusak)."


def test_it_refuses_what_is_no_zip_or_lacks_the_main_part():
    assert ditolak(b"bukan zip", DOCX) == "Berkas bukan dokumen .docx yang sah (isinya rusak)."
    assert ditolak(xlsx(("A", [["x"]])), DOCX) == "Berkas bukan dokumen .docx yang sah."


def test_it_refuses_a_file_over_the_upload_size():
    assert ditolak(b"0" * (10 * MB + 1), DOCX) == "Berkas terlalu besar (10 MB); batasnya 10 MB."


def test_it_lets_real_documents_through():
    periksa_arsip(docx(TABEL_3_4), *DOCX)
    periksa_arsip(xlsx(("LKjIP", [["Target"], [5]])), *XLSX)
