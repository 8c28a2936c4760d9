"""The pohon kinerja of an OPD in a year: its plan in force (tujuan → sasaran → sasaran
program → sasaran kegiatan → individu) with every indicator's numbers from the engine (the
same `nilai_indikator_tahunan` as `sakip capaian`), and under each node the sub kegiatan
of the year's budget linked to it, with their output capaian and budget (Tabel 14's).

It lives on the budget's floor because it reads both the plan's results and the budget;
the plan's own reads are `perencanaan.pohon.tujuan_lengkap` and `sasaran_bawah`. The CLI
(`sakip pohon`) and the pages use `pohon_kinerja` (one OPD) and `pohon_kinerja_pemda` (the
Pemda's plan down through every OPD serving it), built by the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from sakip.instansi.models import OPD, Pemda
from sakip.kinerja import pohon as k
from sakip.kinerja.anggaran import jumlahkan
from sakip.kinerja.capaian import rata_rata
from sakip.pengukuran.hitung import NilaiIndikator
from sakip.pengukuran.tersimpan import nilai_indikator_tahunan
from sakip.perencanaan.lintas import diterima_tahun, sebut_simpul
from sakip.perencanaan.models import Indikator, Sasaran, Tujuan
from sakip.perencanaan.pohon import (
    periode_berlaku,
    periode_berlaku_semua,
    periode_pemda_berlaku,
    sasaran_bawah,
    tujuan_lengkap_semua,
)

from .hitung import Pohon, capaian_keluaran, pohon_anggaran, pohon_anggaran_semua
from .hitung import Simpul as SimpulAnggaran
from .models import ProgramKegiatan


@dataclass(frozen=True)
class PohonKinerja:
    akar: list[k.Simpul]  # the tujuan of the plans in force
    sub_lepas: list[k.Simpul]  # sub kegiatan of the year linked to no sasaran
    cara: str  # the Pemda's choice of how a lower node's capaian rolls up (`k.CaraGabung`)
    # The Pemda's tree: OPD tujuan (with their sasaran) serving no Pemda sasaran.
    lepas: list[k.Simpul] = field(default_factory=list)

    def celah(self) -> list[k.Celah]:
        return k.celah(self.akar + self.lepas, self.sub_lepas)

    def capaian(self, s: k.Simpul):
        return k.capaian_simpul(s, self.cara)


def _pejabat(p):
    return (p.nama, p.nip) if p is not None else None


def _nilai(n: NilaiIndikator) -> k.NilaiSimpul:
    return k.NilaiSimpul(
        n.indikator.nama, n.indikator.satuan, n.target, n.realisasi, n.capaian.nilai
    )


def _sub(d: SimpulAnggaran, pemilik) -> k.Simpul:
    pos = d.pos
    indikator = []
    if pos.keluaran:
        indikator.append(
            k.NilaiSimpul(
                pos.keluaran,
                pos.satuan_keluaran,
                pos.target_keluaran,
                pos.realisasi_keluaran,
                capaian_keluaran(d).nilai,
            )
        )
    return k.Simpul(
        k.SUB_KEGIATAN,
        pos.nama,
        pos.kode,
        pemilik,
        indikator,
        serapan=d.serapan,
        kunci=pos.pk,
    )


@dataclass(frozen=True)
class TujuanOPD:
    """A tujuan of an OPD's plan in force as a node, with the plan's links up: the Pemda
    sasaran it serves and, per sasaran node under it, the one that sasaran serves."""

    simpul: k.Simpul
    melayani: int | None
    sasaran: list[tuple[k.Simpul, int | None]]


@dataclass(frozen=True)
class _Bahan:
    """What every tree of a year reads, for any number of OPD and Pemda plans at once."""

    tujuan: dict[int, list[Tujuan]]  # periode pk -> its tujuan (sasaran, indicators)
    bawah: dict[int, list[Sasaran]]
    nilai: dict[int, NilaiIndikator]


def _bahan(periode, tahun: int) -> _Bahan:
    semua = list(tujuan_lengkap_semua(periode))
    bawah = sasaran_bawah([p for p in periode if p.opd_id])
    indikator = [i for tj in semua for i in tj.indikator_set.all()]
    indikator += [i for tj in semua for s in tj.sasaran_set.all() for i in s.indikator_set.all()]
    indikator += [i for daftar in bawah.values() for s in daftar for i in s.indikator_set.all()]
    tujuan: dict[int, list[Tujuan]] = {p.pk: [] for p in periode}
    for tj in semua:
        tujuan[tj.periode_id].append(tj)
    return _Bahan(tujuan, bawah, nilai_indikator_tahunan(indikator, tahun))


def _tautan(anggaran: Iterable[Pohon]) -> dict[int, list[SimpulAnggaran]]:
    """{sasaran pk (any level): the sub kegiatan of these budgets linked to it, in budget
    order}, in one query."""
    sub = {d.pos.pk: d for program, _ in anggaran for p in program for d in p.daun()}
    tautan: dict[int, list[SimpulAnggaran]] = {}
    for t in ProgramKegiatan.sasaran.through.objects.filter(programkegiatan__in=list(sub)).order_by(
        "programkegiatan__urutan", "programkegiatan__kode"
    ):
        tautan.setdefault(t.sasaran_id, []).append(sub[t.programkegiatan_id])
    return tautan


def _pohon_opd(
    opd: OPD,
    periode,
    bahan: _Bahan,
    anggaran: Pohon,
    tautan: dict[int, list[SimpulAnggaran]],
    lintas: dict[int, list[k.Lintas]],
) -> tuple[PohonKinerja, list[TujuanOPD]]:
    program, _ = anggaran
    sub = {d.pos.pk: d for p in program for d in p.daun()}
    terkait = {d.pos.pk for daftar in tautan.values() for d in daftar}
    milik = (opd.slug, opd.nama)

    def indikator(x) -> list[k.NilaiSimpul]:
        return [_nilai(bahan.nilai[i.pk]) for i in x.indikator_set.all()]

    def simpul_sasaran(s: Sasaran) -> k.Simpul:
        pemilik = _pejabat(s.penanggung_jawab)
        anak = [simpul_sasaran(a) for a in bahan.bawah.get(s.pk, [])]
        anak += [_sub(d, pemilik) for d in tautan.get(s.pk, [])]
        return k.Simpul(
            s.tingkat,
            s.nama,
            s.nomor,
            pemilik,
            indikator(s),
            anak,
            melayani=s.melayani_id is not None,
            serapan=k.serapan_di_bawah(anak),
            opd=milik if s.tingkat == k.SASARAN else None,
            lintas=lintas.get(s.pk, []),
        )

    daftar = []
    for tj in (tj for p in periode for tj in bahan.tujuan[p.pk]):
        sasaran = [(simpul_sasaran(s), s.melayani_id) for s in tj.sasaran_set.all()]
        anak = [s for s, _ in sasaran]
        simpul = k.Simpul(
            k.TUJUAN,
            tj.nama,
            tj.nomor,
            None,
            indikator(tj),
            anak,
            melayani=tj.melayani_id is not None,
            serapan=k.serapan_di_bawah(anak),
            opd=milik,
        )
        daftar.append(TujuanOPD(simpul, tj.melayani_id, sasaran))
    lepas = [_sub(d, None) for pk, d in sub.items() if pk not in terkait]
    pohon = PohonKinerja([t.simpul for t in daftar], lepas, opd.pemda.gabung_capaian)
    return pohon, daftar


def lintas_simpul(
    opd: OPD, tahun: int, terlihat: Callable[[OPD], bool] = lambda o: False
) -> dict[int, list[k.Lintas]]:
    """{the OPD's sasaran or node pk: its accepted crosscutting links of `tahun`}, each as
    the node shows it: the partner OPD, the partner's node and, where `terlihat(partner)`
    (the viewer may see the partner's figures), that node's capaian of the year (the mean
    of its indicators', as any node's)."""
    daftar = []
    for kt, usulan in diterima_tahun(opd, tahun):
        milik, mitra = (kt.sasaran, kt.sasaran_mitra) if usulan else (kt.sasaran_mitra, kt.sasaran)
        opd_mitra = kt.opd_mitra if usulan else kt.opd
        daftar.append((kt, usulan, milik, mitra, opd_mitra))
    dilihat = [m for _, _, _, m, o in daftar if m is not None and terlihat(o)]
    indikator = list(Indikator.objects.filter(sasaran__in=dilihat).select_related("periode"))
    nilai = nilai_indikator_tahunan(indikator, tahun)
    per_simpul: dict[int, list] = {}
    for i in indikator:
        per_simpul.setdefault(i.sasaran_id, []).append(nilai[i.pk].capaian.nilai)
    hasil: dict[int, list[k.Lintas]] = {}
    for kt, usulan, milik, mitra, opd_mitra in daftar:
        if milik is None:
            continue
        capaian = rata_rata(per_simpul.get(mitra.pk, [])).nilai if mitra else None
        hasil.setdefault(milik.pk, []).append(
            k.Lintas(
                k.DIDUKUNG if usulan else k.MENDUKUNG,
                opd_mitra.nama,
                sebut_simpul(mitra) if mitra else None,
                capaian,
                kt.catatan,
            )
        )
    return hasil


def pohon_kinerja(
    opd: OPD, tahun: int, terlihat: Callable[[OPD], bool] = lambda o: False
) -> PohonKinerja:
    """The OPD's tree; each node carries its accepted crosscutting links (`lintas_simpul`,
    the partner's capaian where `terlihat(partner OPD)`)."""
    periode = periode_berlaku(opd, tahun)
    anggaran = pohon_anggaran(opd, tahun)
    lintas = lintas_simpul(opd, tahun, terlihat)
    bahan = _bahan(periode, tahun)
    return _pohon_opd(opd, periode, bahan, anggaran, _tautan([anggaran]), lintas)[0]


def pohon_kinerja_pemda(pemda: Pemda, tahun: int) -> PohonKinerja:
    """The Pemda's whole tree in `tahun`: each tujuan and sasaran of its own plan in force
    (RPJMD/RPD), under each sasaran the OPD tujuan serving it (a tujuan's sasaran serve
    what they name in `melayani`, else what their tujuan names, as the Pemda's documents
    read it), each with only its sasaran serving that one, down to sub kegiatan. The OPD
    branches serving nothing are left out of `akar` and kept in `lepas`, where `celah`
    finds them. One fixed set of queries for any number of OPD."""
    daftar_opd = list(OPD.objects.filter(pemda=pemda).select_related("pemda").order_by("nama"))
    milik_pemda = periode_pemda_berlaku(pemda, tahun)
    periode_opd = list(periode_berlaku_semua(daftar_opd, tahun).order_by("tahun_awal", "id"))
    bahan = _bahan(milik_pemda + periode_opd, tahun)
    anggaran = pohon_anggaran_semua(daftar_opd, tahun)
    tautan = _tautan(anggaran.values())
    melayani: dict[int, list[k.Simpul]] = {}
    lepas_tujuan, lepas_sub = [], []
    for o in daftar_opd:
        periode = [p for p in periode_opd if p.opd_id == o.pk]
        # Crosscutting links join two branches both drawn here: not repeated on them.
        pohon, daftar = _pohon_opd(o, periode, bahan, anggaran[o.pk], tautan, {})
        lepas_sub += pohon.sub_lepas
        for t in daftar:
            kelompok: dict[int | None, list[k.Simpul]] = {}
            for s, dilayani in t.sasaran:
                kelompok.setdefault(dilayani or t.melayani, []).append(s)
            if not t.sasaran:
                kelompok[t.melayani] = []
            for dilayani, anak in kelompok.items():
                simpul = replace(
                    t.simpul,
                    anak=anak,
                    melayani=dilayani is not None,
                    serapan=k.serapan_di_bawah(anak),
                )
                if dilayani is None:
                    lepas_tujuan.append(simpul)
                else:
                    melayani.setdefault(dilayani, []).append(simpul)

    def indikator(x) -> list[k.NilaiSimpul]:
        return [_nilai(bahan.nilai[i.pk]) for i in x.indikator_set.all()]

    akar = []
    for tj in (tj for p in milik_pemda for tj in bahan.tujuan[p.pk]):
        sasaran = []
        for s in tj.sasaran_set.all():
            anak = melayani.get(s.pk, [])
            sasaran.append(
                k.Simpul(
                    k.SASARAN,
                    s.nama,
                    s.nomor,
                    None,
                    indikator(s),
                    anak,
                    serapan=k.serapan_di_bawah(anak),
                )
            )
        akar.append(
            k.Simpul(
                k.TUJUAN,
                tj.nama,
                tj.nomor,
                None,
                indikator(tj),
                sasaran,
                serapan=k.serapan_di_bawah(sasaran),
            )
        )
    return PohonKinerja(akar, lepas_sub, pemda.gabung_capaian, lepas_tujuan)


@dataclass(frozen=True)
class AnggaranSimpul:
    """The budget under some nodes of the cascade (an official's, for their PK): the sub
    kegiatan of the year linked to them or to a node below them, each once, in budget
    order, and their total (None when none is linked)."""

    sub: list[SimpulAnggaran]
    jumlah: object  # Serapan | None

    @property
    def pagu(self):
        return self.jumlah.pagu if self.jumlah else None


def anggaran_simpul(opd: OPD, tahun: int, simpul: list[Sasaran]) -> AnggaranSimpul:
    cabang = {s.pk for s in simpul}
    baru = set(cabang)
    while baru:
        baru = set(Sasaran.objects.filter(induk__in=baru).values_list("pk", flat=True)) - cabang
        cabang |= baru
    terkait = set(
        ProgramKegiatan.sasaran.through.objects.filter(
            sasaran_id__in=cabang, programkegiatan__opd=opd, programkegiatan__tahun=tahun
        ).values_list("programkegiatan_id", flat=True)
    )
    program, _ = pohon_anggaran(opd, tahun)
    sub = [d for p in program for d in p.daun() if d.pos.pk in terkait]
    return AnggaranSimpul(sub, jumlahkan(d.serapan for d in sub) if sub else None)
