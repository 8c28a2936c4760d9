"""Understanding the tables of an outside document: which column holds what, from the
header words, and the numbers as they are written there.

Documents write numbers the Indonesian way ("1.257", "51,00 %") or, when copied from an
English spreadsheet, the other way ("Rp 4,544,274,054", "91.47%"); a table's own cells
decide which, and an ambiguous "1.257" follows the table. Nothing here knows a particular
document: only the words of the headers.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.kinerja.capaian import Polaritas
from sakip.kinerja.predikat import Pita

from .berkas import Bilangan

# Roles that describe the row; all the others are figures, grouped per year or period.
PERAN_BARIS = ("kode", "no", "nama", "sasaran", "satuan")

_TAHUN = re.compile(r"\b(?:19|20)\d{2}\b")
_SAMPAI = re.compile(r"\bs\s*[./]\s*d\b|sampai dengan|kumulatif", re.IGNORECASE)


# Misspellings real headers carry ("CAPAIN KINERJA").
_EJAAN = {"capain": "capaian"}


def _kata(label):
    return [_EJAAN.get(k, k) for k in re.findall(r"[a-z0-9%]+", label.lower())]


def peran_kolom(label):
    """The role of a column from its header text, or None for columns we do not check."""
    kata = _kata(label)
    ada = set(kata)
    if "kode" in ada:
        return "kode"
    if ada and ada <= {"no", "nomor", "urut"}:
        return "no"
    if "tahun" in ada and ada <= {"tahun", "anggaran", "ta"}:
        return "nama"  # rows labelled by year ("Tahun Anggaran": 2012, 2013 …)
    if _SAMPAI.search(label) and ada & {"triwulan", "tw"}:
        # "s.d. triwulan lalu" is the part before this quarter's, as "triwulan lalu" is.
        return "triwulan" if {"lalu", "realisasi"} <= ada else "kumulatif"
    if {"indeks", "efisiensi"} <= ada:
        return "indeks_efisiensi"
    if "perubahan" in ada:
        return "perubahan"  # the change from the previous year's column
    for peran, tanda in (
        ("satuan", {"satuan"}),
        ("sisa", {"sisa"}),
        ("fisik", {"fisik"}),
        (None, {"bobot", "standar", "sumber", "formula", "formulasi", "rumus", "kondisi"}),
        ("kemajuan", {"kemajuan"}),
        ("efisiensi", {"efisiensi"}),
    ):
        if ada & tanda:
            return peran
    if "target" in ada and ada & {"akhir", "rpjmd", "renstra", "rpd"}:
        return "target_akhir"
    if ada & {"kategori", "predikat", "interpretasi", "kriteria"}:
        return "kategori"
    if "pagu" in ada or ("anggaran" in ada and not ada & {"realisasi", "sisa", "persentase", "%"}):
        return "pagu"
    if ada & {"triwulan", "tw"} and "realisasi" in ada:
        return "triwulan"
    if "capaian" in ada:
        return "persen" if ada & {"anggaran", "keuangan"} else "capaian"
    if ada & (_PERSEN | {"serapan"}) and ada & {"keuangan", "anggaran", "serapan"}:
        return "persen"
    if ada & _PERSEN and "kinerja" in ada:
        return "capaian"
    if "realisasi" in ada and ada & _PERSEN:
        return "persen_atau_capaian"
    if "realisasi" in ada:
        return "realisasi_rp" if ada & {"rp", "keuangan", "anggaran"} else "realisasi"
    if "target" in ada:
        # A target in rupiah is the amount a realisation in rupiah is measured against
        # (revenue: "Target Rp | Realisasi Rp | Persentase").
        return "target_rp" if "rp" in ada else "target"
    if "indikator" in ada or ada & {"uraian", "program", "kegiatan", "subkegiatan"}:
        return "nama"
    if "sasaran" in ada:
        return "sasaran"
    if len(kata) == 1 and ada & _PERSEN:
        return "persen_atau_capaian"
    return None


# Words that mean "percent" in a header or beside a figure.
_PERSEN = {"%", "persen", "persentase", "prosentase", "prosen"}
_BAGIAN_WAKTU = re.compile(
    r"(?:[1-9]|1[0-2]|tw\s*[1-4i]+|triwulan\s*[1-4i]+|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|mei|jun\w*|jul\w*|agu\w*|sep\w*|okt\w*|nov\w*|des\w*)",
    re.IGNORECASE,
)


_SINGKAT_KOLOM = {
    "kinerja": {"t": "target", "r": "realisasi", "%": "capaian"},
    "anggaran": {"t": "pagu", "r": "realisasi_rp", "%": "persen"},
}
_KELOMPOK_KINERJA = {"kinerja", "output", "fisik", "indikator"}
_KELOMPOK_ANGGARAN = {"anggaran", "keuangan", "input", "dana", "rp"}


def peran_bertingkat(atas, bawah):
    """The role of a column under a group heading: months or quarters under "Realisasi"
    are its parts, and "Jumlah" there (or under "Capaian") is the realisation itself; "T",
    "R" and "%" under "Kinerja" are target, realisation and capaian, under "Anggaran" pagu,
    spending and its percentage."""
    kata_atas = set(_kata(atas))
    singkat = bawah.strip().strip("()").lower()
    if singkat in ("t", "r", "%"):
        for kelompok, tanda in (("kinerja", _KELOMPOK_KINERJA), ("anggaran", _KELOMPOK_ANGGARAN)):
            if kata_atas & tanda:
                return _SINGKAT_KOLOM[kelompok][singkat]
    if not kata_atas & {"realisasi", "capaian"} or not bawah.strip():
        return None
    if _BAGIAN_WAKTU.fullmatch(bawah.strip()):
        return "triwulan" if "realisasi" in kata_atas else None
    if _kata(bawah) in (["jumlah"], ["total"], ["angka"]):
        rupiah = kata_atas & {"rp", "anggaran", "keuangan"}
        return "realisasi_rp" if rupiah else "realisasi"
    return None


@dataclass
class Kolom:
    indeks: int
    label: str
    peran: str | None
    grup: str  # upper header text shared by a group of columns, e.g. "2021"
    tunggal: bool = False  # one text through every header row: no group heading

    @property
    def tahun(self):
        cocok = _TAHUN.findall(f"{self.grup} {self.label}")
        return int(cocok[-1]) if cocok else None


@dataclass
class Grup:
    """The figures of one period in a row: role -> column, plus quarter columns in order."""

    label: str
    kolom: dict = field(default_factory=dict)
    triwulan: list = field(default_factory=list)
    kumulatif: list = field(default_factory=list)

    @property
    def tahun(self):
        return next((k.tahun for k in self.kolom.values() if k.tahun), None)


@dataclass(eq=False)  # rows are told apart by identity
class Baris:
    nomor: int  # row number within the table as printed, header rows included
    sel: list
    nama: str
    kode: str
    ringkasan: str | None = None  # "jumlah" (Jumlah/Total row) or "rata" (Rata-rata row)
    tingkat: int | None = None  # 1 Program, 2 Kegiatan, 3 Sub Kegiatan, from the name

    @property
    def total(self):
        return self.ringkasan is not None


@dataclass
class TabelTafsir:
    nama: str
    kolom: list
    grup: list
    baris: list
    konvensi: str  # "id" (1.234,5) or "en" (1,234.5)
    jumlah_kolom: int

    def peran(self, peran):
        return next((k for k in self.kolom if k.peran == peran), None)

    @property
    def uang(self):
        return any(g.kolom.keys() & {"pagu", "target_rp"} for g in self.grup)

    @property
    def kinerja(self):
        return any(
            {"target", "realisasi", "capaian"} <= g.kolom.keys()
            or {"capaian", "kategori"} <= g.kolom.keys()
            or {"target_akhir", "kemajuan"} <= g.kolom.keys()
            for g in self.grup
        )

    def sel(self, baris, kolom):
        if kolom is None or kolom.indeks >= len(baris.sel):
            return ""
        return baris.sel[kolom.indeks]

    def angka(self, baris, kolom):
        return baca_angka(self.sel(baris, kolom), self.konvensi)[0]

    def kolom_angka(self):
        """Columns holding figures (not the row's name, code, number or unit)."""
        return [
            k
            for k in self.kolom
            if k.peran not in PERAN_BARIS
            and any(self.angka(b, k) is not None for b in self.baris if not b.total)
        ]


# --- numbers ----------------------------------------------------------------------------------

_EN = re.compile(r"\d,\d{3}(?:,\d{3})*\.\d|\d{1,3}(?:,\d{3}){2,}")
_ID = re.compile(r"\d\.\d{3}(?:\.\d{3})*,\d|\d{1,3}(?:\.\d{3}){2,}")


def konvensi_angka(sel):
    teks = [s for s in sel if isinstance(s, str)]
    en = sum(bool(_EN.search(s)) for s in teks)
    id_ = sum(bool(_ID.search(s)) for s in teks)
    return "en" if en > id_ else "id"


def baca_angka(sel, konvensi="id"):
    """(value, shown as percent) of a cell; value None when the cell is not a number.
    "Rp -" is zero, as accountants write it."""
    if isinstance(sel, Bilangan):
        return sel.nilai, sel.persen
    teks = _CATATAN_ANGKA.sub("", str(sel).strip()).strip("*").strip()
    kata_persen = re.search(r"\s*(persen|prosen|prosentase)$", teks, re.IGNORECASE)
    if kata_persen:
        teks = teks[: kata_persen.start()] + "%"
    persen = "%" in teks
    rp = re.match(r"([-−]?)\s*rp\.?", teks, re.IGNORECASE)  # "Rp 1.000", "-Rp 200"
    if rp:
        teks = rp[1] + teks[rp.end() :]
    s = teks.replace("%", "").replace(" ", "").replace("\u00a0", "")
    if s in ("-", "–", "—"):
        return (Decimal(0) if rp else None), persen
    if not re.fullmatch(r"[-−]?\d[\d.,]*", s):
        return None, persen
    negatif = s[0] in "-−"
    s = s.lstrip("-−")
    desimal = _pemisah_desimal(s, konvensi)
    ribuan = {".": ",", ",": "."}.get(desimal) or ("." if "." in s else ",")
    bulat, _, pecahan = s.partition(desimal) if desimal else (s, "", "")
    if not (
        re.fullmatch(rf"\d{{1,3}}(?:{re.escape(ribuan)}\d{{3}})+|\d+", bulat)
        and re.fullmatch(r"\d*", pecahan)
    ):
        return None, persen
    nilai = Decimal(bulat.replace(ribuan, "") + (f".{pecahan}" if pecahan else ""))
    return (-nilai if negatif else nilai), persen


# A note after a figure: "34,12 sd mei" (to May), "38% (Evaluasi Semester I)".
_CATATAN_ANGKA = re.compile(
    r"(?<=[\d%])\s*(?:\([^()]*[a-z][^()]*\)|(?:s\s*[./]?\s*d\.?|sampai dengan)\s+(?:bulan\s+)?"
    r"[a-z]+)$",
    re.IGNORECASE,
)


def _pemisah_desimal(s, konvensi):
    titik, koma = s.count("."), s.count(",")
    if titik and koma:
        return "." if s.rfind(".") > s.rfind(",") else ","
    # One separator followed by exactly three digits is a thousands separator in the
    # table's own convention ("1.257" in Indonesian, "2,000" in English).
    if koma == 1:
        return None if konvensi == "en" and re.fullmatch(r"\d{1,3},\d{3}", s) else ","
    if titik == 1:
        return None if konvensi == "id" and re.fullmatch(r"\d{1,3}\.\d{3}", s) else "."
    return None


_PECAHAN = re.compile(
    r"^\(?\s*(?P<a>[\d.,]+)\s*[/:÷]\s*(?P<b>[\d.,]+)\s*\)?\s*[x×*]\s*100\s*%?\s*=\s*"
    r"(?P<c>[-\d.,]+\s*%?)$",
    re.IGNORECASE,
)


def pecahan_realisasi(sel, konvensi):
    """(numerator, denominator, stated) for a cell written "639/1.257 × 100% = 51,00%"."""
    cocok = _PECAHAN.match(str(sel).strip())
    if not cocok:
        return None
    a, b, c = (baca_angka(cocok[k], konvensi)[0] for k in "abc")
    return None if None in (a, b, c) else (a, b, c)


def nilai_realisasi(tabel, baris, kolom):
    """A realisation cell's stated value, also when it shows its own fraction."""
    pecahan = pecahan_realisasi(tabel.sel(baris, kolom), tabel.konvensi)
    return pecahan[2] if pecahan else tabel.angka(baris, kolom)


# --- predikat scales declared in the document -------------------------------------------------

_BIL = r"\d+(?:[.,]\d+)?"
_OP = r">=|<=|≥|≤|>|<|="
_OPERATOR = re.compile(rf"^(?P<op>{_OP})\s*(?P<n>{_BIL})$")
_SD = r"s\s*/\s*d|s\.\s*d\.?|sd|sampai dengan|hingga|-|–|—"
# "81 – 100", "> 85 s.d. 100", "> 75 s.d. < 85", "76 – 89,99"
_RENTANG = re.compile(
    rf"^(?P<opa>>=|≥|>)?\s*(?P<a>{_BIL})\s*(?:{_SD})\s*(?P<opb><=|≤|<)?\s*(?P<b>{_BIL})$",
    re.IGNORECASE,
)
# "> 75 dan ≤ 90", "≥ 100,00 dan ≤ 100,00": both ends with their operator
_DAN = re.compile(rf"^(?P<opa>>=|≥|>)\s*(?P<a>{_BIL})\s*dan\s*(?P<opb><=|≤|<)\s*(?P<b>{_BIL})$")
# "91 % ≤ 100 %" (91 up to 100), "75 < X ≤ 90", "75 < capaian ≤ 90"
_ANTARA = re.compile(
    rf"^(?P<a>{_BIL})\s*(?P<opa><=|≤|<)\s*(?:(?:x|n|nilai|capaian|realisasi)\s*(?P<opb><=|≤|<)\s*)?"
    rf"(?P<b>{_BIL})$",
    re.IGNORECASE,
)
_KATA_OPERATOR = {
    "kurang dari sama dengan": "≤",
    "lebih dari sama dengan": "≥",
    "kurang dari": "<",
    "lebih kecil dari": "<",
    "di bawah": "<",
    "dibawah": "<",
    "lebih dari": ">",
    "lebih besar dari": ">",
    "di atas": ">",
    "diatas": ">",
    "sama dengan": "=",
    "minimal": "≥",
    "maksimal": "≤",
}
_KATA_OP = re.compile(
    "^(" + "|".join(sorted(map(re.escape, _KATA_OPERATOR), key=len, reverse=True)) + r")\s*",
    re.IGNORECASE,
)


def _dec(teks):
    return Decimal(teks.replace(",", "."))


def tanpa_butir(teks):
    """Text without the list mark some documents put before it ("- Memuaskan")."""
    return re.sub(r"^[-•·]\s+", "", str(teks).strip())


def baca_rentang(teks):
    """A band from the notations documents use: "> 100 %", "= 100 %", "≥ 90", "81 s/d 100",
    "76 – 89,99", "91 % ≤ 100 %", "> 85 s.d. 100", "> 75 s.d. < 85", "> 75 dan ≤ 90",
    "75 < X ≤ 90", "kurang dari 50"; None otherwise. A band is (lower, upper, lower included, upper
    included), None for an open end."""
    teks = re.sub(r"\s*%\s*", " ", tanpa_butir(teks)).strip()
    teks = _KATA_OP.sub(lambda m: _KATA_OPERATOR[m[1].lower()] + " ", teks).strip()
    if cocok := _OPERATOR.match(teks):
        n, op = _dec(cocok["n"]), cocok["op"]
        return {
            ">": (n, None, False, False),
            ">=": (n, None, True, False),
            "≥": (n, None, True, False),
            "<": (None, n, False, False),
            "<=": (None, n, False, True),
            "≤": (None, n, False, True),
            "=": (n, n, True, True),
        }[op]
    if cocok := _RENTANG.match(teks) or _DAN.match(teks):
        return (_dec(cocok["a"]), _dec(cocok["b"]), cocok["opa"] != ">", cocok["opb"] != "<")
    if cocok := _ANTARA.match(teks):
        if cocok["opb"] is None:  # "91 ≤ 100": from 91 up to 100
            return (_dec(cocok["a"]), _dec(cocok["b"]), True, cocok["opa"] != "<")
        return (_dec(cocok["a"]), _dec(cocok["b"]), cocok["opa"] != "<", cocok["opb"] != "<")
    return None


def baca_skala(tabel):
    """The bands of a predikat scale the table declares (range + label per row), in order
    from the lowest; None when the table is not a scale."""
    pita = []
    for b in tabel.baris:
        teks = [str(s) for s in dict.fromkeys(b) if str(s).strip()]
        rentang = next((r for r in map(baca_rentang, teks) if r), None)
        label = [
            tanpa_butir(t)
            for t in teks
            if baca_rentang(t) is None and not re.fullmatch(r"[\d.,()]+", t)
        ]
        if rentang and label:
            pita.append(Pita(label[-1], *rentang))
    if len(pita) < 2:
        return None
    return sorted(pita, key=_kunci_pita)


_BUTIR_SKALA = re.compile(
    r"^(?:[a-z0-9]{1,2}[.)]\s+)?(?P<a>.+?)\s*(?::|=|→|\s-\s|\s–\s)\s*(?P<b>.+)$"
)


def skala_teks(teks):
    """A predikat scale written as a list in the text ("91 – 100 : Sangat Baik", or
    "Sangat Baik = > 90 %"): the longest run of consecutive lines that each pair a band
    with a label, when at least two; None otherwise."""
    terbaik, sekarang = [], []
    for baris in [*teks, ""]:
        cocok = _BUTIR_SKALA.match(tanpa_butir(baris))
        pita = None
        if cocok:
            for rentang, label in ((cocok["a"], cocok["b"]), (cocok["b"], cocok["a"])):
                r = baca_rentang(rentang)
                if r and baca_rentang(label) is None and re.search(r"[a-zA-Z]", label):
                    pita = Pita(tanpa_butir(label), *r)
                    break
        if pita:
            sekarang.append(pita)
            continue
        if len(sekarang) > len(terbaik):
            terbaik = sekarang
        sekarang = []
    if len(terbaik) < 2:
        return None
    return sorted(terbaik, key=_kunci_pita)


def _kunci_pita(p):
    return (p.bawah is not None, p.bawah or 0, p.atas is None, p.atas or 0)


# --- tables ---------------------------------------------------------------------------------


def _baris_penomoran(sel):
    """The "1 2 3 … 6 = 4/5 × 100" row under a header."""
    isi = [str(s).strip() for s in sel if str(s).strip()]
    return len(isi) >= 3 and all(re.fullmatch(r"\(?\d{1,2}\)?(\s*=.*)?", s) for s in isi)


def _lanjutan_kepala(sel):
    """A second header row: header words and no figures other than years, or month
    numbers 1, 2, 3 … under a heading ("Realisasi" over 1 … 12 and "Jumlah")."""
    teks = [str(s) for s in sel if str(s).strip()]
    if len(set(teks)) < 2:  # one text across the row: a group row ("Sasaran Strategis 1. …")
        return False
    if any(_BUTIR.match(t) for t in teks):  # "1. Predikat LAKIP SKPD": a numbered item
        return False
    if not any(peran_kolom(t) for t in teks):
        return False
    bulan = [int(s) for s in teks if re.fullmatch(r"\d{1,2}", s.strip())]
    urut = len(bulan) >= 2 and bulan == list(range(1, len(bulan) + 1))
    return all(
        isinstance(s, str)
        and (baca_angka(s)[0] is None or _TAHUN.fullmatch(s.strip()) or urut and s.isdigit())
        for s in teks
    )


_BUTIR = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+\w", re.IGNORECASE)


def cari_kepala(baris):
    """Index of the header row: the first of the top rows naming two roles."""
    for i, sel in enumerate(baris[:6]):
        peran = {peran_kolom(str(s)) for s in dict.fromkeys(sel) if str(s).strip()}
        if len(peran - {None}) >= 2:
            return i
    return None


def tafsir_tabel(mentah, singkatan=None):
    """A TabelTafsir, or None when the table has no header we understand. `singkatan` maps
    abbreviations the document's text defines ("IE") to their words ("Indeks Efisiensi"),
    for headers that print only the abbreviation."""
    singkatan = singkatan or {}
    i = cari_kepala(mentah.baris)
    if i is None:
        return None
    kepala = [mentah.baris[i]]
    j = i + 1
    while j < len(mentah.baris) and _lanjutan_kepala(mentah.baris[j]):
        kepala.append(mentah.baris[j])
        j += 1
    lebar = max(len(b) for b in mentah.baris)
    kolom = []
    for k in range(lebar):
        teks = list(dict.fromkeys(str(b[k]) for b in kepala if k < len(b) and str(b[k]).strip()))
        atas = list(dict.fromkeys(str(b[k]) for b in kepala[:-1] if k < len(b) and str(b[k])))
        label = " ".join(teks)
        bawah = str(kepala[-1][k]) if k < len(kepala[-1]) else ""
        uraian = " ".join(_uraikan(t, singkatan) for t in teks)
        peran = peran_bertingkat(" ".join(atas), bawah) or peran_kolom(uraian)
        kolom.append(Kolom(k, label, peran, " ".join(atas), tunggal=len(teks) == 1))
    semua_sel = [s for b in mentah.baris[j:] for s in b]
    tabel = TabelTafsir(mentah.nama, kolom, [], [], konvensi_angka(semua_sel), lebar)
    _susun_grup(tabel)
    tanda_kepala = [str(s) for s in mentah.baris[i]]
    for nomor, sel in enumerate(mentah.baris[j:], start=j + 1):
        if _baris_penomoran(sel) or [str(s) for s in sel] == tanda_kepala:
            continue  # column numbers, or the header repeated on a new page
        tambah_baris(tabel, nomor, sel)
    return tabel


def tambah_baris(tabel, nomor, sel):
    sel = list(sel) + [""] * (tabel.jumlah_kolom - len(sel))
    # The most specific name: "Program/Kegiatan" right of a merged "Indikator" column.
    nama_kolom = [k for k in tabel.kolom if k.peran == "nama"] or [tabel.peran("sasaran")]
    nama = next(
        (str(sel[k.indeks]) for k in reversed(nama_kolom) if k and str(sel[k.indeks]).strip()),
        "",
    )
    kode_kolom = tabel.peran("kode")
    kode = str(sel[kode_kolom.indeks]).strip() if kode_kolom else ""
    angka = [k for k in tabel.kolom if k.peran not in PERAN_BARIS and baca_angka(sel[k.indeks])[0]]
    # A row that only carries the rest of the previous row's name (wrapped text).
    if tabel.baris and not angka and not kode and nama[:1].islower():
        sebelum = tabel.baris[-1]
        sebelum.nama = f"{sebelum.nama} {nama}"
        return
    ringkasan = next(filter(None, map(jenis_ringkasan, dict.fromkeys(sel[:3]))), None)
    tabel.baris.append(Baris(nomor, sel, nama, kode, ringkasan, tingkat_uraian(nama)))


def jenis_ringkasan(teks):
    """ "jumlah" for a Jumlah/Total row label, "rata" for Rata-rata, else None; an indicator
    named "Jumlah dokumen …" has other words after it."""
    kata = _kata(str(teks))
    if kata[:1] in (["jumlah"], ["total"], ["subtotal"]) and set(kata[1:]) <= _KATA_JUMLAH:
        return "jumlah"
    if kata[:2] == ["rata", "rata"] and (len(kata) <= 4 or set(kata[2:]) <= _KATA_UKURAN):
        return "rata"
    return None


# Words a summary label may add about what it sums: "Jumlah Capaian Realisasi Kinerja".
_KATA_UKURAN = {"capaian", "realisasi", "kinerja", "target", "nilai"}
_KATA_JUMLAH = {
    "total",
    "keseluruhan",
    "seluruhnya",
    "akhir",
    "umum",
    "km",
    "rp",
    "anggaran",
} | _KATA_UKURAN


_NOMOR_URAIAN = re.compile(r"^\s*(?:[-•·]|\(?[0-9a-z]{1,3}[.)])\s*", re.IGNORECASE)


# Words that make an indicator lower-is-better: a ceiling ("maksimal 1 %") or a rate of
# something to reduce ("Tingkat kesalahan", "Angka Kematian Bayi").
_SEMAKIN_RENDAH = re.compile(
    r"\b(?:maksimal|maksimum|paling (?:banyak|lama)|tidak (?:lebih|melebihi)|kesalahan|kematian|"
    r"kesakitan|kemiskinan|pengangguran|prevalensi)\b",
    re.IGNORECASE,
)


def polaritas_nama(nama):
    """Polaritas.NEGATIF when the indicator's name says lower is better, else None (the
    document does not say)."""
    return Polaritas.NEGATIF if _SEMAKIN_RENDAH.search(str(nama)) else None


def tingkat_uraian(nama):
    """The level a row's name gives without a code: 1 "Program …", 2 "Kegiatan …",
    3 "Sub Kegiatan …", after any numbering ("1.", "a.", "1)", "-"); None otherwise."""
    kata = _kata(_NOMOR_URAIAN.sub("", str(nama)))
    if kata[:1] == ["program"]:
        return 1
    if kata[:1] == ["kegiatan"]:
        return 2
    if kata[:2] == ["sub", "kegiatan"] or kata[:1] == ["subkegiatan"]:
        return 3
    return None


_NOMOR_BERTINGKAT = re.compile(r"\d{1,3}(?:\.(?:\d{1,3}|[a-z]))*\.?", re.IGNORECASE)


def tingkat_nomor(nomor):
    """The depth of an outline number ("4" 1, "4.a" 2, "1.b." 2, "4.a.1" 3), or None."""
    teks = str(nomor).strip()
    return len(teks.rstrip(".").split(".")) if _NOMOR_BERTINGKAT.fullmatch(teks) else None


def _susun_grup(tabel):
    uang = any(k.peran in ("pagu", "target_rp") for k in tabel.kolom)
    # In a budget table "Realisasi" is money, unless the table also has a money column
    # beside the performance one (LKjIP Tabel 13: Kinerja Realisasi, Anggaran Realisasi (Rp)).
    rupiah = any(k.peran == "realisasi_rp" for k in tabel.kolom)
    grup, per_tahun = None, {}
    for k in tabel.kolom:
        if k.peran in PERAN_BARIS or k.peran is None:
            continue
        if k.peran == "persen_atau_capaian":
            k.peran = "persen" if uang else "capaian"
        if k.peran == "realisasi" and uang and not rupiah:
            k.peran = "realisasi_rp"
        ganda = k.peran in ("triwulan", "kumulatif")
        # Columns of one year form one group whatever their order ("Target 2019 | Target
        # 2020 | Realisasi 2019 | …", or the year in an upper header row).
        sama_tahun = per_tahun.get(k.tahun) if k.tahun else None
        if sama_tahun is not None and (ganda or k.peran not in sama_tahun.kolom):
            grup = sama_tahun
        elif (
            grup is None
            or (k.peran in grup.kolom and not ganda)
            or (k.tahun and grup.tahun and k.tahun != grup.tahun)
            or not (grup.label == k.grup or ganda or _terbuka(grup, k))
        ):
            grup = Grup(k.grup or (str(k.tahun) if k.tahun else ""))
            tabel.grup.append(grup)
        if k.peran == "triwulan":
            grup.triwulan.append(k)
        elif k.peran == "kumulatif":
            grup.kumulatif.append(k)
        else:
            grup.kolom[k.peran] = k
        if k.tahun:
            per_tahun.setdefault(k.tahun, grup)
    for g in tabel.grup:
        # "Capaian 2022" beside the end target and the progress is the year's realisation.
        if "kemajuan" in g.kolom and "capaian" in g.kolom and "realisasi" not in g.kolom:
            g.kolom["realisasi"] = g.kolom.pop("capaian")


def _terbuka(grup, kolom):
    """A group opened by a column with no heading above it ("Target Setahun") takes the
    columns of the next heading ("Capaian Output: Jumlah, %"), and a heading-less column
    after those ("Realisasi (%)") joins them too."""
    pertama = next(iter(grup.kolom.values()), None) or (grup.triwulan or grup.kumulatif)[0]
    return pertama.tunggal and not pertama.tahun


def _uraikan(teks, singkatan):
    """A header that is only an abbreviation the text defines, with its words added."""
    kunci = teks.strip()
    if kunci in singkatan and peran_kolom(kunci) is None:
        return f"{kunci} {singkatan[kunci]}"
    return teks


_SINGKATAN = re.compile(r"\(([A-Z]{2,6})\)")


def singkatan_teks(teks):
    """Abbreviations the text defines as "Indeks Efisiensi (IE)": the words before the
    parenthesis whose initials spell it. Maps "IE" to "Indeks Efisiensi"."""
    hasil = {}
    for baris in teks:
        for cocok in _SINGKATAN.finditer(baris):
            singkat = cocok[1]
            kata = re.findall(r"[A-Za-z]+", baris[: cocok.start()])[-len(singkat) :]
            if len(kata) == len(singkat) and "".join(k[0] for k in kata).upper() == singkat:
                hasil.setdefault(singkat, " ".join(kata))
    return hasil


def tahun_dokumen(tabel, teks):
    """The report's year: the latest year heading a realisation, else the year the text
    names most often."""
    tahun = [
        g.tahun
        for t in tabel
        for g in t.grup
        if g.tahun and ("realisasi" in g.kolom or "realisasi_rp" in g.kolom)
    ]
    if tahun:
        return max(tahun)
    hitung = Counter(int(y) for t in teks for y in _TAHUN.findall(t))
    return hitung.most_common(1)[0][0] if hitung else None
