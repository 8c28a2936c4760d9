"""What the Rencana Aksi page and document show: the indicators the year's actions serve,
their actions per quarter with their status, and per quarter the progress of the actions
(`kinerja.aksi.kemajuan_aksi`) beside the indicator's capaian (the engine's)."""

from dataclasses import dataclass, field
from decimal import Decimal

from sakip.kinerja.aksi import (
    LABEL_STATUS,
    jumlah_anggaran,
    kemajuan_aksi,
    sisa_pagu,
    status_pada,
)
from sakip.pengukuran.hitung import DataKinerja
from sakip.pengukuran.pk import indikator_pk, pk_berlaku
from sakip.perencanaan.models import Indikator, Sasaran
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, sasaran_bawah, tujuan_lengkap

from .models import Aksi

TRIWULAN = (1, 2, 3, 4)


def indikator_rencana(opd, tahun):
    """(sasaran node, indicator) of the year's Rencana Aksi, in plan order: for each sasaran
    in force, its key indicators (those the PK commits to), then the indicators of the nodes
    of its cascade (sasaran program, kegiatan, individu), each node before its children."""
    periode = list(periode_berlaku(opd, tahun))
    pohon = [x for p in periode for x in indikator_pohon(tujuan_lengkap(p))]
    pk = {i.pk for i in indikator_pk(opd, tahun, pohon)}
    bawah = sasaran_bawah(periode)
    hasil = []

    def turun(simpul):
        for anak in bawah.get(simpul.pk, []):
            hasil.extend((anak, ind) for ind in anak.indikator_set.all())
            turun(anak)

    dilihat = set()
    for _, sasaran, _ind in pohon:
        if sasaran is None:
            continue
        if sasaran.pk not in dilihat:
            dilihat.add(sasaran.pk)
            hasil.extend((sasaran, i) for i in sasaran.indikator_set.all() if i.pk in pk)
            turun(sasaran)
    return hasil


@dataclass
class AksiTampil:
    aksi: Aksi
    laporan: dict  # {quarter: LaporanAksi}
    status: str = ""  # label of its status by its latest report


@dataclass
class Triwulan:
    triwulan: int
    aksi: list = field(default_factory=list)  # AksiTampil planned in this quarter
    kemajuan: Decimal | None = None
    capaian: Decimal | None = None
    catatan_capaian: str | None = None


@dataclass
class IndikatorAksi:
    sasaran: Sasaran
    indikator: Indikator
    target: Decimal | None  # the PK's, else the year's target of the plan
    triwulan: list  # [Triwulan] for 1..4
    capaian_tahun: Decimal | None = None

    @property
    def jumlah_aksi(self):
        return sum(len(t.aksi) for t in self.triwulan)

    @property
    def anggaran(self):
        return jumlah_anggaran(a.aksi.anggaran for t in self.triwulan for a in t.aksi)


def rencana_aksi(opd, tahun, indikator=None):
    """[IndikatorAksi] of the OPD's year: every indicator of `indikator_rencana` (or only
    those given), with its actions and reports in a fixed number of queries."""
    daftar = indikator_rencana(opd, tahun)
    if indikator is not None:
        daftar = [(s, i) for s, i in daftar if i.pk in indikator]
    semua_aksi = (
        Aksi.objects.filter(opd=opd, tahun=tahun, indikator__in=[i for _, i in daftar])
        .select_related("penanggung_jawab", "sub_kegiatan")
        .prefetch_related("laporan_set__bukti")
    )
    per_indikator = {}
    for a in semua_aksi:
        per_indikator.setdefault(a.indikator_id, []).append(
            AksiTampil(a, {lap.triwulan: lap for lap in a.laporan_set.all()})
        )
    data = DataKinerja([i for _, i in daftar])
    pk = pk_berlaku(opd, tahun)
    target_pk = {t.indikator_id: t.nilai for t in pk.target_set.all()} if pk else {}
    hasil = []
    for sasaran, ind in daftar:
        aksi = per_indikator.get(ind.pk, [])
        rencana = [(a.aksi.triwulan, {q: lap.status for q, lap in a.laporan.items()}) for a in aksi]
        kuartal = []
        for q in TRIWULAN:
            nilai = data.nilai(ind, tahun, q)
            kuartal.append(
                Triwulan(
                    q,
                    [a for a in aksi if a.aksi.triwulan == q],
                    kemajuan_aksi(rencana, q),
                    nilai.capaian.nilai,
                    nilai.capaian.catatan,
                )
            )
        for a in aksi:
            a.status = LABEL_STATUS[status_pada({q: x.status for q, x in a.laporan.items()}, 4)]
        target = target_pk.get(ind.pk, data.target_indikator(ind, tahun)[0])
        tahunan = data.nilai(ind, tahun).capaian.nilai
        hasil.append(IndikatorAksi(sasaran, ind, target, kuartal, tahunan))
    return hasil


def anggaran_aksi(opd, tahun):
    """[(sub kegiatan, the actions' amounts on it, what its pagu leaves)] of the year's
    actions, by code."""
    per_sub = {}
    for a in Aksi.objects.filter(opd=opd, tahun=tahun, sub_kegiatan__isnull=False).select_related(
        "sub_kegiatan"
    ):
        per_sub.setdefault(a.sub_kegiatan, []).append(a.anggaran)
    return [
        (sub, jumlah_anggaran(jumlah), sisa_pagu(sub.pagu_berlaku, jumlah))
        for sub, jumlah in sorted(per_sub.items(), key=lambda x: x[0].kode)
    ]
