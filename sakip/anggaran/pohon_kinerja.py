"""The pohon kinerja of an OPD in a year: its plan in force (tujuan → sasaran → sasaran
program → sasaran kegiatan → individu) with every indicator's numbers from the engine (the
same `nilai_indikator_tahunan` as `sakip capaian`), and under each node the sub kegiatan
of the year's budget linked to it, with their output capaian and budget (Tabel 14's).

It lives on the budget's floor because it reads both the plan's results and the budget;
the plan's own reads are `perencanaan.pohon.tujuan_lengkap` and `sasaran_bawah`. The CLI
(`sakip pohon`) and the page both use `pohon_kinerja`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sakip.instansi.models import OPD
from sakip.kinerja import pohon as k
from sakip.kinerja.anggaran import jumlahkan
from sakip.kinerja.capaian import rata_rata
from sakip.pengukuran.hitung import NilaiIndikator
from sakip.pengukuran.tersimpan import nilai_indikator_tahunan
from sakip.perencanaan.lintas import diterima_tahun, sebut_simpul
from sakip.perencanaan.models import Indikator, Sasaran
from sakip.perencanaan.pohon import periode_berlaku, sasaran_bawah, tujuan_lengkap

from .hitung import Simpul as SimpulAnggaran
from .hitung import capaian_keluaran, pohon_anggaran
from .models import ProgramKegiatan


@dataclass(frozen=True)
class PohonKinerja:
    akar: list[k.Simpul]  # the tujuan of the plans in force
    sub_lepas: list[k.Simpul]  # sub kegiatan of the year linked to no sasaran
    cara: str  # the Pemda's choice of how a lower node's capaian rolls up (`k.CaraGabung`)

    def celah(self) -> list[k.Celah]:
        return k.celah(self.akar, self.sub_lepas)

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
    )


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
    """The tree; each node carries its accepted crosscutting links (`lintas_simpul`, the
    partner's capaian where `terlihat(partner OPD)`)."""
    periode = periode_berlaku(opd, tahun)
    daftar_tujuan = [tj for p in periode for tj in tujuan_lengkap(p)]
    bawah = sasaran_bawah(periode)
    indikator = [i for tj in daftar_tujuan for i in tj.indikator_set.all()]
    indikator += [
        i for tj in daftar_tujuan for s in tj.sasaran_set.all() for i in s.indikator_set.all()
    ]
    indikator += [i for daftar in bawah.values() for s in daftar for i in s.indikator_set.all()]
    nilai = nilai_indikator_tahunan(indikator, tahun)

    lintas = lintas_simpul(opd, tahun, terlihat)
    program, _ = pohon_anggaran(opd, tahun)
    sub = {d.pos.pk: d for p in program for d in p.daun()}
    tautan: dict[int, list[SimpulAnggaran]] = {}
    terkait = set()
    for t in ProgramKegiatan.sasaran.through.objects.filter(programkegiatan__in=list(sub)).order_by(
        "programkegiatan__urutan", "programkegiatan__kode"
    ):
        tautan.setdefault(t.sasaran_id, []).append(sub[t.programkegiatan_id])
        terkait.add(t.programkegiatan_id)

    def simpul_sasaran(s: Sasaran) -> tuple[k.Simpul, dict[int, SimpulAnggaran]]:
        pemilik = _pejabat(s.penanggung_jawab)
        anak, daun = [], {}
        for a in bawah.get(s.pk, []):
            simpul, d = simpul_sasaran(a)
            anak.append(simpul)
            daun |= d
        for d in tautan.get(s.pk, []):
            anak.append(_sub(d, pemilik))
            daun[d.pos.pk] = d
        return (
            k.Simpul(
                s.tingkat,
                s.nama,
                s.nomor,
                pemilik,
                [_nilai(nilai[i.pk]) for i in s.indikator_set.all()],
                anak,
                melayani=s.melayani_id is not None,
                serapan=_jumlah(daun),
                lintas=lintas.get(s.pk, []),
            ),
            daun,
        )

    akar = []
    for tj in daftar_tujuan:
        anak, daun = [], {}
        for s in tj.sasaran_set.all():
            simpul, d = simpul_sasaran(s)
            anak.append(simpul)
            daun |= d
        akar.append(
            k.Simpul(
                k.TUJUAN,
                tj.nama,
                tj.nomor,
                None,
                [_nilai(nilai[i.pk]) for i in tj.indikator_set.all()],
                anak,
                melayani=tj.melayani_id is not None,
                serapan=_jumlah(daun),
            )
        )
    lepas = [_sub(d, None) for pk, d in sub.items() if pk not in terkait]
    return PohonKinerja(akar, lepas, opd.pemda.gabung_capaian)


def _jumlah(daun: dict[int, SimpulAnggaran]):
    """The budget under a branch, each sub kegiatan once (None when none is linked)."""
    return jumlahkan(d.serapan for d in daun.values()) if daun else None
