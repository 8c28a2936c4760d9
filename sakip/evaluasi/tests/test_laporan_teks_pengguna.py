"""The review report lays out what the Inspektorat wrote whatever is stored: a control
character (written before input refused it) gives a readable report in every format (the
XLSX is what `sakip reviu --format xlsx` writes), and a reason starting like a formula is
a string cell in the XLSX."""

import subprocess
from io import BytesIO

from django.core.management import call_command
from docx import Document
from openpyxl import load_workbook

from sakip.akun.models import Pengguna
from sakip.evaluasi.models import SimpulanReviu, Tanggapan
from sakip.evaluasi.reviu import reviu_opd
from sakip.instansi.models import OPD

URL = "/opd/dtkk-ukm-jambi/reviu/2024/laporan"


def test_stored_control_characters_and_formulas_give_a_readable_report(masuk, tmp_path):
    opd = OPD.objects.get(slug="dtkk-ukm-jambi")
    oleh = Pengguna.objects.get(username="inspektorat-jambi")
    t, *_ = reviu_opd(opd, 2024)
    # Stored directly, bypassing the forms.
    Tanggapan.objects.create(
        opd=opd, tahun=2024, aturan=t.aturan, lokasi=t.lokasi, alasan="=1+2\x1b", oleh=oleh
    )
    SimpulanReviu.objects.create(opd=opd, tahun=2024, teks="Andal\x07 setelah koreksi", oleh=oleh)
    klien = masuk("inspektorat-jambi")
    r = {f: klien.get(f"{URL}.{f}") for f in ("docx", "pdf")}
    assert {f: x.status_code for f, x in r.items()} == dict.fromkeys(r, 200)
    dok = Document(BytesIO(r["docx"].content))
    assert "Andal\u2407 setelah koreksi" in [p.text for p in dok.paragraphs]
    assert "Diterima: =1+2\u241b" in [c.text for t in dok.tables for c in t._cells]
    xlsx = tmp_path / "reviu.xlsx"
    call_command("reviu", opd=opd.slug, tahun=2024, format="xlsx", keluaran=xlsx)
    buku = load_workbook(xlsx)
    sel = [s for ls in buku for b in ls.iter_rows() for s in b if s.value == "Diterima: =1+2\u241b"]
    assert [s.data_type for s in sel] == ["s"]
    pdf = tmp_path / "reviu.pdf"
    pdf.write_bytes(r["pdf"].content)
    teks = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    assert "Andal\ufffd setelah koreksi" in teks.stdout
