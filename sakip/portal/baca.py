"""The public portal's read services: what anyone may see, signed in or not, and nothing
but the approved figures (`sakip.akun.akses`: `tahun_terbit`, `triwulan_terbit`,
`capaian_terbit` decide). Plain functions returning plain data (dataclasses of model
instances and Decimals at the engine's full precision), which the portal's pages render and
a read-only API can serialise as they are. Every figure comes from the one engine: the
year's from the stored results (`tersimpan.nilai_indikator_tahunan`, as `sakip capaian`),
the quarters' and the progress to the end target from `hitung.DataKinerja`. Each result is
cached per Pemda (`singgahan.py`)."""

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q

from sakip.akun.akses import (
    capaian_terbit,
    capaian_terbit_semua,
    indikator_terbit,
    opd_terbit,
    pemda_terbit,
    tahun_dokumen_pemda_terbit,
    tahun_kinerja_pemda_terbit,
    tahun_terbit,
    tahun_terbit_semua,
    triwulan_terbit,
)
from sakip.alur.terbit import dokumen_pemda_terbit, dokumen_terbit, jenis_terbit
from sakip.anggaran.hitung import Simpul, pohon_anggaran, serapan_triwulan
from sakip.anggaran.pemda import KinerjaPemda
from sakip.instansi.models import OPD, Pemda
from sakip.kinerja.anggaran import Serapan
from sakip.kinerja.capaian import Capaian
from sakip.kinerja.rumus import FormulaError, parse
from sakip.pelaporan.jenis import NAMA
from sakip.pelaporan.pemda import NAMA_PEMDA
from sakip.pengukuran.hitung import DataKinerja, NilaiIndikator, variabel_rumus
from sakip.pengukuran.models import Variabel
from sakip.pengukuran.ringkasan import rata_rata_tahunan, ringkasan_pemda
from sakip.pengukuran.tersimpan import (
    CapaianSasaran,
    baris_capaian,
    capaian_per_sasaran,
    nilai_indikator_tahunan,
)
from sakip.perencanaan.models import Indikator
from sakip.perencanaan.pohon import periode_berlaku

from . import singgahan

# --- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Angka:
    """An indicator's figures of a year (`triwulan` 0) or a quarter as the public sees
    them: the target always (the plan is published), the realisation, capaian and
    predikat only when `terbit` (approved), else None."""

    tahun: int
    triwulan: int
    target: Decimal | None
    target_atas: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None
    predikat: str | None
    catatan: tuple[str, ...]
    terbit: bool


def angka(nilai: NilaiIndikator, terbit: bool) -> Angka:
    """The public figures of the engine's `nilai`."""
    return Angka(
        nilai.tahun,
        nilai.triwulan,
        nilai.target,
        nilai.target_atas,
        nilai.realisasi if terbit else None,
        nilai.capaian.nilai if terbit else None,
        nilai.predikat if terbit else None,
        nilai.catatan if terbit else (),
        terbit,
    )


# --- documents -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DokumenPublik:
    opd: OPD
    tahun: int
    jenis: str  # the document's name in its download address (`pelaporan.jenis.JENIS`)
    nama: str


def dokumen_publik(**pilih) -> list[DokumenPublik]:
    """The published documents (of the Pemda or OPD given as `pemda=[...]`, `opd=[...]`),
    each kind of download on its own row."""
    return [
        DokumenPublik(s.opd, s.tahun, j, NAMA[j])
        for s in dokumen_terbit(**pilih)
        for j in jenis_terbit(s)
    ]


# --- search ----------------------------------------------------------------------------------

BATAS_CARI = 50  # results per kind


@dataclass(frozen=True)
class HasilCari:
    pemda: list[Pemda]
    opd: list[OPD]
    indikator: list[Indikator]


def cari(teks: str) -> HasilCari:
    """The published Pemda, OPD and indicators whose name holds every word of `teks`
    (case-insensitive), at most `BATAS_CARI` of each kind."""
    kata = teks.split()[:8]
    if not kata:
        return HasilCari([], [], [])

    def semua_kata(bidang):
        syarat = Q()
        for k in kata:
            syarat &= Q(**{f"{bidang}__icontains": k})
        return syarat

    def hitung():
        indikator = (
            indikator_terbit()
            .filter(semua_kata("nama"))
            .select_related("periode__opd")
            .order_by("nama", "pk")
        )
        return HasilCari(
            list(pemda_terbit().filter(semua_kata("nama"))[:BATAS_CARI]),
            list(opd_terbit().filter(semua_kata("nama"))[:BATAS_CARI]),
            list(indikator[:BATAS_CARI]),
        )

    kunci = hashlib.sha256(" ".join(k.lower() for k in kata).encode()).hexdigest()
    return singgahan.ambil(f"cari:{kunci}", singgahan.SEMUA, hitung)


