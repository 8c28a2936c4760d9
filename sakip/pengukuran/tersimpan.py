"""Stored results (`HasilIndikator`): pages read an indicator's annual figures from here.
A reader never writes: what is missing is computed in memory and not stored.

Invalidation is precise: a change to a target or a realisation drops that indicator's
row for that year; a change to a data variable's values drops the rows, from that year
on, of the indicators whose formula names the variable; a change to an indicator, a
period or a Pemda's scale drops the rows that depend on it. Composites that include a
dropped indicator are dropped with it. The drop is made in the writer's transaction (so a
rollback takes it back with the change), and the OPD concerned are recomputed by the
fast path (`massal.hitung_opd`) once that transaction commits, in the writer's request.
A bulk save runs in a `tunda()` block, which collects its invalidations and makes them
once at its end. The signal handlers are connected in `apps.py`.
"""

import multiprocessing
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from django.db import connection, connections, transaction
from django.db.models import F, Model, Q, QuerySet

from sakip.instansi.models import OPD
from sakip.kinerja.capaian import Capaian, Hasil
from sakip.kinerja.rumus import MAX_LAG
from sakip.perencanaan.models import Indikator, Sasaran
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, tujuan_lengkap

from .hitung import DataKinerja, NilaiIndikator, capaian_sasaran
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
    """Recompute and store every result of these OPD; returns the number of rows (0 when a
    change overtook the computation: that change's own recomputation follows it)."""
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
        VersiHasil.objects.filter(opd__in=opd_ids).update(dihitung=F("versi"))
    return len(hasil)


def hitung_yang_kurang(opd_ids: Iterable[int]) -> int:
    """Recompute the OPD among these (still existing) whose stored results are not whole:
    a change dropped some since they were last stored. Returns the number of rows."""
    ada = set(OPD.objects.filter(pk__in=set(opd_ids)).values_list("pk", flat=True))
    utuh = VersiHasil.objects.filter(opd__in=ada, dihitung=F("versi"))
    kurang = sorted(ada - set(utuh.values_list("opd_id", flat=True)))
    return hitung_ulang_semua(kurang) if kurang else 0


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
    """{indicator pk: NilaiIndikator} of the year for these indicators, from the store.
    What is not stored (a Pemda plan's indicators; an OPD whose recomputation a later
    change overtook, or that was never computed) is computed in memory by the
    per-indicator path for those indicators only, and not stored: a reader never writes."""
    indikator = list(indikator)
    hasil = _dari_simpanan(indikator, tahun)
    sisa = [i for i in indikator if i.pk not in hasil]
    if sisa:
        data = DataKinerja(sisa)
        hasil |= {i.pk: data.nilai(i, tahun) for i in sisa}
    return hasil


def _dari_simpanan(indikator: Iterable[Indikator], tahun: int) -> dict[int, NilaiIndikator]:
    _buang_yang_tertunda()
    per_pk = {i.pk: i for i in indikator}
    rows = HasilIndikator.objects.filter(indikator__in=list(per_pk), tahun=tahun)
    return {h.indikator_id: _nilai(per_pk[h.indikator_id], h) for h in rows}


@dataclass(frozen=True)
class Baris:
    tujuan: object
    sasaran: object
    nilai: NilaiIndikator


def baris_capaian(
    opd: OPD,
    tahun: int,
    hanya_iku: bool = False,
    pohon: Sequence[tuple[Model, Model | None, Indikator]] | None = None,
) -> list[Baris]:
    """One row per indicator of the OPD's plan in force in `tahun`, in plan order. `pohon`:
    the plans' (tujuan, sasaran or None, indikator) when the caller read them already."""
    if pohon is None:
        pohon = [
            x
            for periode in periode_berlaku(opd, tahun)
            for x in indikator_pohon(tujuan_lengkap(periode))
        ]
    susunan = [(tj, ss, ind) for tj, ss, ind in pohon if ind.iku or not hanya_iku]
    nilai = nilai_indikator_tahunan((ind for _, _, ind in susunan), tahun)
    return [Baris(tj, ss, nilai[ind.pk]) for tj, ss, ind in susunan]


@dataclass(frozen=True)
class CapaianSasaran:
    sasaran: Sasaran
    nilai: tuple[NilaiIndikator, ...]  # its key indicators' figures, in plan order
    capaian: Hasil  # their mean capaian (`capaian_sasaran`)


def capaian_per_sasaran(
    opd: OPD, tahun: int, baris: Sequence[Baris] | None = None
) -> list[CapaianSasaran]:
    """Each sasaran of the OPD's plan in force with its IKU, in plan order, and its capaian:
    the mean of those IKU's capaian (LKjIP summary, IKU table, dashboards). `baris`: the
    year's IKU rows (`baris_capaian(..., hanya_iku=True)`) when the caller read them."""
    if baris is None:
        baris = baris_capaian(opd, tahun, hanya_iku=True)
    per_sasaran: dict[Any, list[NilaiIndikator]] = {}  # Sasaran: Baris holds plain objects
    for b in baris:
        if b.sasaran is not None and b.nilai.indikator.iku:
            per_sasaran.setdefault(b.sasaran, []).append(b.nilai)
    return [CapaianSasaran(s, tuple(n), capaian_sasaran(n)) for s, n in per_sasaran.items()]


# --- invalidating ------------------------------------------------------------------------

Rentang = tuple[int | None, int | None]  # first and last year dropped (None: unbounded)


