"""The data a decision on a document is made on, shown next to its buttons: the capaian
table of its quarter or year (the engine's figures: the year's stored results, a quarter's
from `DataKinerja`), its gaps (`kelengkapan`), the changes to its values since it was last
approved (from the audit trail), its evidence and the review findings still open, and the
reason the operator gave for submitting it with gaps."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from sakip.jejak.daftar import nama_rujukan, perubahan
from sakip.jejak.models import Jejak
from sakip.kinerja.reviu import Tingkat
from sakip.pengukuran.hitung import NilaiIndikator
from sakip.pengukuran.models import BuktiDukung, NilaiVariabel, Realisasi
from sakip.perencanaan.models import Target

from .kelengkapan import Cakupan, Kekurangan, Sumber, kekurangan, kelompok
from .models import Dokumen, Tahap

# The records whose changes are this document's values, by the name the trail gives them.
MODEL_NILAI = {m._meta.verbose_name: m for m in (NilaiVariabel, Realisasi, BuktiDukung, Target)}
# How many changes the page lists; the audit page has them all.
BATAS_PERUBAHAN = 50


@dataclass(frozen=True)
class BarisTabel:
    tahunan: NilaiIndikator  # the year's figures, stored
    triwulan: NilaiIndikator | None  # the quarter's, for a quarter's document
    bukti: int  # evidence files of the document's periods
    diisi: bool  # whether the operator enters its value (see `Sumber.diisi`)


@dataclass(frozen=True)
class Perubahan:
    jejak: Jejak
    rincian: list[tuple[str, str, str]]  # (field, old, new), as the audit page shows them


@dataclass(frozen=True)
class Bahan:
    triwulan: int | None  # the quarter of a quarter's document
    cakupan: Cakupan
    tabel: list[BarisTabel]
    kekurangan: list[Kekurangan]
    persetujuan: Jejak | None  # the document's last approval, None if never approved
    perubahan: list[Perubahan]  # since then, newest first, at most BATAS_PERUBAHAN
    jumlah_perubahan: int
    tautan_jejak: str  # the audit page, from the day of that approval
    temuan_galat: int  # review findings not accepted, errors and warnings
    temuan_peringatan: int

    @property
    def diisi(self):
        return [b for b in self.tabel if b.diisi]

    @property
    def jumlah_bukti(self):
        return sum(b.bukti for b in self.tabel)

    @property
    def dengan_bukti(self):
        return sum(1 for b in self.diisi if b.bukti)

    @property
    def berisi_nilai(self):
        """Indicators entered whose values of the document's periods are all there."""
        return len(self.diisi) - sum(1 for k in self.kekurangan if k.jenis == "nilai")

    @property
    def kelompok(self):
        return kelompok(self.kekurangan)


def triwulan_dokumen(dokumen):
    """The quarter of a quarter's document (1–4), else None."""
    nilai = Dokumen(dokumen).value
    return int(nilai[2]) if nilai.startswith("tw") else None


def bahan_keputusan(opd, tahun, dokumen, status):
    """The `Bahan` of `dokumen` of `tahun` as it is stored now (`status`: its
    StatusDokumen, None while it has never moved)."""
    sumber = Sumber(opd, tahun, dokumen)
    q = triwulan_dokumen(dokumen)
    tabel = [
        BarisTabel(
            b.nilai,
            sumber.data.nilai(b.nilai.indikator, tahun, q) if q else None,
            sumber.bukti.get(b.nilai.indikator.pk, 0),
            sumber.diisi(b.nilai.indikator),
        )
        for b in sumber.baris
    ]
    persetujuan = _persetujuan_terakhir(opd, status)
    berubah = _perubahan_sejak(opd, tahun, sumber, persetujuan)
    terbuka = [t for t, tanggapan in sumber.reviu if tanggapan is None]
    galat = sum(1 for t in terbuka if t.tingkat == Tingkat.GALAT)
    tautan_jejak = reverse("jejak", args=[opd.slug])
    rujukan = nama_rujukan(berubah[:BATAS_PERUBAHAN])
    if persetujuan:
        tautan_jejak += f"?dari={timezone.localdate(persetujuan.waktu).isoformat()}"
    return Bahan(
        q,
        sumber.cakupan,
        tabel,
        kekurangan(opd, tahun, dokumen, sumber),
        persetujuan,
        [Perubahan(j, perubahan(j, rujukan)) for j in berubah[:BATAS_PERUBAHAN]],
        len(berubah),
        tautan_jejak,
        galat,
        len(terbuka) - galat,
    )


def _persetujuan_terakhir(opd, status):
    if status is None:
        return None
    return (
        Jejak.objects.filter(
            opd=opd,
            tindakan=Jejak.Tindakan.ALUR,
            objek="status dokumen",
            objek_id=str(status.pk),
            baru__tahap=Tahap.DISETUJUI.value,
        )
        .order_by("-id")
        .first()
    )


def _perubahan_sejak(opd, tahun, sumber, persetujuan):
    """The trail's records of this OPD written after `persetujuan` about the document's
    values: quarterly or annual values and evidence of its periods, targets of its years.
    A record is placed by the row it names while that row exists, else by the period a
    deleted row's record kept (every delete keeps it; records written before the quarter
    page and the workbook kept it hold only the value); a deleted value that kept no period
    is listed too, since hiding a change from whoever approves is worse than showing one of
    another period."""
    if persetujuan is None:
        return []
    catatan = list(
        Jejak.objects.filter(opd=opd, pk__gt=persetujuan.pk, objek__in=list(MODEL_NILAI)).order_by(
            "-id"
        )
    )
    letak = {}
    for objek, model in MODEL_NILAI.items():
        ids = {j.objek_id for j in catatan if j.objek == objek and j.objek_id.isdigit()}
        for pk, t, q in model.objects.filter(pk__in=ids).values_list("pk", "tahun", "triwulan"):
            letak[(objek, str(pk))] = (t, q)
    c = sumber.cakupan

    def termasuk(j):
        t, q = letak.get((j.objek, j.objek_id)) or _letak_tercatat(j) or (None, None)
        if t is None:
            return j.tindakan == Jejak.Tindakan.HAPUS
        if j.objek == Target._meta.verbose_name:
            return t in c.target_tahun
        return t == tahun and q in c.periode

    return [j for j in catatan if termasuk(j)]


def _letak_tercatat(j):
    isi = j.lama if isinstance(j.lama, dict) else {}
    if "tahun" in isi:
        return isi["tahun"], isi.get("triwulan", 0)
    return None
