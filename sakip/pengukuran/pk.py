"""Setting a Perjanjian Kinerja: a snapshot of the year's targets of the sasaran
indicators in force, as the engine reads them (composite targets from their components);
setting it again makes a new version (PK perubahan), recorded in the audit trail.

The OPD's PK (its Kepala's, `pemegang` None) commits to the key indicators of its sasaran;
the PK of an official who owns nodes of the cascade (`pemegang`: administrator, pengawas,
individu) to every indicator of the nodes they own, signed with their superior: the owner
of the node above, or the Kepala OPD above a sasaran program."""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max

from sakip.instansi.hitung import kepala_opd, pelaksana_tugas
from sakip.instansi.models import Pejabat
from sakip.jejak.catat import nilai_objek, rekam
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import PerjanjianKinerja, Sasaran, TargetPK
from sakip.perencanaan.pohon import (
    URUTAN_TINGKAT,
    indikator_pohon,
    periode_berlaku,
    sasaran_bawah,
    tujuan_lengkap,
)

from .hitung import DataKinerja

BIDANG_PK = [
    "opd_id",
    "pemegang_id",
    "tahun",
    "versi",
    "tanggal",
    "pihak_pertama_id",
    "pihak_kedua_id",
    "alasan",
]
BIDANG_TARGET_PK = ["pk_dokumen_id", "indikator_id", "nilai", "nilai_atas"]

# The official owning a node of each level, as PermenPAN-RB 89/2021 names them.
JENJANG = {
    Sasaran.Tingkat.PROGRAM: "Administrator",
    Sasaran.Tingkat.KEGIATAN: "Pengawas",
    Sasaran.Tingkat.INDIVIDU: "Individu",
}


class AlasanWajib(ValueError):
    """A revised Perjanjian Kinerja (version 2 or later) needs a reason."""


class PenandatanganTidakSah(ValueError):
    """Only the holder signs their own PK, or an acting official (Plt./Plh.) for them."""


@dataclass
class PemegangPK:
    """An official who owns nodes of the cascade in a year: the nodes (highest level
    first, in plan order) and their superior (the owner of the node above the first one,
    the Kepala OPD above a sasaran program; None when none is recorded)."""

    pejabat: Pejabat
    simpul: list[Sasaran] = field(default_factory=list)
    atasan: Pejabat | None = None

    @property
    def tingkat(self):
        return self.simpul[0].tingkat

    @property
    def jenjang(self):
        return JENJANG[self.tingkat]

    def indikator(self):
        return [i for s in self.simpul for i in s.indikator_set.all()]


def indikator_pk(opd, tahun, pohon=None):
    """The indicators a PK commits to: the key indicators of the sasaran in force. `pohon`:
    the plans' (tujuan, sasaran or None, indikator) when the caller read them already."""
    if pohon is None:
        pohon = [x for p in periode_berlaku(opd, tahun) for x in indikator_pohon(tujuan_lengkap(p))]
    return [ind for _, sasaran, ind in pohon if sasaran is not None and ind.iku]


def pemegang_pk(opd, tahun):
    """The officials owning nodes of the OPD's cascade in `tahun` (`PemegangPK`), those of
    the highest level first, then in plan order."""
    periode = periode_berlaku(opd, tahun)
    bawah = sasaran_bawah(periode)
    hasil: dict[int, PemegangPK] = {}
    atasan_simpul = {}

    def turun(simpul, atasan):
        for anak in bawah.get(simpul.pk, []):
            pemilik = anak.penanggung_jawab
            if pemilik is not None:
                hasil.setdefault(pemilik.pk, PemegangPK(pemilik)).simpul.append(anak)
                atasan_simpul[anak.pk] = atasan
            # The node's owner is the superior of the owners of the nodes below it.
            turun(anak, pemilik or atasan)

    kepala = kepala_opd(opd)
    for p in periode:
        for tujuan in tujuan_lengkap(p):
            for sasaran in tujuan.sasaran_set.all():
                turun(sasaran, kepala)
    for h in hasil.values():
        h.simpul.sort(key=lambda s: URUTAN_TINGKAT.index(s.tingkat))
        h.atasan = atasan_simpul[h.simpul[0].pk]
        # One's superior is never oneself (an owner of a node under their own node).
        if h.atasan is not None and h.atasan.pk == h.pejabat.pk:
            h.atasan = kepala
    return sorted(hasil.values(), key=lambda h: URUTAN_TINGKAT.index(h.tingkat))


def pemegang_dari(opd, tahun, pejabat):
    """The `PemegangPK` of `pejabat` in `tahun`, or None when they own no node then."""
    return next((h for h in pemegang_pk(opd, tahun) if h.pejabat.pk == pejabat.pk), None)


