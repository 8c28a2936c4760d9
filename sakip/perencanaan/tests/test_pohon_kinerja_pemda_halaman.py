"""The Pemda's pohon kinerja page and its downloads: Tebing Tinggi 2022 from the Suplemen
RPJMD through the Disnakerind to its sub kegiatan, drawn and as a table; only for the
Pemda's admin and Inspektorat (403 for its OPD staff, who read their OPD's tree; 404 for
another Pemda's users and the public role; anonymous users sign in first)."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.pelaporan.tests.baca_pdf import halaman

URL = "/pemda/kota-tebing-tinggi/pohon/2022/"
DISNAKERIND = "Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi"


def test_it_shows_the_tree_from_the_rpjmd_to_sub_kegiatan(masuk):
    r = masuk("admin-tebing").get(URL)
    assert r.status_code == 200
    gambar, tabel = r.text.split('<table class="kartu pohon-kinerja">')
    urutan = [
        "Meningkatnya kesempatan kerja, iklim ketenagakerjaan dan pertumbuhan industri daerah",
        "Meningkatnya penyerapan tenaga kerja",  # RPJMD sasaran 1, then the OPD's tujuan 1
        f'<span class="penanda-opd">{DISNAKERIND}</span>',
        "Meningkatnya Kesempatan kerja",
        "Terlaksananya administrasi umum perangkat daerah",
        "Terciptanya iklim ketenagakerjaan yang kondusif",
    ]
    assert [tabel.index(x) for x in urutan] == sorted(tabel.index(x) for x in urutan)
    assert tabel.count('<tr class="sub_kegiatan"') == 18
    # The Pemda's tujuan carries the whole budget of the year (Lampiran RFK).
    assert "3.933.915.154" in tabel
    # One drawing per OPD sasaran, under the Pemda's and the OPD's folding branches.
    assert gambar.count('<div class="gambar-pohon"><svg') == 6
    assert gambar.count('<details class="cabang') == 1 + 3 + 3 + 6
    assert "Celah yang perlu diperiksa" not in r.text


def test_the_pemda_page_links_to_it(masuk):
    assert URL in masuk("admin-tebing").get("/pemda/kota-tebing-tinggi/").text
    assert URL not in masuk("operator-tebing").get("/pemda/kota-tebing-tinggi/").text


@pytest.mark.parametrize("format", ["", "pohon-kinerja.xlsx", "pohon-kinerja.pdf"])
def test_it_checks_access(masuk, client, format):
    assert masuk("inspektorat-tebing").get(URL + format).status_code == 200
    assert masuk("operator-tebing").get(URL + format).status_code == 403
    assert masuk("kepala-tebing").get(URL + format).status_code == 403
    assert masuk("operator-ppu").get(URL + format).status_code == 404
    assert masuk("admin-ppu").get(URL + format).status_code == 404
    assert masuk("publik-tebing").get(URL + format).status_code == 404
    r = client.get(URL + format)
    assert r.status_code == 302 and "/masuk/" in r["Location"]


def test_it_answers_404_for_a_year_without_a_plan_or_an_unknown_format(masuk):
    assert masuk("admin-tebing").get(URL.replace("2022", "2030")).status_code == 404
    assert masuk("admin-tebing").get(URL + "pohon-kinerja.docx").status_code == 404


def test_the_downloads_hold_every_node_with_its_opd(masuk):
    c = masuk("admin-tebing")
    r = c.get(URL + "pohon-kinerja.xlsx")
    assert r["Content-Disposition"].endswith('pohon-kinerja-kota-tebing-tinggi-2022.xlsx"')
    lembar = load_workbook(BytesIO(r.content)).active
    baris = list(lembar.iter_rows(min_row=4, values_only=True))
    assert baris[0][:4] == ("Tingkat", "Nomor", "Nama", "OPD")
    assert sum(b[0] == "Sub kegiatan" for b in baris) == 18
    # The OPD's tujuan 1 under RPJMD sasaran 1, named with its OPD; the budget at the root.
    assert baris[3][:4] == (
        "Tujuan",
        "1",
        "\u00a0\u00a0\u00a0\u00a0Meningkatnya penyerapan tenaga kerja",
        DISNAKERIND,
    )
    assert baris[1][12] == 3933915154
    teks = " ".join(halaman(c.get(URL + "pohon-kinerja.pdf").content))
    assert "Pohon kinerja Kota Tebing Tinggi tahun 2022" in teks and "Rp 3.933.915.154" in teks
