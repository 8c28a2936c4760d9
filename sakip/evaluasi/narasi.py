"""The narrative of an outside document against its tables: a figure a sentence states for
an indicator of a table ("realisasi ... sebesar 51,00 %", "sebanyak 11 Nagari"), or the
mean it states for a table's capaian ("rata-rata 92,50 %"), that the table contradicts is a
warning (R30) naming both places.

Precision comes first: a sentence is read only when it names exactly one indicator (or
sasaran) of a table, a number is compared only with the figure its role word ("target",
"realisasi", "capaian") and its unit point to, and nothing is reported when the stated
number is any other figure of the same row or table (another year, another role)."""

import re

from sakip.kinerja.capaian import rata_rata
from sakip.kinerja.reviu import seragam, sesuai, tampilkan, temuan

from .tafsir import baca_angka, nilai_realisasi

# Words that say which figure a number is, nearest before it wins.
_PERAN = (
    ("target", re.compile(r"target\w*|ditargetkan", re.IGNORECASE)),
    ("realisasi", re.compile(r"realisasi\w*|terealisasi|tercapai|mencapai", re.IGNORECASE)),
    ("capaian", re.compile(r"capaian\w*", re.IGNORECASE)),
)
_ANGKA = re.compile(r"(?<![\w.,])(\d[\d.,]*\d|\d)(?:\s*(%|persen\b)|\s+([A-Za-z]+))?")
_KALIMAT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")
_RUJUKAN = re.compile(r"\btabel\s+(\d+(?:\.\d+)*)", re.IGNORECASE)
_BERIKUT = re.compile(r"\btabel\s+(berikut|di\s*bawah)", re.IGNORECASE)
_RATA = re.compile(r"rata[\s-]*rata", re.IGNORECASE)
_KOLOM = re.compile(r"\b(target|realisasi|capaian)", re.IGNORECASE)
_JARAK = 60  # characters between a role word and its number


def periksa_narasi(teks, tabel, tahun, sel_tabel):
    """Findings for the sentences of `teks` (the document's lines in reading order; those
    that are table cells, `sel_tabel`, are skipped) against the performance tables read."""
    tabel = [t for t in tabel if t.kinerja or _ada_peran(t, "target")]
    if not tabel:
        return []
    letak = {id(t): _letak(t, teks) for t in tabel}
    hasil = []
    for i, paragraf in enumerate(teks):
        if paragraf in sel_tabel:
            continue
        for kalimat in _KALIMAT.split(paragraf):
            uraian = _Kalimat(kalimat, i, tabel, letak, tahun)
            hasil += uraian.indikator()
            hasil += uraian.rata_rata()
    return hasil


def _ada_peran(t, peran):
    return any(peran in g.kolom for g in t.grup)


def _letak(t, teks):
    """Index of the table's caption among the document's lines, or None."""
    return next((i for i, p in enumerate(teks) if t.nama and p[:120] == t.nama), None)


