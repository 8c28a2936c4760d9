"""Feeding stored values to the engine (`sakip.kinerja`).

This module only gathers numbers from the database and hands them to the engine;
every capaian, mean, aggregate and predikat is computed there.

A realisation comes from, in order: the indicator's components (composite: mean of
the components, all of which must be present), its formula over data variables
(each variable aggregated over the quarters first, so ratios divide totals), or a
value entered directly. A value entered directly is used for a formula indicator only
for a period whose variable data are missing (a source document that printed only the
percentage), and the note says so.

The measurement pages read here too: where each data variable is read (`pemakaian`) and the
inputs of the quarter entry page per indicator (`kelompok_isian`, with the figures shown next
to them by `lengkapi_angka`; `isian_triwulan` lists them flat).
"""

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from django.db.models import Q

from sakip.kinerja.capaian import (
    Agregasi,
    Capaian,
    Hasil,
    Polaritas,
    hitung_capaian,
    kemajuan_terhadap_target_akhir,
    nilai_tahunan,
    rata_rata,
    triwulan_tahunan,
)
from sakip.kinerja.predikat import skala
from sakip.kinerja.rumus import (
    EvaluationError,
    Formula,
    FormulaError,
    Lookup,
    MissingValue,
    parse,
)
from sakip.pengukuran.models import TRIWULAN_CHOICES, NilaiVariabel, Realisasi, Variabel
from sakip.perencanaan.models import Indikator, Sasaran, Target
from sakip.perencanaan.pohon import periode_berlaku, sasaran_bawah, tujuan_lengkap


@dataclass(frozen=True)
class NilaiIndikator:
    indikator: Indikator
    tahun: int
    triwulan: int
    target: Decimal | None
    target_atas: Decimal | None
    realisasi: Decimal | None
    sumber_realisasi: str  # "komponen", "rumus", "langsung" or ""
    capaian: Capaian
    predikat: str | None
    catatan: tuple[str, ...]


# Distinct formula texts a process keeps parsed (a Pemda has a few hundred; the bound only
# keeps a long-running server from growing with every formula ever typed).
UKURAN_SIMPANAN_RUMUS = 4096


@lru_cache(maxsize=UKURAN_SIMPANAN_RUMUS)
def rumus_tersimpan(teks: str) -> Formula:
    """A formula parsed once per text."""
    return parse(teks)


def nama_rumus(teks):
    """The variable names a stored formula reads; an invalid stored formula reads none."""
    try:
        return rumus_tersimpan(teks).names
    except FormulaError:
        return frozenset()


def variabel_berlaku(daftar, pemda_id, opd_id, kode):
    """What a formula's name `kode` reads in an indicator of (`pemda_id`, `opd_id`): the
    OPD's own variable of that code, else the Pemda's. `daftar`: {(pemda_id, opd_id, kode):
    variable, or anything kept per variable}."""
    return daftar.get((pemda_id, opd_id, kode)) or daftar.get((pemda_id, None, kode))


def nama_variabel(nama: str | None, kode: str) -> str:
    """How a note names a formula's variable: its name, or for a code no variable has, the
    code in words ("kartu_kuning" -> "kartu kuning")."""
    return nama or kode.replace("_", " ").replace("-", " ")


@dataclass(frozen=True)
class NilaiTahunan:
    """A year's value of one series (a data variable, or an indicator's realisation entered
    directly) and where it comes from, as `nilai_tahunan` takes it."""

    nilai: Decimal | None
    diisi: bool  # the annual value entered is used
    triwulan: tuple[int, ...]  # else the quarters aggregated (`triwulan_tahunan`)
    agregasi: str

    @property
    def sampai(self) -> int | None:
        """The last quarter the value reaches, None for an entered annual value."""
        return self.triwulan[-1] if self.triwulan else None

    @property
    def uraian(self) -> str:
        """Where the value comes from, for the page: "jumlah Triwulan I–III"."""
        if self.diisi:
            return "nilai tahunan yang diisi"
        if not self.triwulan:
            return ""
        if len(self.triwulan) == 1:
            return f"dari {NAMA_PERIODE[self.triwulan[0]]}"
        awal, akhir = self.triwulan[0], self.triwulan[-1]
        if self.triwulan == tuple(range(awal, akhir + 1)):
            rentang = f"{NAMA_PERIODE[awal]}–{NAMA_PERIODE[akhir].removeprefix('Triwulan ')}"
        else:
            rentang = "Triwulan " + ", ".join(
                NAMA_PERIODE[t].removeprefix("Triwulan ") for t in self.triwulan
            )
        return f"{CARA_TAHUNAN[Agregasi(self.agregasi)]} {rentang}"


