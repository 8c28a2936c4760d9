"""What is missing from a document before it is submitted: indicators without a value or
without evidence for its quarter or year, indicators without a target, review errors still
open, earlier quarters still with the operator. One plain function, `kekurangan`, that the
document page shows before "Ajukan" and the step (`ubah.jalankan`) calls again at the time
of the POST, so a reason is required whenever gaps exist then, whatever the page showed.

Each document looks at its own data (`Cakupan`): a quarter its quarter's values and
evidence (Triwulan IV also the year's own values, which travel with it), the LKjIP the
year's, the Perjanjian Kinerja the year's targets, the Renstra the targets of every year of
its period. A quarter also asks for the values of the indicators of the nodes below the
OPD's sasaran (sasaran program, kegiatan, individu), listed as their own kind: they are
entered with the quarter though no OPD document shows them. Values and targets are the
engine's: the year's from the stored results (`pengukuran.tersimpan.baris_capaian`), a
quarter's from `pengukuran.hitung.DataKinerja`, as every page reads them."""

from dataclasses import dataclass
from functools import cached_property

from django.urls import reverse

from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan
from sakip.pengukuran.hitung import DataKinerja, indikator_isian
from sakip.pengukuran.models import TRIWULAN_CHOICES, BuktiDukung
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import Indikator

from .models import TAHAP_TERBUKA, Dokumen, StatusDokumen, Tahap

NAMA_PERIODE = dict(TRIWULAN_CHOICES)  # 0: "Tahunan", 1: "Triwulan I", ...
DOKUMEN_TRIWULAN = (Dokumen.TW1, Dokumen.TW2, Dokumen.TW3, Dokumen.TW4)

# The kinds of gap, in the order the summary lists them, with their headings.
JENIS = {
    "nilai": "Indikator tanpa nilai",
    "nilai_turunan": "Indikator sasaran program, kegiatan dan individu tanpa nilai",
    "bukti": "Indikator tanpa bukti dukung",
    "target": "Indikator tanpa target",
    "galat": "Galat reviu yang masih terbuka",
    "triwulan": "Data triwulan yang belum diajukan",
}


@dataclass(frozen=True)
class Kekurangan:
    jenis: str  # a key of JENIS
    nama: str  # what is incomplete: an indicator, a review finding, a document
    rincian: str  # what is missing from it
    tautan: str  # the page where it is put right


@dataclass(frozen=True)
class Cakupan:
    """What a document of `tahun` covers. `nilai`: the periods (0: the year) whose values
    it needs; `periode`: the periods whose values and evidence belong to it (no evidence is
    asked when empty); `target_tahun`: the years whose targets it needs; `reviu`: whether
    the year's review errors concern it; `triwulan_sebelum`: the quarters submitted before
    it."""

    tahun: int
    nilai: tuple[int, ...] = ()
    periode: frozenset[int] = frozenset()
    target_tahun: tuple[int, ...] = ()
    reviu: bool = True
    triwulan_sebelum: tuple[int, ...] = ()

    @property
    def nama_nilai(self):
        """The periods whose values it needs, in words: "Triwulan II 2025"."""
        return " dan ".join(_periode(p, self.tahun) for p in self.nilai)

    @property
    def nama_bukti(self):
        """The periods whose evidence counts for it, in words."""
        if len(self.periode) == 1:
            return _periode(next(iter(self.periode)), self.tahun)
        if len(self.periode) == 2 and 0 in self.periode:
            (q,) = self.periode - {0}
            return f"{NAMA_PERIODE[q]} atau tahunan {self.tahun}"
        return f"tahun {self.tahun}"


def cakupan(dokumen, tahun, tahun_akhir=None):
    """The `Cakupan` of `dokumen` of `tahun`; `tahun_akhir` is the last year of a Renstra's
    period (a Renstra is keyed by its first year)."""
    dokumen = Dokumen(dokumen)
    if dokumen == Dokumen.RENSTRA:
        tahun_target = tuple(range(tahun, (tahun_akhir or tahun) + 1))
        return Cakupan(tahun, target_tahun=tahun_target, reviu=False)
    if dokumen == Dokumen.PK:
        return Cakupan(tahun, target_tahun=(tahun,))
    if dokumen == Dokumen.LKJIP:
        return Cakupan(tahun, (0,), frozenset(range(5)), (tahun,), True, (1, 2, 3, 4))
    q = int(dokumen.value[2])
    # The year's own values travel with Triwulan IV; its evidence may be filed for either.
    periode = (4, 0) if q == 4 else (q,)
    return Cakupan(tahun, periode, frozenset(periode), (tahun,), True, tuple(range(1, q)))


