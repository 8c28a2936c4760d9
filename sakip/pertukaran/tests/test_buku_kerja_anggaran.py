"""The workbook's Anggaran sheet: program and kegiatan as context rows, the output
(keluaran) of each sub kegiatan, and the budget rule of the realisation form."""

from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.anggaran.models import ProgramKegiatan, RealisasiKeuangan
from sakip.jejak.models import Jejak
from sakip.pertukaran.buku_kerja import bandingkan, buat_buku, terapkan

from .buku_kerja_bantu import opd_terbuka, ubah
from .test_buku_kerja import operator

# Tebing Tinggi 2022, Lampiran RFK 2022 row 2.07.01.2.06.01 (seed 004; demo YAML
# kota-tebing-tinggi.yaml, anggaran 2022): anggaran Rp 7,500,000; "realisasi triwulan lalu"
# (January–September) Rp 5,389,100; triwulan IV Rp 2,108,900; total Rp 7,498,000.
LISTRIK = "2.07.01.2.06.01"  # pagu 7.500.000; Januari–September 5.389.100; TW IV 2.108.900


def baris_lembar(data, kode):
    ls = load_workbook(BytesIO(data))["Anggaran"]
    kepala = [c.value for c in ls[1]]
    baris = next(r for r in ls.iter_rows(min_row=2) if r[0].value == kode)
    return dict(zip(kepala, baris, strict=True))


def periksa(opd, data):
    return bandingkan(operator(opd), opd, 2022, data)


def test_parents_are_marked_context_rows_with_computed_totals(demo):
    opd = opd_terbuka()
    data = buat_buku(opd, 2022)
    kegiatan = baris_lembar(data, "2.07.01.2.06")
    assert kegiatan["Tingkat"].value == "Kegiatan (jumlah, tidak diimpor)"
    assert kegiatan["Nama"].font.italic and kegiatan["Pagu berlaku"].font.italic
    subs = ProgramKegiatan.objects.filter(opd=opd, tahun=2022, induk__kode="2.07.01.2.06")
    assert kegiatan["Pagu berlaku"].value == sum(s.pagu_berlaku for s in subs)
    tw4 = RealisasiKeuangan.objects.filter(sub_kegiatan__in=subs, bulan_awal=10, bulan_akhir=12)
    assert kegiatan["Keuangan TW IV"].value == sum(r.nilai for r in tw4)
    assert kegiatan["Keuangan TW I"].value is None  # January–September: the split is unknown
    assert kegiatan["Pagu"].value is None and kegiatan["Fisik TW IV (%)"].value == 100
    program = baris_lembar(data, "2.07.01")
    assert program["Tingkat"].value == "Program (jumlah, tidak diimpor)"
    # Lampiran RFK 2022, "realisasi fisik" of the 12 sub kegiatan of 2.07.01: 100 % ten times,
    # 2.07.01.2.08.04 95 %, 2.07.01.2.07.06 0 %; (10 × 100 + 95 + 0) / 12 = 1095 / 12 = 91,25.
    assert program["Fisik TW IV (%)"].value == 91.25  # mean of its sub kegiatan
    sub = baris_lembar(data, LISTRIK)
    assert sub["Tingkat"].value == "Sub kegiatan" and not sub["Nama"].font.italic
    # Lampiran RFK 2022 row 2.07.01.2.06.01 (no pagu perubahan, so the pagu is in force):
    # 5.389.100 + 2.108.900 = 7.498.000, the row's printed "total realisasi".
    assert (sub["Pagu berlaku"].value, sub["Realisasi setahun"].value) == (7500000, 7498000)


def test_edits_in_context_rows_are_ignored(demo):
    opd = opd_terbuka()
    data, *_ = ubah(buat_buku(opd, 2022), "Anggaran", "2.07.01.2.06", "Keuangan TW IV", 1)
    data, *_ = ubah(data, "Anggaran", "2.07.01", "Pagu", "bukan angka")
    assert (periksa(opd, data).galat, periksa(opd, data).perubahan) == ([], [])


def test_realisation_over_the_budget_is_refused_at_its_cell(demo):
    opd = opd_terbuka()
    data, baris, kolom = ubah(buat_buku(opd, 2022), "Anggaran", LISTRIK, "Keuangan TW IV", 3000000)
    (galat,) = periksa(opd, data).galat
    assert (galat.lembar, galat.baris, galat.kolom) == ("Anggaran", baris, kolom)
    # January–September 5.389.100 (Lampiran RFK 2022) + the new TW IV 3.000.000 = 8.389.100,
    # above the row's pagu 7.500.000.
    assert galat.pesan == (
        "Total realisasi keuangan setahun Rp 8.389.100 melebihi pagu yang berlaku Rp 7.500.000."
    )
    sebelum = RealisasiKeuangan.objects.get(sub_kegiatan__kode=LISTRIK, bulan_awal=10).nilai
    assert not terapkan(operator(opd), opd, 2022, data, "x.xlsx", "apa saja")[1]
    assert RealisasiKeuangan.objects.get(sub_kegiatan__kode=LISTRIK, bulan_awal=10).nilai == sebelum
    assert not Jejak.objects.exists()


def test_lowering_the_budget_below_the_realisation_is_refused(demo):
    opd = opd_terbuka()
    data, baris, kolom = ubah(buat_buku(opd, 2022), "Anggaran", LISTRIK, "Pagu", 7000000)
    (galat,) = periksa(opd, data).galat
    assert (galat.baris, galat.kolom) == (baris, kolom)
    assert "melebihi pagu yang berlaku Rp 7.000.000" in galat.pesan


