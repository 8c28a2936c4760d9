"""The budget rules that the forms, the YAML import and the workbook all apply, each
written once. Each rule is a plain function giving the reason (Indonesian, one sentence)
a value is refused, or None when it is allowed; the caller decides where it is shown.
`masalah_*` apply them to a stored record for the budget forms, reading only through the
record's relations (`models` uses this module), and give a list of reasons, empty when
allowed."""

from collections.abc import Iterable
from decimal import Decimal

from sakip.kinerja.anggaran import (
    KodeError,
    Tingkat,
    parse_kode,
    periksa_kode,
    realisasi_tahunan,
    salah_letak,
)
from sakip.kinerja.angka import format_rupiah
from sakip.kinerja.triwulan import NAMA_BULAN


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


def bulan_triwulan(triwulan):
    """The months (first, last) of quarter `triwulan`."""
    return 3 * triwulan - 2, 3 * triwulan


def masalah_realisasi(sub, triwulan, keuangan):
    """Problems (in Indonesian) that recording `keuangan` for `triwulan` would cause."""
    awal, akhir = bulan_triwulan(triwulan)
    # The quarter's own entry is the one being replaced.
    lain = [
        (r.bulan_awal, r.bulan_akhir, r.nilai)
        for r in sub.realisasi_keuangan_set.all()
        if (r.bulan_awal, r.bulan_akhir) != (awal, akhir)
    ]
    masalah = [
        alasan_tumpang_bulan(awal, akhir, [e[:2] for e in lain]),
        alasan_pagu(sub.pagu_berlaku, [*lain, (awal, akhir, keuangan)]),
    ]
    return [m for m in masalah if m]


def masalah_pagu(sub, pagu, pagu_perubahan):
    """Problems of setting a sub kegiatan's budget: the budget in force may not fall below
    what is already recorded as spent."""
    if not sub.pk:
        return []
    entri = [(r.bulan_awal, r.bulan_akhir, r.nilai) for r in sub.realisasi_keuangan_set.all()]
    pesan = alasan_pagu(pagu_berlaku(pagu, pagu_perubahan), entri)
    return [pesan] if pesan else []


def masalah_kode(pos, kode, nama, induk):
    """Problems (Indonesian) of giving line `pos` the code `kode` under `induk`: the code's
    own form and level, its parent, and what it would add to the problems of the OPD-year's
    list of codes (duplicates, orphaned children, mixed sub kegiatan formats) or against
    the Pemda's Nomenklatur."""
    try:
        k = parse_kode(kode)
    except KodeError as e:
        return [str(e)]
    if salah := salah_letak(k, pos.tingkat, induk.kode if induk else None):
        return [salah]
    lain = [
        (p.kode, p.nama)
        for p in pos.opd.program_kegiatan_set.filter(tahun=pos.tahun).exclude(pk=pos.pk)
    ]
    sudah = set(periksa_kode(lain + ([(pos.kode, pos.nama)] if pos.pk else [])))
    masalah = [m for m in periksa_kode([*lain, (k.teks, nama)]) if m not in sudah]
    daftar = set(pos.opd.pemda.nomenklatur_set.values_list("kode", flat=True))
    if daftar:
        tempat = Tingkat(pos.tingkat).label.capitalize()
        masalah += kode_di_luar_daftar([(k.teks, nama, tempat)], daftar)
    return masalah