# "Tahunan", "Triwulan I" … "Triwulan IV"
NAMA_PERIODE = dict(TRIWULAN_CHOICES)

# How `NilaiTahunan.uraian` names each way of aggregating quarters (TERAKHIR takes one).
CARA_TAHUNAN = {
    Agregasi.JUMLAH: "jumlah",
    Agregasi.RATA_RATA: "rata-rata",
    Agregasi.MAKS: "terbesar dari",
    Agregasi.MIN: "terkecil dari",
    Agregasi.TERAKHIR: "dari",
}


def teks_sampai(triwulan: int | None) -> str:
    """How far into the year an annual figure reaches (`DataKinerja.sampai_triwulan`):
    "s.d. Triwulan II", or "" for a complete year."""
    return f"s.d. {NAMA_PERIODE[triwulan]}" if triwulan else ""


# (realisasi, its source: "komponen", "rumus", "langsung" or "", notes)
HasilRealisasi = tuple[Decimal | None, str, list[str]]

CATATAN_KUALITATIF = "Indikator kualitatif: capaian tidak dihitung sebagai angka"


def realisasi_rumus(
    rumus: Formula,
    ambil: Lookup,
    tahun: int,
    langsung: Decimal | None,
    nama_variabel: Callable[[str], str],
) -> HasilRealisasi:
    """(realisasi, source, notes) of a formula indicator; `ambil(name, lag)` gives a
    variable's value, `nama_variabel(code)` the name a note shows (never the code). A value
    entered directly stands in when variable data are missing."""
    try:
        return rumus.evaluate(ambil), "rumus", []
    except MissingValue as e:
        kurang = f"Data «{nama_variabel(e.name)}» tahun {tahun - e.lag} belum tersedia"
        if langsung is not None:
            return langsung, "langsung", [f"{kurang}; realisasi diisi langsung"]
        return None, "", [kurang]
    except EvaluationError as e:  # division by zero, non-finite data, overflow
        return None, "", [str(e)]


def target_komponen(
    target: Iterable[tuple[Decimal | None, Decimal | None]],
) -> tuple[Decimal | None, Decimal | None]:
    """A composite's (target, upper bound) from its components' (target, upper bound):
    the mean, which needs a point target from every component."""
    if any(t is None or atas is not None for t, atas in target):
        return None, None
    return rata_rata(t for t, _ in target).nilai, None


def realisasi_komponen(nama: list[str], nilai: list[Decimal | None]) -> HasilRealisasi:
    """(realisasi, source, notes) of a composite from its components' names and values."""
    kurang = [k for k, n in zip(nama, nilai, strict=True) if n is None]
    if kurang:
        return None, "komponen", ["Realisasi komponen belum lengkap: " + "; ".join(kurang)]
    return rata_rata(nilai).nilai, "komponen", ["Rata-rata realisasi komponen"]


def catatan_lengkap(
    catatan: list[str], capaian: Decimal | None, catatan_capaian: str | None, predikat: str | None
) -> tuple[str, ...]:
    """The notes of a value: those of its realisation, then of its capaian and predikat."""
    if catatan_capaian and catatan_capaian not in catatan:
        catatan = [*catatan, catatan_capaian]
    if capaian is not None and predikat is None:
        catatan = [*catatan, "Capaian di luar rentang skala predikat"]
    return tuple(catatan)


