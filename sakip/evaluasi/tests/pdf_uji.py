"""Text PDFs of the review's test documents, made from the same Word files by LibreOffice
and kept as fixtures in `pdf/` (the tests then need no LibreOffice and run fast).

The corpus documents of real agencies listed in `KORPUS` get theirs in korpus/pdf/.
Regenerate them after changing a document here, or the builders it uses:

    PYTHONPATH=$PWD python -m sakip.evaluasi.tests.pdf_uji

Each Word file is first laid out as a report would be (`tata_letak`): bordered tables on
landscape pages with columns as wide as their words, a running header and page numbers.
That changes nothing `berkas` reads from the Word file (a test checks it); it makes the PDF
look like the reports reviewers receive."""

import json
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .dokumen_uji import TABEL_3_4, docx
from .test_reviu_dokumen import KEPALA_5, RFK, SKALA, T13, ganti, lkjip, rfk, tabel_5, tabel_8
from .test_reviu_dokumen import tabel_13 as tabel_13_

FOLDER = Path(__file__).parent / "pdf"


def tabel_panjang():
    """36 indicators under 12 sasaran (merged cells, three rows each) over several pages, the
    header repeated on each, rows broken by the page. Worked by hand: realisation 50 + n
    against a target of 80 gives (50 + n) / 80 × 100, exact to two decimals (n = 1: 63,75);
    row 31 (n = 30) prints 100,10 where 80 / 80 gives 100,00."""
    kepala = ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Capaian"]
    baris = [kepala]
    for n in range(1, 37):
        capaian = Decimal(50 + n) / 80 * 100
        teks = "100,10%" if n == 30 else f"{capaian:.2f}%".replace(".", ",")
        sasaran = f"Meningkatnya kualitas layanan bidang {(n - 1) // 3 + 1}" if n % 3 == 1 else "^"
        # Names of one to five lines, so that a page break falls inside a row.
        indikator = f"Persentase layanan {n} yang diselesaikan tepat waktu" + (
            " sesuai standar pelayanan minimal dan maklumat pelayanan" * (n % 5)
        )
        baris.append([str(n), sasaran, indikator, "80%", f"{50 + n}%", teks])
    return docx(
        "LAPORAN KINERJA TAHUN 2024",
        ("Tabel 7 Capaian Indikator Kinerja Sasaran", baris),
        "Kepala Dinas",
    )


def skala_tab():
    """Tebing Tinggi LKjIP: a scale written as tab-separated lines, with a gap and an
    overlap (see test_reviu_dokumen.test_it_finds_a_scale_with_gaps_and_overlaps)."""
    return docx(
        "Nilai Angka\tKategori",
        "- 81 s/d 100\t- Memuaskan",
        "- 75 s/d 80\t- Sangat Baik",
        "- 65 s/d 75\t- Baik",
        (
            "Tabel 5 Capaian",
            [KEPALA_5, ["1", "S", "Persentase X", "95%", "69,20%", "72,84%", "Sangat Baik", "-"]],
        ),
    )


def lkjip_salah():
    """The clean LKjIP with four planted errors: Tabel 5 row 2 capaian 97,48 (92,63 / 95 =
    97,505; 97,500–97,511 from 92,625–92,635), row 4's fraction printed 73,72 (921 / 1.257
    = 73,27), Tabel 8's 2024 realisation 92,36 where Tabel 5 prints 92,63, and the head's
    name written otherwise."""
    t5 = ganti(ganti(tabel_5(), 1, 5, "97,48%"), 3, 4, "921/1.257 x 100% = 73,72%")
    pejabat = ["Ifitocy HUTAPEA", "PEMBINA UTAMA MUDA", "NIP. 19680503 199303 1 005"]
    return lkjip(tabel5=t5, tabel8=ganti(tabel_8(), 2, 7, "92,36%"), pejabat=pejabat)


