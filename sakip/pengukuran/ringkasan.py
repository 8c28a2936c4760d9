"""The Pemda performance dashboard: for a year, how the IKU of each OPD fared (how many,
how many have a capaian, their mean capaian, how many fall in each predikat band).

Read set-based: the periods in force of every OPD, their IKU and the stored results in
a fixed number of queries, whatever the number of OPD."""

from collections import Counter, defaultdict
from dataclasses import dataclass

from sakip.kinerja.capaian import Hasil, rata_rata
from sakip.kinerja.predikat import skala
from sakip.perencanaan.models import Indikator, Periode
from sakip.perencanaan.pohon import periode_berlaku_semua

from .tersimpan import nilai_indikator_tahunan


@dataclass(frozen=True)
class Baris:
    opd: object  # None in the total row
    jumlah: int  # IKU in the plans in force
    berisi: int  # of which have a capaian
    rata_rata: Hasil  # mean capaian of those IKU
    per_predikat: list[int]  # count per band, in the order of `Ringkasan.label`


@dataclass(frozen=True)
class Ringkasan:
    label: list[str]  # the predikat bands of the Pemda's scale, highest first
    baris: list[Baris]
    total: Baris


def _baris(opd, nilai, label):
    capaian = [n.capaian.nilai for n in nilai]
    predikat = Counter(n.predikat for n in nilai)
    return Baris(
        opd,
        len(nilai),
        sum(c is not None for c in capaian),
        rata_rata(capaian),
        [predikat[x] for x in label],
    )


def ringkasan_pemda(pemda, opd, tahun):
    """One row per OPD of `opd` (OPD of `pemda`, in their order) and a total row, whose
    mean is over all the IKU of those OPD (not a mean of the OPD means)."""
    opd = list(opd)
    iku = list(
        Indikator.objects.filter(
            periode__in=periode_berlaku_semua(opd, tahun), iku=True
        ).select_related("periode__pemda")
    )
    nilai = nilai_indikator_tahunan(iku, tahun)
    per_opd = defaultdict(list)
    for ind in iku:
        per_opd[ind.periode.opd_id].append(nilai[ind.pk])
    label = [p.label for p in reversed(skala(pemda.skala_predikat).pita)]
    return Ringkasan(
        label,
        [_baris(o, per_opd[o.pk], label) for o in opd],
        _baris(None, [nilai[i.pk] for i in iku], label),
    )


def tahun_rencana(pemda):
    """The years covered by any plan of the Pemda or of its OPD, ascending."""
    rentang = Periode.objects.filter(pemda=pemda).values_list("tahun_awal", "tahun_akhir")
    return sorted({t for awal, akhir in rentang.distinct() for t in range(awal, akhir + 1)})


def rata_rata_tahunan(pemda, opd_per_tahun):
    """[(year, mean capaian of the IKU of that year's OPD, or None)] for {year: [OPD]},
    in year order: the dashboards' "capaian over the years" (the total row's mean)."""
    return [
        (t, ringkasan_pemda(pemda, opd, t).total.rata_rata.nilai)
        for t, opd in sorted(opd_per_tahun.items())
    ]
