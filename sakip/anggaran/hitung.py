"""Feeding stored budget values to the engine (`sakip.kinerja.anggaran`).

Parents are computed from their sub kegiatan, never read from storage. Physical progress
of a parent is the plain mean of its sub kegiatan, as the RFK annex of the Tebing Tinggi
LKjIP 2022 computes its total (16 × 100 %, one 95 % and one 0 % give 94,17 %).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch

from sakip.instansi.models import OPD
from sakip.kinerja.anggaran import (
    Serapan,
    bobot,
    efisiensi,
    fisik_tertimbang,
    jumlah_diketahui,
    jumlahkan,
    parse_kode,
    realisasi_per_triwulan,
    realisasi_sampai,
    realisasi_tahunan,
    serapan,
    urusan_dan_bidang,
)
from sakip.kinerja.capaian import Capaian, Hasil, Polaritas, hitung_capaian, rata_rata
from sakip.pengukuran.hitung import DataKinerja, NilaiIndikator, capaian_sasaran
from sakip.perencanaan.models import Indikator, Periode, Sasaran
from sakip.perencanaan.pohon import URUTAN_TINGKAT, periode_berlaku

from .models import Nomenklatur, ProgramKegiatan, RealisasiFisik

SUB = ProgramKegiatan.Tingkat.SUB_KEGIATAN


@dataclass
class Simpul:
    """One node of the budget tree (pos None: the OPD total)."""

    pos: ProgramKegiatan | None
    anak: list[Simpul] = field(default_factory=list)
    # sub kegiatan: (bulan_awal, bulan_akhir, nilai)
    entri: list[tuple[int, int, Decimal]] = field(default_factory=list)
    fisik_triwulan: dict[int, Decimal] = field(default_factory=dict)  # sub kegiatan: quarter -> %

    def __post_init__(self) -> None:
        daun = self.daun()
        if self.pos is not None and self.pos.tingkat == SUB:
            self.serapan = serapan(self.pos.pagu_berlaku, realisasi_tahunan(self.entri))
        else:
            self.serapan = jumlahkan(a.serapan for a in self.anak)
        self.triwulan = {
            q: jumlah_diketahui(realisasi_per_triwulan(d.entri)[q] for d in daun)
            for q in range(1, 5)
        }
        self.fisik = rata_rata(_fisik_sampai(d, 4) for d in daun)

    def semua(self) -> Iterator[Simpul]:
        """This node and its descendants, depth first."""
        yield self
        for a in self.anak:
            yield from a.semua()

    def daun(self) -> list[Simpul]:
        """The sub kegiatan under this node (itself when it is one)."""
        if self.pos is not None and self.pos.tingkat == SUB:
            return [self]
        return [d for a in self.anak for d in a.daun()]


def _fisik_sampai(sub: Simpul, triwulan: int) -> Decimal | None:
    laporan = [q for q in sub.fisik_triwulan if q <= triwulan]
    return sub.fisik_triwulan[max(laporan)] if laporan else None


def tahun_anggaran(opd: OPD) -> list[int]:
    """The years for which the OPD has a budget."""
    return sorted(set(opd.program_kegiatan_set.values_list("tahun", flat=True)))


def tahun_struktur(opd: OPD) -> list[int]:
    """Years whose budget may be entered: those the OPD's plan covers, and any year that
    already has a budget."""
    rencana = {
        t for p in Periode.objects.filter(opd=opd) for t in range(p.tahun_awal, p.tahun_akhir + 1)
    }
    return sorted(rencana | set(tahun_anggaran(opd)))


Pohon = tuple[list[Simpul], Simpul]  # (programs as a tree, the OPD total)


def pohon_anggaran(opd: OPD, tahun: int) -> Pohon:
    """(programs as a tree of Simpul, the OPD total) for one year, in three queries."""
    return pohon_anggaran_semua([opd], tahun)[opd.pk]


def pohon_anggaran_semua(daftar_opd: Iterable[OPD], tahun: int) -> dict[int, Pohon]:
    """{OPD pk: `pohon_anggaran`} for several OPD, in the same three queries."""
    daftar_opd = list(daftar_opd)
    per_opd: dict[int, list[ProgramKegiatan]] = {o.pk: [] for o in daftar_opd}
    for pos in ProgramKegiatan.objects.filter(opd__in=daftar_opd, tahun=tahun).prefetch_related(
        "realisasi_keuangan_set",
        Prefetch("realisasi_fisik_set", queryset=RealisasiFisik.objects.order_by("triwulan")),
    ):
        per_opd[pos.opd_id].append(pos)
    return {pk: _pohon(semua) for pk, semua in per_opd.items()}


def _pohon(semua: list[ProgramKegiatan]) -> Pohon:
    peta = {pos.pk: pos for pos in semua}
    anak: dict[int | None, list[ProgramKegiatan]] = {}
    for pos in semua:
        anak.setdefault(pos.induk_id, []).append(pos)
        if pos.induk_id:
            pos.induk = peta[pos.induk_id]  # already loaded: no query per row for parent names

    def bangun(pos: ProgramKegiatan) -> Simpul:
        if pos.tingkat != SUB:
            return Simpul(pos, [bangun(a) for a in anak.get(pos.pk, [])])
        return Simpul(
            pos,
            entri=[
                (r.bulan_awal, r.bulan_akhir, r.nilai) for r in pos.realisasi_keuangan_set.all()
            ],
            fisik_triwulan={f.triwulan: f.persen for f in pos.realisasi_fisik_set.all()},
        )

    program = [bangun(p) for p in anak.get(None, [])]
    return program, Simpul(None, program)


def serapan_triwulan(daftar_opd: Iterable[OPD], tahun: int) -> dict[int, Serapan | None]:
    """The budget absorbed by the end of each quarter, cumulative (the RFK's "total
    realisasi s.d. triwulan"), over the sub kegiatan of these OPD: {1..4: absorption of
    their whole pagu, or None where an entry straddles the quarter's end, its split being
    unknown}; {} when none of them has a budget in `tahun`."""
    daun = [d for opd in daftar_opd for p in pohon_anggaran(opd, tahun)[0] for d in p.daun()]
    if not daun:
        return {}
    pagu = jumlahkan(d.serapan for d in daun).pagu
    hasil: dict[int, Serapan | None] = {}
    for q in range(1, 5):
        sampai = jumlah_diketahui(realisasi_sampai(d.entri, 3 * q) for d in daun)
        hasil[q] = None if sampai is None else serapan(pagu, sampai)
    return hasil


@dataclass
class BarisPeriode:
    """One program, kegiatan or sub kegiatan over several budget years, matched by its
    code: its node in each year that budgets it."""

    kode: str
    tahun: dict[int, Simpul] = field(default_factory=dict)

    @property
    def pos(self) -> ProgramKegiatan:
        """The record of its latest year (name, output indicator)."""
        pos = self.tahun[max(self.tahun)].pos
        assert pos is not None  # rows are programs, kegiatan and sub kegiatan, never the total
        return pos

    @property
    def jumlah_pagu(self) -> Decimal | None:
        """Its budget summed over the years that budget it."""
        return jumlah_diketahui(s.serapan.pagu for s in self.tahun.values())


def anggaran_periode(
    opd: OPD, daftar_tahun: list[int]
) -> tuple[list[BarisPeriode], dict[int, Simpul]]:
    """The budgets of several years (a Renstra period) as one tree: each program,
    kegiatan and sub kegiatan once, children under their parent, in the order of the
    first year that has it; and the OPD total of each year that has a budget."""
    baris: dict[str, BarisPeriode] = {}
    anak: dict[str | None, list[str]] = {}
    total = {}
    for tahun in daftar_tahun:
        program, jumlah = pohon_anggaran(opd, tahun)
        if not program:
            continue
        total[tahun] = jumlah
        for simpul in (s for p in program for s in p.semua()):
            pos = simpul.pos
            assert pos is not None
            if pos.kode not in baris:
                baris[pos.kode] = BarisPeriode(pos.kode)
                anak.setdefault(pos.induk.kode if pos.induk else None, []).append(pos.kode)
            baris[pos.kode].tahun[tahun] = simpul

    def urut(kode: str) -> Iterator[BarisPeriode]:
        yield baris[kode]
        for a in anak.get(kode, []):
            yield from urut(a)

    return [b for kode in anak.get(None, []) for b in urut(kode)], total


@dataclass(frozen=True)
class BarisRFK:
    simpul: Simpul
    triwulan_ini: Decimal | None
    sampai_triwulan_lalu: Decimal | None
    serapan: Serapan | None  # at the end of the quarter; None when the split is unknown
    fisik: Hasil
    bobot: Decimal | None  # share of the OPD's total budget, %
    fisik_tertimbang: Decimal | None  # Σ bobot × fisik / 100 over its sub kegiatan


@dataclass(frozen=True)
class BarisUrusan:
    """An urusan or bidang urusan heading of the RFK; nama None when the Pemda's nomenklatur
    does not name the code."""

    kode: str
    nama: str | None


def tabel_rfk(opd: OPD, tahun: int, triwulan: int) -> list[BarisRFK]:
    """The RFK (Realisasi Fisik dan Keuangan) at the end of `triwulan`, every node included."""
    return rfk_pohon(pohon_anggaran(opd, tahun), triwulan)


def rfk_pohon(pohon: Pohon, triwulan: int) -> list[BarisRFK]:
    """`tabel_rfk` of a tree already built by `pohon_anggaran`: several quarters of one
    year share one tree (and its queries)."""
    program, total = pohon
    akhir = 3 * triwulan
    pagu_opd = total.serapan.pagu
    baris = []
    for simpul in [s for p in program for s in p.semua()] + [total]:
        daun = simpul.daun()
        sampai = jumlah_diketahui(realisasi_sampai(d.entri, akhir) for d in daun)
        baris.append(
            BarisRFK(
                simpul,
                simpul.triwulan[triwulan],
                jumlah_diketahui(realisasi_sampai(d.entri, akhir - 3) for d in daun),
                None if sampai is None else serapan(simpul.serapan.pagu, sampai),
                rata_rata(_fisik_sampai(d, triwulan) for d in daun),
                bobot(simpul.serapan.pagu, pagu_opd),
                fisik_tertimbang(
                    ((d.serapan.pagu, _fisik_sampai(d, triwulan)) for d in daun), pagu_opd
                ),
            )
        )
    return baris


def rfk_berurusan(
    opd: OPD, tahun: int, triwulan: int, pohon: Pohon | None = None
) -> list[BarisRFK | BarisUrusan]:
    """`tabel_rfk` as Pemda RFK forms lay it out: each program under a heading for its urusan
    and one for its bidang urusan (from its code), named from the Pemda's nomenklatur. `pohon`:
    the year's tree when the caller built it already (a document reads it once)."""
    baris = rfk_pohon(pohon or pohon_anggaran(opd, tahun), triwulan)
    nama = dict(Nomenklatur.objects.filter(pemda=opd.pemda_id).values_list("kode", "nama"))
    hasil: list[BarisRFK | BarisUrusan] = []
    kelompok: tuple[str, ...] = ()  # (urusan, bidang) of the program above
    for b in baris:
        pos = b.simpul.pos
        if pos is not None and pos.induk_id is None:
            baru = tuple(map(str, urusan_dan_bidang(parse_kode(pos.kode))))
            # A heading opens when the program leaves the urusan (or bidang) above it.
            for ke, kode in enumerate(baru):
                if baru[: ke + 1] != kelompok[: ke + 1]:
                    hasil.append(BarisUrusan(kode, nama.get(kode)))
            kelompok = baru
        hasil.append(b)
    return hasil


