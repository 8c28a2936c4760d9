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


def format_tepat(nilai: Decimal) -> str:
    """Only the digits the value has: 80 -> "80", 1257 -> "1.257", 76.61 -> "76,61"."""
    with konteks():  # normalize() rounds to the context's precision
        eksponen = cast(int, nilai.normalize().as_tuple().exponent)
    return format_angka(nilai, max(0, -eksponen))


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
