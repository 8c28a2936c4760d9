"""The IKU as the document itself (issue 15 item 2), opened back as PDF text and as Word:
cover, kata pengantar signed by the Kepala, daftar isi and daftar tabel, BAB I–IV in order,
each chapter on a new page; the key indicators based on the RPD and on the Renstra with the
seeds' targets, formulas in words and the baseline year; the capaian, or a sentence when the
year has none. Seeds: 001 (IKU 2025 of PPU) and 003 (IKU 2025 of Jambi)."""

import subprocess
from datetime import date
from io import BytesIO

import pytest
from docx import Document
from docx.oxml.ns import qn

from sakip.instansi.models import OPD
from sakip.pelaporan.models import ProfilOPD
from sakip.pelaporan.render import ke_docx, ke_pdf
from sakip.pelaporan.siap import susun_dokumen
from sakip.perencanaan.models import Indikator

from .baca_docx import keterangan_tabel, tabel_berjudul, tabel_ttd

# The world must exist (the test database is set up only for tests that use it).
pytestmark = pytest.mark.usefixtures("demo")

PPU, JAMBI = "dkukmperindag-ppu", "dtkk-ukm-jambi"
# Seed 001 is dated 06 Februari 2025 (its lines 19, 290 and 308).
TANGGAL = date(2025, 2, 6)
BAB = [
    "BAB I\nPENDAHULUAN",
    "BAB II\nVISI, MISI, TUJUAN DAN SASARAN",
    "BAB III\nINDIKATOR KINERJA UTAMA",
    "BAB IV\nPENUTUP",
]


def _susun(slug, tahun=2025):
    return susun_dokumen("iku", OPD.objects.get(slug=slug), tahun, TANGGAL)


def _teks_pdf(isi, tmp_path):
    path = tmp_path / "iku.pdf"
    path.write_bytes(isi)
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="module")
def dokumen(baca_dunia):
    """{(slug, format): bytes} of the IKU 2025 of PPU and Jambi, built once."""

    def susun():
        hasil = {}
        for slug in (PPU, JAMBI):
            dok = _susun(slug)
            hasil[slug, "docx"], hasil[slug, "pdf"] = ke_docx(dok), ke_pdf(dok)
        return hasil

    return baca_dunia(susun)


def _word(dokumen, slug):
    return Document(BytesIO(dokumen[slug, "docx"]))


def _baris(tabel, indikator, kolom="Indikator"):
    """The cells of the row whose `kolom` names `indikator`, by column header."""
    kepala = [c.text for c in tabel.rows[0].cells]
    for r in tabel.rows[1:]:
        sel = [c.text for c in r.cells]
        if sel[kepala.index(kolom)] == indikator:
            return dict(zip(kepala, sel, strict=True))
    raise AssertionError(f"baris {indikator!r} tidak ada")


@pytest.mark.parametrize("slug", [PPU, JAMBI])
def test_the_pdf_holds_the_front_matter_and_the_chapters_in_order(dokumen, slug, tmp_path):
    # Every page of a draft carries the mark above its text.
    teks = _teks_pdf(dokumen[slug, "pdf"], tmp_path).replace("DRAF — belum disetujui\n", "")
    halaman = teks.split("\f")
    assert halaman[0].lstrip().startswith("INDIKATOR KINERJA UTAMA (IKU)\nTAHUN 2025")  # cover
    awal = 0
    for bagian in ["KATA PENGANTAR", "DAFTAR ISI", "DAFTAR TABEL", *BAB]:
        awal = teks.index(bagian, awal)
        # Each part opens its page.
        assert any(h.lstrip().startswith(bagian) for h in halaman), bagian


def test_the_kata_pengantar_is_signed_by_the_kepala_with_place_and_date(dokumen, tmp_path):
    teks = _teks_pdf(dokumen[PPU, "pdf"], tmp_path)
    pengantar = teks[teks.index("KATA PENGANTAR") : teks.index("DAFTAR ISI")]
    assert "Indikator Kinerja Utama (IKU) Dinas Koperasi, UKM, Perindustrian dan" in pengantar
    # Seed 001 line 19: "Penajam Paser Utara, 06 Februari 2025", the Kepala Dinas and his NIP.
    assert "Penajam Paser Utara, 6 Februari 2025" in pengantar
    assert "Margono Hadi Sutanto, SSTP, M.I.Kom" in pengantar
    assert "NIP. 19850408 200312 1 002" in pengantar
    # The kata pengantar and the penutup are signed.
    assert len(tabel_ttd(_word(dokumen, PPU))) == 2