class DataKinerja:
    """Every stored value needed for a set of indicators, read in a fixed number of
    queries (no query per row)."""

    def __init__(self, indikator: Iterable[Indikator]) -> None:
        semua = {i.pk: i for i in indikator}
        komponen = Indikator.komponen.through.objects.filter(
            from_indikator__in=list(semua)
        ).select_related("to_indikator__periode__pemda")
        self.komponen: defaultdict[int, list[Indikator]] = defaultdict(list)
        for k in komponen.order_by("id"):
            semua.setdefault(k.to_indikator_id, k.to_indikator)
            self.komponen[k.from_indikator_id].append(semua[k.to_indikator_id])

        self.target = {
            (t.indikator_id, t.tahun, t.triwulan): t
            for t in Target.objects.filter(indikator__in=list(semua))
        }
        self.realisasi = {
            (r.indikator_id, r.tahun, r.triwulan): r.nilai
            for r in Realisasi.objects.filter(indikator__in=list(semua))
        }
        periode = [i.periode for i in semua.values()]
        variabel = list(
            Variabel.objects.filter(
                Q(opd__in={p.opd_id for p in periode if p.opd_id})
                | Q(opd__isnull=True, pemda__in={p.pemda_id for p in periode})
            )
        )
        self.variabel = {(v.pemda_id, v.opd_id, v.kode): v for v in variabel}
        self.nilai_variabel = {
            (n.variabel_id, n.tahun, n.triwulan): n.nilai
            for n in NilaiVariabel.objects.filter(variabel__in=variabel)
        }

    # --- values --------------------------------------------------------------------

    @staticmethod
    def _kuartal(
        nilai: Mapping[tuple[int, int, int], Decimal | None], kunci: int, tahun: int
    ) -> dict[int, Decimal | None]:
        return {q: nilai[(kunci, tahun, q)] for q in range(1, 5) if (kunci, tahun, q) in nilai}

    def _deret(
        self,
        nilai: Mapping[tuple[int, int, int], Decimal | None],
        kunci: int,
        tahun: int,
        triwulan: int,
        cara: str,
    ) -> Decimal | None:
        if triwulan:
            return nilai.get((kunci, tahun, triwulan))
        kuartal = self._kuartal(nilai, kunci, tahun)
        return nilai_tahunan(nilai.get((kunci, tahun, 0)), kuartal, Agregasi(cara))

    def _tahunan(
        self,
        nilai: Mapping[tuple[int, int, int], Decimal | None],
        kunci: int,
        tahun: int,
        cara: str,
    ) -> NilaiTahunan:
        tahunan = nilai.get((kunci, tahun, 0))
        kuartal = self._kuartal(nilai, kunci, tahun)
        return NilaiTahunan(
            nilai_tahunan(tahunan, kuartal, Agregasi(cara)),
            tahunan is not None,
            triwulan_tahunan(tahunan, kuartal, Agregasi(cara)),
            cara,
        )

    def tahunan_variabel(self, variabel: Variabel, tahun: int) -> NilaiTahunan:
        """The year's value of a data variable of these indicators' OPD or Pemda."""
        return self._tahunan(self.nilai_variabel, variabel.pk, tahun, variabel.agregasi)

    def tahunan_langsung(self, indikator: Indikator, tahun: int) -> NilaiTahunan:
        """The year's value of the realisation entered directly for `indikator`."""
        return self._tahunan(self.realisasi, indikator.pk, tahun, indikator.agregasi)

    def sampai_triwulan(self, indikator: Indikator, tahun: int) -> int | None:
        """Through which quarter the year's realisation runs while it is aggregated from
        the quarters entered so far: 1 to 3 during the year ("s.d. Triwulan II"). None when
        the year is complete (its annual values entered, or Triwulan IV in) or there is no
        realisation. Of several series (a formula's variables, a composite's components),
        the earliest: the figure covers the year only that far for all of them."""
        realisasi, sumber, _ = self.realisasi_indikator(indikator, tahun)
        if realisasi is None:
            return None
        if sumber == "komponen":
            sampai = [self.sampai_triwulan(k, tahun) for k in self.komponen[indikator.pk]]
        elif sumber == "rumus":
            periode = indikator.periode
            sampai = [
                self.tahunan_variabel(v, tahun).sampai
                for kode, lag in rumus_tersimpan(indikator.rumus).variables
                if lag == 0
                and (v := variabel_berlaku(self.variabel, periode.pemda_id, periode.opd_id, kode))
            ]
        else:
            sampai = [self.tahunan_langsung(indikator, tahun).sampai]
        sebagian = [s for s in sampai if s is not None and s < 4]
        return min(sebagian) if sebagian else None

    def _variabel(
        self, indikator: Indikator, kode: str, tahun: int, triwulan: int
    ) -> Decimal | None:
        periode = indikator.periode
        v = variabel_berlaku(self.variabel, periode.pemda_id, periode.opd_id, kode)
        if v is None:
            return None
        return self._deret(self.nilai_variabel, v.pk, tahun, triwulan, v.agregasi)

    def _nama_variabel(self, indikator: Indikator, kode: str) -> str:
        periode = indikator.periode
        v = variabel_berlaku(self.variabel, periode.pemda_id, periode.opd_id, kode)
        return nama_variabel(v.nama if v else None, kode)

    def data_pendukung(
        self, indikator: Indikator, tahun: int
    ) -> list[tuple[Variabel, int, Decimal | None]]:
        """(variable, year, annual value) of every data item the indicator's formula reads
        for `tahun` (a reference to year n-1 gives that year), in the order the formula
        names them: the supporting data behind a realisation (LKjIP annex)."""
        if not indikator.rumus:
            return []
        try:
            dibaca = rumus_tersimpan(indikator.rumus).variables
        except FormulaError:
            return []
        periode = indikator.periode
        hasil = []
        # Where each code first stands as a whole name: "produk_ikm" is not found inside
        # "produk_ikm_standar" (a tie there left the order to set iteration, which varies).
        tempat = {
            kode: m.start()
            if (m := re.search(rf"(?<!\w){re.escape(kode)}(?!\w)", indikator.rumus))
            else -1
            for kode, _ in dibaca
        }
        for kode, lag in sorted(dibaca, key=lambda v: (tempat[v[0]], v[1], v[0])):
            v = variabel_berlaku(self.variabel, periode.pemda_id, periode.opd_id, kode)
            if v is not None:
                hasil.append((v, tahun - lag, self._variabel(indikator, kode, tahun - lag, 0)))
        return hasil

    def target_indikator(
        self, indikator: Indikator, tahun: int, triwulan: int = 0
    ) -> tuple[Decimal | None, Decimal | None]:
        """(target, upper bound of a range target). The last year of the period without a
        yearly target has the end-of-period target (a supplement's tujuan indicators give
        only that one: "40 Persen" for 2021–2022)."""
        if komponen := self.komponen.get(indikator.pk):
            return target_komponen([self.target_indikator(k, tahun, triwulan) for k in komponen])
        t = self.target.get((indikator.pk, tahun, triwulan))
        if t:
            return t.nilai, t.nilai_atas
        if not triwulan and tahun == indikator.periode.tahun_akhir:
            return indikator.target_akhir, indikator.target_akhir_atas
        return None, None

    def kondisi_awal(self, indikator: Indikator) -> tuple[int | None, Decimal | None]:
        """(year, value) of the baseline. A composite without its own: the mean of its
        components' baselines when every one is recorded, for the same year (Jambi IKU 2025
        Tabel 3.2: 37,59 for 2022)."""
        komponen = self.komponen.get(indikator.pk)
        if indikator.baseline_nilai is not None or not komponen:
            return indikator.baseline_tahun, indikator.baseline_nilai
        awal = [self.kondisi_awal(k) for k in komponen]
        tahun = {t for t, _ in awal}
        nilai = [n for _, n in awal if n is not None]
        if len(tahun) != 1 or len(nilai) != len(awal):
            return None, None
        return tahun.pop(), rata_rata(nilai).nilai

    def kondisi_akhir(self, indikator: Indikator) -> Decimal | None:
        """The end-of-period target: the one recorded, else the target of the period's last
        year (a composite's: the mean of its components')."""
        if indikator.target_akhir is not None:
            return indikator.target_akhir
        return self.target_indikator(indikator, indikator.periode.tahun_akhir)[0]

    def realisasi_indikator(
        self, indikator: Indikator, tahun: int, triwulan: int = 0
    ) -> HasilRealisasi:
        """(realisasi, source, notes)"""
        if indikator.jenis == Indikator.Jenis.KUALITATIF:
            return None, "", [CATATAN_KUALITATIF]
        if komponen := self.komponen.get(indikator.pk):
            nilai = [self.realisasi_indikator(k, tahun, triwulan)[0] for k in komponen]
            return realisasi_komponen([k.nama for k in komponen], nilai)
        langsung = self._deret(self.realisasi, indikator.pk, tahun, triwulan, indikator.agregasi)
        if indikator.rumus:
            return realisasi_rumus(
                rumus_tersimpan(indikator.rumus),
                lambda nama, lag: self._variabel(indikator, nama, tahun - lag, triwulan),
                tahun,
                langsung,
                lambda kode: self._nama_variabel(indikator, kode),
            )
        if langsung is None:
            return None, "", []
        return langsung, "langsung", []

    def nilai(self, indikator: Indikator, tahun: int, triwulan: int = 0) -> NilaiIndikator:
        periode = indikator.periode
        pemda = periode.pemda
        target, target_atas = self.target_indikator(indikator, tahun, triwulan)
        realisasi, sumber, catatan = self.realisasi_indikator(indikator, tahun, triwulan)
        capaian = hitung_capaian(
            target, realisasi, Polaritas(indikator.polaritas), target_atas, pemda.batas_capaian
        )
        predikat = skala(pemda.skala_predikat).predikat(capaian.nilai)
        return NilaiIndikator(
            indikator,
            tahun,
            triwulan,
            target,
            target_atas,
            realisasi,
            sumber,
            capaian,
            predikat,
            catatan_lengkap(catatan, capaian.nilai, capaian.catatan, predikat),
        )

    def kemajuan(self, indikator: Indikator, tahun: int) -> Capaian:
        """Progress against the end-of-period target (LKjIP Tabel 9)."""
        realisasi, _, _ = self.realisasi_indikator(indikator, tahun)
        return kemajuan_terhadap_target_akhir(
            realisasi,
            indikator.target_akhir,
            Polaritas(indikator.polaritas),
            indikator.target_akhir_atas,
        )


