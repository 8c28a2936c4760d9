"""The workbook import takes every number the database holds (18 digits before the comma,
12 after) and stores it exactly; a cell that does not fit is refused with its sheet, row
and column and what fits, never rounded."""

from decimal import Decimal

import pytest

from sakip.anggaran.models import ProgramKegiatan
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator, Target
from sakip.pertukaran.buku_kerja import bandingkan, buat_buku, terapkan

from .buku_kerja_bantu import opd_terbuka, ubah
from .test_buku_kerja import operator

BESAR = "angka terlalu besar, paling banyak 18 angka sebelum koma"


@pytest.mark.parametrize(
    "nilai,pesan",
    [
        ("1.000.000.000.000.000.000", f"{BESAR} (tertulis 19)."),
        (1e19, f"{BESAR} (tertulis 20)."),  # a number cell
        ("-1000000000000000000,5", f"{BESAR} (tertulis 19)."),
        (
            "0,1234567890123",
            "angka terlalu rinci, paling banyak 12 angka di belakang koma (tertulis 13).",
        ),
    ],
)
def test_it_refuses_numbers_that_do_not_fit_and_names_the_cell(demo, nilai, pesan):
    opd = opd_terbuka()
    data, baris, kolom = ubah(
        buat_buku(opd, 2022), "Target", "kesempatan-kerja", "Target TW I", nilai
    )
    (galat,) = bandingkan(operator(opd), opd, 2022, data).galat
    assert str(galat) == f"Lembar 'Target', baris {baris}, kolom {kolom}: {pesan}"


def test_the_largest_numbers_are_stored_exactly(demo):
    opd = opd_terbuka()
    pengguna = operator(opd)
    ind = Indikator.objects.get(periode__opd=opd, kode="kesempatan-kerja")
    sub = ProgramKegiatan.objects.get(opd=opd, tahun=2022, kode="2.07.01.2.02.01")
    diketik = {
        "Target TW I": ("999.999.999.999.999.999", "999999999999999999"),
        "Target TW II": (
            "-123.456.789.012.345.678,123456789012",
            "-123456789012345678.123456789012",
        ),
        "Target TW III": ("123456,123456789012", "123456.123456789012"),
        "Target TW IV": ("0,000000000001", "0.000000000001"),
    }
    data = buat_buku(opd, 2022)
    for judul, (teks, _) in diketik.items():
        data, *_ = ubah(data, "Target", ind.kode, judul, teks)
    data, *_ = ubah(data, "Anggaran", sub.kode, "Pagu", "999.999.999.999.999.999,99")
    hasil = bandingkan(pengguna, opd, 2022, data)
    assert hasil.galat == []
    assert terapkan(pengguna, opd, 2022, data, "isian.xlsx", hasil.sidik)[1]

    tersimpan = {t.triwulan: t.nilai for t in Target.objects.filter(indikator=ind, tahun=2022)}
    assert {tw: tersimpan[tw] for tw in (1, 2, 3, 4)} == {
        tw: Decimal(angka) for tw, (_, angka) in enumerate(diketik.values(), start=1)
    }
    sub.refresh_from_db()
    assert sub.pagu == Decimal("999999999999999999.99")
    jejak = Jejak.objects.filter(alasan="Impor buku kerja isian.xlsx")
    assert {j.baru["nilai"] for j in jejak if "nilai" in j.baru} == {
        angka for _, angka in diketik.values()
    }
    assert jejak.get(uraian=f"Pagu {sub.kode} 2022").baru == {"pagu": "999999999999999999.99"}
    # The workbook downloaded now holds the same numbers: uploading it changes nothing.
    assert bandingkan(pengguna, opd, 2022, buat_buku(opd, 2022)).perubahan == []