def daftar_pemda() -> list[tuple[Pemda, int | None]]:
    """The Pemda the public sees, each with its latest published year (None: only its plan
    is published)."""

    def hitung():
        opd = list(opd_terbit())
        per_opd = tahun_terbit_semua(opd)
        tahun = defaultdict(list)
        for o in opd:
            tahun[o.pemda_id] += per_opd[o.pk]
        return [
            (p, max(tahun[p.pk] + tahun_dokumen_pemda_terbit(p), default=None))
            for p in pemda_terbit()
        ]

    return singgahan.ambil("pemda", singgahan.SEMUA, hitung)


# --- a Pemda ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BarisOPD:
    """One OPD on its Pemda's page for a year: its IKU's figures when the year's capaian
    is approved (`ringkasan` is None otherwise)."""

    opd: OPD
    tahun_terbit: list[int]
    ringkasan: object | None  # pengukuran.ringkasan.Baris
    predikat: list[tuple[str, int]]  # (band, how many IKU in it), highest first


@dataclass(frozen=True)
class HalamanPemda:
    pemda: Pemda
    tahun: int
    daftar_tahun: list[int]  # the years any OPD of the Pemda, or the Pemda, publishes
    label_predikat: list[str]  # the Pemda's predicate bands, highest first
    opd: list[BarisOPD]
    total: BarisOPD | None  # over the IKU of every OPD with approved capaian (opd None)
    dokumen: list[DokumenPublik] = field(default_factory=list)
    # the dashboard: the mean capaian of the IKU of the OPD with approved capaian, for each
    # published year up to `tahun`; their budget absorbed by the end of each quarter
    rata_per_tahun: list[tuple[int, Decimal | None]] = field(default_factory=list)
    serapan: dict[int, Serapan | None] = field(default_factory=dict)
    # the Pemda's own documents approved, up to `tahun`: (year, name in the address, name)
    dokumen_pemda: list[tuple[int, str, str]] = field(default_factory=list)
    # the IKU of the Pemda's own plan in force (`iku_pemda`), with the figures of each year
    # of `tahun_iku`; both empty when no such year is public
    tahun_iku: list[int] = field(default_factory=list)
    iku: "list[BarisIndikator]" = field(default_factory=list)


def halaman_pemda(pemda: Pemda, tahun: int) -> HalamanPemda:
    """The Pemda's page for `tahun` (a year `akses.ambil_pemda_terbit` let through)."""

    def hitung():
        semua = list(opd_terbit(pemda))
        terbit = tahun_terbit_semua(semua)
        lengkap = capaian_terbit_semua(semua, tahun)
        dihitung = [o for o in semua if o.pk in lengkap]
        ringkas = ringkasan_pemda(pemda, dihitung, tahun)
        per_opd = {b.opd.pk: b for b in ringkas.baris}

        def baris(opd, ringkasan):
            pita = ringkasan.per_predikat if ringkasan else []
            predikat = list(zip(ringkas.label, pita, strict=False))
            return BarisOPD(opd, terbit[opd.pk] if opd else [], ringkasan, predikat)

        tahun_opd = sorted({t for daftar in terbit.values() for t in daftar})
        opd_per_tahun = {}
        for t in (t for t in tahun_opd if t <= tahun):
            if lengkap_t := capaian_terbit_semua(semua, t):
                opd_per_tahun[t] = [o for o in semua if o.pk in lengkap_t]
        return HalamanPemda(
            pemda,
            tahun,
            sorted(set(tahun_opd) | set(tahun_dokumen_pemda_terbit(pemda))),
            ringkas.label,
            [baris(o, per_opd.get(o.pk)) for o in semua],
            baris(None, ringkas.total) if dihitung else None,
            [d for d in dokumen_publik(pemda=[pemda]) if d.tahun <= tahun],
            rata_rata_tahunan(pemda, opd_per_tahun),
            serapan_triwulan(dihitung, tahun),
            [
                (s.tahun, s.dokumen, NAMA_PEMDA[s.dokumen])
                for s in dokumen_pemda_terbit(pemda)
                if s.tahun <= tahun
            ],
            *iku_pemda(pemda, tahun),
        )

    return singgahan.ambil(f"pemda:{tahun}", pemda.pk, hitung)


# --- an OPD ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BarisIndikator:
    tujuan: object
    sasaran: object | None
    indikator: Indikator
    angka: Angka  # of the page's year
    per_tahun: dict[int, Angka]  # of each year with approved capaian (`tahun_capaian`)