def capaian_sasaran(nilai_indikator: Iterable[NilaiIndikator]) -> Hasil:
    """Sasaran capaian: the mean of its indicators' capaian (Jambi IKU, BAB III.B)."""
    return rata_rata(n.capaian.nilai for n in nilai_indikator)


def variabel_rumus(ind: Indikator):
    """The data variables the indicator's formula names (the OPD's own and the Pemda's), as
    a queryset; none without a formula."""
    if not ind.rumus:
        return Variabel.objects.none()
    return Variabel.objects.filter(
        Q(opd=ind.periode.opd_id) | Q(opd__isnull=True),
        pemda=ind.periode.pemda_id,
        kode__in=nama_rumus(ind.rumus),
    )


# What the data-variable pages show: where each variable is read.


def pemakaian(pemda, kode=None):
    """{variable pk: [indicators whose formula reads it]} over the whole Pemda, resolving a
    name as the engine does (`DataKinerja._variabel`): the indicator's own OPD's
    variable of that code first, else the Pemda's. With `kode`, only that code is looked at."""
    variabel = {(v.pemda_id, v.opd_id, v.kode): v.pk for v in Variabel.objects.filter(pemda=pemda)}
    indikator = (
        Indikator.objects.filter(periode__pemda=pemda)
        .exclude(rumus="")
        .select_related("periode__opd")
        .order_by("periode__opd__nama", "periode__tahun_awal", "urutan", "id")
    )
    if kode:
        indikator = indikator.filter(rumus__contains=kode)
    hasil = defaultdict(list)
    for ind in indikator:
        for nama in nama_rumus(ind.rumus):
            if kode and nama != kode:
                continue
            pk = variabel_berlaku(variabel, ind.periode.pemda_id, ind.periode.opd_id, nama)
            if pk:
                hasil[pk].append(ind)
    return hasil


