import json
import subprocess
import sys
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sakip.tests.bom_zip import MB, docx_bom

from .dokumen_uji import TABEL_3_4, docx
from .pdf_uji import pdf


def test_it_prints_findings_and_tables_as_json(tmp_path):
    berkas = tmp_path / "lkjip.docx"
    berkas.write_bytes(
        docx(
            (
                "Tabel 5 Capaian",
                [
                    ["No", "Indikator Kinerja", "Target", "Realisasi", "% Capaian"],
                    ["1", "Persentase A", "95%", "92,63%", "97,48%"],
                ],
            )
        )
    )
    out = StringIO()
    call_command("reviu_dokumen", str(berkas), format="json", stdout=out)
    hasil = json.loads(out.getvalue(), parse_float=Decimal)
    assert hasil["tabel"] == [{"tabel": "Tabel 5 Capaian", "keterangan": "dibaca: capaian kinerja"}]
    (t,) = hasil["temuan"]
    # "sebab": the finding a consequence follows from (issue 16), None here.
    assert set(t) == {"aturan", "tingkat", "lokasi", "tercatat", "seharusnya", "pesan", "sebab"}
    assert t["sebab"] is None and hasil["tidak_diperiksa"] is None
    # 92,63 / 95 × 100 = 97,50526…, at full precision in JSON
    assert (t["aturan"], t["tercatat"]) == ("R02", Decimal("97.48"))
    assert str(t["seharusnya"]).startswith("97.505263157894736842")


def test_it_refuses_a_file_it_cannot_read(tmp_path):
    berkas = tmp_path / "lkjip.doc"
    berkas.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(CommandError, match=r"Hanya berkas \.docx"):
        call_command("reviu_dokumen", str(berkas))


def test_it_refuses_a_zip_bomb_and_a_file_over_the_size_limit(tmp_path, monkeypatch):
    berkas = tmp_path / "lkjip.docx"
    berkas.write_bytes(docx_bom(200 * MB))
    with pytest.raises(CommandError, match="^Isi berkas terlalu besar setelah dibuka"):
        call_command("reviu_dokumen", str(berkas))
    monkeypatch.setattr("sakip.dasar.arsip.BATAS_UKURAN", 1024)
    with pytest.raises(CommandError, match="^Berkas terlalu besar"):
        call_command("reviu_dokumen", str(berkas))


def test_the_console_script_takes_the_hyphenated_name(tmp_path):
    berkas = tmp_path / "kosong.docx"
    berkas.write_bytes(docx("tanpa tabel"))
    keluaran = subprocess.run(
        [Path(sys.executable).parent / "sakip", "reviu-dokumen", str(berkas)],
        capture_output=True,
        text=True,
        check=True,
    )
    # Nothing could be checked: said as such, not as "0 temuan." (issue 16).
    assert "Dokumen ini tidak memuat tabel: tidak ada angka yang diperiksa." in keluaran.stdout


def test_it_reviews_a_pdf_as_its_word_file(tmp_path):
    keluaran = {}
    for akhiran, data in (("docx", docx(TABEL_3_4)), ("pdf", pdf("tabel_3_4"))):
        berkas = tmp_path / f"lkjip.{akhiran}"
        berkas.write_bytes(data)
        out = StringIO()
        call_command("reviu_dokumen", str(berkas), format="json", stdout=out)
        keluaran[akhiran] = json.loads(out.getvalue(), parse_float=Decimal)
    assert keluaran["pdf"] == keluaran["docx"]
    # R01 on the realisation and its consequence on the capaian (R29).
    assert [t["aturan"] for t in keluaran["pdf"]["temuan"]] == ["R01", "R29"]
