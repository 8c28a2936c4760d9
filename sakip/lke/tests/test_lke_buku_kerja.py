"""The CLI's contract: `sakip lke ekspor` writes one row per criterion with the seven
columns, a user fills the file (here with openpyxl, as Excel would save it), `sakip lke
impor` takes it back all or nothing naming every problem by row and column, and `sakip lke
nilai` gives the score as JSON numbers. Worked by hand: Perencanaan and Pengukuran all
best, the rest unanswered (worst) -> 30 + 30 = 60 -> CC."""

import json

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from sakip.jejak.models import Jejak
from sakip.lke.models import Bukti, Evaluasi, Jawaban

OPD = "disnakerind-tebing-tinggi"
KOLOM = [
    "Kode",
    "Kriteria",
    "Pilihan jawaban",
    "Jawaban OPD",
    "Jawaban Evaluator",
    "Catatan Evaluator",
    "Bukti",
]


def _ekspor(tmp_path, nama="lke.xlsx"):
    berkas = tmp_path / nama
    call_command("lke", "ekspor", "--opd", OPD, "--tahun", "2022", "--keluaran", str(berkas))
    return berkas


def _nilai(capsys, *opsi):
    capsys.readouterr()
    call_command("lke", "nilai", "--opd", OPD, "--tahun", "2022", "--format", "json", *opsi)
    return capsys.readouterr().out


def test_the_round_trip_export_fill_import_score(demo, tmp_path, capsys):
    berkas = _ekspor(tmp_path)
    buku = load_workbook(berkas)
    lembar = buku.active
    assert [c.value for c in lembar[1]] == KOLOM
    assert lembar.max_row == 81  # 80 criteria
    assert [c.value for c in lembar[2]][:3] == ["1.1.1", lembar["B2"].value, "Y/T"]
    assert lembar["C8"].value == "AA/A/BB/B/CC/C/D/E"  # 1.2.1
    for baris in lembar.iter_rows(min_row=2):
        kode, pilihan = baris[0].value, baris[2].value
        if kode.split(".")[0] in ("1", "2"):
            terbaik = pilihan.split("/")[0]
            baris[3].value = terbaik.lower()  # typed in lower case: accepted
            baris[4].value = terbaik
    lembar["F2"] = "Pedoman ditetapkan dengan Perwali."
    lembar["G2"] = "Renstra: Perwali 12/2021\nhttps://tebingtinggikota.go.id/sakip"
    buku.save(berkas)
    capsys.readouterr()
    call_command("lke", "impor", "--opd", OPD, "--tahun", "2022", str(berkas))
    assert "45 kriteria berubah." in capsys.readouterr().out  # 25 of Perencanaan, 20 of Pengukuran
    keluaran = _nilai(capsys)
    hasil = json.loads(keluaran)
    assert hasil["nilai"] == 60 and hasil["predikat"] == "CC"
    assert [k["nilai"] for k in hasil["komponen"]] == [30, 30, 0, 0]
    assert hasil["komponen"][2]["subkomponen"][1] == {
        "kode": "3.2",
        "nama": hasil["komponen"][2]["subkomponen"][1]["nama"],
        "bobot": 4.5,
        "nilai": 0,
    }
    assert '"nilai": 60,' in keluaran and '"bobot": 4.5' in keluaran  # numbers, not strings
    assert json.loads(_nilai(capsys, "--pihak", "opd"))["nilai"] == 60
    bukti = Bukti.objects.order_by("pk")
    assert [(b.jenis, b.rujukan) for b in bukti] == [
        ("renstra", "Perwali 12/2021"),
        ("tautan", "https://tebingtinggikota.go.id/sakip"),
    ]
    assert Jejak.objects.filter(objek="jawaban LKE", nama_pengguna="(perintah)").count() == 45
    # The file exported again carries the answers, and importing it again changes nothing.
    lagi = load_workbook(_ekspor(tmp_path, "lagi.xlsx")).active
    assert [c.value for c in lagi[2]][3:] == [
        "Y",
        "Y",
        "Pedoman ditetapkan dengan Perwali.",
        "Renstra: Perwali 12/2021\nTautan lain: https://tebingtinggikota.go.id/sakip",
    ]
    call_command("lke", "impor", "--opd", OPD, "--tahun", "2022", str(tmp_path / "lagi.xlsx"))
    assert "0 kriteria berubah." in capsys.readouterr().out


def test_a_bad_file_is_refused_whole_with_every_problem_named(demo, tmp_path):
    berkas = _ekspor(tmp_path)
    buku = load_workbook(berkas)
    lembar = buku.active
    lembar["D2"] = "Y"  # fine, but refused with the rest
    lembar["D3"] = "AA"  # 1.1.2 is Y/T
    lembar["E8"] = "Z"  # 1.2.1 has no Z
    lembar["F4"] = "=A1"
    lembar["A5"] = "9.9.9"
    lembar["G6"] = "Foto: rapat"
    lembar["G7"] = "Tautan lain: arsip kantor"
    buku.save(berkas)
    with pytest.raises(CommandError) as galat:
        call_command("lke", "impor", "--opd", OPD, "--tahun", "2022", str(berkas))
    pesan = str(galat.value)
    assert "tidak ada yang disimpan" in pesan
    assert "Baris 3, kolom Jawaban OPD: Jawaban 'AA' tidak diterima untuk kriteria 1.1.2" in pesan
    assert "Baris 8, kolom Jawaban Evaluator: Jawaban 'Z' tidak diterima" in pesan
    assert "Baris 4, kolom Catatan Evaluator: sel berisi rumus" in pesan
    assert "Baris 5, kolom Kode: kode '9.9.9' tidak ada pada lembar kerja" in pesan
    assert "Baris 6, kolom Bukti: jenis bukti 'Foto' tidak dikenal" in pesan
    assert "Baris 7, kolom Bukti: Tautan lain harus berupa alamat web" in pesan
    assert not Evaluasi.objects.exists() and not Jawaban.objects.exists()


def test_a_file_that_is_no_workbook_is_refused(demo, tmp_path):
    berkas = tmp_path / "bukan.xlsx"
    berkas.write_bytes(b"bukan buku kerja")
    with pytest.raises(CommandError, match="Berkas bukan dokumen .xlsx yang sah"):
        call_command("lke", "impor", "--opd", OPD, "--tahun", "2022", str(berkas))


def test_a_concluded_evaluation_refuses_the_import(demo, tmp_path):
    berkas = _ekspor(tmp_path)
    Evaluasi.objects.create(
        opd_id=Evaluasi._meta.get_field("opd").related_model.objects.get(slug=OPD).pk,
        tahun=2022,
        versi="permenpanrb-88-2021",
        selesai=True,
    )
    with pytest.raises(CommandError, match="terkunci"):
        call_command("lke", "impor", "--opd", OPD, "--tahun", "2022", str(berkas))


def test_an_untouched_export_imported_back_creates_nothing(demo, tmp_path, capsys):
    berkas = _ekspor(tmp_path)
    call_command("lke", "impor", "--opd", OPD, "--tahun", "2022", str(berkas))
    assert "0 kriteria berubah." in capsys.readouterr().out
    assert not Evaluasi.objects.exists() and not Jejak.objects.filter(objek="evaluasi LKE")