def iku_pemda(pemda: Pemda, tahun: int) -> tuple[list[int], list[BarisIndikator]]:
    """(years, rows): the IKU of the Pemda's own plan in force in `tahun` (the rule of the
    IKU Pemda document, `KinerjaPemda.iku`) with their figures from the stored results in
    each year of that plan up to `tahun` whose figures are public
    (`akses.tahun_kinerja_pemda_terbit`); ([], []) when there is none."""
    terbit = tahun_kinerja_pemda_terbit(pemda)
    if not terbit:
        return [], []
    k = KinerjaPemda(pemda, tahun)
    rentang = {t for p in k.periode for t in range(p.tahun_awal, p.tahun_akhir + 1)}
    daftar = [t for t in terbit if t in rentang and t <= tahun]
    if not daftar:
        return [], []
    iku = k.iku
    per_tahun = {t: nilai_indikator_tahunan([b.nilai.indikator for b in iku], t) for t in daftar}
    return daftar, [
        BarisIndikator(
            b.tujuan,
            b.sasaran,
            b.nilai.indikator,
            angka(b.nilai, tahun in daftar),
            {t: angka(n[b.nilai.indikator.pk], True) for t, n in per_tahun.items()},
        )
        for b in iku
    ]


@dataclass(frozen=True)
class HalamanOPD:
    opd: OPD
    tahun: int
    daftar_tahun: list[int]  # `tahun_terbit`
    capaian_terbit: bool  # the year's realisation, capaian and predikat are approved
    triwulan_terbit: list[int]
    tahun_capaian: list[int]  # years of the plan in force with approved capaian
    baris: list[BarisIndikator]  # every indicator of the plan in force, in plan order
    dokumen: list[DokumenPublik]
    # the dashboard: capaian per sasaran of the year (when approved), the mean capaian of
    # the IKU in each year of `tahun_capaian`, the budget absorbed by the end of each
    # approved quarter
    per_sasaran: list[CapaianSasaran] = field(default_factory=list)
    rata_per_tahun: list[tuple[int, Decimal | None]] = field(default_factory=list)
    serapan: dict[int, Serapan | None] = field(default_factory=dict)

    @property
    def iku(self):
        return [b for b in self.baris if b.indikator.iku]

    @property
    def pohon(self):
        return pohon(self.baris)


def pohon(baris: list[BarisIndikator]) -> list:
    """[(tujuan, [its own indicator rows], [(sasaran, [rows])])] in plan order."""
    hasil: dict = {}
    for b in baris:
        tujuan = hasil.setdefault(b.tujuan.pk, (b.tujuan, [], {}))
        if b.sasaran is None:
            tujuan[1].append(b)
        else:
            tujuan[2].setdefault(b.sasaran.pk, (b.sasaran, []))[1].append(b)
    return [(t, sendiri, list(sasaran.values())) for t, sendiri, sasaran in hasil.values()]


def halaman_opd(opd: OPD, tahun: int) -> HalamanOPD:
    """The OPD's page for `tahun` (a year `akses.ambil_opd_terbit` let through)."""

    def hitung():
        daftar_tahun = tahun_terbit(opd)
        terbit = capaian_terbit(opd, tahun)
        baris = baris_capaian(opd, tahun)
        periode = periode_berlaku(opd, tahun)
        rentang = {t for p in periode for t in range(p.tahun_awal, p.tahun_akhir + 1)}
        tahun_capaian = [t for t in daftar_tahun if t in rentang and capaian_terbit(opd, t)]
        iku = [b.nilai.indikator for b in baris if b.nilai.indikator.iku]
        per_tahun = {t: nilai_indikator_tahunan(iku, t) for t in tahun_capaian}
        kuartal = triwulan_terbit(opd, tahun)
        serapan = serapan_triwulan([opd], tahun)
        return HalamanOPD(
            opd,
            tahun,
            daftar_tahun,
            terbit,
            kuartal,
            tahun_capaian,
            [
                BarisIndikator(
                    b.tujuan,
                    b.sasaran,
                    b.nilai.indikator,
                    angka(b.nilai, terbit),
                    {
                        t: angka(n[b.nilai.indikator.pk], True)
                        for t, n in per_tahun.items()
                        if b.nilai.indikator.pk in n
                    },
                )
                for b in baris
            ],
            dokumen_publik(opd=[opd]),
            capaian_per_sasaran(opd, tahun, baris) if terbit else [],
            rata_rata_tahunan(opd.pemda, {t: [opd] for t in tahun_capaian if t <= tahun}),
            {q: s for q, s in serapan.items() if q in kuartal},
        )

    return singgahan.ambil(f"opd:{opd.pk}:{tahun}", opd.pemda_id, hitung)