class _Kalimat:
    def __init__(self, teks, posisi, tabel, letak, tahun):
        self.teks, self.posisi, self.tabel, self.letak = teks, posisi, tabel, letak
        self.tahun = tahun
        self.seragam = f" {seragam(teks)} "
        self.tahun_disebut = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", teks)}

    # --- which table ------------------------------------------------------------------------

    def _tabel_diuraikan(self, calon):
        """The table this sentence describes among `calon`: the one it names ("Tabel 5"),
        else the next one when it says "tabel berikut", else the nearest one before it."""
        rujukan = _RUJUKAN.search(self.teks)
        if rujukan:
            nomor = rujukan[1]
            return next(
                (
                    t
                    for t in calon
                    if re.match(rf"(tabel|table)\s+{re.escape(nomor)}\b", t.nama, re.I)
                ),
                None,
            )
        berletak = [(self.letak[id(t)], t) for t in calon if self.letak[id(t)] is not None]
        if _BERIKUT.search(self.teks):
            sesudah = [x for x in berletak if x[0] > self.posisi]
            return min(sesudah, key=lambda x: x[0])[1] if sesudah else None
        sebelum = [x for x in berletak if x[0] < self.posisi]
        if sebelum:
            return max(sebelum, key=lambda x: x[0])[1]
        return calon[0] if len(calon) == 1 else None

    def _grup(self, t):
        """The year group the sentence speaks of: the year it names, else the report's."""
        bertahun = [g for g in t.grup if g.tahun]
        if not bertahun:
            return t.grup
        disebut = [g for g in bertahun if g.tahun in self.tahun_disebut]
        if disebut:
            return disebut
        return [g for g in bertahun if g.tahun == self.tahun]

    # --- a figure of one indicator -----------------------------------------------------------

    def _disebut(self):
        """Rows whose indicator (or sasaran) name the sentence contains, longest names only."""
        nama = {}
        for t in self.tabel:
            kolom = [k for k in (t.peran("nama"), t.peran("sasaran")) if k is not None]
            for b in t.baris:
                if b.total:
                    continue
                for k in kolom:
                    n = seragam(t.sel(b, k))
                    if len(n.split()) >= 2 and f" {n} " in self.seragam:
                        nama.setdefault(n, []).append((t, b, k))
        panjang = [n for n in nama if not any(n != m and n in m for m in nama)]
        return panjang, nama

    def indikator(self):
        panjang, nama = self._disebut()
        if len(panjang) != 1:
            return []  # none, or several: which number belongs to which is not sure
        baris = nama[panjang[0]]
        if len({id(b) for t, b, k in baris if k is t.peran("sasaran")}) > 1:
            return []  # a sasaran with several indicators
        t = self._tabel_diuraikan(list({id(t): t for t, _, _ in baris}.values()))
        if t is None:
            return []
        b = next(b for u, b, _ in baris if u is t)
        semua = [n for u, x, _ in baris for n in _angka_baris(u, x)]
        hasil = []
        for cocok in _ANGKA.finditer(self.teks):
            hasil.append(self._banding(cocok, t, b, semua))
        return [x for x in hasil if x is not None]

    def _banding(self, cocok, t, b, semua):
        nilai = baca_angka(cocok[1])[0]
        if nilai is None or int(nilai) in self.tahun_disebut and not cocok[2]:
            return None
        satuan_baris = str(t.sel(b, t.peran("satuan"))).strip()
        peran = self._peran(cocok.start())
        if cocok[2]:  # a percentage: its role must be said
            if peran is None:
                return None
        elif not (cocok[3] and satuan_baris and seragam(cocok[3]) == seragam(satuan_baris)):
            return None
        else:
            peran = peran or "realisasi"  # "sebanyak 11 Nagari"
        grup = [g for g in self._grup(t) if peran in g.kolom]
        if len(grup) != 1:
            return None
        g = grup[0]
        acuan = (
            nilai_realisasi(t, b, g.kolom[peran])
            if peran == "realisasi"
            else t.angka(b, g.kolom[peran])
        )
        if acuan is None or sesuai(nilai, acuan, acuan):
            return None
        if any(sesuai(nilai, n, n) for n in semua):
            return None  # another figure of the row: another year or role
        lokasi_tabel = f"{t.nama}, baris {b.nomor} ({b.nama[:60]})"
        if g.label.strip():
            lokasi_tabel += f", {g.label}"
        return temuan(
            "R30",
            f"Uraian: “{_potongan(self.teks, cocok)}”",
            nilai,
            acuan,
            f"{peran} tertulis {tampilkan(nilai)} dalam uraian, sedangkan {lokasi_tabel} "
            f"mencatat {tampilkan(acuan)}",
        )

    def _peran(self, posisi):
        """The role word nearest before `posisi`, within a few words."""
        awal = max(0, posisi - _JARAK)
        terakhir = None
        for peran, pola in _PERAN:
            for m in pola.finditer(self.teks, awal, posisi):
                if terakhir is None or m.start() > terakhir[0]:
                    terakhir = (m.start(), peran)
        return terakhir[1] if terakhir else None

    # --- a mean of a column ------------------------------------------------------------------

    def rata_rata(self):
        hasil = []
        for m in _RATA.finditer(self.teks):
            cocok = next(
                (
                    c
                    for c in _ANGKA.finditer(self.teks, m.end(), m.end() + _JARAK)
                    if c[2] and not _RATA.search(self.teks, m.end(), c.start())
                ),
                None,
            )
            if cocok is None:
                continue
            # "rata-rata realisasi 70 %", "realisasi rata-rata 70 %"; else the capaian.
            kata = _KOLOM.findall(self.teks[m.end() : cocok.start()]) or _KOLOM.findall(
                self.teks[max(0, m.start() - 30) : m.start()]
            )
            peran = kata[-1].lower() if kata else "capaian"
            hasil.append(self._banding_rata(cocok, peran))
        return [x for x in hasil if x is not None]

    def _banding_rata(self, cocok, peran):
        nilai = baca_angka(cocok[1])[0]
        t = self._tabel_diuraikan([t for t in self.tabel if _ada_peran(t, peran)])
        if nilai is None or t is None:
            return None
        grup = [g for g in self._grup(t) if peran in g.kolom]
        if len(grup) != 1:
            return None
        acuan = _rerata(t, grup[0].kolom[peran])
        if acuan is None or sesuai(nilai, acuan):
            return None
        # The mean of another column or year, or of another table: the sentence may mean it.
        lain = [
            _rerata(u, k)
            for u in self.tabel
            for g in u.grup
            for k in g.kolom.values()
            if k.peran in ("target", "realisasi", "capaian")
        ]
        if any(n is not None and sesuai(nilai, n) for n in lain):
            return None
        kolom = grup[0].kolom[peran].label
        return temuan(
            "R30",
            f"Uraian: “{_potongan(self.teks, cocok)}”",
            nilai,
            acuan,
            f"rata-rata {peran} tertulis {tampilkan(nilai)} dalam uraian, sedangkan rata-rata "
            f"kolom {kolom} pada {t.nama} {tampilkan(acuan, nilai)}",
        )


def _angka_baris(t, b):
    """Every figure a row prints, in any role and year."""
    return [
        n
        for g in t.grup
        for peran, k in g.kolom.items()
        if (n := nilai_realisasi(t, b, k) if peran == "realisasi" else t.angka(b, k)) is not None
    ]


def _rerata(t, kolom):
    """The mean of a column over the rows that print it (totals left out); None for fewer
    than two."""
    nilai = [t.angka(b, kolom) for b in t.baris if not b.total]
    nilai = [n for n in nilai if n is not None]
    return rata_rata(nilai).nilai if len(nilai) >= 2 else None


def _potongan(teks, cocok, lebar=60):
    """The sentence, or the words around the number when it is long."""
    if len(teks) <= 200:
        return teks.strip()
    awal = teks.rfind(" ", 0, max(0, cocok.start() - lebar)) + 1
    akhir = teks.find(" ", min(len(teks), cocok.end() + lebar))
    akhir = len(teks) if akhir < 0 else akhir
    return ("…" if awal else "") + teks[awal:akhir].strip() + ("…" if akhir < len(teks) else "")
