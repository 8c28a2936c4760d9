"""The LKjIP as Word, opened back with python-docx: cells equal the engine's values."""

from io import BytesIO

import pytest
from docx import Document

from sakip.instansi.models import OPD
from sakip.pelaporan.lkjip import lkjip
from sakip.pelaporan.render import ke_docx

from .baca_docx import keterangan_tabel, tabel_berjudul, tabel_data

# The world must exist (the test database is set up only for tests that use it).
pytestmark = pytest.mark.usefixtures("demo")


@pytest.fixture(scope="module")
def dokumen(baca_dunia):
    """Built once, read by every test here."""
    isi = baca_dunia(
        lambda: ke_docx(lkjip(OPD.objects.get(slug="disnakerind-tebing-tinggi"), 2022))
    )
    return Document(BytesIO(isi))


def test_it_numbers_tables_once_each(dokumen):
    keterangan = keterangan_tabel(dokumen)
    assert [k.split(".")[0] for k in keterangan] == [
        f"Tabel {n}" for n in range(1, len(keterangan) + 1)
    ]
    assert len(tabel_data(dokumen)) == len(keterangan)


def test_it_holds_the_capaian_table_with_engine_values(dokumen):
    tabel = tabel_berjudul(dokumen, "Capaian Indikator Kinerja Utama")
    baris = {r.cells[2].text: [c.text for c in r.cells] for r in tabel.rows[1:]}
    # LKjIP 2022 Tabel 5 row 1: 34,29 % of 65 → 52,75 %, "Cukup Baik" (printed 52,74 %).
    kesempatan = baris["Persentase Meningkatnya Kesempatan Kerja"]
    assert kesempatan[4:8] == ["65,00", "34,29", "52,75%", "Cukup Baik"]
    # Row 3: 4.667 / 6.744 → 69,20 %, capaian 72,84 % "Baik" (printed "Sangat Baik").
    assert baris["Persentase tenaga kerja yang dilindungi"][6:8] == ["72,84%", "Baik"]


def test_it_holds_the_budget_and_efficiency_tables(dokumen):
    anggaran = tabel_berjudul(dokumen, "Capaian anggaran program, kegiatan dan sub kegiatan")
    jumlah = [c.text for c in anggaran.rows[-1].cells]
    # RFK annex total recomputed: 3.933.915.154 / 3.671.191.890 = 93,32 %.
    assert jumlah[1:] == ["Jumlah", "Rp 3.933.915.154", "Rp 3.671.191.890", "93,32%"]
    efisiensi = tabel_berjudul(dokumen, "Perbandingan pencapaian kinerja dan anggaran per sasaran")
    # Tabel 13 row 1: efficiency −87,38 (printed −87,42).
    assert efisiensi.rows[1].cells[5].text == "-87,38"


def test_it_summarises_the_year_from_the_engine(dokumen):
    teks = "\n".join(p.text for p in dokumen.paragraphs)
    # 10 IKU, 6 measurable; mean of 52,747… 97,507… 72,844… 74,898… 82,596… 82,596… = 77,198…
    assert "mengukur 6 dari 10 indikator kinerja utama; 0 mencapai" in teks
    assert "77,20%" in teks


def test_it_holds_the_narratives_written_by_users(dokumen):
    teks = "\n".join(p.text for p in dokumen.paragraphs)
    # LKjIP 2022 Tabel 11 row 1, entered in the demo data: printed in the sasaran's section
    # right after the paragraph composed from the figures (no separate table repeating it).
    uraian = teks.index("Capaian indikator Persentase Meningkatnya Kesempatan Kerja tahun 2022")
    analisis = teks.index("Analisis keberhasilan/kegagalan: Realisasi masih dibawah target")
    assert uraian < analisis < teks.index("Solusi yang dilakukan: Memberikan fasilitasi")
    assert "sinkronisasi antara rencana dengan pencapaian" in teks  # Bab IV text from the demo


def test_it_has_every_seed_table(dokumen):
    keterangan = "\n".join(keterangan_tabel(dokumen))
    for judul in [
        "Perjanjian Kinerja 2022",  # Tabel 3
        "Capaian Indikator Kinerja Utama",  # Tabel 5
        "Perbandingan capaian kinerja dengan tahun lalu",  # Tabel 8
        "Kemajuan capaian dibandingkan dengan target akhir Renstra",  # Tabel 9
        # Tabel 10 (national standard) is a sentence while no standard is recorded, Tabel 11
        # (analysis) is printed per sasaran next to the composed paragraph.
        "Rumusan indikator dan formulasi perhitungan",  # Tabel 6
        "Program, kegiatan dan sub kegiatan pendukung sasaran",  # the second "Tabel 9", per sasaran
        "Capaian anggaran program, kegiatan dan sub kegiatan",  # Tabel 12
        "Perbandingan pencapaian kinerja dan anggaran per sasaran",  # Tabel 13
        "Pencapaian kinerja dan anggaran sub kegiatan",  # Tabel 14
        "RFK 2022 Triwulan IV",  # annex
    ]:
        assert judul in keterangan


def test_it_draws_the_capaian_and_trend_charts(dokumen):
    # Capaian per indicator against 100 %, and the trend panels with the target line.
    assert len(dokumen.inline_shapes) == 2
    keterangan = [p.text for p in dokumen.paragraphs if p.style.name == "Caption"]
    assert (
        "Gambar 1. Grafik capaian indikator kinerja utama 2022 terhadap target (100%)" in keterangan
    )
    assert "Gambar 2. Tren realisasi dan target per indikator" in keterangan
