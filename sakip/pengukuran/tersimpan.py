"""Stored results (`HasilIndikator`): pages read an indicator's annual figures from here;
what is missing is computed by the fast path (`massal.hitung_opd`) for its OPD and stored.

Invalidation is precise: a change to a target or a realisation drops that indicator's
row for that year; a change to a data variable's values drops the rows, from that year
on, of the indicators whose formula names the variable; a change to an indicator, a
period or a Pemda's scale drops the rows that depend on it. Composites that include a
dropped indicator are dropped with it. The signal handlers are in `apps.py`.
"""

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection, connections, transaction
from django.db.models import F, Model, Q, QuerySet

from sakip.instansi.models import OPD
from sakip.kinerja.capaian import Capaian
from sakip.kinerja.rumus import MAX_LAG
from sakip.perencanaan.models import Indikator
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, tujuan_lengkap

from .hitung import DataKinerja, NilaiIndikator
from .massal import HasilMassal, hitung_opd
from .models import HasilIndikator, Variabel, VersiHasil

# --- writing -----------------------------------------------------------------------------


def salin_kolom(model: type[Model], nama: Sequence[str], baris: Iterable[Sequence[object]]) -> None:
    """Insert rows given as tuples of plain values (int, str, Decimal, date, None) for the
    fields named `nama` (attnames, all other fields at their defaults): COPY on
    PostgreSQL, batched INSERTs elsewhere."""
    if connection.vendor != "postgresql":
        model.objects.bulk_create(
            (model(**dict(zip(nama, b, strict=True))) for b in baris), batch_size=500
        )
        return
    # COPY fills no defaults: every column is given.
    bidang = [f for f in model._meta.concrete_fields if f.attname in nama or not f.primary_key]
    posisi = {n: i for i, n in enumerate(nama)}
    bawaan = [f.get_default() for f in bidang]
    ambil = [posisi.get(f.attname) for f in bidang]
    q = connection.ops.quote_name
    kolom = ", ".join(q(f.column) for f in bidang)
    with (
        connection.cursor() as c,
        c.cursor.copy(f"COPY {q(model._meta.db_table)} ({kolom}) FROM STDIN") as copy,
    ):
        if len(ambil) == len(nama) and ambil == list(range(len(nama))):
            for b in baris:
                copy.write_row(b)
        else:
            for b in baris:
                copy.write_row(
                    [d if i is None else b[i] for i, d in zip(ambil, bawaan, strict=True)]
                )


def _teks(kolom: Iterable[object]) -> list[str]:
    return ["" if x is None else str(x) for x in kolom]


BIDANG_HASIL = [
    "indikator_id", "tahun", "target", "target_atas", "realisasi", "sumber", "capaian",
    "tanpa_batas", "catatan_capaian", "predikat", "catatan",
]  # fmt: skip


def _baris(hasil: HasilMassal) -> Iterator[tuple]:
    """The rows of `HasilIndikator` for a fast-path result, built column by column."""
    return zip(
        hasil.indikator.tolist(),
        hasil.tahun.tolist(),
        _teks(hasil.target),
        _teks(hasil.target_atas),
        _teks(hasil.realisasi),
        hasil.sumber.tolist(),
        _teks(hasil.capaian),
        _teks(hasil.tanpa_batas),
        [c or "" for c in hasil.catatan_capaian],
        [p or "" for p in hasil.predikat],
        ["\n".join(c) for c in hasil.catatan],
        strict=True,
    )


def _versi(opd_ids: Iterable[int]) -> dict[int, int]:
    return dict(VersiHasil.objects.filter(opd__in=opd_ids).values_list("opd_id", "versi"))


def hitung_ulang(opd_ids: Iterable[int]) -> int:
    """Recompute and store every result of these OPD; returns the number of rows."""
    opd_ids = list(opd_ids)
    ada = set(VersiHasil.objects.filter(opd__in=opd_ids).values_list("opd_id", flat=True))
    VersiHasil.objects.bulk_create(
        [VersiHasil(opd_id=o) for o in opd_ids if o not in ada], ignore_conflicts=True
    )
    versi = _versi(opd_ids)
    hasil = hitung_opd(opd_ids)
    with transaction.atomic():
        # Locking the counters makes a concurrent invalidation wait until these rows are
        # in, and then drop them; a change already made shows as a raised counter.
        kini = dict(
            VersiHasil.objects.select_for_update()
            .filter(opd__in=opd_ids)
            .values_list("opd_id", "versi")
        )
        if kini != versi:
            return 0
        HasilIndikator.objects.filter(indikator__periode__opd__in=opd_ids).delete()
        salin_kolom(HasilIndikator, BIDANG_HASIL, _baris(hasil))
    return len(hasil)