def pemakai(v):
    return pemakaian(v.pemda_id, v.kode).get(v.pk, []) if v.pk else []


# The inputs of the quarter entry page (saved by `ubah.simpan_triwulan`).


@dataclass
class Isian:
    """One input of the quarter form."""

    kunci: str  # form field name: "v<variabel id>" or "r<indikator id>"
    label: str
    satuan: str
    indikator: Indikator
    tersimpan: NilaiVariabel | Realisasi | None
    variabel: Variabel | None = None
    # On the Tahunan tab (`lengkapi_angka`): the value the year uses and where it comes from.
    tahunan: NilaiTahunan | None = None

    @property
    def nilai(self):
        return self.tersimpan.nilai if self.tersimpan else None


@dataclass
class KelompokIsian:
    """One indicator on the entry page: its inputs, the variables it reads that an indicator
    above already shows (entered there), and, by `lengkapi_angka`, its figures."""

    indikator: Indikator
    isian: list[Isian]
    bersama: list[Variabel]
    # The node below the OPD's sasaran the indicator belongs to (None: a tujuan or sasaran).
    simpul: Sasaran | None = None
    nilai: NilaiIndikator | None = None  # target, realisation, capaian of the period
    # A quarter without a target of its own: the year's (target, upper bound).
    target_tahun: tuple[Decimal | None, Decimal | None] | None = None
    sampai: int | None = None  # `DataKinerja.sampai_triwulan`, on the Tahunan tab

    @property
    def teks_sampai(self):
        return teks_sampai(self.sampai)


