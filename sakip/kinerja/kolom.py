"""The engine over columns: the same formulas as `rumus`, `capaian` and `predikat`, applied
to whole columns of values at once (NumPy arrays of Decimal) instead of one row at a time.

Results are identical to the row-wise functions, digit for digit: the arithmetic is the
same Decimal arithmetic in the same order and context, only the loop runs inside NumPy.
Rows the column path does not handle itself (a missing input, a zero divisor, a negative
target, a capped or floored capaian, anything that produces a note) are handed to the
row-wise function, so every rule and every message lives in one place only.

A column is a 1-D NumPy array of dtype object holding Decimal or None.
"""

from collections.abc import Callable, Mapping
from decimal import Decimal, DecimalException, localcontext

import numpy as np

from .angka import konteks
from .capaian import (
    DI_ATAS_RENTANG,
    DI_BAWAH_RENTANG,
    SERATUS,
    Agregasi,
    Polaritas,
    _gabung,
    catatan_batas,
    catatan_kosong,
    catatan_lantai,
    hitung_capaian,
)
from .predikat import SkalaPredikat
from .rumus import (
    _CONTEXT,
    OPERATIONS,
    Binary,
    Call,
    Formula,
    Number,
    Unary,
    Variable,
    describe,
)

NOL = Decimal(0)

_ada = np.frompyfunc(lambda x: x is not None and x.is_finite(), 1, 1)
_terisi = np.frompyfunc(lambda x: x is not None, 1, 1)


def ada(kolom: np.ndarray) -> np.ndarray:
    """Boolean mask of the rows holding a finite number."""
    return _ada(kolom).astype(bool) if len(kolom) else np.zeros(0, bool)


def terisi(kolom: np.ndarray) -> np.ndarray:
    """Boolean mask of the rows that are not None."""
    return _terisi(kolom).astype(bool) if len(kolom) else np.zeros(0, bool)


def kolom_kosong(n: int) -> np.ndarray:
    return np.full(n, None, dtype=object)


# --- formulas ---------------------------------------------------------------------------


class _Tunda(Exception):
    """The column path cannot evaluate these rows; the row-wise evaluator must."""


def _vektor(node, ambil, idx, tunda):
    """Values of `node` for the rows `idx`; rows needing the row-wise path go to `tunda`."""
    match node:
        case Number(value):
            return np.full(len(idx), value, dtype=object)
        case Variable(name, lag):
            return ambil(name, lag)[idx]
        case Unary(op, operand):
            nilai = _vektor(operand, ambil, idx, tunda)
            return -nilai if op == "-" else nilai
        case Binary(op, left, right):
            a = _vektor(left, ambil, idx, tunda)
            b = _vektor(right, ambil, idx, tunda)
            if op == "/":
                nol = b == 0
                if nol.any():  # "/" by zero is an error with a message: row-wise
                    tunda[idx[nol]] = True
                    b = np.where(nol, Decimal(1), b)
            return OPERATIONS[op](a, b)
        case Call("bagi", (pembilang, penyebut, cadangan)):
            b = _vektor(penyebut, ambil, idx, tunda)
            nol = (b == 0).astype(bool)
            hasil = np.empty(len(idx), dtype=object)
            if nol.any():
                hasil[nol] = _vektor(cadangan, ambil, idx[nol], tunda)
            if (~nol).any():
                hasil[~nol] = _vektor(pembilang, ambil, idx[~nol], tunda) / b[~nol]
            return hasil
        case Call("abs", (arg,)):
            return np.abs(_vektor(arg, ambil, idx, tunda))
        case Call("min" | "max" as name, args) if args:
            hasil = _vektor(args[0], ambil, idx, tunda)
            for arg in args[1:]:
                lain = _vektor(arg, ambil, idx, tunda)
                # Like Python's min/max: the earlier value wins a tie.
                ganti = (lain < hasil) if name == "min" else (lain > hasil)
                hasil = np.where(ganti.astype(bool), lain, hasil)
            return hasil
    raise TypeError(f"not a valid formula node: {node!r}")


