"""`sakip reviu-dokumen --evaluasi DIR` reviews the corpus of real documents and prints,
per agency, the hand-listed errors found and missed and the findings on correct figures,
then recall and precision. Not a threshold test: the figures are for people to read."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sakip.evaluasi.korpus import baca_korpus, ukur_korpus

KORPUS = Path(__file__).parent / "korpus"


def test_it_prints_recall_and_precision_over_the_corpus():
    out = StringIO()
    call_command("reviu_dokumen", evaluasi=KORPUS, stdout=out)
    teks = out.getvalue()
    assert re.search(r"^Recall: [\d,]+% \(\d+ dari \d+ kesalahan ditemukan\)$", teks, re.M)
    assert re.search(r"^Presisi: [\d,]+% \(\d+ dari \d+ temuan benar\)$", teks, re.M)
    assert "Sekretariat Daerah Provinsi Sumatera Utara (sumut_setda.docx): " in teks


def test_every_corpus_file_names_its_source_and_is_committed():
    agensi = baca_korpus(KORPUS)
    assert len(agensi) >= 15
    for a in agensi:
        assert a.spec["sumber"]["alamat"].startswith("https://"), a.nama
        assert a.berkas.is_file(), a.berkas  # the tests read the real files


def test_a_listed_error_counts_once_found_and_a_finding_once_true():
    hasil = ukur_korpus(KORPUS)
    sumut = next(a for a in hasil.agensi if a.agensi.nama == "sumut_setda")
    # 80.5 printed for 307.055.630 / 398.379.650 = 77,08 is one listed error, found.
    assert any(h.tercetak == "80.5" for h in sumut.ditemukan)
    assert hasil.ditemukan + sum(len(a.terlewat) for a in hasil.agensi) == hasil.diharapkan


def test_it_refuses_a_folder_without_corpus_files(tmp_path):
    with pytest.raises(CommandError, match="tidak memuat berkas korpus"):
        call_command("reviu_dokumen", evaluasi=tmp_path)
