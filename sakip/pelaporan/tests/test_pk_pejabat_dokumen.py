"""The Perjanjian Kinerja of the officials of Tebing Tinggi's 2022 cascade, as the demo's
workflow approved them with the Dinas's PK, opened back from DOCX and PDF: an
administrator (Kepala Bidang Hubungan Industrial, under the Kepala Dinas) and a pengawas
(Kepala Seksi Hubungan Industrial, under the Kepala Bidang), each with both signatures,
the targets of the nodes they own and the budget of the sub kegiatan under those nodes.

The budgets, worked out by hand from kota-tebing-tinggi.yaml (anggaran 2022, sub kegiatan
linked to the nodes by `sasaran`):
- Kepala Bidang (sasaran program 2/3/1 and 2/4/1, each with one sasaran kegiatan below):
  2.07.05.2.01.03 Rp 44.176.200 + 2.07.05.2.02.01 Rp 213.280.000 + 2.07.05.2.02.02
  Rp 100.800.000 = Rp 358.256.200 (the Program Hubungan Industrial of LKjIP Tabel 4);
- Kepala Seksi (sasaran kegiatan 2/3/1/1): Rp 213.280.000 + Rp 100.800.000 =
  Rp 314.080.000."""

from datetime import date

import pytest

from sakip.instansi.models import OPD, Pejabat
from sakip.pelaporan.render import PENYUSUN
from sakip.pelaporan.siap import susun_pk_pejabat
from sakip.pertukaran.demo import muat_alur_demo

from .baca_docx import buka, tabel_data, tabel_ttd
from .baca_pdf import halaman

pytestmark = pytest.mark.usefixtures("demo")

SLUG = "disnakerind-tebing-tinggi"
KEPALA = "Kepala Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi"
KABID = "Kepala Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja"
KASI = "Kepala Seksi Hubungan Industrial dan Syarat Kerja"
TEMPAT_TANGGAL = "Tebing Tinggi, 10 Januari 2022"


@pytest.fixture(scope="module")
def berkas(baca_dunia):
    """{(official, format): bytes} of their PK 2022 as the demo approved it, built once."""

    def susun():
        muat_alur_demo()
        opd = OPD.objects.get(slug=SLUG)
        hasil = {}
        for kode in ("kabid-hubungan-industrial", "kasi-hubungan-industrial"):
            pejabat = Pejabat.objects.get(kode=kode, opd=opd)
            dok = susun_pk_pejabat(opd, 2022, pejabat, tanggal=date(2022, 1, 10))
            for f in ("docx", "pdf"):
                hasil[kode, f] = PENYUSUN[f](dok)
        return hasil

    return baca_dunia(susun)


def _ttd(isi):
    return [[[c.text for c in r.cells] for r in t.rows] for t in tabel_ttd(buka(isi))]


def test_the_administrator_signs_with_the_kepala_dinas(berkas):
    for ttd in _ttd(berkas["kabid-hubungan-industrial", "docx"]):
        assert ttd[0] == ["", TEMPAT_TANGGAL]
        assert ttd[1] == [f"PIHAK KEDUA,\n{KEPALA}", f"PIHAK PERTAMA,\n{KABID}"]
        # The Kepala Dinas with pangkat and NIP; the invented Kepala Bidang has no NIP.
        assert ttd[3:] == [
            ["Ir. Iboy Hutapea", "Hendra Sinaga, S.H."],
            ["Pembina Utama Muda (IV/c)", ""],
            ["NIP. 19680503 199303 1 005", ""],
        ]


def test_the_administrator_commits_to_the_targets_and_budget_of_their_nodes(berkas):
    target, anggaran = tabel_data(buka(berkas["kabid-hubungan-industrial", "docx"]))
    assert [c.text for c in target.rows[0].cells] == [
        "No",
        "Sasaran",
        "Indikator kinerja",
        "Satuan",
        "Target",
    ]
    # Two sasaran program, one indicator each, target 100 % (LKjIP Tabel 9).
    assert [r.cells[4].text for r in target.rows[1:]] == ["100,00", "100,00"]
    assert [[c.text for c in r.cells] for r in anggaran.rows[1:]][-1] == [
        "",
        "",
        "Jumlah",
        "Rp 358.256.200",
    ]
    assert [r.cells[1].text for r in anggaran.rows[1:-1]] == [
        "2.07.05.2.01.03",
        "2.07.05.2.02.01",
        "2.07.05.2.02.02",
    ]


def test_the_pengawas_signs_with_their_kepala_bidang(berkas):
    pernyataan, lampiran = halaman(berkas["kasi-hubungan-industrial", "pdf"])
    assert "DRAF" not in pernyataan + lampiran  # approved with the Dinas's PK
    assert "PERJANJIAN KINERJA TAHUN 2022" in pernyataan
    assert f"Nama : Yusuf Damanik, S.H. Jabatan : {KASI}" in pernyataan
    assert f"Nama : Hendra Sinaga, S.H. Jabatan : {KABID}" in pernyataan
    assert "selaku atasan langsung pihak pertama" in pernyataan
    for teks in (pernyataan, lampiran):
        assert TEMPAT_TANGGAL in teks
        assert teks.index("PIHAK KEDUA,") < teks.index("PIHAK PERTAMA,")
        assert "Hendra Sinaga, S.H. Yusuf Damanik, S.H." in teks
    assert lampiran.startswith(f"PERJANJIAN KINERJA TAHUN 2022 {KASI.upper()}")
    assert "Terlaksananya penyelesaian perselisihan" in lampiran or "100,00" in lampiran
    assert "2.07.05.2.02.01" in lampiran and "Rp 213.280.000" in lampiran
    assert "Jumlah Rp 314.080.000" in lampiran
    assert "2.07.05.2.01.03" not in lampiran  # the other Kepala Seksi's


def test_the_administrator_pdf_prints_the_kepala_dinas_nip(berkas):
    pernyataan, lampiran = halaman(berkas["kabid-hubungan-industrial", "pdf"])
    for teks in (pernyataan, lampiran):
        assert "NIP. 19680503 199303 1 005" in teks
        assert "Ir. Iboy Hutapea Hendra Sinaga, S.H." in teks
    assert "Jumlah Rp 358.256.200" in lampiran
