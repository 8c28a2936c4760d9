"""An approved Perjanjian Kinerja keeps what was signed: a supplement of the Renstra, or a
changed target, added after its approval does not reach it (issue 13); a draft PK shows the
plan as it stands."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.alur.models import StatusDokumen, Tahap

from .baca_docx import buka, tabel_data
from .suplemen_bantu import buat_suplemen

URL = "/opd/dkukmperindag-ppu/dokumen/{tahun}/pk.{format}"
SASARAN_1 = "Merevitalisasi pembinaan, pengelolaan dan pola pengembangan UMKM"
SASARAN_2 = "Meningkatkan nilai perdagangan dan jasa daerah"
SASARAN_3 = "Meningkatkan kualitas tata kelola pemerintahan yang unggul"
# The IKU of the Renstra 2024–2026 and their 2025 targets (IKU 2025, seed 001), as PK 2025
# was approved in the demo; counts are whole numbers ("1", not "1,00"). Each sasaran is
# numbered and printed once (a merged cell, read back on each of its rows).
DISETUJUI_2025 = [
    ["1", SASARAN_1, "Persentase Peningkatan Koperasi Aktif", "%", "41,00"],
    ["1", SASARAN_1, "Persentase Peningkatan UMKM Naik Kelas", "%", "60,00"],
    ["1", SASARAN_1, "Jumlah Dokumen Pengembangan Industri", "dokumen", "1"],
    ["1", SASARAN_1, "Jumlah Sentra IKM yang dikuatkan", "sentra", "3"],
    [
        "1",
        SASARAN_1,
        "Persentase Peningkatan Jumlah Industri yang memiliki izin berusaha",
        "%",
        "15,00",
    ],
    ["1", SASARAN_1, "Persentase Peningkatan Data Industri yang masuk dalam SIINAS", "%", "15,00"],
    ["2", SASARAN_2, "Jumlah Sarana Perdagangan yang Representatif", "unit", "14"],
    [
        "2",
        SASARAN_2,
        "Jumlah Kebutuhan Pokok dan Barang Penting yang diintervensi dalam rangka "
        "Stabilisasi Harga dan Stok",
        "item",
        "23",
    ],
    ["2", SASARAN_2, "Jumlah Peningkatan Alat UTTP yang di Tera/Tera Ulang", "unit", "250"],
    ["3", SASARAN_3, "Indeks Kepuasan Masyarakat (IKM)", "indeks", "83,22"],
]
BARU = ["1", "Sasaran suplemen", "Jumlah UMKM ekspor", "unit", "12"]


@pytest.fixture
def suplemen(masuk):
    buat_suplemen()
    return masuk


def _docx(r):
    assert r.status_code == 200
    [tabel, *_] = tabel_data(buka(r.content))
    return [[c.text for c in baris.cells] for baris in tabel.rows[1:]]


@pytest.mark.parametrize("username", ["operator-ppu", "kepala-ppu", "publik-ppu"])
def test_the_approved_pk_keeps_the_signed_targets(suplemen, username):
    assert (
        StatusDokumen.objects.get(opd__slug="dkukmperindag-ppu", dokumen="pk", tahun=2025).tahap
        == Tahap.DISETUJUI
    )
    r = suplemen(username).get(URL.format(tahun=2025, format="docx"))
    assert _docx(r) == DISETUJUI_2025


def test_the_approved_pk_workbook_keeps_them_too(suplemen):
    r = suplemen("operator-ppu").get(URL.format(tahun=2025, format="xlsx"))
    assert r.status_code == 200
    lembar = load_workbook(BytesIO(r.content)).worksheets[0]
    # The table's rows (from row 5): a sasaran's later rows are merged into its first.
    isi = [[c.value for c in b] for b in lembar.iter_rows(min_row=5, max_row=14)]
    assert [(b[2], b[4]) for b in isi][:2] == [
        ("Persentase Peningkatan Koperasi Aktif", 41),
        ("Persentase Peningkatan UMKM Naik Kelas", 60),
    ]
    assert all("UMKM ekspor" not in b[2] for b in isi)


def test_a_draft_pk_shows_the_plan_as_it_stands(suplemen):
    # PK 2026 has no workflow state yet: the supplement is the plan in force in 2026.
    r = suplemen("operator-ppu").get(URL.format(tahun=2026, format="docx"))
    assert _docx(r) == [BARU]
