"""Users' text in the workbook: written as text (never a formula) and read back unchanged;
a control character already stored neither breaks the export nor reads back as a change;
one typed into the file is refused with the cell named."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.anggaran.models import ProgramKegiatan
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.buku_kerja import bandingkan, buat_buku

from .buku_kerja_bantu import opd_terbuka, ubah
from .test_buku_kerja import operator

SUB = "2.07.01.2.02.01"


def _sel(data, lembar, kode, judul):
    ls = load_workbook(BytesIO(data))[lembar]
    kepala = [c.value for c in ls[1]]
    baris = next(r for r in ls.iter_rows(min_row=2) if r[kepala.index("Kode")].value == kode)
    return baris[kepala.index(judul)]


@pytest.fixture
def opd(demo):
    return opd_terbuka()


def test_formula_like_text_is_written_as_text_and_reads_back_unchanged(opd):
    ind = Indikator.objects.get(periode__opd=opd, kode="kesempatan-kerja")
    Indikator.objects.filter(pk=ind.pk).update(nama="=1+2 orang", satuan="-")
    ProgramKegiatan.objects.filter(opd=opd, tahun=2022, kode=SUB).update(
        keluaran='@HYPERLINK("http://contoh.test")', satuan_keluaran="+62 layanan"
    )
    data = buat_buku(opd, 2022)
    for lembar, kode, judul, teks in [
        ("Indikator Renstra", ind.kode, "Nama", "=1+2 orang"),
        ("Indikator Renstra", ind.kode, "Satuan", "-"),
        ("Target", ind.kode, "Indikator", "=1+2 orang"),
        ("Anggaran", SUB, "Indikator keluaran", '@HYPERLINK("http://contoh.test")'),
        ("Anggaran", SUB, "Satuan keluaran", "+62 layanan"),
    ]:
        sel = _sel(data, lembar, kode, judul)
        # A string cell, quote-prefixed so that editing it in Excel keeps it text.
        assert (sel.data_type, sel.value, sel.quotePrefix) == ("s", teks, True)
    assert _sel(data, "Anggaran", SUB, "Pagu").data_type == "n"  # numbers stay numbers
    hasil = bandingkan(operator(opd), opd, 2022, data)
    assert (hasil.galat, hasil.perubahan) == ([], [])


def test_stored_control_characters_are_shown_and_read_back_as_no_change(opd):
    # Stored directly, as data written before input refused control characters.
    Indikator.objects.filter(periode__opd=opd, kode="kesempatan-kerja").update(
        nama="Kesempatan\x1bkerja\x85"
    )
    data = buat_buku(opd, 2022)
    assert _sel(data, "Indikator Renstra", "kesempatan-kerja", "Nama").value == (
        "Kesempatan\u241bkerja\ufffd"
    )
    hasil = bandingkan(operator(opd), opd, 2022, data)
    assert (hasil.galat, hasil.perubahan) == ([], [])


@pytest.mark.parametrize("teks", ["Kesempatan\x85kerja", "Kesempatan\x7fkerja"])
def test_a_control_character_in_the_file_is_refused_with_its_cell(opd, teks):
    # XML cannot carry C0 characters; C1 and DEL reach the import as they are.
    data, baris, kolom = ubah(
        buat_buku(opd, 2022), "Indikator Renstra", "kesempatan-kerja", "Nama", teks
    )
    (galat,) = bandingkan(operator(opd), opd, 2022, data).galat
    assert (galat.lembar, galat.baris, galat.kolom) == ("Indikator Renstra", baris, kolom)
    assert f"(U+{ord(teks[10]):04X}) pada karakter ke-11" in galat.pesan
