from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from docx import Document
from openpyxl import load_workbook

from sakip.pelaporan.jenis import JENIS
from sakip.pelaporan.render import FORMAT

# Every year the demo plans cover (Tebing Tinggi's Renstra 2017–2022 has a tree only for the
# supplement years 2021–2022; the earlier years must still produce valid, empty documents).
DEMO = [
    *[("dkukmperindag-ppu", t) for t in (2024, 2025, 2026)],
    *[("dtkk-ukm-jambi", t) for t in (2024, 2025, 2026)],
    *[("disnakerind-tebing-tinggi", t) for t in range(2017, 2023)],
]


@pytest.mark.slow
@pytest.mark.parametrize("opd, tahun", DEMO)
def test_every_document_generates_in_every_format_for_each_seed_agency(demo, tmp_path, opd, tahun):
    for jenis in JENIS:
        for f in FORMAT:
            path = tmp_path / f"{jenis}.{f}"
            call_command(
                "dokumen", jenis, opd=opd, tahun=tahun, format=f, keluaran=path, stdout=StringIO()
            )
            if f == "docx":
                assert any(p.text for p in Document(str(path)).paragraphs)
            elif f == "xlsx":
                assert load_workbook(path).sheetnames
            else:
                assert path.read_bytes().startswith(b"%PDF")


def test_it_generates_all_documents_of_a_pemda_with_progress(demo, tmp_path):
    out = StringIO()
    call_command("dokumen", "semua", pemda="kota-jambi", tahun=2024, keluaran=tmp_path, stdout=out)
    jumlah = len(JENIS) * len(FORMAT)  # one OPD in Jambi: every document in every format
    assert f"[{jumlah}/{jumlah}]" in out.getvalue()
    assert len(list(tmp_path.iterdir())) == jumlah


def test_it_needs_an_opd_for_one_document(demo, tmp_path):
    with pytest.raises(CommandError, match="--opd wajib"):
        call_command("dokumen", "iku", tahun=2024, keluaran=tmp_path / "x.pdf")


@pytest.mark.slow
def test_the_benchmark_prints_every_document_per_format_and_the_slowest(demo):
    out = StringIO()
    call_command("bench", "dokumen", ulang=1, stdout=out)
    baris = out.getvalue().splitlines()
    assert baris[1].split() == ["dokumen", "susun", "html", "docx", "xlsx", "pdf"]
    # One row per demo document, a time in every column.
    n = 3 * len(JENIS)
    dokumen = [b.split() for b in baris[2 : 2 + n]]
    assert {d[0] for d in dokumen} == {
        f"{j}-{opd}-{tahun}"
        for opd, tahun in (
            ("disnakerind-tebing-tinggi", 2022),
            ("dtkk-ukm-jambi", 2024),
            ("dkukmperindag-ppu", 2025),
        )
        for j in JENIS
    }
    assert all(len(d) == 6 and float(d[5].rstrip("!")) > 0 for d in dokumen)
    assert baris[2 + n].startswith("Terlama: ") and "× batas 2.0 s" in baris[2 + n]
    assert f"{n * 4} render" in baris[3 + n]