@dataclass(frozen=True)
class BarisEfisiensi:
    sasaran: Sasaran
    capaian_kinerja: Hasil
    serapan: Serapan
    efisiensi: Hasil
    sub_kegiatan: tuple[Simpul, ...]

    def dukungan(self) -> Iterator[tuple[Simpul, Capaian, bool]]:
        """(sub kegiatan, its output capaian, whether it supported the sasaran): a sub
        kegiatan that delivered none of its output did not support it."""
        for s in self.sub_kegiatan:
            keluaran = capaian_keluaran(s)
            yield s, keluaran, bool(keluaran.nilai)


def efisiensi_sasaran(opd: OPD, tahun: int, pohon: Pohon | None = None) -> list[BarisEfisiensi]:
    """Per sasaran with linked sub kegiatan in `tahun`: performance capaian (mean of its
    indicators), budget absorption (sums over its sub kegiatan) and efficiency (Tabel 13).
    `pohon`: the year's tree when the caller built it already."""
    program, _ = pohon or pohon_anggaran(opd, tahun)
    simpul = {pos.pk: d for p in program for d in p.daun() if (pos := d.pos)}
    tautan = ProgramKegiatan.sasaran.through.objects.filter(programkegiatan__in=list(simpul))
    # A sub kegiatan linked to a node below a sasaran (sasaran program, kegiatan) counts
    # for the plan's sasaran at the top of that branch, once.
    jalur = ["sasaran__" + "induk__" * n + "tujuan" for n in range(len(URUTAN_TINGKAT))]
    dengan_akar = sorted(
        ((t.sasaran.akar, t) for t in tautan.select_related(*jalur)),
        key=lambda x: (x[0].tujuan.urutan, x[0].urutan, x[1].id),
    )
    per_sasaran: dict[Sasaran, list[Simpul]] = {}
    sudah = set()
    for akar, t in dengan_akar:
        if (akar.pk, t.programkegiatan_id) not in sudah:
            sudah.add((akar.pk, t.programkegiatan_id))
            per_sasaran.setdefault(akar, []).append(simpul[t.programkegiatan_id])
    indikator = Indikator.objects.filter(sasaran__in=list(per_sasaran)).select_related(
        "periode__pemda"
    )
    data = DataKinerja(indikator)
    nilai: dict[int, list[NilaiIndikator]] = {}
    for ind in indikator:
        nilai.setdefault(ind.sasaran_id, []).append(data.nilai(ind, tahun))
    hasil = []
    for sasaran, subs in per_sasaran.items():
        kinerja = capaian_sasaran(nilai.get(sasaran.pk, []))
        uang = jumlahkan(s.serapan for s in subs)
        hasil.append(
            BarisEfisiensi(
                sasaran, kinerja, uang, efisiensi(kinerja.nilai, uang.persen), tuple(subs)
            )
        )
    return hasil