def baris_opd(opd: OPD, tahun: int, semua: bool = False) -> list[BarisIndikator]:
    """The rows of every indicator of the plan in force in `tahun`, in plan order: the
    public's (`halaman_opd`, a year `ambil_opd_terbit` let through), or with `semua` every
    figure, drafts included, for a user who sees the OPD (never cached: a draft changes
    without the workflow moving the cache's version)."""
    if not semua:
        return halaman_opd(opd, tahun).baris
    return [
        BarisIndikator(b.tujuan, b.sasaran, b.nilai.indikator, angka(b.nilai, True), {})
        for b in baris_capaian(opd, tahun)
    ]


def angka_triwulan(baris: list[BarisIndikator], tahun: int, triwulan: int) -> list[Angka]:
    """The figures of quarter `triwulan` of the rows' indicators (a quarter
    `akses.triwulan_terlihat` allows the caller), from the engine (`hitung.DataKinerja`)."""
    data = DataKinerja([b.indikator for b in baris])
    return [angka(data.nilai(b.indikator, tahun, triwulan), True) for b in baris]


# --- the budget ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BarisAnggaran:
    """The OPD total (kode and nama empty) or one program: its budget (pagu) always, its
    realisation and absorption only when the year's figures are shown (else None)."""

    kode: str
    nama: str
    pagu: Decimal
    realisasi: Decimal | None
    persen: Decimal | None


@dataclass(frozen=True)
class RingkasanAnggaran:
    total: BarisAnggaran
    program: list[BarisAnggaran]
    triwulan: dict[int, Decimal | None]  # realisation within each quarter shown (None: unknown)


def ringkasan_anggaran(
    opd: OPD, tahun: int, tahunan: bool, triwulan: list[int]
) -> RingkasanAnggaran:
    """The OPD's budget of `tahun` by program (`anggaran.hitung.pohon_anggaran`), with the
    year's realisation when `tahunan` and that of the quarters `triwulan` (what
    `akses.capaian_terlihat` and `triwulan_terlihat` allow the caller)."""
    program, total = pohon_anggaran(opd, tahun)

    def baris(s: Simpul) -> BarisAnggaran:
        kode, nama = (s.pos.kode, s.pos.nama) if s.pos else ("", "")
        if not tahunan:
            return BarisAnggaran(kode, nama, s.serapan.pagu, None, None)
        return BarisAnggaran(kode, nama, s.serapan.pagu, s.serapan.realisasi, s.serapan.persen)

    return RingkasanAnggaran(
        baris(total), [baris(p) for p in program], {q: total.triwulan[q] for q in triwulan}
    )


# --- an indicator ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HalamanIndikator:
    indikator: Indikator
    opd: OPD
    rumus: str  # the formula as written for people ("a ÷ b × 100"), "" without one
    variabel: list[Variabel]  # what the formula's names stand for
    komponen: list[Indikator]  # a composite's indicators (their mean)
    per_tahun: list[Angka]  # every year of the period
    triwulan: dict[int, list[Angka]]  # the approved quarters of each year
    kemajuan: tuple[int, Capaian] | None  # progress to the end target, latest approved year

    @property
    def tahun_terakhir(self):
        """The latest year whose figures are approved, or None."""
        return max((a.tahun for a in self.per_tahun if a.terbit), default=None)


def halaman_indikator(ind: Indikator, semua: bool = False) -> HalamanIndikator:
    """The indicator's page (an indicator `akses.ambil_indikator_terbit` let through); with
    `semua`, every figure, drafts included, for a user who sees its OPD (not cached)."""
    opd = ind.periode.opd

    def hitung():
        periode = ind.periode
        tahun = range(periode.tahun_awal, periode.tahun_akhir + 1)
        terbit = set(tahun if semua else tahun_terbit(opd))
        data = DataKinerja([ind])
        per_tahun, per_triwulan = [], {}
        for t in tahun:
            diterbitkan = semua or (t in terbit and capaian_terbit(opd, t))
            per_tahun.append(angka(nilai_indikator_tahunan([ind], t)[ind.pk], diterbitkan))
            kuartal = triwulan_terbit(opd, t) if t in terbit else []
            if kuartal and not diterbitkan:
                per_triwulan[t] = [angka(data.nilai(ind, t, q), True) for q in kuartal]
        terakhir = max((a.tahun for a in per_tahun if a.terbit), default=None)
        return HalamanIndikator(
            ind,
            opd,
            _rumus(ind),
            list(variabel_rumus(ind).order_by("kode")),
            list(ind.komponen.all()),
            per_tahun,
            per_triwulan,
            (terakhir, data.kemajuan(ind, terakhir)) if terakhir else None,
        )

    if semua:
        return hitung()
    return singgahan.ambil(f"indikator:{ind.pk}", opd.pemda_id, hitung)


def _rumus(ind):
    try:
        return parse(ind.rumus).describe() if ind.rumus else ""
    except FormulaError:
        return ""
