"""A Dokumen as a Word file people can edit and submit: A4 with the Pemda margins,
Indonesian language, heading styles Word builds its table of contents from, TOC fields,
page numbers (roman for the front matter), repeating table headers, column widths from
the content, landscape sections for wide tables and signatures as borderless tables.

On the administrator's template (SAKIP_TEMPLAT_DOCX) its styles (Title, Heading 1–3,
Caption, Table Grid, TOC 1–2, "Isi Tabel") and its page setup are kept; without one the
Pemda's font and size (`Dokumen.gaya`) restyle the default template."""

from copy import deepcopy
from io import BytesIO

from django.conf import settings
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from sakip.dasar.teks import tertulis

from .dokumen import (
    LEBAR_MELINTANG,
    LEBAR_TEGAK,
    TANDA_DRAF,
    Judul,
    Kop,
)

# Tata naskah dinas Pemda (Permendagri 54/2009, kept by Permendagri 1/2023): top at
# least 2 cm, bottom 2.5 cm, left 3 cm (room to punch and bind), right 2 cm.
MARGIN = {"top": 2.5, "bottom": 2.5, "left": 3.0, "right": 2.0}
UKURAN_TABEL = Pt(9)


def ke_docx(dok):
    return _Word(dok).simpan()


def _atur(elemen, tag, **atribut):
    """Get or add child `tag` of an OOXML element and set its w: attributes."""
    anak = elemen.find(qn(tag))
    if anak is None:
        anak = OxmlElement(tag)
        elemen.append(anak)
    for k, v in atribut.items():
        anak.set(qn(f"w:{k}"), str(v))
    return anak


def _bidang(paragraf, perintah, hasil=""):
    """A complex field (PAGE, SEQ, TOC …) in a paragraph, with `hasil` as its shown result
    until Word updates it."""
    for jenis, teks in (("begin", None), (None, perintah), ("separate", None), (None, hasil)):
        run = paragraf.add_run()
        if jenis:
            _atur(run._r, "w:fldChar", fldCharType=jenis, dirty="true")
        elif teks is perintah:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {perintah} "
            run._r.append(instr)
        else:
            run.text = hasil
    _atur(paragraf.add_run()._r, "w:fldChar", fldCharType="end")


def _tanpa_garis(tabel):
    batas = _atur(tabel._tbl.tblPr, "w:tblBorders")
    for sisi in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _atur(batas, f"w:{sisi}", val="nil")