def hitung_rumus(
    rumus: Formula, kolom: Callable[[str, int], np.ndarray], n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Evaluate `rumus` for `n` rows; `kolom(name, lag)` gives the column of a variable.

    Returns the values and a mask `tunda` of the rows left to the row-wise evaluator
    (`Formula.evaluate`, which raises the error with its message): a missing or non-finite
    input, a zero divisor, an overflow. Every other row equals what `evaluate` returns."""
    cache = {}

    def ambil(name, lag):
        if (name, lag) not in cache:
            cache[name, lag] = kolom(name, lag)
        return cache[name, lag]

    lengkap = np.ones(n, bool)
    for name, lag in rumus.variables:
        lengkap &= ada(ambil(name, lag))
    tunda = ~lengkap
    idx = np.flatnonzero(lengkap)
    nilai = kolom_kosong(n)
    try:
        with localcontext(_CONTEXT):
            nilai[idx] = _vektor(rumus.root, ambil, idx, tunda)
    except DecimalException:  # an overflow somewhere in the column: let each row say where
        tunda[:] = True
    nilai[tunda] = None
    return nilai, tunda


def bentuk(rumus: Formula) -> tuple[Formula, tuple[str, ...]]:
    """The formula's shape, with its variables renamed v0, v1, … in order of appearance,
    and the names they stand for: `a / b * 100` and `x / y * 100` share one shape, so one
    column evaluation serves every indicator written that way."""
    nama: dict[str, str] = {}

    def ganti(node):
        match node:
            case Variable(name, lag):
                return Variable(nama.setdefault(name, f"v{len(nama)}"), lag)
            case Unary(op, operand):
                return Unary(op, ganti(operand))
            case Binary(op, left, right):
                return Binary(op, ganti(left), ganti(right))
            case Call(name, args):
                return Call(name, tuple(ganti(a) for a in args))
        return node

    akar = ganti(rumus.root)
    return Formula(describe(akar), akar), tuple(nama)


# --- quarters into years ----------------------------------------------------------------


def nilai_tahunan(
    tahunan: np.ndarray, triwulan: Mapping[int, np.ndarray], cara: np.ndarray
) -> np.ndarray:
    """`capaian.nilai_tahunan` per row: the annual entry, else quarters 1–4 aggregated by
    the row's `cara` (an array of Agregasi values)."""
    hasil = tahunan.copy()
    perlu = ~terisi(tahunan)
    with konteks():
        for c in Agregasi:
            baris = perlu & (cara == c.value)
            if not baris.any():
                continue
            q = [triwulan[t][baris] for t in range(1, 5)]
            hasil[baris] = _agregasi(q, c)
    return hasil


def _agregasi(q, cara):
    """`capaian.agregasi_triwulan` over columns, adding in the same order (q1 → q4)."""
    n = len(q[0])
    jumlah = np.full(n, NOL, dtype=object)
    banyak = np.zeros(n, int)
    hasil = kolom_kosong(n)
    for kolom in q:
        isi = terisi(kolom)
        if cara in (Agregasi.JUMLAH, Agregasi.RATA_RATA):
            jumlah[isi] = jumlah[isi] + kolom[isi]
        elif cara is Agregasi.TERAKHIR:
            hasil[isi] = kolom[isi]
        else:
            pertama = isi & (banyak == 0)
            hasil[pertama] = kolom[pertama]
            lain = isi & (banyak > 0)
            if lain.any():
                lebih = (
                    kolom[lain] > hasil[lain]
                    if cara is Agregasi.MAKS
                    else kolom[lain] < hasil[lain]
                )
                hasil[lain] = np.where(lebih.astype(bool), kolom[lain], hasil[lain])
        banyak += isi
    berisi = banyak > 0
    if cara is Agregasi.JUMLAH:
        hasil[berisi] = jumlah[berisi]
    elif cara is Agregasi.RATA_RATA:
        hasil[berisi] = jumlah[berisi] / banyak[berisi].astype(object)
    return hasil


# --- capaian and predikat -----------------------------------------------------------------


def hitung_capaian_kolom(
    target: np.ndarray,
    realisasi: np.ndarray,
    polaritas: np.ndarray,
    target_atas: np.ndarray,
    batas: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`capaian.hitung_capaian` per row, as three columns: nilai, tanpa_batas, catatan
    (polaritas and batas are per-row columns too).

    A range target is positive against its lower bound below the range and negative
    against its upper bound above it, so every row reduces to one of two formulas over a
    positive target; zero and negative targets, invalid ranges and non-finite values take
    the row-wise path."""
    n = len(target)
    nilai, tanpa_batas, catatan = kolom_kosong(n), kolom_kosong(n), kolom_kosong(n)
    kosong_t, kosong_r = ~terisi(target), ~terisi(realisasi)
    for kt, kr in ((True, False), (False, True), (True, True)):
        catatan[(kosong_t == kt) & (kosong_r == kr)] = catatan_kosong(kt, kr)
    tak_berbatas = ~terisi(batas)
    bisa = ada(target) & ada(realisasi) & (tak_berbatas | ada(batas))
    bisa &= ~terisi(target_atas) | ada(target_atas)

    # Per row: the target the formula uses (acuan), whether lower is better, and the note
    # a range adds.
    acuan = target.copy()
    turun = bisa & (polaritas == Polaritas.NEGATIF.value)
    naik = bisa & (polaritas == Polaritas.POSITIF.value)
    di_dalam = np.zeros(n, bool)
    rentang = np.flatnonzero(bisa & (polaritas == Polaritas.RENTANG.value) & ada(target_atas))
    bawah, atas, r = target[rentang], target_atas[rentang], realisasi[rentang]
    sah = (bawah <= atas).astype(bool)
    di_bawah = sah & (r < bawah).astype(bool)
    di_atas = sah & (r > atas).astype(bool)
    di_dalam[rentang[sah & ~di_bawah & ~di_atas]] = True
    naik[rentang[di_bawah]] = True
    catatan[rentang[di_bawah]] = DI_BAWAH_RENTANG
    turun[rentang[di_atas]] = True
    acuan[rentang[di_atas]] = atas[di_atas]
    catatan[rentang[di_atas]] = DI_ATAS_RENTANG
    for arah in (naik, turun):
        i = np.flatnonzero(arah)
        arah[i] = (acuan[i] > 0).astype(bool)

    selesai = naik | turun | di_dalam
    try:
        with konteks():
            nilai[naik] = realisasi[naik] / acuan[naik] * SERATUS
            t = acuan[turun]
            nilai[turun] = (2 * t - realisasi[turun]) / t * SERATUS
    except ArithmeticError:  # an overflow somewhere in the column: let each row say where
        selesai[:] = False
    nilai[di_dalam] = SERATUS
    tanpa_batas[selesai] = nilai[selesai]
    # Below zero a lower-is-better capaian is floored, above the cap any capaian is
    # capped, each with its note.
    i = np.flatnonzero(turun & selesai)
    for k in i[(nilai[i] < 0).astype(bool)]:
        nilai[k], catatan[k] = NOL, _gabung(catatan[k], catatan_lantai(tanpa_batas[k]))
    i = np.flatnonzero(selesai & ~tak_berbatas)
    for k in i[(nilai[i] > batas[i]).astype(bool)]:
        nilai[k], catatan[k] = batas[k], _gabung(catatan[k], catatan_batas(batas[k]))
    for k in np.flatnonzero(~selesai & ~kosong_t & ~kosong_r):
        c = hitung_capaian(
            target[k], realisasi[k], Polaritas(polaritas[k]), target_atas[k], batas[k]
        )
        nilai[k], tanpa_batas[k], catatan[k] = c.nilai, c.tanpa_batas, c.catatan
    return nilai, tanpa_batas, catatan


def predikat_kolom(skala: SkalaPredikat, nilai: np.ndarray) -> np.ndarray:
    """`skala.predikat` per row: the label of the band holding each value, else None."""
    hasil = kolom_kosong(len(nilai))
    isi = np.flatnonzero(ada(nilai))
    v = nilai[isi]
    # Bands do not overlap (the scale is validated), so at most one matches.
    for p in skala.pita:
        cocok = np.ones(len(v), bool)
        if p.bawah is not None:
            cocok &= ((v >= p.bawah) if p.bawah_inklusif else (v > p.bawah)).astype(bool)
        if p.atas is not None:
            cocok &= ((v <= p.atas) if p.atas_inklusif else (v < p.atas)).astype(bool)
        hasil[isi[cocok]] = p.label
    return hasil