def test_word_has_the_chapters_as_headings_a_toc_a4_and_indonesian(dokumen):
    doc = _word(dokumen, JAMBI)
    judul = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert judul == ["KATA PENGANTAR", *BAB]
    perintah = [e.text for e in doc.element.body.iter(qn("w:instrText"))]
    assert any(p.strip().startswith("TOC \\o") for p in perintah)
    assert any('TOC \\h \\z \\c "Tabel"' in p for p in perintah)
    for s in doc.sections:
        assert {round(s.page_width.cm, 1), round(s.page_height.cm, 1)} == {21.0, 29.7}
    lang = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "id-ID"
    # Tables are numbered once each, in order, as in the LKjIP.
    assert keterangan_tabel(doc) == [
        "Tabel 1. Indikator kinerja utama yang mengacu pada RPD 2024–2026",
        "Tabel 2. Indikator kinerja utama berdasarkan Renstra 2024–2026",
        "Tabel 3. Skala predikat capaian (Kota Jambi (3 tingkat))",
    ]


def test_the_ppu_renstra_table_holds_the_seed_targets(dokumen):
    tabel = tabel_berjudul(_word(dokumen, PPU), "berdasarkan Renstra 2024–2026")
    # Seed 001 line 277: "Persentase Peningkatan Koperasi Aktif 37% 41% 44%".
    aktif = _baris(tabel, "Persentase Peningkatan Koperasi Aktif")
    assert [aktif[f"Target {t}"] for t in (2024, 2025, 2026)] == ["37,00", "41,00", "44,00"]
    assert aktif["Satuan"] == "%" and aktif["Kondisi akhir"] == "44,00"
    # Line 286: UTTP 200 / 250 / 300, counts printed whole.
    uttp = _baris(tabel, "Jumlah Peningkatan Alat UTTP yang di Tera/Tera Ulang")
    assert [uttp[f"Target {t}"] for t in (2024, 2025, 2026)] == ["200", "250", "300"]
    # Line 287: the IKM, an index (printed "82,97%" by the seed).
    ikm = _baris(tabel, "Indeks Kepuasan Masyarakat (IKM)")
    assert [ikm[f"Target {t}"] for t in (2024, 2025, 2026)] == ["82,97", "83,22", "83,47"]


def test_columns_no_indicator_fills_are_left_out_and_said_so(dokumen, tmp_path):
    # PPU's indicators are entered directly and have no recorded baseline (seed 001 has none).
    tabel = tabel_berjudul(_word(dokumen, PPU), "berdasarkan Renstra 2024–2026")
    kepala = [c.text for c in tabel.rows[0].cells]
    assert "Rumus perhitungan" not in kepala
    assert not any(k.startswith("Kondisi awal") for k in kepala)
    teks = " ".join(_teks_pdf(dokumen[PPU, "pdf"], tmp_path).split())
    assert (
        "Pada tabel Renstra, realisasi setiap indikator dicatat langsung tanpa rumus "
        "perhitungan dan kondisi awal indikatornya belum tercatat, sehingga kolom rumus "
        "perhitungan dan kondisi awal tidak disajikan." in teks
    )


def test_the_jambi_renstra_table_has_formulas_in_words_and_the_baseline_year(dokumen):
    tabel = tabel_berjudul(_word(dokumen, JAMBI), "berdasarkan Renstra 2024–2026")
    # Seed 003 line 318: "KONDISI AWAL (2022)"; line 323: 41,53 → 42 / 45 / 48, end 48.
    serap = _baris(tabel, "Persentase Penyerapan Tenaga Kerja")
    assert serap["Kondisi awal (2022)"] == "41,53"
    assert [serap[f"Target {t}"] for t in (2024, 2025, 2026)] == ["42,00", "45,00", "48,00"]
    assert serap["Kondisi akhir"] == "48,00"
    assert serap["Rumus perhitungan"] == (
        "Jumlah Tenaga Kerja yang Ditempatkan / Jumlah Tenaga Kerja Terdaftar × 100%"
    )
    # Line 321: the composite tujuan indicator; its baseline and end are its components'
    # mean (printed 37,59; 44,97).
    komposit = _baris(
        tabel,
        "Persentase peningkatan pemberdayaan dan pengembangan tenaga kerja, koperasi dan UMKM",
    )
    assert komposit["Kondisi awal (2022)"] == "37,60" and komposit["Kondisi akhir"] == "44,97"
    assert komposit["Sasaran"] == "(indikator tujuan)"


def test_a_formula_without_the_users_wording_is_read_with_variable_names(demo):
    Indikator.objects.filter(kode="penyerapan-tenaga-kerja").update(rumus_uraian="")
    doc = Document(BytesIO(ke_docx(_susun(JAMBI))))
    tabel = tabel_berjudul(doc, "berdasarkan Renstra 2024–2026")
    serap = _baris(tabel, "Persentase Penyerapan Tenaga Kerja")
    assert serap["Rumus perhitungan"] == (
        "Realisasi = «Jumlah Tenaga Kerja yang Ditempatkan» dibagi «Jumlah Tenaga Kerja "
        "Terdaftar» dikali 100"
    )