class _Word:
    def __init__(self, dok):
        self.dok = dok
        self.templat = settings.SAKIP_TEMPLAT_DOCX
        self.d = Document(self.templat or None)
        self.baru = False  # a page break is due before the next content
        self.halaman_kosong = True  # nothing on the current page yet (a new section)
        self.melintang = dok.melintang_semua
        self._gaya()
        section = self.d.sections[0]
        if not self.templat:
            self._halaman(section)
        if self.melintang:
            self._arah(section, True)
        if not dok.bersampul:
            self._kaki(section, "lowerRoman" if dok.berbagian else "decimal", None)
        if dok.draf:
            kepala = section.header.paragraphs[0]
            kepala.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            kepala.add_run(TANDA_DRAF).bold = True

    # --- styles and pages -------------------------------------------------------------
    def _gaya(self):
        styles = self.d.styles
        # Language of every run: Indonesian (spelling, hyphenation, date fields).
        rpr = self.d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
        _atur(_atur(rpr, "w:rPr"), "w:lang", val="id-ID", eastAsia="id-ID", bidi="ar-SA")
        # Open with fields updated: Word fills in the TOC and its page numbers.
        _atur(self.d.settings.element, "w:updateFields", val="true")
        if "Isi Tabel" not in styles:
            isi = styles.add_style("Isi Tabel", WD_STYLE_TYPE.PARAGRAPH)
            isi.base_style = styles["Normal"]
            isi.font.size = UKURAN_TABEL
            isi.paragraph_format.space_after = Pt(0)
            isi.paragraph_format.line_spacing = 1.0
        for nama, dasar in (("TOC 1", None), ("TOC 2", "TOC 1")):
            if nama not in styles:
                gaya = styles.add_style(nama, WD_STYLE_TYPE.PARAGRAPH)
                gaya.base_style = styles["Normal"]
                gaya.paragraph_format.space_after = Pt(2)
                if dasar:
                    gaya.paragraph_format.left_indent = Cm(0.6)
        if self.templat:
            return
        g = self.dok.gaya
        for nama, ukuran, tebal in (
            ("Normal", g.ukuran, False),
            ("Title", g.ukuran + 6, True),
            ("Heading 1", g.ukuran + 2, True),
            ("Heading 2", g.ukuran, True),
            ("Heading 3", g.ukuran, True),
            ("Caption", g.ukuran - 1, True),
        ):
            gaya = styles[nama]
            gaya.font.size = Pt(ukuran)
            gaya.font.bold = tebal
            gaya.font.italic = False
            gaya.font.color.rgb = RGBColor(0, 0, 0)
            huruf = _atur(gaya.element.get_or_add_rPr(), "w:rFonts")
            for k in list(huruf.attrib):
                del huruf.attrib[k]
            for k in ("ascii", "hAnsi", "cs", "eastAsia"):
                huruf.set(qn(f"w:{k}"), g.huruf)
        styles["Normal"].paragraph_format.space_after = Pt(6)
        styles["Normal"].paragraph_format.line_spacing = 1.15
        styles["Caption"].paragraph_format.space_before = Pt(6)
        # The Title style's bottom rule belongs to US templates.
        ppr = styles["Title"].element.get_or_add_pPr()
        for bdr in ppr.findall(qn("w:pBdr")):
            ppr.remove(bdr)

    @staticmethod
    def _halaman(section):
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        for sisi, cm in MARGIN.items():
            setattr(section, f"{sisi}_margin", Cm(cm))
        section.header_distance = section.footer_distance = Cm(1.25)

    @staticmethod
    def _arah(section, melintang):
        pendek, panjang = sorted((section.page_width, section.page_height))
        section.orientation = WD_ORIENT.LANDSCAPE if melintang else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (
            (panjang, pendek) if melintang else (pendek, panjang)
        )

    def _nomor(self, section, format, mulai):
        sectpr = section._sectPr
        nomor = sectpr.find(qn("w:pgNumType"))
        if nomor is None:
            nomor = OxmlElement("w:pgNumType")
            sectpr.find(qn("w:pgMar")).addnext(nomor)
        nomor.set(qn("w:fmt"), format)
        if mulai is None:
            nomor.attrib.pop(qn("w:start"), None)
        else:
            nomor.set(qn("w:start"), str(mulai))

    def _kaki(self, section, format, mulai):
        """Page numbers centred in the footer from this section on."""
        self._nomor(section, format, mulai)
        kaki = section.footer
        kaki.is_linked_to_previous = False
        p = kaki.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _bidang(p, "PAGE", "1")

    def _bagian(self, melintang=None, format=None, mulai=None):
        """A new section on a new page; its orientation and page numbering as asked."""
        melintang = self.melintang if melintang is None else melintang
        section = self.d.add_section(WD_SECTION.NEW_PAGE)
        if melintang != self.melintang:
            self._arah(section, melintang)
            self.melintang = melintang
        self._nomor(section, format or self._format(section), mulai)
        self.baru = False
        self.halaman_kosong = True
        return section

    @staticmethod
    def _format(section):
        nomor = section._sectPr.find(qn("w:pgNumType"))
        return "decimal" if nomor is None else nomor.get(qn("w:fmt"), "decimal")

    def _mulai(self):
        """Before a block: the orientation it needs, or the page break that is due."""
        if self.arah != self.melintang:
            self._bagian(self.arah)
        elif self.baru:
            self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self.baru = False
        self.halaman_kosong = False

    # --- blocks ---------------------------------------------------------------------------
    def simpan(self):
        dok = self.dok
        blok_arah = list(zip(dok.isi, dok.arah(), strict=True))
        if blok_arah and isinstance(blok_arah[0][0], Kop):
            # A letterhead that opens the document stands above its title.
            self.arah = blok_arah[0][1]
            self._kop(blok_arah.pop(0)[0])
        if not dok.bersampul and not dok.berjudul_sendiri:
            self.d.add_heading(tertulis(dok.judul), 0).alignment = WD_ALIGN_PARAGRAPH.CENTER
            if dok.subjudul:
                p = self.d.add_paragraph(tertulis(dok.subjudul))
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.halaman_kosong = False
        for blok, melintang in blok_arah:
            self.arah = melintang
            getattr(self, f"_{type(blok).__name__.lower()}")(blok)
        buf = BytesIO()
        self.d.save(buf)
        return buf.getvalue()

    def _sampul(self, blok):
        d = self.d
        self._mulai()
        self.d.sections[-1].footer.is_linked_to_previous = False  # an empty footer
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(60)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(tertulis(blok.judul.upper())).bold = True
        p.runs[0].font.size = Pt(self.dok.gaya.ukuran + 8)
        p = d.add_paragraph(f"TAHUN {blok.tahun}")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].bold = True
        p.runs[0].font.size = Pt(self.dok.gaya.ukuran + 4)
        if self.dok.gaya.logo:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(48)
            p.paragraph_format.space_after = Pt(48)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run().add_picture(BytesIO(self.dok.gaya.logo), height=Cm(5))
        else:
            d.add_paragraph().paragraph_format.space_before = Pt(150)
        for baris in blok.instansi:
            p = d.add_paragraph(tertulis(baris.upper()))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.runs[0].bold = True
            p.runs[0].font.size = Pt(self.dok.gaya.ukuran + 2)
        self._kaki(self._bagian(), "lowerRoman" if self.dok.berbagian else "decimal", 1)

    def _kop(self, blok):
        self._mulai()
        g = self.dok.gaya
        baris = list(g.kop) or [""]
        baris = [baris[0], *([blok.instansi] if blok.instansi else []), *baris[1:]]
        tabel = self.d.add_table(rows=1, cols=2 if g.logo else 1)
        _tanpa_garis(tabel)
        sel = tabel.rows[0].cells
        if g.logo:
            sel[0].width, sel[1].width = Cm(2.5), Cm(13.5)
            sel[0].paragraphs[0].add_run().add_picture(BytesIO(g.logo), height=Cm(2.2))
        teks = sel[-1]
        for n, isi in enumerate(baris):
            p = teks.paragraphs[0] if n == 0 else teks.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(tertulis(isi.upper() if n < 2 else isi))
            run.bold = n < 2
            run.font.size = Pt(g.ukuran + (2 if n < 2 else -2))
        garis = self.d.add_paragraph()
        bdr = _atur(garis._p.get_or_add_pPr(), "w:pBdr")
        _atur(bdr, "w:bottom", val="thinThickSmallGap", sz="18", space="1", color="000000")

    def _halamanbaru(self, blok):
        # A section just started is a new page already: no empty page.
        self.baru = not self.halaman_kosong

    def _mulaiisi(self, blok):
        self._bagian(melintang=False, format="decimal", mulai=1)

    def _judul(self, blok):
        self._mulai()
        p = self.d.add_heading(tertulis(blok.teks), min(blok.tingkat, 3))
        if blok.tingkat == 1:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _judulnaskah(self, blok):
        self._mulai()
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(12)
        run = p.add_run(tertulis(blok.teks))
        run.bold = True
        run.font.size = Pt(self.dok.gaya.ukuran + 1)

    def _rincian(self, blok):
        self._mulai()
        tabel = self.d.add_table(rows=len(blok.baris), cols=3)
        _tanpa_garis(tabel)
        tabel.autofit = False
        _atur(tabel._tbl.tblPr, "w:tblInd", w=str(int(Cm(1).twips)), type="dxa")
        lebar = [Cm(2.5), Cm(0.5), Cm(LEBAR_TEGAK - 4)]  # label, colon, value
        for kolom, w in zip(tabel.columns, lebar, strict=True):
            kolom.width = w
        for baris, (label, isi) in zip(tabel.rows, blok.baris, strict=True):
            for sel, teks, w in zip(baris.cells, (label, ":", isi), lebar, strict=True):
                sel.width = w
                sel.paragraphs[0].paragraph_format.space_after = Pt(0)
                sel.paragraphs[0].add_run(tertulis(teks))

    def _paragraf(self, blok):
        self._mulai()
        teks = tertulis(blok.teks)
        p = self.d.add_paragraph(teks)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT if "\n" in teks else WD_ALIGN_PARAGRAPH.JUSTIFY

    def _daftarisi(self, blok):
        dok = self.dok
        daftar = [
            (blok.judul, r'TOC \o "1-2" \h \z \u', self._isi_judul()),
            ("DAFTAR TABEL", r'TOC \h \z \c "Tabel"', [
                (1, f"Tabel {t.nomor}. {t.judul}") for t in dok.tabel
            ]),
            ("DAFTAR GAMBAR", r'TOC \h \z \c "Gambar"', [
                (1, f"Gambar {g.nomor}. {g.keterangan}") for g in dok.gambar
            ]),
        ]  # fmt: skip
        for judul, perintah, entri in daftar:
            if not entri and judul != blok.judul:
                continue
            self._mulai()
            p = self.d.add_paragraph(judul, style="TOC Heading")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            awal = self.d.add_paragraph(style="TOC 1")
            _bidang(awal, perintah)
            # The field's result until Word updates it: the entries, without page numbers.
            akhir = awal._p.findall(qn("w:r"))[-1]
            awal._p.remove(akhir)
            for tingkat, teks in entri:
                self.d.add_paragraph(tertulis(teks), style=f"TOC {tingkat}")
            self.d.add_paragraph()._p.append(akhir)
            self.baru = True

    def _isi_judul(self):
        return [
            (b.tingkat, b.baris_tunggal)
            for b in self.dok.isi
            if isinstance(b, Judul) and b.tingkat <= 2
        ]

    def _keterangan(self, jenis, nomor, teks):
        p = self.d.add_paragraph(style="Caption")
        p.add_run(f"{jenis} ")
        _bidang(p, f"SEQ {jenis} \\* ARABIC", str(nomor))
        p.add_run(tertulis(f". {teks}"))
        return p

    def _gambar(self, blok):
        self._mulai()
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        p.add_run().add_picture(BytesIO(blok.png), width=Cm(15))
        self._keterangan(
            "Gambar", blok.nomor, blok.keterangan
        ).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _tabel(self, blok):
        self._mulai()
        self._keterangan("Tabel", blok.nomor, blok.judul).paragraph_format.keep_with_next = True
        total = LEBAR_MELINTANG if self.melintang else LEBAR_TEGAK
        lebar = [Cm(total * b) for b in blok.bagian_kolom(self.melintang)]
        # A squeezed table's smaller type; otherwise the "Isi Tabel" style's.
        ukuran = (
            Pt(blok.ukuran(self.melintang))
            if blok.ukuran(self.melintang) < UKURAN_TABEL.pt
            else None
        )
        tabel = self.d.add_table(rows=1, cols=len(blok.kolom))
        tabel.style = "Table Grid"
        tabel.autofit = False
        tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
        _atur(tabel._tbl.tblPr, "w:tblLayout", type="fixed")
        for kolom, w in zip(tabel.columns, lebar, strict=True):
            kolom.width = w
        kepala = tabel.rows[0]
        _atur(kepala._tr.get_or_add_trPr(), "w:tblHeader", val="true")
        for sel, judul in zip(kepala.cells, blok.kolom, strict=True):
            p = sel.paragraphs[0]
            p.style = "Isi Tabel"
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(tertulis(judul))
            run.bold, run.font.size = True, ukuran
            # The header row stays with the first data row, as the caption with the header.
            p.paragraph_format.keep_with_next = True
            _atur(sel._tc.get_or_add_tcPr(), "w:shd", val="clear", fill="E8ECF2")
        contoh = deepcopy(kepala._tr)
        contoh.remove(contoh.trPr)
        for tc in contoh.tc_lst:
            tc.tcPr.remove(tc.tcPr.find(qn("w:shd")))
            p = tc.p_lst[0]
            for r in p.r_lst:
                p.remove(r)
            p.get_or_add_pPr().jc_val = None
        awal = [None] * len(blok.kolom)  # per column, the cell a continuing cell merges into
        for baris in blok.baris:
            tr = deepcopy(contoh)
            _atur(tr.get_or_add_trPr(), "w:cantSplit", val="true")
            for c, (tc, sel) in enumerate(zip(tr.tc_lst, baris, strict=True)):
                if sel.lanjut and awal[c] is not None:
                    awal[c].vMerge, tc.vMerge = "restart", "continue"
                    continue
                awal[c] = tc
                p = tc.p_lst[0]
                if sel.angka:
                    p.get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.RIGHT
                teks = sel.teks()
                if teks:
                    r = p.add_r()
                    r.text = tertulis(teks)
                    if ukuran:
                        r.get_or_add_rPr().sz_val = ukuran
            tabel._tbl.append(tr)
        for tr in tabel._tbl.tr_lst:
            for tc, w in zip(tr.tc_lst, lebar, strict=True):
                tc.width = w

    def _tandatangan(self, blok):
        self._mulai()
        pihak = list(blok.pihak)
        kolom = [None] * (2 - len(pihak)) + pihak if len(pihak) < 2 else pihak
        tabel = self.d.add_table(rows=6, cols=len(kolom))
        _tanpa_garis(tabel)
        tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
        # Each party half the text width: a long place and date stays on one line.
        tabel.autofit = False
        lebar = Cm((LEBAR_MELINTANG if self.melintang else LEBAR_TEGAK) / len(kolom))
        for k in tabel.columns:
            k.width = lebar
        for sel in tabel._cells:
            sel.width = lebar
        isi = [
            lambda p, i: self.dok.tempat_tanggal(blok) if i == len(kolom) - 1 else "",
            lambda p, i: "\n".join(x for x in (p.sebutan, p.jabatan) if x),
            lambda p, i: "\n\n\n",
            lambda p, i: p.nama,
            lambda p, i: p.pangkat,
            lambda p, i: f"NIP. {p.nip}" if p.nip else "",
        ]
        for r, teks in enumerate(isi):
            # The block stays on one page: no row splits, each row keeps with the next.
            _atur(tabel.rows[r]._tr.get_or_add_trPr(), "w:cantSplit", val="true")
            for i, (sel, p) in enumerate(zip(tabel.rows[r].cells, kolom, strict=True)):
                par = sel.paragraphs[0]
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.keep_with_next = r < len(isi) - 1
                if p is None:
                    continue
                run = par.add_run(tertulis(teks(p, i)))
                if r == 3:
                    run.bold = run.underline = True
        self.d.add_paragraph()
