"""Capaian (achievement) and aggregation: every formula lives here once.

All results are full precision (``konteks()``, 50 digits); rounding is for display only.
Undefined cases are documented outcomes, never a crash and never a silent 0: ``nilai`` is None
and ``catatan`` says why (in Indonesian, for the user).

hitung_capaian(target T, realisasi R, polaritas):
- R missing -> None, "Realisasi belum tersedia"; T missing -> None, "Target belum ditetapkan".
- A non-finite input (NaN, Infinity) or a result out of Decimal range -> None with catatan.
- POSITIF (higher is better): R / T × 100. T = 0 -> None (percentage undefined);
  T < 0 -> None (a negative target cannot be compared as a percentage).
- NEGATIF (lower is better): (2T − R) / T × 100, floored at 0 (PermenPANRB 6/2022
  "kondisi khusus"); when floored, ``tanpa_batas`` keeps the negative raw value and catatan
  says so. T = 0: R ≤ 0 -> 100 ("target nol tercapai"), R > 0 -> 0 with catatan.
  T < 0 -> None with catatan. Some documents use T / R × 100 instead
  (``capaian_terbalik``); the review of outside documents accepts either.
- RENTANG: the target is the closed range [T, target_atas]. target_atas missing or
  T > target_atas -> None with catatan. R inside the range -> 100; below it -> POSITIF
  against the lower bound; above it -> NEGATIF against the upper bound (zero and negative
  bounds then follow those polarities' rules).
- batas (optional cap, set per Pemda, e.g. 100 or 120): nilai = min(capaian, batas);
  ``tanpa_batas`` stays uncapped and catatan mentions the cap.

Aggregation: a year's value is the annual entry when there is one, else the quarters
aggregated by the indicator's Agregasi. A ratio indicator (e.g. 639 / 1.257 × 100) is NOT the
mean of its quarterly ratios: aggregate each data variable (numerator, denominator) with
``nilai_tahunan`` first, then evaluate the formula once on the aggregated variables.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sakip.kinerja.angka import format_persen, konteks

SERATUS = Decimal(100)
NOL = Decimal(0)


class Polaritas(StrEnum):
    POSITIF = "positif"
    NEGATIF = "negatif"
    RENTANG = "rentang"


class Agregasi(StrEnum):
    JUMLAH = "jumlah"
    TERAKHIR = "terakhir"
    RATA_RATA = "rata_rata"
    MAKS = "maks"
    MIN = "min"


@dataclass(frozen=True)
class Capaian:
    nilai: Decimal | None  # after the optional cap
    tanpa_batas: Decimal | None  # uncapped value, kept visible next to the capped one
    catatan: str | None  # why nilai is None, or what notable happened (capped, floored)


@dataclass(frozen=True)
class Hasil:
    nilai: Decimal | None
    catatan: str | None


@dataclass(frozen=True)
class Perubahan:
    selisih: Decimal | None
    persen: Decimal | None
    catatan: str | None


def _gabung(*catatan: str | bool | None) -> str | None:
    return "; ".join(c for c in catatan if isinstance(c, str) and c) or None


def _tak_terdefinisi(catatan: str | None) -> Capaian:
    return Capaian(None, None, catatan)


def persentase(bagian: Decimal, keseluruhan: Decimal) -> Decimal | None:
    """bagian ÷ keseluruhan × 100 (a share, or a capaian with positive polarity); None for a
    zero whole."""
    if keseluruhan == 0:
        return None
    with konteks():
        return bagian / keseluruhan * SERATUS


def _positif(target: Decimal, realisasi: Decimal) -> Capaian:
    if target == 0:
        return _tak_terdefinisi("Target nol: persentase capaian tidak terdefinisi")
    if target < 0:
        return _tak_terdefinisi("Target negatif tidak dapat dibandingkan sebagai persentase")
    hasil = persentase(realisasi, target)
    return Capaian(hasil, hasil, None)


def _negatif(target: Decimal, realisasi: Decimal) -> Capaian:
    if target == 0:
        if realisasi <= 0:
            return Capaian(SERATUS, SERATUS, "Target nol tercapai")
        return Capaian(NOL, NOL, "Target nol terlampaui (realisasi di atas nol); capaian 0")
    if target < 0:
        return _tak_terdefinisi("Target negatif tidak dapat dibandingkan sebagai persentase")
    hasil = (2 * target - realisasi) / target * SERATUS
    if hasil < 0:
        return Capaian(NOL, hasil, catatan_lantai(hasil))
    return Capaian(hasil, hasil, None)


def capaian_terbalik(target: Decimal, realisasi: Decimal) -> Decimal | None:
    """T / R × 100: the other "lower is better" capaian some documents use (a realisation
    half the target doubles the capaian); None when R is zero or either is negative."""
    if realisasi <= 0 or target < 0:
        return None
    with konteks():
        return target / realisasi * SERATUS


def tercapai(target: Decimal, realisasi: Decimal, polaritas: Polaritas) -> bool:
    """Whether a realisation meets its target: at least the target when higher is better, at
    most the target when lower is better (a document's "Tercapai" / "Belum Tercapai")."""
    if polaritas == Polaritas.NEGATIF:
        return realisasi <= target
    return realisasi >= target


def catatan_lantai(hasil: Decimal) -> str:
    return f"Realisasi melebihi dua kali target; capaian {format_persen(hasil)} ditetapkan 0"


def catatan_batas(batas: Decimal) -> str:
    return f"Capaian dibatasi {format_persen(batas)}"


def _rentang(bawah: Decimal, atas: Decimal | None, realisasi: Decimal) -> Capaian:
    if atas is None:
        return _tak_terdefinisi("Batas atas rentang target belum ditetapkan")
    if bawah > atas:
        return _tak_terdefinisi("Rentang target tidak valid: batas bawah melebihi batas atas")
    if realisasi < bawah:
        hasil, arah = _positif(bawah, realisasi), DI_BAWAH_RENTANG
    elif realisasi > atas:
        hasil, arah = _negatif(atas, realisasi), DI_ATAS_RENTANG
    else:
        return Capaian(SERATUS, SERATUS, None)
    return Capaian(hasil.nilai, hasil.tanpa_batas, _gabung(arah, hasil.catatan))


DI_BAWAH_RENTANG = "Realisasi di bawah rentang target (terhadap batas bawah)"
DI_ATAS_RENTANG = "Realisasi di atas rentang target (terhadap batas atas)"


def catatan_kosong(tanpa_target: bool, tanpa_realisasi: bool) -> str | None:
    return _gabung(
        tanpa_target and "Target belum ditetapkan",
        tanpa_realisasi and "Realisasi belum tersedia",
    )


def hitung_capaian(
    target: Decimal | None,
    realisasi: Decimal | None,
    polaritas: Polaritas,
    target_atas: Decimal | None = None,
    batas: Decimal | None = None,
) -> Capaian:
    """Capaian in percent by the rules in the module docstring."""
    polaritas = Polaritas(polaritas)
    if target is None or realisasi is None:
        return _tak_terdefinisi(catatan_kosong(target is None, realisasi is None))
    if not all(x.is_finite() for x in (target, realisasi, target_atas, batas) if x is not None):
        return _tak_terdefinisi("Target, realisasi atau batas bukan angka yang valid")
    try:
        with konteks():
            if polaritas is Polaritas.POSITIF:
                hasil = _positif(target, realisasi)
            elif polaritas is Polaritas.NEGATIF:
                hasil = _negatif(target, realisasi)
            else:
                hasil = _rentang(target, target_atas, realisasi)
    except ArithmeticError:  # exponent overflow on absurdly large inputs
        return _tak_terdefinisi("Nilai terlalu besar atau terlalu kecil untuk dihitung")
    if batas is not None and hasil.nilai is not None and hasil.nilai > batas:
        catatan = _gabung(hasil.catatan, catatan_batas(batas))
        return Capaian(batas, hasil.tanpa_batas, catatan)
    return hasil


def kemajuan_terhadap_target_akhir(
    realisasi: Decimal | None,
    target_akhir: Decimal | None,
    polaritas: Polaritas,
    target_atas: Decimal | None = None,
) -> Capaian:
    """Progress towards the end-of-plan target (LKjIP Tabel 9): the same capaian formula."""
    return hitung_capaian(target_akhir, realisasi, polaritas, target_atas)


def agregasi_triwulan(nilai: Mapping[int, Decimal | None], cara: Agregasi) -> Decimal | None:
    """Aggregate quarters 1..4 (missing ones absent or None); nothing to aggregate -> None."""
    cara = Agregasi(cara)
    for triwulan in nilai:
        if isinstance(triwulan, bool) or not isinstance(triwulan, int) or not 1 <= triwulan <= 4:
            raise ValueError(f"Triwulan tidak valid: {triwulan!r} (harus 1 sampai 4)")
    urut = [x for t in sorted(nilai) if (x := nilai[t]) is not None]
    if not urut:
        return None
    with konteks():
        if cara is Agregasi.JUMLAH:
            return sum(urut, NOL)
        if cara is Agregasi.TERAKHIR:
            return urut[-1]
        if cara is Agregasi.RATA_RATA:
            return sum(urut, NOL) / len(urut)
        return max(urut) if cara is Agregasi.MAKS else min(urut)


def nilai_tahunan(
    tahunan: Decimal | None, triwulan: Mapping[int, Decimal | None], cara: Agregasi
) -> Decimal | None:
    """An entered annual value wins; otherwise aggregate the quarters."""
    return tahunan if tahunan is not None else agregasi_triwulan(triwulan, cara)


def triwulan_tahunan(
    tahunan: Decimal | None, triwulan: Mapping[int, Decimal | None], cara: Agregasi
) -> tuple[int, ...]:
    """The quarters `nilai_tahunan` takes the year's value from: none when the entered
    annual value wins, the last quarter with a value for TERAKHIR, else every quarter with
    a value. Their last one says how far into the year the value reaches ("s.d. TW II")."""
    if tahunan is not None:
        return ()
    ada = tuple(sorted(t for t, x in triwulan.items() if x is not None))
    return ada[-1:] if Agregasi(cara) is Agregasi.TERAKHIR else ada


def rata_rata(nilai: Iterable[Decimal | None]) -> Hasil:
    """Mean of the defined values (composite indicators, sasaran capaian); None is skipped."""
    semua = list(nilai)
    ada = [v for v in semua if v is not None]
    if not ada:
        return Hasil(None, f"Belum ada indikator yang memiliki nilai (0 dari {len(semua)})")
    with konteks():
        rerata = sum(ada, NOL) / len(ada)
    lengkap = len(ada) == len(semua)
    return Hasil(
        rerata, None if lengkap else f"{len(ada)} dari {len(semua)} indikator memiliki nilai"
    )


def perubahan(sekarang: Decimal | None, sebelumnya: Decimal | None) -> Perubahan:
    """Change against the previous year, in units and in percent of |previous|."""
    if sekarang is None or sebelumnya is None:
        catatan = _gabung(
            sekarang is None and "Nilai tahun ini belum tersedia",
            sebelumnya is None and "Nilai tahun sebelumnya belum tersedia",
        )
        return Perubahan(None, None, catatan)
    with konteks():
        selisih = sekarang - sebelumnya
        if sebelumnya == 0:
            catatan = "Nilai tahun sebelumnya nol; persentase perubahan tidak terdefinisi"
            return Perubahan(selisih, None, catatan)
        return Perubahan(selisih, selisih / abs(sebelumnya) * SERATUS, None)