@transaction.atomic
def tetapkan_pk(
    opd, tahun, tanggal=None, pihak_pertama=None, pihak_kedua=None, alasan="", pemegang=None
):
    """A new version of the OPD's PK (`pemegang` None) or of an official's (a
    `PemegangPK`): the targets of the year as they stand now. An official's PK is signed
    by them, or an acting official (Plt./Plh.) for them, and by default their superior."""
    pejabat = pemegang.pejabat if pemegang else None
    if pejabat is not None:
        pihak_pertama = pihak_pertama or pejabat
        pihak_kedua = pihak_kedua or pemegang.atasan
        if pihak_pertama.pk != pejabat.pk and not pelaksana_tugas(pihak_pertama):
            raise PenandatanganTidakSah(
                f"Pihak pertama adalah {pejabat.nama} sendiri, atau pejabat Plt./Plh. yang "
                "menandatangani atas nama jabatannya."
            )
    terakhir = PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun, pemegang=pejabat).aggregate(
        v=Max("versi")
    )
    pk = PerjanjianKinerja.objects.create(
        opd=opd,
        pemegang=pejabat,
        tahun=tahun,
        versi=(terakhir["v"] or 0) + 1,
        tanggal=tanggal,
        pihak_pertama=pihak_pertama,
        pihak_kedua=pihak_kedua,
        alasan=alasan,
    )
    indikator = pemegang.indikator() if pemegang else indikator_pk(opd, tahun)
    data = DataKinerja(indikator)
    TargetPK.objects.bulk_create(
        TargetPK(pk_dokumen=pk, indikator=ind, nilai=t, nilai_atas=atas)
        for ind in indikator
        for t, atas in [data.target_indikator(ind, tahun)]
        if t is not None
    )
    return pk


def riwayat_pk(opd, tahun, pemegang=None):
    """Every version of the OPD's PK of the year (`pemegang` None) or of an official's
    (a `Pejabat`), earliest first."""
    return PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun, pemegang=pemegang).order_by(
        "versi"
    )


def pk_berlaku(opd, tahun, pemegang=None):
    """The latest version of the OPD's PK (`pemegang` None) or of an official's (a
    `Pejabat`), or None when none has been set for the year."""
    return (
        PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun, pemegang=pemegang)
        .select_related("pihak_pertama", "pihak_kedua")
        .order_by("-versi")
        .first()
    )


@transaction.atomic
def tetapkan_pk_tercatat(
    pengguna,
    opd,
    tahun,
    tanggal=None,
    pihak_pertama=None,
    pihak_kedua=None,
    alasan="",
    pemegang=None,
):
    """Set (or revise) the year's Perjanjian Kinerja of the OPD or of an official
    (`pemegang`, a `PemegangPK`) with `tetapkan_pk` and record the new version and each
    of its targets in the trail. Version 2 and later need a reason."""
    pejabat = pemegang.pejabat if pemegang else None
    ada = PerjanjianKinerja.objects.select_for_update().filter(
        opd=opd, tahun=tahun, pemegang=pejabat
    )
    revisi = ada.exists()
    alasan = (alasan or "").strip()
    if revisi and not alasan:
        raise AlasanWajib("Alasan perubahan Perjanjian Kinerja wajib diisi.")
    pk = tetapkan_pk(opd, tahun, tanggal, pihak_pertama, pihak_kedua, alasan, pemegang)
    milik = f" {pejabat.jabatan} ({pejabat.nama})" if pejabat else ""
    judul = f"Perjanjian Kinerja {tahun}{milik} versi {pk.versi}"
    rekam(
        pengguna,
        Jejak.Tindakan.BUAT,
        "perjanjian kinerja",
        judul + (" (perubahan)" if revisi else ""),
        opd=opd,
        objek_id=str(pk.pk),
        baru=nilai_objek(pk, BIDANG_PK),
        alasan=alasan,
    )
    for t in pk.target_set.select_related("indikator"):
        rekam(
            pengguna,
            Jejak.Tindakan.BUAT,
            "target PK",
            f"Target {judul} indikator {t.indikator.kode}",
            opd=opd,
            objek_id=str(t.pk),
            baru=nilai_objek(t, BIDANG_TARGET_PK),
            alasan=alasan,
        )
    return pk


def tetapkan_pk_bila_belum(pengguna, opd, tahun):
    """An approved Perjanjian Kinerja prints the targets it was approved with: approving
    the year's PK document takes the snapshot (version 1) of the OPD's PK and of each
    official's PK that was never set, so that a later change of the plan (a supplement, a
    reopened Renstra) does not reach them. Returns the versions it set."""
    baru = []
    if not riwayat_pk(opd, tahun).exists():
        baru.append(tetapkan_pk_tercatat(pengguna, opd, tahun))
    for h in pemegang_pk(opd, tahun):
        if not riwayat_pk(opd, tahun, h.pejabat).exists():
            baru.append(tetapkan_pk_tercatat(pengguna, opd, tahun, pemegang=h))
    return baru


@dataclass
class BarisPKPejabat:
    """An official's PKs of a year: their nodes (`pemegang`, None when they no longer own
    one) and every version set, earliest first."""

    pejabat: Pejabat
    pemegang: PemegangPK | None
    versi: list[PerjanjianKinerja]

    @property
    def berlaku(self):
        return self.versi[-1] if self.versi else None


def daftar_pk_pejabat(opd, tahun):
    """Every official of the OPD's cascade in `tahun` with their PKs (`BarisPKPejabat`),
    those who own nodes first (highest level first), then any who hold a PK of the year
    but no node any more."""
    per_pejabat: dict[int, list[PerjanjianKinerja]] = {}
    for v in (
        PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun, pemegang__isnull=False)
        .select_related("pemegang", "pihak_pertama", "pihak_kedua")
        .order_by("versi")
    ):
        per_pejabat.setdefault(v.pemegang_id, []).append(v)
    hasil = [
        BarisPKPejabat(h.pejabat, h, per_pejabat.pop(h.pejabat.pk, []))
        for h in pemegang_pk(opd, tahun)
    ]
    hasil += [BarisPKPejabat(v[0].pemegang, None, v) for v in per_pejabat.values()]
    return hasil
