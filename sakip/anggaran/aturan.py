"""The budget rules that the forms, the YAML import and the workbook all apply, each
written once. Each rule is a plain function giving the reason (Indonesian, one sentence)
a value is refused, or None when it is allowed; the caller decides where it is shown."""

from collections.abc import Iterable
from decimal import Decimal

from sakip.kinerja.anggaran import realisasi_tahunan
from sakip.kinerja.angka import format_rupiah

NAMA_BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def nama_rentang(awal: int, akhir: int) -> str:
    """(1, 3) -> "Januari–Maret"; (5, 5) -> "Mei"."""
    if awal == akhir:
        return NAMA_BULAN[awal - 1]
    return f"{NAMA_BULAN[awal - 1]}–{NAMA_BULAN[akhir - 1]}"


def pagu_berlaku(pagu: Decimal | None, pagu_perubahan: Decimal | None) -> Decimal | None:
    """The budget in force: the revised one when there is one."""
    return pagu if pagu_perubahan is None else pagu_perubahan


def alasan_tumpang_bulan(awal: int, akhir: int, lain: Iterable[tuple[int, int]]) -> str | None:
    """An amount spent over months `awal`..`akhir` may not share a month with another
    entry of the sub kegiatan (`lain`: their first and last month): an amount recorded
    for a run of months cannot be split, so the two could not be told apart."""
    for lain_awal, lain_akhir in lain:
        if lain_awal <= akhir and awal <= lain_akhir:
            return (
                f"Realisasi {nama_rentang(awal, akhir)} bertumpang tindih dengan realisasi "
                f"{nama_rentang(lain_awal, lain_akhir)} yang tercatat sebagai satu rentang; "
                "angkanya tidak dapat dipisahkan."
            )
    return None


def alasan_pagu(berlaku: Decimal | None, entri: Iterable[tuple[int, int, Decimal]]) -> str | None:
    """The year's financial realisation (every entry: first month, last month, amount)
    may not exceed the budget in force (none set: no limit)."""
    if berlaku is None:
        return None
    total = realisasi_tahunan(entri)
    if total <= berlaku:
        return None
    return (
        f"Total realisasi keuangan setahun {format_rupiah(total)} melebihi pagu yang berlaku "
        f"{format_rupiah(berlaku)}."
    )


def kode_di_luar_daftar(kode, nomenklatur):
    """Budget codes (kode, nama, tempat) missing from the Pemda's reference list."""
    return [
        f"{tempat}: kode '{teks}' ('{nama}') tidak ada dalam daftar nomenklatur Pemda"
        for teks, nama, tempat in kode
        if teks not in nomenklatur
    ]
