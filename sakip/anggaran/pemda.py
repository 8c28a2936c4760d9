"""The Pemda's own plan (RPJMD/RPD) for a year, as its documents read it (IKU Pemda, PK of
the Kepala Daerah, LKjIP Pemda): each tujuan and sasaran with the Pemda's indicators and
their figures from the engine, the OPD sasaran that serve it (cascading: an OPD sasaran,
or every sasaran of an OPD tujuan, whose `melayani` names it) with their capaian
(`tersimpan.capaian_per_sasaran`) and the budget of the sub kegiatan linked to them
(`hitung.efisiensi_sasaran`); and each OPD's IKU summary and budget for the year. Nothing
is computed here that the engine does not compute: means and sums go through
`pengukuran.hitung.capaian_sasaran` and `kinerja.anggaran.jumlahkan`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from sakip.instansi.models import OPD, Pemda
from sakip.kinerja.anggaran import Serapan, jumlahkan
from sakip.kinerja.capaian import Hasil
from sakip.pengukuran.hitung import capaian_sasaran
from sakip.pengukuran.ringkasan import Baris as RingkasanOPD
from sakip.pengukuran.ringkasan import ringkasan_pemda
from sakip.pengukuran.tersimpan import Baris, capaian_per_sasaran, nilai_indikator_tahunan
from sakip.perencanaan.models import Periode, Sasaran, Tujuan
from sakip.perencanaan.pohon import (
    indikator_pohon,
    periode_berlaku_semua,
    periode_pemda_berlaku,
    tujuan_lengkap,
)

from .hitung import efisiensi_sasaran, pohon_anggaran


@dataclass(frozen=True)
class Pelaksana:
    """An OPD sasaran serving a Pemda sasaran, with its figures of the year."""

    opd: OPD
    sasaran: Sasaran
    capaian: Hasil  # the mean capaian of its IKU
    serapan: Serapan | None  # of its linked sub kegiatan; None when none is linked


@dataclass(frozen=True)
class SasaranPemda:
    """A Pemda sasaran (or, `sasaran` None, a tujuan's own indicators) of the plan in force."""

    periode: Periode
    tujuan: Tujuan
    sasaran: Sasaran | None
    baris: tuple[Baris, ...]  # its indicators with the year's figures
    pelaksana: tuple[Pelaksana, ...]

    @property
    def capaian(self) -> Hasil:
        """The mean capaian of its indicators (as an OPD sasaran's)."""
        return capaian_sasaran(b.nilai for b in self.baris)

    @property
    def serapan(self) -> Serapan | None:
        """The budget of the sub kegiatan serving it, summed; None when none does."""
        ada = [p.serapan for p in self.pelaksana if p.serapan is not None]
        return jumlahkan(ada) if ada else None

    @property
    def opd(self) -> list[OPD]:
        """The OPD serving it, each once, in order."""
        return list(dict.fromkeys(p.opd for p in self.pelaksana))


@dataclass(frozen=True)
class AnggaranOPD:
    opd: OPD
    serapan: Serapan


@dataclass
class KinerjaPemda:
    """What the Pemda's documents of `tahun` read, once."""

    pemda: Pemda
    tahun: int

    @cached_property
    def periode(self) -> list[Periode]:
        """The Pemda's own plans in force."""
        return periode_pemda_berlaku(self.pemda, self.tahun)

    @cached_property
    def opd(self) -> list[OPD]:
        return list(OPD.objects.filter(pemda=self.pemda).order_by("nama", "pk"))

    @cached_property
    def sasaran(self) -> list[SasaranPemda]:
        """Each tujuan's own indicators, then each of its sasaran, in plan order; a sasaran
        without indicators is kept (its serving OPD still report on it)."""
        pelaksana = self._pelaksana()
        hasil = []
        for p in self.periode:
            daftar_tujuan = list(tujuan_lengkap(p))
            susunan = list(indikator_pohon(daftar_tujuan))
            nilai = nilai_indikator_tahunan((i for *_, i in susunan), self.tahun)
            for tj in daftar_tujuan:
                sendiri = tuple(Baris(tj, None, nilai[i.pk]) for i in tj.indikator_set.all())
                if sendiri:
                    hasil.append(SasaranPemda(p, tj, None, sendiri, ()))
                for s in tj.sasaran_set.all():
                    baris = tuple(Baris(tj, s, nilai[i.pk]) for i in s.indikator_set.all())
                    hasil.append(SasaranPemda(p, tj, s, baris, tuple(pelaksana.get(s.pk, ()))))
        return hasil

    def _pelaksana(self) -> dict[int, list[Pelaksana]]:
        """{Pemda sasaran pk: the OPD sasaran serving it} from the OPD plans in force."""
        berlaku = periode_berlaku_semua(self.opd, self.tahun)
        melayani: dict[int, list[Sasaran]] = {}
        for s in Sasaran.objects.filter(tujuan__periode__in=berlaku).select_related(
            "tujuan__periode__opd"
        ):
            dilayani = s.melayani_id or s.tujuan.melayani_id
            if dilayani:
                melayani.setdefault(dilayani, []).append(s)
        opd = {s.tujuan.periode.opd for daftar in melayani.values() for s in daftar}
        capaian: dict[int, Hasil] = {}
        uang: dict[int, Serapan] = {}
        for o in sorted(opd, key=lambda o: (o.nama, o.pk)):
            capaian |= {c.sasaran.pk: c.capaian for c in capaian_per_sasaran(o, self.tahun)}
            uang |= {e.sasaran.pk: e.serapan for e in efisiensi_sasaran(o, self.tahun)}
        return {
            pk: [
                Pelaksana(
                    s.tujuan.periode.opd,
                    s,
                    capaian.get(s.pk) or capaian_sasaran([]),
                    uang.get(s.pk),
                )
                for s in daftar
            ]
            for pk, daftar in melayani.items()
        }

    @property
    def indikator(self) -> Iterator[Baris]:
        for s in self.sasaran:
            yield from s.baris

    @cached_property
    def iku_ditandai(self) -> bool:
        """Whether the plan flags key indicators: then the IKU Pemda is those; otherwise
        every indicator of its tujuan and sasaran (the RPJMD's own measures)."""
        return any(b.nilai.indikator.iku for b in self.indikator)

    @property
    def iku(self) -> list[Baris]:
        return [b for b in self.indikator if b.nilai.indikator.iku or not self.iku_ditandai]

    @cached_property
    def ringkasan_opd(self) -> list[RingkasanOPD]:
        """Each OPD's IKU of the year: how many, how many measured, their mean capaian."""
        return ringkasan_pemda(self.pemda, self.opd, self.tahun).baris

    @cached_property
    def anggaran_opd(self) -> list[AnggaranOPD]:
        """Each OPD with a budget in the year: its pagu, realisation and absorption."""
        hasil = []
        for o in self.opd:
            program, total = pohon_anggaran(o, self.tahun)
            if program:
                hasil.append(AnggaranOPD(o, total.serapan))
        return hasil
