"""Numbers as Indonesians write them: "1.234.567,89" (dot groups thousands, comma marks decimals).

Everything stays Decimal. Calculations run at PRESISI digits inside ``konteks()``; rounding
(2 decimals, ROUND_HALF_UP, as reports print it) happens only in the display helpers here,
so a rounded figure is never fed back into a formula.
"""

import decimal
import json
import re
from contextlib import AbstractContextManager
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import cast

PRESISI = 50
KOSONG = "–"  # en dash: shown where a value is undefined or missing
# What a stored number holds (numeric(30, 12), `perencanaan.models.angka`): 18 digits
# before the comma and 12 after it, so nothing that fits is ever rounded.
MAKS_DIGIT_BULAT = 18
MAKS_DESIMAL = 12

_ANGKA = re.compile(
    r"""
    (?P<tanda1>[-−+])?\s*          # sign may precede "Rp" ...
    (?:Rp\.?\s*)?
    (?P<tanda2>[-−+])?\s*          # ... or follow it
    (?P<bulat>\d{1,3}(?:\.\d{3})+|\d+)
    (?:,(?P<pecahan>\d+))?
    \s*%?
    """,
    re.VERBOSE | re.IGNORECASE,
)


class AngkaError(ValueError):
    """Text that is not a number written the Indonesian way."""


def konteks() -> AbstractContextManager[decimal.Context]:
    """Context for all kinerja arithmetic, built from defaults so callers' settings don't leak."""
    return decimal.localcontext(decimal.Context(prec=PRESISI))


def parse_angka(teks: str) -> Decimal:
    """Parse "1.257", "51,00", "-3,5", "82,97%", "Rp 1.234" exactly (digits copied, no float)."""
    bersih = teks.strip()
    cocok = _ANGKA.fullmatch(bersih)
    if cocok is None or (cocok["tanda1"] and cocok["tanda2"]):
        if re.search(r"\d\.\d", bersih):
            raise AngkaError(
                f"Angka '{teks}' tidak valid: titik hanya dipakai sebagai pemisah ribuan "
                "(kelompok 3 angka). Gunakan koma untuk desimal, mis. '1,5'."
            )
        raise AngkaError(f"'{teks}' bukan angka yang valid.")
    tanda = cocok["tanda1"] or cocok["tanda2"] or ""
    negatif = "-" if tanda in ("-", "−") else ""
    bulat = cocok["bulat"].replace(".", "")
    pecahan = f".{cocok['pecahan']}" if cocok["pecahan"] else ""
    return Decimal(f"{negatif}{bulat}{pecahan}")


def tidak_muat(nilai: Decimal) -> str | None:
    """Why `nilai` cannot be stored exactly (None when it can). Zeros at the end of the
    fraction change nothing, so "1,50000000000000" fits and "1E+20" has 21 digits."""
    if not nilai.is_finite():
        return "bukan angka terhingga"
    # Normalising at the value's own precision rounds nothing.
    n = nilai.normalize(decimal.Context(prec=max(1, len(nilai.as_tuple().digits))))
    bulat = max(0, n.adjusted() + 1)
    if bulat > MAKS_DIGIT_BULAT:
        return (
            f"angka terlalu besar, paling banyak {MAKS_DIGIT_BULAT} angka sebelum koma "
            f"(tertulis {bulat})"
        )
    desimal = max(0, -cast(int, n.as_tuple().exponent))  # finite: an int
    if desimal > MAKS_DESIMAL:
        return (
            f"angka terlalu rinci, paling banyak {MAKS_DESIMAL} angka di belakang koma "
            f"(tertulis {desimal})"
        )
    return None


def bulatkan(nilai: Decimal, desimal: int = 2) -> Decimal:
    """Round half-up to ``desimal`` places, for the few places that need the rounded number."""
    # Enough digits for the integer part too, so quantize never fails on large values.
    presisi = max(PRESISI, nilai.adjusted() + desimal + 2)
    with decimal.localcontext(decimal.Context(prec=presisi)):
        return nilai.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)


def format_angka(nilai: Decimal | None, desimal: int = 2) -> str:
    """Decimal("1234567.891") -> "1.234.567,89"; None -> "–"."""
    if nilai is None:
        return KOSONG
    if not nilai.is_finite():
        raise AngkaError(f"Nilai {nilai} tidak dapat ditampilkan.")
    bulat = bulatkan(nilai, desimal)
    tanda = "-" if bulat < 0 else ""  # no "-0,00" after rounding a tiny negative
    utuh, _, pecahan = f"{bulat.copy_abs():f}".partition(".")  # exact, unlike abs()
    kepala = len(utuh) % 3 or 3
    utuh = ".".join([utuh[:kepala], *(utuh[i : i + 3] for i in range(kepala, len(utuh), 3))])
    return f"{tanda}{utuh},{pecahan}" if pecahan else f"{tanda}{utuh}"


def desimal_perlu(nilai: Decimal, batas: int | None = None) -> int:
    """The decimals `nilai` has (12.000 -> 0, 2.50 -> 1), at most `batas` when given."""
    with konteks():  # normalize() rounds to the context's precision
        eksponen = cast(int, nilai.normalize().as_tuple().exponent)
    perlu = max(0, -eksponen)
    return perlu if batas is None else min(perlu, batas)


