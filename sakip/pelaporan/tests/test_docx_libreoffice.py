"""The Word files open in a real word processor: LibreOffice reads the LKjIP and PK and
lays them out as A4 pages with their chapters, signatures and landscape annexes."""

import shutil
import subprocess

import pytest

from sakip.instansi.models import OPD
from sakip.pelaporan.siap import susun_dokumen
from sakip.pelaporan.word import ke_docx

pytestmark = [
    pytest.mark.usefixtures("demo"),
    pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice tidak terpasang"),
]


def _buka_di_libreoffice(baca_dunia, tmp_path, jenis):
    opd = "disnakerind-tebing-tinggi"
    docx = tmp_path / f"{jenis}.docx"
    docx.write_bytes(
        baca_dunia(lambda: ke_docx(susun_dokumen(jenis, OPD.objects.get(slug=opd), 2022)))
    )
    # A profile of its own: LibreOffice refuses to start beside another instance's profile.
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profil",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / f"{jenis}.pdf"
    info = subprocess.run(["pdfinfo", "-l", "-1", str(pdf)], capture_output=True, text=True)
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    return info.stdout, teks.stdout


def test_the_lkjip_opens_as_a_report(baca_dunia, tmp_path):
    info, teks = _buka_di_libreoffice(baca_dunia, tmp_path, "lkjip")
    # pdfinfo: "Page    1 size:  595.304 x 841.89 pts (A4)", width first.
    ukuran = [
        b.split(":", 1)[1].strip()
        for b in info.splitlines()
        if b.startswith("Page") and " size:" in b
    ]
    assert len(ukuran) > 20
    assert all(u.endswith("(A4)") for u in ukuran)
    assert any(u.startswith("841.89 x") for u in ukuran)  # the RFK annex turns landscape
    for judul in ("KATA PENGANTAR", "DAFTAR ISI", "PENDAHULUAN", "PENUTUP", "LAMPIRAN"):
        assert judul in teks
    assert "52,75%" in teks  # Tabel 5 row 1 of seed 004, recomputed
    assert "NIP" in teks


def test_the_pk_opens_with_both_signatures(baca_dunia, tmp_path):
    info, teks = _buka_di_libreoffice(baca_dunia, tmp_path, "pk")
    assert "(A4)" in info
    assert "PIHAK PERTAMA" in teks and "PIHAK KEDUA" in teks