@dataclass
class _Antrean:
    """Invalidations waiting for the end of a `tunda` block: indicator ids per range of
    years, and the OPD of deleted indicators (whose composites are already in `rentang`)."""

    rentang: defaultdict[Rentang, set[int]] = field(default_factory=lambda: defaultdict(set))
    opd: set[int] = field(default_factory=set)

    def tambah(self, lain: "_Antrean") -> None:
        for r, ids in lain.rentang.items():
            self.rentang[r] |= ids
        self.opd |= lain.opd


class _Lokal(threading.local):
    def __init__(self) -> None:
        self.tumpukan: list[_Antrean] = []  # one per open `tunda` block, innermost last


_lokal = _Lokal()


@contextmanager
def tunda() -> Iterator[None]:
    """A block of writes (a bulk save) whose invalidations are collected, de-duplicated and
    made once at its end, with one recomputation per OPD after the commit. The block is a
    transaction (a savepoint when nested), so its writes and the drops they call for
    commit or roll back together: a block that raises leaves the inputs and the stored
    results as they were. A nested block hands its queue to the enclosing one when it
    succeeds and drops it when it rolls back. Usable as a decorator."""
    antre = _Antrean()
    with transaction.atomic():
        _lokal.tumpukan.append(antre)
        try:
            yield
        finally:
            _lokal.tumpukan.pop()
        if connection.needs_rollback:
            return  # `set_rollback`: the transaction takes back what the block wrote
        if _lokal.tumpukan:
            _lokal.tumpukan[-1].tambah(antre)
        else:
            _buang(antre)


def _antrekan(antre: _Antrean) -> None:
    """Queue in the innermost open block, or drop at once outside any."""
    if _lokal.tumpukan:
        _lokal.tumpukan[-1].tambah(antre)
    else:
        _buang(antre)


def batalkan(
    indikator_ids: Iterable[int], dari_tahun: int | None = None, sampai_tahun: int | None = None
) -> None:
    """Drop the stored results of these indicators (and of every composite including
    them), for the years given, raise their OPD's counters and have those OPD recomputed
    after the commit. Inside a `tunda` block this waits for the block's end."""
    antre = _Antrean()
    # Read now: a queryset given here may not say the same at the end of the block.
    antre.rentang[(dari_tahun, sampai_tahun)] = set(indikator_ids)
    _antrekan(antre)


def batalkan_hapus(indikator_ids: Iterable[int]) -> None:
    """`batalkan` for indicators about to be deleted: their composites and OPD are looked
    up now, while the rows linking them still exist."""
    antre = _Antrean()
    ids = set(indikator_ids)
    antre.rentang[(None, None)] = _dengan_komposit(ids, _komposit(ids))
    antre.opd = _opd(antre.rentang[(None, None)])
    _antrekan(antre)


def _komposit(ids: set[int]) -> dict[int, set[int]]:
    """{indicator: the composites that list it} for these indicators and, up the chain,
    for those composites."""
    induk: dict[int, set[int]] = defaultdict(set)
    dilihat, baru = set(ids), set(ids)
    while baru:  # composites of composites
        pasangan = Indikator.komponen.through.objects.filter(to_indikator__in=baru).values_list(
            "to_indikator_id", "from_indikator_id"
        )
        baru = set()
        for anak, komposit in pasangan:
            induk[anak].add(komposit)
            baru.add(komposit)
        baru -= dilihat
        dilihat |= baru
    return induk


def _dengan_komposit(ids: set[int], induk: dict[int, set[int]]) -> set[int]:
    hasil, baru = set(ids), set(ids)
    while baru:
        baru = set().union(*(induk.get(i, ()) for i in baru)) - hasil
        hasil |= baru
    return hasil


def _opd(ids: set[int]) -> set[int]:
    return set(
        Indikator.objects.filter(pk__in=ids, periode__opd__isnull=False).values_list(
            "periode__opd_id", flat=True
        )
    )


def _rentang_lengkap(antre: _Antrean) -> list[tuple[Rentang, set[int]]]:
    """Each range of years with its indicators and their composites."""
    induk = _komposit(set().union(*antre.rentang.values()))
    return [(r, _dengan_komposit(ids, induk)) for r, ids in antre.rentang.items() if ids]


def _hapus_baris(rentang: list[tuple[Rentang, set[int]]]) -> None:
    for (dari, sampai), ids in rentang:
        baris = HasilIndikator.objects.filter(indikator__in=ids)
        if dari is not None:
            baris = baris.filter(tahun__gte=dari)
        if sampai is not None:
            baris = baris.filter(tahun__lte=sampai)
        baris.delete()


def _buang(antre: _Antrean) -> None:
    """Make the queued invalidations: one counter update, one delete per range of years,
    one recomputation per OPD after the commit."""
    rentang = _rentang_lengkap(antre)
    if not rentang and not antre.opd:
        return
    opd = antre.opd | _opd(set().union(*(ids for _, ids in rentang)))
    # Only existing counters: an OPD without one has never been computed.
    VersiHasil.objects.filter(opd__in=opd).update(versi=F("versi") + 1)
    _hapus_baris(rentang)
    if opd:
        # After the commit, outside the writer's transaction; a failure leaves the rows
        # missing (read in memory meanwhile), never the write undone.
        transaction.on_commit(partial(hitung_yang_kurang, opd), robust=True)


def _buang_yang_tertunda() -> None:
    """Before a read inside a block: drop what the open blocks have queued so far. They
    keep their queues, to drop again at their end: an inner savepoint rolled back would
    take these deletes back, while the writes of the outer blocks stay."""
    if _lokal.tumpukan:
        semua = _Antrean()
        for antre in _lokal.tumpukan:
            semua.tambah(antre)
        _hapus_baris(_rentang_lengkap(semua))


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