def format_tepat(nilai: Decimal) -> str:
    """Only the digits the value has: 80 -> "80", 1257 -> "1.257", 76.61 -> "76,61"."""
    return format_angka(nilai, desimal_perlu(nilai))


def desimal_tercetak(nilai: Decimal) -> int:
    """The decimals a figure was printed with, kept in its exponent: "93,60" read as
    Decimal("93.60") -> 2, "94" -> 0 (readers of printed figures never normalise them)."""
    return max(0, -cast(int, nilai.as_tuple().exponent))


def format_tercetak(nilai: Decimal) -> str:
    """A printed figure with the digits it was printed with: "93,6" stays "93,6", "93,60"
    stays "93,60", "70" stays "70"."""
    return format_angka(nilai, desimal_tercetak(nilai))


def format_persen(nilai: Decimal | None, desimal: int = 2) -> str:
    """Decimal("52.747") -> "52,75%"; None -> "–"."""
    return KOSONG if nilai is None else f"{format_angka(nilai, desimal)}%"


def format_rupiah(nilai: Decimal | None) -> str:
    """Decimal("1234567") -> "Rp 1.234.567"; cents are shown only when there are some."""
    if nilai is None:
        return KOSONG
    if not nilai.is_finite():
        raise AngkaError(f"Nilai {nilai} tidak dapat ditampilkan.")
    desimal = 0 if nilai == nilai.to_integral_value() else 2
    teks = format_angka(nilai.copy_abs(), desimal)
    return f"-Rp {teks}" if nilai < 0 and teks.strip("0.,") else f"Rp {teks}"


class JenisSatuan(StrEnum):
    """How a value is shown, decided by its unit (`Indikator.satuan`, `satuan_keluaran`)."""

    PERSEN = "persen"  # "%", "persen": 2 decimals and "%"
    RUPIAH = "rupiah"  # "Rp", "rupiah": "Rp 1.234.567"
    INDEKS = "indeks"  # an index or ratio: its decimals, no unit word ("83,47")
    JUMLAH = "jumlah"  # a count of things: its decimals and the unit ("12 bulan", "2,5 unit")


# Units that name an index or a ratio rather than count something: "83,47", not "83,47 indeks".
SATUAN_INDEKS = frozenset({"indeks", "nilai", "skor", "rasio", "angka"})
# Decimals a count or an index shows at most: enough for any value typed by hand; a computed
# value (a mean, a quotient) is cut there, for display only.
DESIMAL_TAMPIL = 4


def jenis_satuan(satuan: str, jenis: str = "") -> JenisSatuan:
    """The display kind of a unit; `jenis` (the indicator's kind: persentase, indeks, rasio,
    absolut) decides only when the unit is empty."""
    s = " ".join(satuan.lower().split()).rstrip(".")
    if s in ("%", "persen", "persentase", "prosen"):
        return JenisSatuan.PERSEN
    if s in ("rp", "rupiah"):
        return JenisSatuan.RUPIAH
    if s.split(" ")[0] in SATUAN_INDEKS:
        return JenisSatuan.INDEKS
    if not s and jenis == "persentase":
        return JenisSatuan.PERSEN
    if not s and jenis in ("indeks", "rasio"):
        return JenisSatuan.INDEKS
    return JenisSatuan.JUMLAH


def format_nilai(
    nilai: Decimal | None, satuan: str = "", jenis: str = "", dengan_satuan: bool = True
) -> str:
    """A value in its unit, the one display rule for pages and documents alike:
    percentages "80,00%", money "Rp 1.234.567", an index "83,47", a count "12 bulan" — a
    count shows its decimals when it has some ("2,5 unit"), never rounded to a whole.
    `dengan_satuan=False` leaves the unit out ("%", "Rp" and the unit word alike), for a
    table with its own Satuan column; the number keeps its kind's form."""
    if nilai is None:
        return KOSONG
    if not nilai.is_finite():
        raise AngkaError(f"Nilai {nilai} tidak dapat ditampilkan.")
    bentuk = jenis_satuan(satuan, jenis)
    if bentuk is JenisSatuan.PERSEN:
        return format_persen(nilai) if dengan_satuan else format_angka(nilai)
    if bentuk is JenisSatuan.RUPIAH:
        return (
            format_rupiah(nilai) if dengan_satuan else format_angka(nilai, desimal_perlu(nilai, 2))
        )
    teks = format_angka(nilai, desimal_perlu(nilai, DESIMAL_TAMPIL))
    kata = " ".join(satuan.split())
    return f"{teks} {kata}" if bentuk is JenisSatuan.JUMLAH and dengan_satuan and kata else teks


def json_angka(nilai) -> str:
    """JSON where Decimals are written as numbers at full precision (json would need floats)."""
    if isinstance(nilai, Decimal):
        with konteks():  # normalize() rounds to the context's precision
            return format(nilai.normalize(), "f")
    if isinstance(nilai, dict):
        isi = ", ".join(f"{json.dumps(k)}: {json_angka(v)}" for k, v in nilai.items())
        return "{" + isi + "}"
    if isinstance(nilai, list):
        return "[" + ",\n ".join(json_angka(v) for v in nilai) + "]"
    return json.dumps(nilai, ensure_ascii=False)