def judul_dua_baris():
    """Captions whose label and title stand on two lines, as seed 004 prints them ("TABEL
    3.1" / "INDIKATOR KINERJA SKPD ..." / "Nama Organisasi : ...", lines 1177–1179; "Tabel"
    / "Tujuan dan Sasaran ...", lines 1209–1210), over Jambi's Tabel 3.4 (R01 and R29)."""
    return docx(
        "TABEL 3.4",
        "CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2024",
        "Nama Organisasi : DINAS CONTOH",
        ("", TABEL_3_4[1]),
        "Tabel",
        "Tujuan dan Sasaran Jangka Menengah",
        ("", TABEL_3_4[1][:1]),
    )


def rfk_salah():
    """The RFK with a quarter total, a percentage and a code wrong (see
    test_it_finds_a_planted_error_in_a_budget_table)."""
    baris = ganti(ganti(rfk(), 1, 3, "Rp 627,401,642"), 7, 6, "99.79%")
    return docx((RFK, ganti(baris, 8, 0, "2.07.01.2.06.01")))


DOKUMEN = {
    "lkjip": lkjip,
    "lkjip_salah": lkjip_salah,
    "rfk_salah": rfk_salah,
    "tabel_13": lambda: docx((T13, tabel_13_("14,84"))),
    "skala_tab": skala_tab,
    "tabel_panjang": tabel_panjang,
    "tabel_3_4": lambda: docx(TABEL_3_4),
    "skala_tabel": lambda: docx(SKALA),
    "judul_dua_baris": judul_dua_baris,
}


# Laid out as python-docx lays a table out: portrait, every column as wide, so that words
# and numbers break inside the narrow columns ("Rp 621,1" / "43,942").
SEMPIT = {"rfk_sempit": rfk_salah}

# Encrypted copies of tabel_3_4, through LibreOffice's PDF export options: one that opens
# only with a password, one that opens freely and only restricts changes (an owner password).
ENKRIPSI = {
    "terkunci": {
        "EncryptFile": {"type": "boolean", "value": "true"},
        "DocumentOpenPassword": {"type": "string", "value": "rahasia"},
    },
    "hak_terbatas": {
        "RestrictPermissions": {"type": "boolean", "value": "true"},
        "PermissionPassword": {"type": "string", "value": "pemilik"},
        "Changes": {"type": "long", "value": "0"},
    },
}


# Real agencies' tables of the corpus (korpus/*.docx), the ones with errors worked out by
# hand, laid out as reports and converted the same way into korpus/pdf/.
KORPUS = (
    "karo_pajak_hotel",
    "labura_kinerja_makro",
    "maluku_tengah_pupr",
    "manggarai_timur",
    "sampang_inspektorat",
    "sumut_setda",
)
FOLDER_KORPUS = Path(__file__).parent / "korpus" / "pdf"


def pdf(nama):
    return (FOLDER / f"{nama}.pdf").read_bytes()


# --- laying the Word file out as a report ---------------------------------------------------


def tata_letak(data, kepala=None, sempit=False):
    """`kepala`: a running header, for a document of several pages (on one page nothing
    tells it from a title); `sempit`: the tables bordered, nothing else changed."""
    dok = Document(BytesIO(data))
    if sempit:
        for tabel in dok.tables:
            tabel.style = "Table Grid"
        return _simpan(dok)
    for bagian in dok.sections:
        bagian.orientation = WD_ORIENT.LANDSCAPE
        bagian.page_width, bagian.page_height = Cm(29.7), Cm(21)
        bagian.left_margin = bagian.right_margin = Cm(2)
        bagian.top_margin = bagian.bottom_margin = Cm(2)
        if kepala:
            bagian.header.paragraphs[0].text = kepala
        _nomor_halaman(bagian.footer.paragraphs[0])
    dok.styles["Normal"].font.size = Pt(10)
    for tabel in dok.tables:
        tabel.style = "Table Grid"
        _lebar_kolom(tabel, Cm(25.7))
        # The header row repeats on every page the table takes, as reports set it.
        pr = tabel.rows[0]._tr.get_or_add_trPr()
        pr.append(OxmlElement("w:tblHeader"))
    return _simpan(dok)