def test_the_revised_budget_is_the_one_in_force(demo):
    opd = opd_terbuka()
    data, *_ = ubah(buat_buku(opd, 2022), "Anggaran", LISTRIK, "Keuangan TW IV", 2600000)
    data, *_ = ubah(data, "Anggaran", LISTRIK, "Pagu perubahan", "8.000.000")
    hasil = periksa(opd, data)
    assert hasil.galat == [] and len(hasil.perubahan) == 2
    # Exactly the budget is allowed; a revision below the realisation is not: January–September
    # 5.389.100 (Lampiran RFK 2022) + the new TW IV 2.600.000 = 7.989.100.
    data, *_ = ubah(data, "Anggaran", LISTRIK, "Pagu perubahan", 7989100)
    assert periksa(opd, data).galat == []
    data, *_ = ubah(data, "Anggaran", LISTRIK, "Pagu perubahan", 7989099)
    (galat,) = periksa(opd, data).galat
    # Both changed since the export: the error points at the quarter's amount.
    assert galat.kolom == baris_lembar(data, LISTRIK)["Keuangan TW IV"].column_letter


def test_stored_overspending_still_reads_back_as_no_change(demo):
    """Data stored before the rule (or by another route) is not refused for being shown:
    only a row that changes the budget or a quarter's amount is checked."""
    opd = opd_terbuka()
    ProgramKegiatan.objects.filter(opd=opd, tahun=2022, kode=LISTRIK).update(pagu=1000)
    data = buat_buku(opd, 2022)
    assert (periksa(opd, data).galat, periksa(opd, data).perubahan) == ([], [])
    data, *_ = ubah(data, "Anggaran", LISTRIK, "Fisik TW IV (%)", 90)
    assert periksa(opd, data).galat == []
    data, _, kolom = ubah(data, "Anggaran", LISTRIK, "Pagu", 2000)
    (galat,) = periksa(opd, data).galat
    assert galat.kolom == kolom and "melebihi pagu" in galat.pesan


def test_output_changes_are_imported_with_one_trail_record_each(demo):
    opd = opd_terbuka()
    pengguna = operator(opd)
    data, *_ = ubah(buat_buku(opd, 2022), "Anggaran", LISTRIK, "Target keluaran", "12,5")
    data, *_ = ubah(data, "Anggaran", LISTRIK, "Satuan keluaran", "bulan layanan")
    data, *_ = ubah(data, "Anggaran", LISTRIK, "Realisasi keluaran", 11)
    hasil = bandingkan(pengguna, opd, 2022, data)
    assert hasil.galat == []
    # Old values from LKjIP 2022 Tabel 14 row 1.b.1 (seed 004; demo YAML keluaran of
    # 2.07.01.2.06.01): target "12 bulan", realisasi "12 bulan".
    assert {(p.rekaman.uraian, *r) for p in hasil.perubahan for r in p.rincian()} == {
        (f"Keluaran {LISTRIK} 2022", "Satuan keluaran", "bulan", "bulan layanan"),
        (f"Keluaran {LISTRIK} 2022", "Target keluaran", "12", "12,5"),
        (f"Realisasi keluaran {LISTRIK} 2022", "Realisasi keluaran", "12", "11"),
    }
    assert terapkan(pengguna, opd, 2022, data, "keluaran.xlsx", hasil.sidik)[1]
    sub = ProgramKegiatan.objects.get(opd=opd, tahun=2022, kode=LISTRIK)
    assert (sub.satuan_keluaran, sub.target_keluaran, sub.realisasi_keluaran) == (
        "bulan layanan",
        Decimal("12.5"),
        Decimal(11),
    )
    target, realisasi = Jejak.objects.order_by("id")
    assert (target.lama, target.baru) == (
        {"satuan_keluaran": "bulan", "target_keluaran": "12"},
        {"satuan_keluaran": "bulan layanan", "target_keluaran": "12.5"},
    )
    assert (realisasi.lama, realisasi.baru) == (
        {"realisasi_keluaran": "12"},
        {"realisasi_keluaran": "11"},
    )
    assert bandingkan(pengguna, opd, 2022, data).perubahan == []


@pytest.mark.parametrize(
    "judul,dokumen,pesan",
    [
        ("Target keluaran", Dokumen.PK, "Perjanjian Kinerja 2022 berstatus Disetujui"),
        ("Indikator keluaran", Dokumen.PK, "Perjanjian Kinerja 2022 berstatus Disetujui"),
        ("Realisasi keluaran", Dokumen.TW4, "Data Triwulan IV 2022 berstatus Disetujui"),
    ],
)
def test_output_follows_the_lock_of_its_document(demo, judul, dokumen, pesan):
    opd = opd_terbuka()
    StatusDokumen.objects.create(opd=opd, tahun=2022, dokumen=dokumen, tahap=Tahap.DISETUJUI)
    data, baris, kolom = ubah(buat_buku(opd, 2022), "Anggaran", LISTRIK, judul, 7)
    (galat,) = periksa(opd, data).galat
    assert (galat.baris, galat.kolom) == (baris, kolom)
    assert pesan in galat.pesan


def test_text_longer_than_its_column_is_refused(demo):
    opd = opd_terbuka()
    data, baris, kolom = ubah(
        buat_buku(opd, 2022), "Anggaran", LISTRIK, "Satuan keluaran", "x" * 41
    )
    (galat,) = periksa(opd, data).galat
    assert (galat.baris, galat.kolom, galat.pesan) == (baris, kolom, "paling banyak 40 karakter.")
