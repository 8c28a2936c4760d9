"""A revised Perjanjian Kinerja (version 2) is titled PK Perubahan with its reason, shows
its own target snapshot, is signed on its own date, and keeps the history of versions as an
annex table — in DOCX, PDF and XLSX."""

import datetime
from io import BytesIO, StringIO

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.pelaporan.render import PENYUSUN
from sakip.pelaporan.siap import susun_dokumen
from sakip.perencanaan.models import PerjanjianKinerja, Target

from .baca_docx import buka, tabel_data, teks_semua
from .baca_pdf import halaman

pytestmark = pytest.mark.usefixtures("demo")

JUDUL = "PERJANJIAN KINERJA PERUBAHAN TAHUN 2022"
ALASAN = "Perubahan ke-1 (versi 2) atas Perjanjian Kinerja tahun 2022. Alasan perubahan: "
ALASAN += "Penyesuaian target kesempatan kerja"


@pytest.fixture(scope="module")
def berkas(baca_dunia):
    """PK 2022 of Tebing Tinggi revised on 1 July 2022 after the 2022 target of
    "Persentase Meningkatnya Kesempatan Kerja" went from 65 to 60."""

    def susun():
        opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
        Target.objects.filter(indikator__kode="kesempatan-kerja", tahun=2022).update(nilai=60)
        call_command(
            "pk",
            opd=opd.slug,
            tahun=2022,
            alasan="Penyesuaian target kesempatan kerja",
            tanggal=datetime.date(2022, 7, 1),
            pihak_pertama="kadis-disnakerind",
            stdout=StringIO(),
        )
        versi = PerjanjianKinerja.objects.filter(opd=opd, tahun=2022).order_by("versi")
        assert [v.target_set.get(indikator__kode="kesempatan-kerja").nilai for v in versi] == [
            65,
            60,
        ]
        dok = susun_dokumen("pk", opd, 2022)
        return {f: penyusun(dok) for f, penyusun in PENYUSUN.items()}

    return baca_dunia(susun)


def test_word_titles_it_as_a_revision_with_its_reason_and_history(berkas):
    d = buka(berkas["docx"])
    teks = teks_semua(d)
    assert f"{JUDUL}\n{ALASAN}\nDalam rangka mewujudkan" in teks
    assert f"{JUDUL}\nDINAS KETENAGAKERJAAN DAN PERINDUSTRIAN KOTA TEBING TINGGI" in teks
    assert teks.count("Tebing Tinggi, 1 Juli 2022") == 2  # both signatures, its own date
    target, program, riwayat = tabel_data(d)
    assert target.rows[1].cells[4].text == "60,00"
    assert [[c.text for c in r.cells] for r in riwayat.rows[1:]] == [
        ["1", "–", "Perjanjian awal"],
        ["2", "1 Juli 2022", "Penyesuaian target kesempatan kerja"],
    ]


def test_the_pdf_titles_it_as_a_revision(berkas):
    pernyataan, *lampiran = halaman(berkas["pdf"])
    lampiran = " ".join(lampiran)  # the history may flow onto a page of its own
    assert JUDUL in pernyataan and ALASAN in pernyataan
    assert f"{JUDUL} DINAS KETENAGAKERJAAN" in lampiran
    assert "Kesempatan % 60,00" in lampiran
    assert "Tabel 3. Riwayat Perjanjian Kinerja" in lampiran
    assert "2 1 Juli 2022 Penyesuaian target kesempatan kerja" in lampiran


def test_the_workbook_keeps_the_history(berkas):
    buku = load_workbook(BytesIO(berkas["xlsx"]))
    assert buku.worksheets[0]["A1"].value.startswith("Perjanjian Kinerja Perubahan Tahun 2022")
    assert buku.worksheets[0]["E5"].value == 60
    riwayat = buku.worksheets[-1]
    assert [[c.value for c in r] for r in riwayat.iter_rows(min_row=5)] == [
        [1, "–", "Perjanjian awal"],
        [2, "1 Juli 2022", "Penyesuaian target kesempatan kerja"],
    ]
