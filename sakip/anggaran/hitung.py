"""Feeding stored budget values to the engine (`sakip.kinerja.anggaran`).

Parents are computed from their children, never read from storage. Physical progress of
a parent is the plain mean of its sub kegiatan (as the RFK annex of the Tebing Tinggi
LKjIP 2022 does for its total: 17 × 100 % and one 95 % and one 0 % give 94,17 %).
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from sakip.kinerja.anggaran import (
    Serapan,
    efisiensi,
    jumlahkan,
    realisasi_per_triwulan,
    realisasi_tahunan,
    serapan,
)
from sakip.kinerja.capaian import Hasil, rata_rata
from sakip.pengukuran.hitung import DataKinerja, capaian_sasaran
from sakip.perencanaan.models import Indikator, Sasaran

from .models import ProgramKegiatan, RealisasiFisik


@dataclass
class Simpul:
    pos: ProgramKegiatan
    serapan: Serapan
    fisik: Hasil
    triwulan: dict  # quarter -> Decimal | None (None: the source lumps it with others)
    anak: list = field(default_factory=list)

    def semua(self):
        """This node and its descendants, depth first."""
        yield self
        for a in self.anak:
            yield from a.semua()


def _sub(pos):
    entri = [(r.bulan_awal, r.bulan_akhir, r.nilai) for r in pos.realisasi_keuangan_set.all()]
    fisik = list(pos.realisasi_fisik_set.all())
    return Simpul(
        pos,
        serapan(pos.pagu_berlaku, realisasi_tahunan(entri)),
        Hasil(fisik[-1].persen if fisik else None, None if fisik else "Belum dilaporkan"),
        realisasi_per_triwulan(entri),
    )


def _induk(pos, anak):
    daun = [
        s for a in anak for s in a.semua() if s.pos.tingkat == ProgramKegiatan.Tingkat.SUB_KEGIATAN
    ]
    triwulan = {
        q: None if any(d.triwulan[q] is None for d in daun) else sum(d.triwulan[q] for d in daun)
        for q in range(1, 5)
    }
    return Simpul(
        pos,
        jumlahkan(a.serapan for a in anak),
        rata_rata(d.fisik.nilai for d in daun),
        triwulan,
        anak,
    )


def pohon_anggaran(opd, tahun):
    """(programs as a tree of Simpul, the OPD total) for one year, in two queries' worth."""
    semua = list(
        ProgramKegiatan.objects.filter(opd=opd, tahun=tahun).prefetch_related(
            "realisasi_keuangan_set",
            Prefetch("realisasi_fisik_set", queryset=RealisasiFisik.objects.order_by("triwulan")),
        )
    )
    anak = {}
    for pos in semua:
        anak.setdefault(pos.induk_id, []).append(pos)

    def bangun(pos):
        if pos.tingkat == ProgramKegiatan.Tingkat.SUB_KEGIATAN:
            return _sub(pos)
        return _induk(pos, [bangun(a) for a in anak.get(pos.pk, [])])

    program = [bangun(p) for p in anak.get(None, [])]
    return program, _induk(None, program)


@dataclass(frozen=True)
class BarisEfisiensi:
    sasaran: Sasaran
    capaian_kinerja: Hasil
    serapan: Serapan
    efisiensi: Hasil
    sub_kegiatan: tuple


def efisiensi_sasaran(opd, tahun):
    """Per sasaran with linked sub kegiatan in `tahun`: performance capaian (mean of its
    indicators), budget absorption (sums over its sub kegiatan) and efficiency (LKjIP Tabel 13)."""
    program, _ = pohon_anggaran(opd, tahun)
    per_sasaran = {}
    daun = [
        s
        for p in program
        for s in p.semua()
        if s.pos.tingkat == ProgramKegiatan.Tingkat.SUB_KEGIATAN
    ]
    tautan = ProgramKegiatan.sasaran.through.objects.filter(
        programkegiatan__in=[d.pos.pk for d in daun]
    ).select_related("sasaran")
    simpul = {d.pos.pk: d for d in daun}
    for t in tautan.order_by("sasaran__tujuan__urutan", "sasaran__urutan", "id"):
        per_sasaran.setdefault(t.sasaran, []).append(simpul[t.programkegiatan_id])
    indikator = Indikator.objects.filter(sasaran__in=list(per_sasaran)).select_related(
        "periode__pemda"
    )
    data = DataKinerja(indikator)
    nilai = {}
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
