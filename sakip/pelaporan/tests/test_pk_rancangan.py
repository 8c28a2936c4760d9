"""A year without a Perjanjian Kinerja prints an honest draft: titled Rancangan, saying the
PK is not set, with the Renstra's targets of the year in the annex (Jambi 2024: the IKU of
seed 003, targets 42, 100, 15,46 and 7,15) and a sentence where no budget is recorded."""

import pytest

from sakip.instansi.models import OPD
from sakip.pelaporan.render import ke_docx, ke_pdf
from sakip.pelaporan.siap import susun_dokumen

from .baca_docx import buka, tabel_data, teks_semua
from .baca_pdf import halaman

pytestmark = pytest.mark.usefixtures("demo")

BELUM = (
    "Perjanjian Kinerja tahun 2024 belum ditetapkan. Dokumen ini adalah rancangan yang memuat "
    "target kinerja tahun 2024 menurut rencana strategis yang berlaku."
)


@pytest.fixture(scope="module")
def dok(baca_dunia):
    return baca_dunia(lambda: susun_dokumen("pk", OPD.objects.get(slug="dtkk-ukm-jambi"), 2024))


def test_word_says_it_is_a_draft_of_the_renstra_targets(dok):
    d = buka(ke_docx(dok))
    teks = teks_semua(d)
    assert f"RANCANGAN PERJANJIAN KINERJA TAHUN 2024\n{BELUM}" in teks
    assert "DRAF — belum disetujui" in d.sections[0].header.paragraphs[0].text
    [target] = tabel_data(d)
    assert [r.cells[4].text for r in target.rows[1:]] == ["42,00", "100,00", "15,46", "7,15"]
    assert "Program dan anggaran 2024: belum ada data yang tercatat." in teks


def test_the_pdf_says_so_on_every_page(dok):
    pernyataan, lampiran = halaman(ke_pdf(dok))
    assert pernyataan.startswith("DRAF — belum disetujui") and BELUM in pernyataan
    assert lampiran.startswith("DRAF — belum disetujui RANCANGAN PERJANJIAN KINERJA TAHUN 2024")
