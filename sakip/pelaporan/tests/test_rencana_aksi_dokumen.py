"""The Rencana Aksi document of Disnakerind Tebing Tinggi 2022 (the demo's actions for
sasaran 3 and its cascade), generated in each format and opened back."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.pelaporan.render import ke_docx, ke_pdf, ke_xlsx
from sakip.pelaporan.siap import susun_dokumen

from .baca_docx import buka, tabel_berjudul, tabel_ttd, teks_semua
from .baca_pdf import halaman

pytestmark = pytest.mark.usefixtures("demo")


@pytest.fixture(scope="module")
def berkas(baca_dunia):
    def buat():
        dok = susun_dokumen("rencana-aksi", OPD.objects.get(slug="disnakerind-tebing-tinggi"), 2022)
        return {"docx": ke_docx(dok), "xlsx": ke_xlsx(dok), "pdf": ke_pdf(dok)}

    return baca_dunia(buat)


def test_the_word_file_holds_the_actions_the_budget_and_the_reports(berkas):
    doc = buka(berkas["docx"])
    rencana = tabel_berjudul(doc, "Rencana Aksi 2022")
    baris = [[c.text for c in r.cells] for r in rencana.rows]
    assert baris[0][:3] == ["Sasaran", "Indikator", "Aksi"]
    sosialisasi = next(b for b in baris if b[2].startswith("Sosialisasi kepesertaan"))
    assert sosialisasi[3:] == [
        "TW I (Februari)",
        "Lestari Purba, S.Sos.",
        "2.07.05.2.02.02",
        "Rp 15.000.000",
        "2 kali sosialisasi, 60 perusahaan",
        "Selesai",
    ]
    anggaran = [[c.text for c in r.cells] for r in tabel_berjudul(doc, "per Sub Kegiatan").rows]
    # Pagu 213.280.000; actions 20 + 35 + 60 + 50 million = 165.000.000; 48.280.000 left.
    assert anggaran[1][0] == "2.07.05.2.02.01"
    assert anggaran[1][2:] == ["Rp 213.280.000", "Rp 165.000.000", "Rp 48.280.000"]
    laporan = tabel_berjudul(doc, "Laporan Pelaksanaan Rencana Aksi 2022")
    teks = [[c.text for c in r.cells] for r in laporan.rows]
    tw2 = next(b for b in teks if b[4].startswith("Pemeriksaan kepesertaan") and b[5] == "Berjalan")
    assert tw2[1:4] == ["Triwulan II", "50,00%", "–"]
    assert tw2[7] == "Sebagian perusahaan belum menyiapkan data kepesertaan pekerja"
    (ttd,) = tabel_ttd(doc)
    assert "Ir. Iboy Hutapea" in teks_semua(doc)
    assert "Kepala Dinas Ketenagakerjaan dan Perindustrian" in ttd.rows[1].cells[-1].text


def test_the_pdf_and_the_workbook_say_the_same(berkas):
    pdf = " ".join(halaman(berkas["pdf"]))
    assert "Tabel 1. Rencana Aksi 2022" in pdf
    assert "20 dari 23 indikator" in pdf
    assert "Rp 165.000.000" in pdf and "NIP. 19680503 199303 1 005" in pdf
    buku = load_workbook(BytesIO(berkas["xlsx"]))
    sel = [c.value for ws in buku for r in ws.iter_rows() for c in r if c.value is not None]
    assert "Rapat Dewan Pengupahan untuk rekomendasi UMK 2023" in sel
    assert 165_000_000 in sel
