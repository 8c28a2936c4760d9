"""The kondisi awal of the Renstra table carries its year: in the header when the indicators
share one (Jambi's Renstra 2024–2026: the 2022 values of seed 003), else next to each value."""

import pytest

from sakip.instansi.models import OPD
from sakip.pelaporan.render import ke_docx
from sakip.pelaporan.susun import renstra
from sakip.perencanaan.models import Indikator

from .baca_docx import buka, tabel_data

pytestmark = pytest.mark.usefixtures("demo")


def _tabel_tujuan():
    [tujuan] = tabel_data(buka(ke_docx(renstra(OPD.objects.get(slug="dtkk-ukm-jambi"), 2025))))
    kolom = [c.text for c in tujuan.rows[0].cells]
    return kolom, {r.cells[3].text: r.cells[5].text for r in tujuan.rows[1:]}


def test_a_shared_year_stands_in_the_header():
    kolom, awal = _tabel_tujuan()
    assert kolom[5:] == [
        "Kondisi awal (2022)",
        "Target 2024",
        "Target 2025",
        "Target 2026",
        "Kondisi akhir (2026)",
    ]
    assert awal["Persentase Penyerapan Tenaga Kerja"] == "41,53"
    assert awal["Persentase UMKM Naik Kelas"] == "4,31"


def test_different_years_stand_next_to_their_values():
    Indikator.objects.filter(nama="Persentase UMKM Naik Kelas").update(baseline_tahun=2021)
    kolom, awal = _tabel_tujuan()
    assert kolom[5] == "Kondisi awal"
    assert awal["Persentase Penyerapan Tenaga Kerja"] == "41,53 (2022)"
    assert awal["Persentase UMKM Naik Kelas"] == "4,31 (2021)"
