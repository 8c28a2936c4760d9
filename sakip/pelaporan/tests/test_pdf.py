"""The LKjIP as PDF: a real PDF that renders to images, whose text holds the key figures."""

import subprocess

import pytest

from sakip.instansi.models import OPD
from sakip.pelaporan.lkjip import lkjip
from sakip.pelaporan.render import ke_pdf

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
