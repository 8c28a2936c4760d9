"""Importing a Pemda's nomenclature list from a real .xlsx file."""

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from sakip.anggaran.models import Nomenklatur
from sakip.instansi.models import Pemda
from sakip.pertukaran.impor import ImporError
from sakip.pertukaran.nomenklatur import baca_xlsx, impor_nomenklatur

DAFTAR_TEBING = [
    ("2.07", "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA"),
    ("2.07.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"),
]


def lembar(tmp_path, baris, judul=("Kode", "Nama")):
    buku = Workbook()
    ws = buku.active
    ws.title = "Nomenklatur"
    ws.append(list(judul))
    for b in baris:
        ws.append(list(b))
    path = tmp_path / "nomenklatur.xlsx"
    buku.save(path)
    return path


def semua_kode_demo():
    return [(n.kode, n.nama) for n in Nomenklatur.objects.filter(pemda__slug="kota-tebing-tinggi")]


def test_it_imports_a_spreadsheet(demo, tmp_path):
    baris = [*semua_kode_demo(), ("2.07.03.2.01.02", "Sub kegiatan baru")]
    call_command("impor_nomenklatur", str(lembar(tmp_path, baris)), pemda="kota-tebing-tinggi")
    assert Nomenklatur.objects.get(kode="2.07.03.2.01.02").tingkat == 5


def test_it_refuses_codes_excel_turned_into_numbers(db, tmp_path):
    with pytest.raises(ImporError) as e:
        baca_xlsx(lembar(tmp_path, [(2.07, "Tenaga kerja")]))
    assert "Sheet 'Nomenklatur', baris 2, kolom A: kode terbaca sebagai angka 2.07" in str(e.value)


def test_it_names_sheet_row_and_column_of_each_problem(db, tmp_path):
    baris = [
        ("2.07.01", "Program"),
        ("2.07.01.2.02", "Kegiatan"),
        ("2.07.01.2.02.01", "Sub satu"),
        ("2.07.01.2.02.01", "Sub satu lagi"),
        ("2.07.01.2.03.01", "Yatim"),
        ("2.07.01.9.02", "Salah"),
    ]
    daftar = baca_xlsx(lembar(tmp_path, baris))
    with pytest.raises(ImporError) as e:
        impor_nomenklatur(Pemda.objects.create(slug="x", nama="X", jenis="kota"), daftar)
    pesan = str(e.value)
    assert "Sheet 'Nomenklatur', baris 7, kolom A: Kode '2.07.01.9.02'" in pesan
    assert "dipakai dua kali" in pesan and "baris 4" in pesan and "baris 5" in pesan
    assert "Sheet 'Nomenklatur', baris 6, kolom A: Sub kegiatan 2.07.01.2.03.01" in pesan


def test_it_accepts_the_four_digit_form(db, tmp_path):
    baris = [("2.07.01", "P"), ("2.07.01.2.02", "K"), ("2.07.01.2.02.0001", "S")]
    pemda = Pemda.objects.create(slug="x", nama="X", jenis="kota")
    assert impor_nomenklatur(pemda, baca_xlsx(lembar(tmp_path, baris))) == 3


def test_it_refuses_a_list_missing_codes_the_budgets_use(demo, tmp_path):
    with pytest.raises(CommandError) as e:
        call_command(
            "impor_nomenklatur", str(lembar(tmp_path, DAFTAR_TEBING)), pemda="kota-tebing-tinggi"
        )
    assert "tidak ada dalam daftar nomenklatur Pemda" in str(e.value)
    assert "impor dibatalkan" in str(e.value)
    assert Nomenklatur.objects.filter(pemda__slug="kota-tebing-tinggi").count() == 35


def test_it_needs_the_header_columns(db, tmp_path):
    with pytest.raises(ImporError, match="kolom 'Kode' dan 'Nama' tidak ditemukan"):
        baca_xlsx(lembar(tmp_path, [("2", "x")], judul=("No", "Uraian")))


def test_it_refuses_a_file_that_is_not_a_workbook(db, tmp_path):
    path = tmp_path / "bukan.xlsx"
    path.write_text("bukan excel")
    with pytest.raises(ImporError, match=r"bukan dokumen \.xlsx yang sah \(isinya rusak\)"):
        baca_xlsx(path)


def test_it_refuses_a_name_with_a_control_character(db, tmp_path):
    # XML carries C1 characters (a C0 one cannot be in a cell at all).
    with pytest.raises(ImporError) as e:
        baca_xlsx(lembar(tmp_path, [("2.07", "Tenaga\x85kerja")]))
    assert e.value.kesalahan == [
        "Sheet 'Nomenklatur', baris 2, kolom B: nama berisi karakter kendali tak terlihat "
        "(U+0085) pada karakter ke-7; hapus karakter itu lalu simpan lagi."
    ]
