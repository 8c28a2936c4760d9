"""Reading a Word document back in tests: its data tables (grid tables, not the
borderless letterhead and signature tables) and all its text in order."""

from io import BytesIO

from docx import Document


def buka(isi):
    return Document(BytesIO(isi))


def tabel_data(doc):
    return [t for t in doc.tables if t.style is not None and t.style.name == "Table Grid"]


def keterangan_tabel(doc):
    """The table captions (the list of tables in the front matter is not a caption)."""
    return [
        p.text for p in doc.paragraphs if p.style.name == "Caption" and p.text.startswith("Tabel ")
    ]


def tabel_berjudul(doc, judul):
    """The table that follows the caption paragraph 'Tabel N. judul'."""
    keterangan = keterangan_tabel(doc)
    return tabel_data(doc)[next(i for i, k in enumerate(keterangan) if k.endswith(judul))]


def teks_semua(doc):
    """Paragraphs and the cells of every table (signatures, letterhead) in body order."""
    hasil = []
    for blok in doc.iter_inner_content():
        if hasattr(blok, "rows"):
            hasil += [p.text for r in blok.rows for c in r.cells for p in c.paragraphs]
        else:
            hasil.append(blok.text)
    return "\n".join(hasil)


def tabel_ttd(doc):
    """The signature blocks: borderless tables of six rows (place and date, title, room to
    sign, name, pangkat, NIP)."""
    return [t for t in doc.tables if t.style.name != "Table Grid" and len(t.rows) == 6]
