"""Laying a Dokumen out as DOCX (`word.py`), XLSX or PDF. No numbers are computed here."""

import base64
import gc
import re
from contextlib import contextmanager
from io import BytesIO
from threading import Lock

from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.html import UA, UA_COUNTER_STYLE
from weasyprint.text.fonts import FontConfiguration
from xlsxwriter import Workbook

from sakip.dasar.teks import tertulis

from .dokumen import (
    LEBAR_MELINTANG,
    LEBAR_TEGAK,
    TANDA_DRAF,
    Gambar,
    HalamanBaru,
    Judul,
    Kop,
    MulaiIsi,
    Paragraf,
    Sampul,
    Tabel,
    TandaTangan,
)
from .word import MARGIN, ke_docx

FORMAT = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

# Fonts the PDF falls back on when the Pemda's font is not installed on the server.
HURUF_SERIF = ("bookman", "times", "cambria", "georgia", "garamond")


def _nama_lembar(tabel, terpakai):
    """A sheet name that says what it holds: "5 Capaian Indikator Kinerja Utama", at most
    31 characters, without the characters Excel refuses, unique in the workbook."""
    dasar = re.sub(r"[\[\]:*?/\\]", " ", tertulis(f"{tabel.nomor} {tabel.judul}"))
    nama = " ".join(dasar.split())[:31].rstrip()
    while nama.lower() in terpakai:
        nama = nama[:28] + f" {tabel.nomor}"[-3:]
    terpakai.add(nama.lower())
    return nama


def ke_xlsx(dok):
    """Every table on its own sheet, numbers as numbers (Excel shows them in the reader's
    locale), ready to print: the document's title above the table, borders, wrapped text,
    column widths from the content, the header row repeated on every printed page, A4
    fitted to the page width (landscape for wide tables). A signature block goes under the
    table it closes (none after a new heading or page). Text is always written with
    write_string: a name starting with "=" stays text, never a formula."""
    buf = BytesIO()
    buku = Workbook(buf, {"in_memory": True})
    garis = {"border": 1, "valign": "top", "text_wrap": True, "font_size": 10}
    judul_f = buku.add_format({"bold": True, "font_size": 12})
    kepala = buku.add_format({**garis, "bold": True, "align": "center", "bg_color": "#E8ECF2"})
    teks_f = buku.add_format(garis)
    bentuk = {}  # number format -> its bordered workbook format, added once

    def format_sel(sel):
        if not sel.angka:
            return teks_f
        pola = sel.format_excel()
        if pola not in bentuk:
            bentuk[pola] = buku.add_format({**garis, "num_format": pola})
        return bentuk[pola]

    tengah = buku.add_format({"align": "center", "valign": "top", "text_wrap": True})
    nama_f = buku.add_format({"align": "center", "bold": True, "underline": True})
    terpakai = set()
    # The draft mark of every page (DOCX, PDF) on every sheet: its title and print header.
    judul_dok = f"{dok.judul} ({TANDA_DRAF})" if dok.draf else dok.judul
    lembar = kolom = baris_akhir = None
    for blok in dok.isi:
        if isinstance(blok, Tabel):
            lembar = buku.add_worksheet(_nama_lembar(blok, terpakai))
            lembar.write_string(0, 0, tertulis(judul_dok), judul_f)
            lembar.write_string(1, 0, tertulis(f"Tabel {blok.nomor}. {blok.judul}"), judul_f)
            for c, judul in enumerate(blok.kolom):
                lembar.write_string(3, c, tertulis(judul), kepala)

            # Each cell with the rows it spans: itself and the cells continuing it below.
            sel_rentang, terakhir = [], {}
            for r, baris in enumerate(blok.baris, start=4):
                for c, sel in enumerate(baris):
                    if sel.lanjut and c in terakhir:
                        terakhir[c][1] = r
                    else:
                        terakhir[c] = [r, r]
                        sel_rentang.append((c, terakhir[c], sel))
            for c, (r, akhir), sel in sel_rentang:
                if akhir > r:
                    lembar.merge_range(r, c, akhir, c, "", format_sel(sel))
                if sel.angka:
                    # Excel stores doubles; the full-precision value stays in sakip.
                    lembar.write_number(r, c, float(sel.nilai), format_sel(sel))
                else:
                    teks = "" if sel.nilai is None else tertulis(sel.teks())
                    lembar.write_string(r, c, teks, teks_f)
            for c, w in enumerate(blok.lebar):
                lembar.set_column(c, c, min(w + 2, 50))
            lembar.set_paper(9)  # A4
            if blok.perlu_melintang:
                lembar.set_landscape()
            lembar.repeat_rows(3)
            lembar.fit_to_pages(1, 0)
            lembar.set_margins(left=1.18, right=0.79, top=0.98, bottom=0.98)  # inches
            lembar.set_footer("&CHalaman &P dari &N")
            if dok.draf:
                lembar.set_header(f"&R&B{TANDA_DRAF}")
            kolom, baris_akhir = len(blok.kolom), 4 + len(blok.baris)
        elif isinstance(blok, TandaTangan) and lembar is not None:
            baris_akhir = _ttd_xlsx(dok, blok, lembar, baris_akhir + 1, kolom, (tengah, nama_f))
        elif isinstance(blok, Judul | HalamanBaru):
            # A signature after a new heading or page closes the text, which the workbook
            # does not hold: under the last table it would read as rows of that table.
            lembar = None
    if not dok.tabel:
        buku.add_worksheet("Dokumen").write_string(0, 0, tertulis(judul_dok), judul_f)
    buku.close()
    return buf.getvalue()