def indikator_isian(opd, tahun):
    """(node or None, indikator) for the OPD's plans in force in `tahun`, in plan order: a
    tujuan's own, then each sasaran's followed by those of the nodes below it (sasaran
    program, kegiatan, individu; depth first, the node given), in a bounded number of
    queries."""
    periode = periode_berlaku(opd, tahun)
    bawah = sasaran_bawah(periode)

    def cabang(s):
        for a in bawah.get(s.pk, []):
            yield from ((a, i) for i in a.indikator_set.all())
            yield from cabang(a)

    for p in periode:
        for tj in tujuan_lengkap(p):
            yield from ((None, i) for i in tj.indikator_set.all())
            for ss in tj.sasaran_set.all():
                yield from ((None, i) for i in ss.indikator_set.all())
                yield from cabang(ss)


def kelompok_isian(opd, tahun, triwulan):
    """The inputs for the OPD's indicators in force in `tahun`, those of the nodes below
    its sasaran included (`indikator_isian`), in plan order, per indicator. A variable read
    by several indicators is an input once, under the first; Pemda-owned variables and
    composite or qualitative indicators are not entered here."""
    daftar = [
        (s, ind)
        for s, ind in indikator_isian(opd, tahun)
        if ind.jenis != Indikator.Jenis.KUALITATIF
    ]
    indikator = [ind for _, ind in daftar]
    bergabung = set(
        Indikator.komponen.through.objects.filter(from_indikator__in=indikator).values_list(
            "from_indikator_id", flat=True
        )
    )
    variabel = {v.kode: v for v in Variabel.objects.filter(opd=opd)}
    nilai_var = {
        n.variabel_id: n
        for n in NilaiVariabel.objects.filter(variabel__opd=opd, tahun=tahun, triwulan=triwulan)
    }
    realisasi = {
        r.indikator_id: r
        for r in Realisasi.objects.filter(indikator__in=indikator, tahun=tahun, triwulan=triwulan)
    }
    hasil, sudah = [], set()
    for simpul, ind in daftar:
        if ind.pk in bergabung:
            continue
        if not ind.rumus:
            isian = Isian(f"r{ind.pk}", ind.nama, ind.satuan, ind, realisasi.get(ind.pk))
            hasil.append(KelompokIsian(ind, [isian], [], simpul))
            continue
        k = KelompokIsian(ind, [], [], simpul)
        for kode in sorted(nama_rumus(ind.rumus)):
            if v := variabel.get(kode):
                if v.pk in sudah:
                    k.bersama.append(v)
                else:
                    sudah.add(v.pk)
                    k.isian.append(Isian(f"v{v.pk}", v.nama, v.satuan, ind, nilai_var.get(v.pk), v))
        if k.isian or k.bersama:
            hasil.append(k)
    return hasil


def isian_triwulan(opd, tahun, triwulan):
    """The inputs of `kelompok_isian`, one after the other."""
    return [i for k in kelompok_isian(opd, tahun, triwulan) for i in k.isian]


def lengkapi_angka(kelompok, tahun, triwulan):
    """Add what the entry page shows next to the inputs: each indicator's target,
    realisation and capaian of the period (from the values saved), the year's target when
    the quarter has none, and on the Tahunan tab (triwulan 0) how far into the year the
    figure reaches and the value each input's series gives the year."""
    data = DataKinerja([k.indikator for k in kelompok])
    for k in kelompok:
        k.nilai = data.nilai(k.indikator, tahun, triwulan)
        if triwulan and k.nilai.target is None:
            k.target_tahun = data.target_indikator(k.indikator, tahun)
        if triwulan:
            continue
        k.sampai = data.sampai_triwulan(k.indikator, tahun)
        for i in k.isian:
            i.tahunan = (
                data.tahunan_variabel(i.variabel, tahun)
                if i.variabel
                else data.tahunan_langsung(i.indikator, tahun)
            )
    return kelompok
