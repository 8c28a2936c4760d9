"""The LKjIP as PDF: a real PDF that renders to images, whose text holds the key figures;
its fonts are embedded as subsets of the glyphs used."""

import subprocess

import pytest

from sakip.instansi.models import OPD
from sakip.pelaporan.lkjip import lkjip
from sakip.pelaporan.render import ke_pdf
from sakip.pelaporan.siap import susun_dokumen

# The world must exist (the test database is set up only for tests that use it).
pytestmark = pytest.mark.usefixtures("demo")


@pytest.fixture(scope="module")
def pdf(baca_dunia, tmp_path_factory):
    """Built once, read by every test here."""
    path = tmp_path_factory.mktemp("pdf") / "lkjip.pdf"
    opd = "disnakerind-tebing-tinggi"
    path.write_bytes(baca_dunia(lambda: ke_pdf(lkjip(OPD.objects.get(slug=opd), 2022))))
    return path


def test_it_renders_to_images(pdf, tmp_path):
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "hal")], check=True)
    halaman = sorted(tmp_path.glob("hal-*.png"))
    assert len(halaman) >= 2
    assert all(h.read_bytes().startswith(b"\x89PNG") for h in halaman)


def test_its_text_holds_the_key_figures(pdf):
    teks = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "LAPORAN KINERJA INSTANSI PEMERINTAH" in teks  # the cover
    assert "52,75%" in teks and "Cukup Baik" in teks  # Tabel 5 row 1, recomputed
    assert "Rp 3.933.915.154" in teks  # the budget total, recomputed
    assert "-87,38" in teks  # Tabel 13 row 1, recomputed


def test_a_one_table_document_embeds_only_the_glyphs_it_uses():
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    pdf = ke_pdf(susun_dokumen("iku", opd, 2022))
    teks = subprocess.run(["pdffonts", "-"], input=pdf, check=True, capture_output=True).stdout
    assert b"Liberation-Sans" in teks
    # Its two fonts whole (regular, bold) weigh more than 400 KB; their subsets a few.
    assert len(pdf) < 100_000