class Sumber:
    """What the gaps and the decision data are read from, each read once: the rows of the
    capaian table of the year (stored results), every value of their indicators, the year's
    evidence and review."""

    def __init__(self, opd, tahun, dokumen):
        self.opd, self.tahun, self.dokumen = opd, tahun, Dokumen(dokumen)
        self.baris = baris_capaian(opd, tahun)
        if self.dokumen == Dokumen.RENSTRA:
            # The Renstra keyed by this year: the periods starting in it.
            self.baris = [b for b in self.baris if b.nilai.indikator.periode.tahun_awal == tahun]
        self.indikator = [b.nilai.indikator for b in self.baris]
        self.data = DataKinerja(self.indikator)
        akhir = max((i.periode.tahun_akhir for i in self.indikator), default=tahun)
        self.cakupan = cakupan(self.dokumen, tahun, akhir)

    @cached_property
    def turunan(self):
        """(node, indicator) for the indicators of the nodes below the OPD's sasaran whose
        values the operator enters, with the engine reading them. Only a quarter's data
        documents ask for them: they are entered with the quarter but are in none of the
        OPD's documents."""
        if self.dokumen not in DOKUMEN_TRIWULAN:
            return [], None
        daftar = [(s, i) for s, i in indikator_isian(self.opd, self.tahun) if s is not None]
        data = DataKinerja([i for _, i in daftar])
        return [(s, i) for s, i in daftar if self.diisi(i, data)], data

    @cached_property
    def reviu(self):
        """The year's review findings, each with its acceptance or None."""
        return reviu_dengan_tanggapan(self.opd, self.tahun)

    @cached_property
    def bukti(self):
        """{indicator pk: number of evidence files of the document's periods}."""
        jumlah = {}
        for ind, triwulan in BuktiDukung.objects.filter(
            indikator__in=self.indikator, tahun=self.tahun
        ).values_list("indikator_id", "triwulan"):
            if triwulan in self.cakupan.periode:
                jumlah[ind] = jumlah.get(ind, 0) + 1
        return jumlah

    def diisi(self, ind, data=None):
        """Whether the operator enters the indicator's values: not a qualitative indicator,
        nor a composite (whose value comes from its components, listed themselves)."""
        komponen = (data or self.data).komponen
        return ind.jenis != Indikator.Jenis.KUALITATIF and ind.pk not in komponen

    def realisasi(self, nilai, triwulan):
        """The realisation of the row's indicator in one period (0: the year's, stored)."""
        if triwulan == 0:
            return nilai.realisasi
        return self.data.realisasi_indikator(nilai.indikator, self.tahun, triwulan)[0]


def kekurangan(opd, tahun, dokumen, sumber=None):
    """[Kekurangan] of the document, in the order of JENIS then of the plan; empty when
    it is complete. `sumber`: a `Sumber` of the document when the caller already read one."""
    sumber = sumber or Sumber(opd, tahun, dokumen)
    c = sumber.cakupan
    hasil = []
    for b in sumber.baris:
        ind = b.nilai.indikator
        if not sumber.diisi(ind):
            continue
        kosong = [q for q in c.nilai if sumber.realisasi(b.nilai, q) is None]
        if kosong:
            q = kosong[0]
            hasil.append(
                Kekurangan(
                    "nilai",
                    ind.nama,
                    "belum ada nilai " + " dan ".join(_periode(p, tahun) for p in kosong),
                    reverse("isi-triwulan", args=[opd.slug, tahun, q]),
                )
            )
        if c.periode and not sumber.bukti.get(ind.pk):
            hasil.append(
                Kekurangan(
                    "bukti",
                    ind.nama,
                    f"belum ada bukti dukung {c.nama_bukti}",
                    reverse("bukti-dukung", args=[ind.pk]),
                )
            )
    turunan, data = sumber.turunan
    for simpul, ind in turunan:
        kosong = [q for q in c.nilai if data.realisasi_indikator(ind, tahun, q)[0] is None]
        if kosong:
            hasil.append(
                Kekurangan(
                    "nilai_turunan",
                    f"{ind.nama} ({simpul.get_tingkat_display().lower()})",
                    "belum ada nilai " + " dan ".join(_periode(p, tahun) for p in kosong),
                    reverse("isi-triwulan", args=[opd.slug, tahun, kosong[0]]),
                )
            )
    for b in sumber.baris:
        ind = b.nilai.indikator
        if ind.jenis == Indikator.Jenis.KUALITATIF:
            continue
        tanpa = [t for t in c.target_tahun if sumber.data.target_indikator(ind, t)[0] is None]
        if tanpa:
            hasil.append(
                Kekurangan(
                    "target",
                    ind.nama,
                    "belum ada target " + ", ".join(map(str, tanpa)),
                    reverse("isian-target", args=[ind.pk]),
                )
            )
    if c.reviu:
        tautan = reverse("reviu", args=[opd.slug, tahun])
        hasil += [
            Kekurangan("galat", t.pesan, t.lokasi, tautan) for t in galat_terbuka(sumber.reviu)
        ]
    hasil += _triwulan_terbuka(opd, tahun, c.triwulan_sebelum)
    urutan = list(JENIS)
    return sorted(hasil, key=lambda k: urutan.index(k.jenis))


def kelompok(daftar):
    """[(heading, what all of them miss or "", [Kekurangan])] of the kinds present, in the
    order of JENIS: a detail every gap of a kind shares is said once, with its heading."""
    hasil = []
    for jenis, judul in JENIS.items():
        if isi := [k for k in daftar if k.jenis == jenis]:
            rincian = {k.rincian for k in isi}
            hasil.append((judul, rincian.pop() if len(rincian) == 1 else "", isi))
    return hasil


def _periode(triwulan, tahun):
    return f"tahunan {tahun}" if triwulan == 0 else f"{NAMA_PERIODE[triwulan]} {tahun}"


def _triwulan_terbuka(opd, tahun, triwulan):
    """The quarters among `triwulan` still with the operator (Draf or Dikembalikan)."""
    if not triwulan:
        return []
    dokumen = [Dokumen(f"tw{q}") for q in triwulan]
    tahap = dict(
        StatusDokumen.objects.filter(opd=opd, tahun=tahun, dokumen__in=dokumen).values_list(
            "dokumen", "tahap"
        )
    )
    return [
        Kekurangan(
            "triwulan",
            f"{d.label} {tahun}",
            f"masih berstatus {Tahap(tahap.get(d, Tahap.DRAF)).label}",
            reverse("dokumen-alur", args=[opd.slug, tahun, d.value]),
        )
        for d in dokumen
        if tahap.get(d, Tahap.DRAF) in TAHAP_TERBUKA
    ]
