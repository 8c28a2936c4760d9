"""The Renstra and IKU documents with a supplement: the approved Renstra keeps showing its
own tree; the years a draft supplement covers are a draft document, readable inside the OPD
and not published (issue 13)."""

from io import BytesIO

import pytest
from docx import Document

from sakip.akun.models import Pengguna
from sakip.alur.models import Dokumen
from sakip.alur.ubah import jalankan
from sakip.instansi.models import OPD
from sakip.pertukaran.demo import DISETUJUI

from .baca_docx import tabel_data
from .suplemen_bantu import buat_suplemen

URL = "/opd/dkukmperindag-ppu/dokumen/{tahun}/{jenis}.docx"


@pytest.fixture
def suplemen(masuk):
    """The supplement of `suplemen_bantu`, then the Renstra 2024–2026 approved again; the
    supplement's own document (Renstra 2025) stays a draft."""
    buat_suplemen()
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    for awalan, nama in DISETUJUI:
        jalankan(Pengguna.objects.get(username=f"{awalan}-ppu"), opd, 2024, Dokumen.RENSTRA, nama)
    return masuk


def _indikator(r):
    """The indicator column of the document's first table that has one."""
    assert r.status_code == 200
    for tabel in tabel_data(Document(BytesIO(r.content))):
        kepala = [c.text for c in tabel.rows[0].cells]
        if "Indikator" in kepala:
            return [baris.cells[kepala.index("Indikator")].text for baris in tabel.rows[1:]]
    raise AssertionError("tidak ada tabel indikator")


@pytest.mark.parametrize("jenis", ["renstra", "iku"])
def test_the_approved_renstra_is_published_without_the_supplement(suplemen, jenis):
    indikator = _indikator(suplemen("publik-ppu").get(URL.format(tahun=2024, jenis=jenis)))
    assert indikator[0] == "Persentase Peningkatan Koperasi Aktif"
    assert len(indikator) > 1 and "Jumlah UMKM ekspor" not in indikator


@pytest.mark.parametrize("jenis", ["renstra", "iku"])
def test_the_years_of_a_draft_supplement_are_not_published(suplemen, jenis):
    assert suplemen("publik-ppu").get(URL.format(tahun=2025, jenis=jenis)).status_code == 404
    # Inside the OPD the draft shows the draft.
    indikator = _indikator(suplemen("operator-ppu").get(URL.format(tahun=2025, jenis=jenis)))
    assert indikator == ["Jumlah UMKM ekspor"]
