"""Crafted zip bombs given to the workbook import (upload page) and the nomenclature import
(command): both go through the zip guard `sakip.dasar.arsip.periksa_arsip`, so both refuse
before unpacking (speed is not asserted here: machines are noisy) with the guard's Indonesian
message, and store nothing."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from sakip.anggaran.models import Nomenklatur
from sakip.jejak.models import Jejak
from sakip.tests.bom_zip import MB, bom_banyak_bagian, bom_ukuran_palsu, xlsx_bom

from .buku_kerja_bantu import TEBING

BOM = [
    (
        lambda: xlsx_bom(200 * MB),
        "Isi berkas terlalu besar setelah dibuka: bagian xl/worksheets/sheet1.xml melebihi "
        "10 MB. Dokumen yang wajar jauh lebih kecil; berkas ini tidak dibaca.",
    ),
    (
        lambda: bom_banyak_bagian("xl/workbook.xml"),
        "Berkas berisi terlalu banyak bagian; dokumen .xlsx yang wajar berisi paling banyak 1000.",
    ),
    (
        lambda: bom_ukuran_palsu("xl/workbook.xml"),
        "Berkas bukan dokumen .xlsx yang sah (isinya rusak).",
    ),
]


@pytest.mark.parametrize(("bom", "pesan"), BOM)
def test_the_workbook_upload_refuses_a_bomb_quickly_and_stores_nothing(masuk, bom, pesan):
    klien = masuk("operator-tebing")
    data = bom()
    halaman = f"/opd/{TEBING}/buku-kerja/2022/"
    assert klien.get(halaman).status_code == 200  # the page's own first-view cost
    r = klien.post(halaman + "unggah/", {"berkas": SimpleUploadedFile("isian.xlsx", data)})
    assert r.status_code == 400
    assert pesan in r.content.decode()
    assert not (Path(settings.MEDIA_ROOT) / "impor").exists()
    assert not Jejak.objects.exists()


@pytest.mark.parametrize(("bom", "pesan"), BOM)
def test_the_nomenclature_import_refuses_a_bomb_quickly_and_changes_nothing(
    demo, tmp_path, bom, pesan
):
    berkas = tmp_path / "nomenklatur.xlsx"
    berkas.write_bytes(bom())
    sebelum = Nomenklatur.objects.count()
    with pytest.raises(CommandError) as galat:
        call_command("impor_nomenklatur", str(berkas), pemda="kota-tebing-tinggi")
    assert str(galat.value) == f"{berkas}: impor dibatalkan, tidak ada data yang diubah.\n{pesan}"
    assert Nomenklatur.objects.count() == sebelum
    assert not Jejak.objects.exists()