@dataclass(frozen=True)
class BarisKeluaran:
    simpul: Simpul
    capaian_keluaran: Capaian
    efisiensi: Hasil


def capaian_keluaran(sub: Simpul) -> Capaian:
    pos = sub.pos  # a sub kegiatan; the OPD total has no output
    if pos is None:
        return hitung_capaian(None, None, Polaritas.POSITIF)
    return hitung_capaian(pos.target_keluaran, pos.realisasi_keluaran, Polaritas.POSITIF)


def tabel_keluaran(opd: OPD, tahun: int, pohon: Pohon | None = None) -> list[BarisKeluaran]:
    """Per sub kegiatan: output capaian against budget absorption (LKjIP Tabel 14). `pohon`:
    the year's tree when the caller built it already."""
    program, _ = pohon or pohon_anggaran(opd, tahun)
    hasil = []
    for d in (d for p in program for d in p.daun()):
        keluaran = capaian_keluaran(d)
        hasil.append(BarisKeluaran(d, keluaran, efisiensi(keluaran.nilai, d.serapan.persen)))
    return hasil


def sasaran_pilihan(opd, tahun, pos=None):
    """Sasaran a sub kegiatan may support: those of the OPD's Renstra in force in `tahun`,
    plus any it is already linked to (so that saving does not drop them unseen)."""
    qs = Sasaran.objects.filter(tujuan__periode__in=periode_berlaku(opd, tahun))
    if pos is not None and pos.pk:
        qs = qs | Sasaran.objects.filter(program_kegiatan_set=pos)
    return (
        qs.select_related("tujuan__periode")
        .distinct()
        .order_by("tujuan__periode__tahun_awal", "tujuan__urutan", "urutan", "id")
    )