def _simpan(dok):
    keluaran = BytesIO()
    dok.save(keluaran)
    return keluaran.getvalue()


def _nomor_halaman(paragraf):
    bidang = OxmlElement("w:fldSimple")
    bidang.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    teks = OxmlElement("w:t")
    teks.text = "1"
    run.append(teks)
    bidang.append(run)
    paragraf._p.append(bidang)


def _lebar_kolom(tabel, lebar):
    """Columns as wide as their longest word, and the rest shared by their text's length."""
    kolom = len(tabel.columns)
    isi = [[c.text for c in b.cells] for b in tabel.rows]
    kata = [max((len(w) for b in isi for w in b[j].split()), default=1) for j in range(kolom)]
    teks = [max(len(b[j]) for b in isi) for j in range(kolom)]
    ukuran = [2 * k + 2 + min(t, 40) for k, t in zip(kata, teks, strict=True)]
    tabel.autofit = False
    grid = tabel._tbl.tblGrid
    for kol, u in zip(grid.iterchildren(qn("w:gridCol")), ukuran, strict=True):
        kol.set(qn("w:w"), str(int(lebar.twips * u / sum(ukuran))))
    for tc in tabel._tbl.iter(qn("w:tcW")):
        tc.getparent().remove(tc)
    tata = OxmlElement("w:tblLayout")
    tata.set(qn("w:type"), "fixed")
    tabel._tbl.tblPr.append(tata)


def buat(folder=FOLDER, nama=tuple(DOKUMEN), enkripsi=tuple(ENKRIPSI), sempit=tuple(SEMPIT)):
    """Write the PDFs of `nama`, `enkripsi` and `sempit` into `folder` through LibreOffice."""
    folder.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as kerja:
        kerja = Path(kerja)
        for n in nama:
            kepala = "LKjIP Dinas Contoh Tahun 2024" if n == "tabel_panjang" else None
            (kerja / f"{n}.docx").write_bytes(tata_letak(DOKUMEN[n](), kepala))
        for n in sempit:
            (kerja / f"{n}.docx").write_bytes(tata_letak(SEMPIT[n](), sempit=True))
        _soffice(kerja, "pdf", [kerja / f"{n}.docx" for n in (*nama, *sempit)])
        for n in enkripsi:
            (kerja / f"{n}.docx").write_bytes(tata_letak(DOKUMEN["tabel_3_4"]()))
            _soffice(
                kerja, f"pdf:writer_pdf_Export:{json.dumps(ENKRIPSI[n])}", [kerja / f"{n}.docx"]
            )
        for n in (*nama, *enkripsi, *sempit):
            shutil.copy(kerja / f"{n}.pdf", folder / f"{n}.pdf")


def buat_korpus(folder=FOLDER_KORPUS, nama=KORPUS):
    """Write the PDFs of the corpus documents `nama` into `folder` through LibreOffice."""
    folder.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as kerja:
        kerja = Path(kerja)
        for n in nama:
            data = (FOLDER_KORPUS.parent / f"{n}.docx").read_bytes()
            (kerja / f"{n}.docx").write_bytes(tata_letak(data))
        _soffice(kerja, "pdf", [kerja / f"{n}.docx" for n in nama])
        for n in nama:
            shutil.copy(kerja / f"{n}.pdf", folder / f"{n}.pdf")


def _soffice(kerja, format_, berkas):
    # A profile of its own: LibreOffice refuses to start beside another instance's.
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{kerja}/profil",
            "--headless",
            "--convert-to",
            format_,
            "--outdir",
            str(kerja),
            *map(str, berkas),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


if __name__ == "__main__":
    buat()
    sys.stdout.write(f"{len(DOKUMEN) + len(ENKRIPSI) + len(SEMPIT)} PDF ditulis ke {FOLDER}\n")
    buat_korpus()
    sys.stdout.write(f"{len(KORPUS)} PDF ditulis ke {FOLDER_KORPUS}\n")