def hitung_ulang_semua(opd_ids: Iterable[int], proses: int = 1, potong: int = 400) -> int:
    """Recompute and store the results of many OPD in batches of `potong` (bounded
    memory), spread over `proses` worker processes on PostgreSQL (SQLite has one writer).
    Returns the number of rows."""
    opd_ids = list(opd_ids)
    potongan = [opd_ids[i : i + potong] for i in range(0, len(opd_ids), potong)]
    if proses <= 1 or connection.vendor != "postgresql" or len(potongan) < 2:
        return sum(hitung_ulang(p) for p in potongan)
    connections.close_all()  # each worker opens its own connection
    konteks = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(proses, mp_context=konteks) as pelaksana:
        return sum(pelaksana.map(hitung_ulang, potongan))


# --- reading -----------------------------------------------------------------------------


def _angka(teks: str) -> Decimal | None:
    return Decimal(teks) if teks else None


def _nilai(ind: Indikator, h: HasilIndikator) -> NilaiIndikator:
    return NilaiIndikator(
        ind,
        h.tahun,
        0,
        _angka(h.target),
        _angka(h.target_atas),
        _angka(h.realisasi),
        h.sumber,
        Capaian(_angka(h.capaian), _angka(h.tanpa_batas), h.catatan_capaian or None),
        h.predikat or None,
        tuple(h.catatan.split("\n")) if h.catatan else (),
    )


def nilai_indikator_tahunan(
    indikator: Iterable[Indikator], tahun: int
) -> dict[int, NilaiIndikator]:
    """{indicator pk: NilaiIndikator} of the year for these indicators, from the store;
    what is missing is computed for its whole OPD first. Indicators outside a Renstra
    period of theirs (or of a Pemda plan) are computed directly."""
    indikator = list(indikator)
    tersimpan = _dari_simpanan(indikator, tahun)
    kurang = [i for i in indikator if i.pk not in tersimpan and i.periode.opd_id]
    if kurang:
        hitung_ulang({i.periode.opd_id for i in kurang})
        tersimpan |= _dari_simpanan(kurang, tahun)
    sisa = [i for i in indikator if i.pk not in tersimpan]
    if sisa:
        data = DataKinerja(sisa)
        tersimpan |= {i.pk: data.nilai(i, tahun) for i in sisa}
    return tersimpan


def _dari_simpanan(indikator: Iterable[Indikator], tahun: int) -> dict[int, NilaiIndikator]:
    per_pk = {i.pk: i for i in indikator}
    rows = HasilIndikator.objects.filter(indikator__in=list(per_pk), tahun=tahun)
    return {h.indikator_id: _nilai(per_pk[h.indikator_id], h) for h in rows}


@dataclass(frozen=True)
class Baris:
    tujuan: object
    sasaran: object
    nilai: NilaiIndikator


def baris_capaian(opd: OPD, tahun: int, hanya_iku: bool = False) -> list[Baris]:
    """One row per indicator of the OPD's plan in force in `tahun`, in plan order."""
    susunan = [
        (tj, ss, ind)
        for periode in periode_berlaku(opd, tahun)
        for tj, ss, ind in indikator_pohon(tujuan_lengkap(periode))
        if ind.iku or not hanya_iku
    ]
    nilai = nilai_indikator_tahunan((ind for _, _, ind in susunan), tahun)
    return [Baris(tj, ss, nilai[ind.pk]) for tj, ss, ind in susunan]


# --- invalidating ------------------------------------------------------------------------


def batalkan(
    indikator_ids: Iterable[int], dari_tahun: int | None = None, sampai_tahun: int | None = None
) -> None:
    """Drop the stored results of these indicators (and of every composite including
    them), for the years given, and raise their OPD's counters."""
    ids = set(indikator_ids)
    baru = set(ids)
    while baru:  # composites of composites
        baru = (
            set(
                Indikator.komponen.through.objects.filter(to_indikator__in=baru).values_list(
                    "from_indikator_id", flat=True
                )
            )
            - ids
        )
        ids |= baru
    if not ids:
        return
    opd = set(
        Indikator.objects.filter(pk__in=ids, periode__opd__isnull=False).values_list(
            "periode__opd_id", flat=True
        )
    )
    # Only existing counters: an OPD without one has never been computed.
    VersiHasil.objects.filter(opd__in=opd).update(versi=F("versi") + 1)
    baris = HasilIndikator.objects.filter(indikator__in=ids)
    if dari_tahun is not None:
        baris = baris.filter(tahun__gte=dari_tahun)
    if sampai_tahun is not None:
        baris = baris.filter(tahun__lte=sampai_tahun)
    baris.delete()


def pemakai_variabel(variabel: Variabel) -> QuerySet:
    """Indicators whose formula may name this variable: those of its OPD (or of every OPD
    of its Pemda, for a Pemda-wide variable) whose formula contains its code."""
    qs = Indikator.objects.filter(rumus__contains=variabel.kode)
    if variabel.opd_id:
        qs = qs.filter(periode__opd=variabel.opd_id)
    else:
        qs = qs.filter(Q(periode__pemda=variabel.pemda_id))
    return qs.values_list("pk", flat=True)


def batalkan_variabel(variabel: Variabel, tahun: int | None = None) -> None:
    """A value of year `tahun` feeds that year and, through period references, the
    MAX_LAG years after it."""
    sampai = None if tahun is None else tahun + MAX_LAG
    batalkan(pemakai_variabel(variabel), tahun, sampai)
