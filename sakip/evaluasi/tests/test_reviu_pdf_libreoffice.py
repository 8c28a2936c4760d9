"""Real agencies' tables as PDF (issue 16, "Done when" #2): the corpus documents with errors
worked out by hand, laid out as reports and converted by LibreOffice (`pdf_uji.buat_korpus`,
fixtures in korpus/pdf/), give the same tables read and the same findings as their .docx."""

from pathlib import Path

import pytest

from sakip.evaluasi.korpus import baca_korpus, ukur_agensi
from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .pdf_uji import FOLDER_KORPUS, KORPUS

AGENSI = {a.nama: a for a in baca_korpus(Path(__file__).parent / "korpus")}


@pytest.mark.parametrize("nama", KORPUS)
def test_a_corpus_pdf_gives_the_findings_of_its_word_file(nama):
    docx = AGENSI[nama].berkas.read_bytes()
    dari_docx = reviu_berkas(f"{nama}.docx", docx)
    dari_pdf = reviu_berkas(f"{nama}.pdf", (FOLDER_KORPUS / f"{nama}.pdf").read_bytes())
    assert dari_pdf.tabel == dari_docx.tabel
    assert dari_pdf.temuan == dari_docx.temuan
    # Never two empty lists by accident: each finds every error listed by hand.
    hasil = ukur_agensi(AGENSI[nama])
    assert dari_docx.temuan and not hasil.terlewat and not hasil.keliru