def _ttd_xlsx(dok, blok, lembar, r, lebar, bentuk):
    """The signature block under a table of `lebar` columns: each party over merged
    columns, the last party on the right."""
    tengah, nama_f = bentuk
    bagian = max(lebar // 2, 1)
    pihak = list(blok.pihak)
    awal = [0, lebar - bagian] if len(pihak) == 2 else [lebar - bagian]
    for c, p in zip(awal, pihak, strict=True):
        akhir = c + bagian - 1
        baris = [
            dok.tempat_tanggal(blok) if p is pihak[-1] else "",
            "\n".join(x for x in (p.sebutan, p.jabatan) if x),
            "",
            p.nama,
            p.pangkat,
            f"NIP. {p.nip}" if p.nip else "",
        ]
        for i, teks in enumerate(baris):
            f = nama_f if i == 3 else tengah
            if c == akhir:
                lembar.write_string(r + i, c, tertulis(teks), f)
            else:
                lembar.merge_range(r + i, c, r + i, akhir, tertulis(teks), f)
        lembar.set_row(r + 1, 45)
        lembar.set_row(r + 2, 45)
    return r + 6


def data_gambar(isi):
    """An image as a data: URL (HTML pages and the PDF embed it)."""
    if not isi:
        return ""
    jenis = "png" if isi.startswith(b"\x89PNG") else "jpeg"
    return f"data:image/{jenis};base64,{base64.b64encode(isi).decode()}"


def ke_html(dok):
    """The HTML the PDF is printed from: blocks tagged by kind, each table with its column
    widths (percent) and orientation, each heading with an anchor for the table of
    contents and whether it sits in the front matter (roman page numbers)."""
    isi, depan, judul, baru = [], dok.berbagian, [], False
    depan_daftar = {}  # table or figure -> whether it sits in the front matter
    melintang_semua = dok.melintang_semua
    for n, (blok, melintang) in enumerate(zip(dok.isi, dok.arah(), strict=True)):
        jenis = type(blok).__name__.lower()
        tambahan = {"melintang": melintang and not melintang_semua}
        if isinstance(blok, HalamanBaru):
            # The break goes on the next block: several give one, never an empty page.
            baru = True
            continue
        if isinstance(blok, MulaiIsi):
            depan, baru = False, False
        elif isinstance(blok, Judul):
            tambahan |= {"id": f"j{n}", "depan": depan}
            if blok.tingkat <= 2:
                judul.append((blok, tambahan))
        elif isinstance(blok, Gambar):
            tambahan["png"] = data_gambar(blok.png)
            depan_daftar[id(blok)] = depan
        elif isinstance(blok, Tabel):
            depan_daftar[id(blok)] = depan
            tambahan["lebar"] = [f"{100 * b:.1f}" for b in blok.bagian_kolom(melintang)]
            tambahan["ukuran"] = blok.ukuran(melintang)
        elif isinstance(blok, TandaTangan):
            tambahan["tempat_tanggal"] = dok.tempat_tanggal(blok)
        elif isinstance(blok, Paragraf):
            # Lines kept as typed (a list) are not justified.
            tambahan["baris"] = "\n" in blok.teks
        tambahan["baru"], baru = baru and not tambahan.get("melintang"), False
        # The front matter (or the whole text) opens after the cover, outside it; without
        # a cover it opens before the title (see the template).
        tambahan["buka"] = (
            dok.bersampul
            and not isinstance(blok, Sampul)
            and not any(i[0] != "sampul" for i in isi)
        )
        isi.append((jenis, blok, tambahan))
    g = dok.gaya
    cadangan = "DejaVu Serif, serif" if g.huruf.lower().startswith(HURUF_SERIF) else (
        "Liberation Sans, DejaVu Sans, sans-serif"
    )  # fmt: skip
    konteks = {
        "dok": dok,
        "isi": isi,
        "judul": judul,
        # The lists of tables and figures, each entry with its page in the right numerals.
        "daftar_tabel": [(t, depan_daftar[id(t)]) for t in dok.tabel],
        "daftar_gambar": [(g, depan_daftar[id(g)]) for g in dok.gambar],
        "huruf": f'"{g.huruf}", {cadangan}',
        "logo": data_gambar(g.logo),
        "margin": MARGIN,
        "tanda_draf": TANDA_DRAF,
        "melintang_semua": melintang_semua,
        "lebar": LEBAR_MELINTANG if melintang_semua else LEBAR_TEGAK,
        # A letterhead that opens the document stands above its title.
        "kop_awal": next(iter(isi[:1]), None) if dok.isi and isinstance(dok.isi[0], Kop) else None,
    }
    # Control characters (only user text holds them) as the replacement mark: the PDF's
    # fonts have no control pictures.
    return tertulis(render_to_string("pelaporan/dokumen.html", konteks), "\ufffd")


# Fonts are looked up once per process, not once per document.
HURUF_PDF = FontConfiguration()

# WeasyPrint's HTML stylesheet styles pseudo-elements of every element: footnote and note
# calls and markers, list markers. A document has no footnotes, notes or lists, yet each of
# the thousands of elements of a long report (every table cell) got those six styles
# computed: 6 % of the PDF's time. Without the footnote and note rules (the template must
# not use `float: footnote`), list markers only for list items, the pages are the same.
_PSEUDO_TANPA = ("::footnote-", "::note-")
UA_DOKUMEN = "\n".join(
    "li" + baris if baris.startswith("::marker ") else baris
    for baris in UA.splitlines()
    if not baris.startswith(_PSEUDO_TANPA)
)


class _Halaman(HTML):
    """The HTML of a document with the stylesheet above (`_ua_stylesheets` is the hook
    WeasyPrint's HTML gives its stylesheet through; test_pdf_gaya_bawaan checks it)."""

    _UA = CSS(string=UA_DOKUMEN, counter_style=UA_COUNTER_STYLE)

    def _ua_stylesheets(self, forms=False):
        return [self._UA]


_GC = Lock()
_mencetak = 0  # PDF renders running in this process (threads)


@contextmanager
def _tanpa_gc():
    """The cyclic garbage collector paused while PDFs are rendered. WeasyPrint builds some
    hundred thousand objects for a long document, and the collector would walk the growing
    heap (and the whole Django process) again and again: a fifth of the render's time.
    The garbage is collected when the last render ends, in its time: the youngest
    generation holds every object allocated meanwhile, so collecting it is enough."""
    global _mencetak
    with _GC:
        _mencetak += 1
        gc.disable()
    try:
        yield
    finally:
        with _GC:
            _mencetak -= 1
            if not _mencetak:
                gc.enable()
                gc.collect(0)


def ke_pdf(dok):
    """PDF from the HTML. Fonts are embedded as subsets of the glyphs used (HarfBuzz): faster
    than embedding them whole, and the files 5 to 20 times smaller."""
    with _tanpa_gc():
        return _Halaman(string=ke_html(dok)).write_pdf(font_config=HURUF_PDF)


PENYUSUN = {"docx": ke_docx, "xlsx": ke_xlsx, "pdf": ke_pdf}