def test_the_jambi_rpd_table_holds_the_pemda_indicator_it_serves(dokumen):
    tabel = tabel_berjudul(_word(dokumen, JAMBI), "yang mengacu pada RPD 2024–2026")
    # Seed 003 line 311: TPAK 64,52 (2022) → 63,25 / 63,3 / 63,4, end 63,4.
    tpak = _baris(tabel, "Tingkat Partisipasi Angkatan Kerja", "Indikator sasaran")
    assert tpak["Sasaran"] == "Peningkatan partisipasi angkatan kerja"
    assert tpak["Kondisi awal (2022)"] == "64,52%"
    assert [tpak[f"Target {t}"] for t in (2024, 2025, 2026)] == ["63,25%", "63,30%", "63,40%"]
    assert tpak["Kondisi akhir"] == "63,40%"
    assert tpak["Rumus perhitungan"] == (
        "Jumlah Angkatan Kerja / Jumlah Penduduk Usia Kerja × 100%"
    )
    # The tujuan's own indicator, on the row above, under its tujuan.
    tpt = _baris(tabel, "Tingkat Pengangguran Terbuka", "Indikator tujuan")
    assert tpt["Tujuan"] == "Terjaganya pertumbuhan ekonomi"


def test_bab_ii_has_the_pemda_visi_and_the_tujuan_and_sasaran_the_opd_serves(dokumen, tmp_path):
    teks = _teks_pdf(dokumen[JAMBI, "pdf"], tmp_path)
    bab_ii = " ".join(teks[teks.index(BAB[1]) : teks.index(BAB[2])].split())
    # Seed 003 lines 197–199 and 238–239.
    assert (
        "Visi Pemerintah Kota Jambi dalam Rencana Pembangunan Daerah (RPD) Kota Jambi "
        "2024–2026 adalah: “Kota Jambi sebagai Pusat Perdagangan Barang dan Jasa, yang "
        "Religius dan Berbudaya”" in bab_ii
    )
    assert (
        "Tujuan 4: Terjaganya pertumbuhan ekonomi Sasaran 9: Peningkatan partisipasi "
        "angkatan kerja" in bab_ii
    )
    assert "Sasaran 2: Meningkatnya kualitas koperasi dan usaha mikro kecil menengah" in bab_ii
    assert "– Persentase UMKM Naik Kelas" in bab_ii


def test_bab_i_prints_the_profile_and_leaves_out_empty_sections(demo, tmp_path):
    teks = _teks_pdf(ke_pdf(_susun(JAMBI)), tmp_path)
    assert "1.4. Tugas Pokok dan Fungsi" in teks and "1.5. Susunan Organisasi" in teks
    ProfilOPD.objects.filter(opd__slug=JAMBI).update(struktur_organisasi="", dasar_hukum="")
    teks = _teks_pdf(ke_pdf(_susun(JAMBI)), tmp_path)
    bab_i = teks[teks.index(BAB[0]) : teks.index(BAB[1])]
    assert "Susunan Organisasi" not in bab_i and "Landasan Hukum" not in bab_i
    assert "1.3. Tugas Pokok dan Fungsi" in bab_i


def test_a_year_without_measurements_says_so_in_a_sentence(dokumen, tmp_path):
    teks = " ".join(_teks_pdf(dokumen[JAMBI, "pdf"], tmp_path).split())
    capaian = teks[teks.index("3.2. Capaian Indikator Kinerja Utama Tahun 2025 Capaian") :]
    assert "Skala predikat capaian" in capaian
    assert (
        "Realisasi indikator kinerja utama tahun 2025 belum tercatat, sehingga capaiannya "
        "belum dapat disajikan." in capaian
    )


def test_the_dokumen_page_says_what_the_iku_lacks_and_where(masuk):
    ProfilOPD.objects.filter(opd__slug=JAMBI).update(tugas_fungsi="")
    r = masuk("operator-jambi").get(f"/opd/{JAMBI}/dokumen/2025/")
    assert "profil OPD belum memuat tugas dan fungsi" in r.text
    assert f'href="/opd/{JAMBI}/profil/"' in r.text
    # PPU's RPD records a visi only: nothing for the Renstra to serve.
    r = masuk("operator-ppu").get(f"/opd/{PPU}/dokumen/2025/")
    assert (
        "RPD Kabupaten Penajam Paser Utara belum memuat tujuan dan sasaran; Bab II tidak memuat"
        in r.text
    )
    assert 'href="/pemda/kab-penajam-paser-utara/rencana/"' in r.text
