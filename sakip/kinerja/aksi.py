"""Rencana Aksi (the actions that carry out a Perjanjian Kinerja): their status over the
quarters, the progress of an indicator's actions, and what is left of a budget line.

An action is planned in one quarter (`triwulan_rencana`, 1–4). Its owner reports on it each
quarter; a report sets the action's status from that quarter on, until a later report
changes it. Without any report up to a quarter the action has not started (`BELUM`).

kemajuan_aksi(actions, q): the progress of the actions by the end of quarter q, the share of
the actions planned in quarters 1..q whose status at q is `SELESAI`, × 100. Actions planned
after q do not count yet; None when no action is planned up to q (no share to take).

jumlah_anggaran(dipakai): the sum of actions' amounts, an action without one counting 0.
sisa_pagu(pagu, dipakai): what a budget line has left for actions: pagu − the sum of the
amounts of its actions. An action's amount may not exceed what is left without it.
"""

from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import StrEnum

from sakip.kinerja.capaian import persentase


class StatusAksi(StrEnum):
    BELUM = "belum"
    BERJALAN = "berjalan"
    SELESAI = "selesai"
    TERTUNDA = "tertunda"


LABEL_STATUS = {
    StatusAksi.BELUM: "Belum mulai",
    StatusAksi.BERJALAN: "Berjalan",
    StatusAksi.SELESAI: "Selesai",
    StatusAksi.TERTUNDA: "Tertunda",
}


def status_pada(laporan: Mapping[int, str], triwulan: int) -> StatusAksi:
    """The action's status at the end of `triwulan`: that of its latest report in quarters
    1..triwulan ({quarter: status}), else not started."""
    sebelum = [q for q in laporan if q <= triwulan]
    return StatusAksi(laporan[max(sebelum)]) if sebelum else StatusAksi.BELUM


def kemajuan_aksi(aksi: Iterable[tuple[int, Mapping[int, str]]], triwulan: int) -> Decimal | None:
    """Progress (%) of actions given as (planned quarter, {quarter: reported status}) by the
    end of `triwulan`; see the module's docstring."""
    jatuh_tempo = [laporan for rencana, laporan in aksi if rencana <= triwulan]
    if not jatuh_tempo:
        return None
    selesai = sum(status_pada(lap, triwulan) == StatusAksi.SELESAI for lap in jatuh_tempo)
    return persentase(Decimal(selesai), Decimal(len(jatuh_tempo)))


def jumlah_anggaran(dipakai: Iterable[Decimal | None]) -> Decimal:
    """The actions' amounts summed; an action without an amount counts 0."""
    return sum((a or Decimal(0) for a in dipakai), Decimal(0))


def sisa_pagu(pagu: Decimal | None, dipakai: Iterable[Decimal | None]) -> Decimal | None:
    """What the line's pagu leaves after the actions' amounts `dipakai`; None without pagu."""
    if pagu is None:
        return None
    return pagu - jumlah_anggaran(dipakai)
