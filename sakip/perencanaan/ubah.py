"""Changing a plan's content (periode, misi, tujuan, sasaran, indicators, targets) — an
OPD's Renstra or the Pemda's own RPJMD/RPD — and setting an OPD's Perjanjian Kinerja, each
record through the audit trail (`sakip.jejak.catat`): one `Jejak` per created, changed or
deleted record, with old and new values, kept on the OPD's trail or, for the Pemda's plan,
on the Pemda's (opd None).

Who may change what is decided by the caller (`akses.alasan_tidak_boleh_ubah_rencana`);
here is what is saved."""

from django.db import transaction
from django.utils import timezone

from sakip.jejak.catat import asal_bagian, hapus, nilai_objek, simpan
from sakip.jejak.terkait import data_terkait, hapus_bila_bebas
from sakip.kinerja.triwulan import nama_triwulan

from .aturan import alasan_keterkaitan
from .lintas import opd_simpul, sebut_simpul
from .models import (
    Indikator,
    KeterkaitanLintasOPD,
    Misi,
    Periode,
    Sasaran,
    Target,
    TargetPK,
    Tujuan,
)

BIDANG_PERIODE = [
    "pemda_id",
    "opd_id",
    "kode",
    "jenis",
    "nama",
    "tahun_awal",
    "tahun_akhir",
    "induk_id",
    "visi",
    "dasar_hukum",
    "tanggal_penetapan",
    "penandatangan_id",
]
BIDANG_MISI = ["periode_id", "nomor", "teks"]
BIDANG_TUJUAN = ["periode_id", "nomor", "nama", "misi_id", "melayani_id", "urutan"]
BIDANG_SASARAN = ["tujuan_id", "nomor", "nama", "melayani_id", "urutan"]
# A node below a sasaran (sasaran program, kegiatan, individu); its budget lines are kept
# in the same trail record (`TAUTAN_TURUNAN`, by the lines' id).
BIDANG_TURUNAN = ["tingkat", "induk_id", "penanggung_jawab_id", "nomor", "nama", "urutan"]
TAUTAN_TURUNAN = "program_kegiatan_set"
BIDANG_INDIKATOR = [
    "periode_id",
    "tujuan_id",
    "sasaran_id",
    "kode",
    "nama",
    "satuan",
    "jenis",
    "polaritas",
    "rumus",
    "rumus_uraian",
    "asal_data",
    "jenis_data",
    "sumber_data",
    "baseline_tahun",
    "baseline_nilai",
    "target_akhir",
    "target_akhir_atas",
    "standar_nasional",
    "agregasi",
    "iku",
    "urutan",
]
BIDANG_TARGET = ["indikator_id", "tahun", "triwulan", "nilai", "nilai_atas"]


class TargetKomposit(ValueError):
    """A composite indicator's targets come from its components."""


def _singkat(teks, n=80):
    return teks if len(teks) <= n else teks[: n - 1] + "…"


def uraian_periode(p):
    return f"{Periode.Jenis(p.jenis).label} {p.tahun_awal}–{p.tahun_akhir} “{_singkat(p.nama)}”"


def uraian_misi(m):
    return f"Misi {m.nomor} “{_singkat(m.teks)}”"


def uraian_tujuan(t):
    return f"Tujuan {t.nomor} “{_singkat(t.nama)}”"


def uraian_sasaran(s):
    """'Sasaran 1 “…”', or for a node below one its level: 'Sasaran program 1 “…”'."""
    return f"{s.get_tingkat_display()} {s.nomor} “{_singkat(s.nama)}”"


def uraian_indikator(ind):
    return f"Indikator {ind.kode} “{_singkat(ind.nama)}”"


def uraian_target(ind, tahun, triwulan):
    waktu = f"{tahun}" if not triwulan else f"{nama_triwulan(triwulan)} {tahun}"
    return f"Target {waktu} indikator {ind.kode}"


def periode_dari(obj):
    """The planning period a part of a plan belongs to."""
    if isinstance(obj, Periode):
        return obj
    if isinstance(obj, Sasaran):
        return obj.akar.tujuan.periode
    return obj.periode


def pemilik(obj):
    """Whose trail a change of `obj` goes to (keywords of `catat.simpan`/`hapus`): the OPD
    of a Renstra, or the Pemda of its own plan (opd None)."""
    periode = periode_dari(obj)
    return {"opd": periode.opd, "pemda": None if periode.opd_id else periode.pemda}


def asal_dari(obj, bidang):
    """The values a form shows, kept in a hidden input for optimistic locking."""
    return nilai_objek(obj, bidang) if obj.pk else None


def kode_komponen(ind):
    return sorted(ind.komponen.values_list("kode", flat=True))


def asal_indikator(ind):
    """An indicator form's locking values: its fields and its components' codes."""
    return {**asal_dari(ind, BIDANG_INDIKATOR), "komponen": kode_komponen(ind)} if ind.pk else None


def terkait_indikator(ind):
    """What holds an indicator: everything but its own targets, which go with it."""
    return data_terkait(ind, kecuali=("target_set",), nama={TargetPK: "target perjanjian kinerja"})


def simpan_periode(pengguna, periode, nilai, asal=None):
    nilai = {"pemda_id": periode.pemda_id, "opd_id": periode.opd_id, **nilai}
    baru = Periode(**{b: getattr(periode, b) for b in BIDANG_PERIODE} | nilai)
    return simpan(
        pengguna, periode, nilai, uraian=uraian_periode(baru), asal=asal, **pemilik(periode)
    )


def simpan_misi(pengguna, misi, nilai, asal=None):
    nilai = {"periode_id": misi.periode_id, **nilai}
    return simpan(
        pengguna, misi, nilai, uraian=uraian_misi(Misi(**nilai)), asal=asal, **pemilik(misi)
    )


def simpan_tujuan(pengguna, tujuan, nilai, asal=None):
    nilai = {"periode_id": tujuan.periode_id, **nilai}
    tujuan_baru = Tujuan(**nilai)
    return simpan(
        pengguna,
        tujuan,
        nilai,
        uraian=uraian_tujuan(tujuan_baru),
        asal=asal,
        **pemilik(tujuan),
    )


def simpan_sasaran(pengguna, sasaran, nilai, asal=None):
    nilai = {"tujuan_id": sasaran.tujuan_id, **nilai}
    return simpan(
        pengguna,
        sasaran,
        nilai,
        uraian=uraian_sasaran(Sasaran(**nilai)),
        asal=asal,
        **pemilik(sasaran),
    )


def simpan_indikator(pengguna, ind, nilai, asal=None):
    """Save an indicator; `nilai` may move it to another tujuan or sasaran (`tujuan_id`,
    `sasaran_id`) and set its components (`komponen`: indicators), which the trail keeps
    as the sorted list of their codes, in the same record."""
    nilai = {
        "periode_id": ind.periode_id,
        "tujuan_id": ind.tujuan_id,
        "sasaran_id": ind.sasaran_id,
        **nilai,
    }
    komponen = nilai.pop("komponen", None)
    return simpan(
        pengguna,
        ind,
        nilai,
        uraian=uraian_indikator(Indikator(kode=nilai["kode"], nama=nilai["nama"])),
        asal=asal,
        **pemilik(ind),
        tautan=None if komponen is None else {"komponen": (komponen, "kode")},
    )


def asal_turunan(simpul):
    """A node form's locking values: its fields and its budget lines' ids."""
    if not simpul.pk:
        return None
    garis = sorted(str(pk) for pk in getattr(simpul, TAUTAN_TURUNAN).values_list("pk", flat=True))
    return {**asal_dari(simpul, BIDANG_TURUNAN), TAUTAN_TURUNAN: garis}


def simpan_turunan(pengguna, simpul, nilai, anggaran, asal=None):
    """Save a node below a sasaran (new or changed) and the budget lines that deliver it
    (`anggaran`: program, kegiatan or sub kegiatan lines), in one trail record."""
    nilai = {"tingkat": simpul.tingkat, "induk_id": simpul.induk_id, **nilai}
    return simpan(
        pengguna,
        simpul,
        nilai,
        uraian=uraian_sasaran(Sasaran(**nilai)),
        asal=asal,
        tautan={TAUTAN_TURUNAN: (list(anggaran), "pk")},
        **pemilik(simpul),
    )


def hapus_turunan(pengguna, simpul, asal=None):
    """Delete a node below a sasaran; refused while nodes, indicators or budget lines hang
    on it."""
    hapus_bila_bebas(
        pengguna, simpul, BIDANG_TURUNAN, uraian=uraian_sasaran, asal=asal, **pemilik(simpul)
    )


def hapus_misi(pengguna, misi, asal=None):
    hapus_bila_bebas(pengguna, misi, BIDANG_MISI, uraian=uraian_misi, asal=asal, **pemilik(misi))


def hapus_tujuan(pengguna, tujuan, asal=None):
    hapus_bila_bebas(
        pengguna, tujuan, BIDANG_TUJUAN, uraian=uraian_tujuan, asal=asal, **pemilik(tujuan)
    )


def hapus_sasaran(pengguna, sasaran, asal=None):
    hapus_bila_bebas(
        pengguna, sasaran, BIDANG_SASARAN, uraian=uraian_sasaran, asal=asal, **pemilik(sasaran)
    )


def hapus_indikator(pengguna, ind, asal=None):
    """Delete an indicator and its own targets (one trail record each); refused while
    anything else (realisations, printed figures, PK targets, components) refers to it."""
    milik = pemilik(ind)

    def hapus_target(ind):
        for t in ind.target_set.all():
            uraian_t = uraian_target(ind, t.tahun, t.triwulan)
            hapus(pengguna, t, BIDANG_TARGET, uraian=uraian_t, **milik)

    hapus_bila_bebas(
        pengguna,
        ind,
        BIDANG_INDIKATOR,
        uraian=uraian_indikator,
        terkait=terkait_indikator,
        ikut=hapus_target,
        asal=asal,
        **milik,
    )


def target_tersimpan(ind, waktu):
    """{(tahun, triwulan): Target} for the given (tahun, triwulan) keys."""
    tahun = {t for t, _ in waktu}
    return {
        (t.tahun, t.triwulan): t
        for t in ind.target_set.filter(tahun__in=tahun)
        if (t.tahun, t.triwulan) in waktu
    }


def asal_target(ind, waktu):
    """What a target grid shows, per "tahun-triwulan", for optimistic locking."""
    ada = target_tersimpan(ind, waktu)
    return {
        f"{t}-{q}": nilai_objek(ada[(t, q)], ["nilai", "nilai_atas"])
        if (t, q) in ada
        else {"nilai": None, "nilai_atas": None}
        for t, q in waktu
    }


@transaction.atomic
def simpan_target(pengguna, ind, isian, asal=None):
    """Save a target grid. `isian` maps (tahun, triwulan) to (nilai, nilai_atas), or None to
    remove the target. All or nothing: a conflict on one cell rolls back the grid.
    Returns the number of targets changed."""
    if ind.komponen.exists():
        raise TargetKomposit("Target indikator komposit dihitung dari komponennya.")
    milik = pemilik(ind)
    ada = target_tersimpan(ind, set(isian))
    berubah = 0
    for (tahun, triwulan), isi in sorted(isian.items()):
        uraian = uraian_target(ind, tahun, triwulan)
        semula = asal_bagian(asal, f"{tahun}-{triwulan}", uraian)
        t = ada.get((tahun, triwulan))
        if isi is None:
            # An emptied cell removes the target (already gone: nothing to do).
            if t is not None:
                hapus(
                    pengguna, t, BIDANG_TARGET, uraian=uraian, asal=_asal_penuh(t, semula), **milik
                )
                berubah += 1
            continue
        nilai = {
            "indikator_id": ind.pk,
            "tahun": tahun,
            "triwulan": triwulan,
            "nilai": isi[0],
            "nilai_atas": isi[1],
        }
        objek = t or Target(indikator=ind, tahun=tahun, triwulan=triwulan)
        if simpan(pengguna, objek, nilai, uraian=uraian, asal=_asal_penuh(t, semula), **milik):
            berubah += 1
    return berubah


def _asal_penuh(t, semula):
    """Locking values for a target cell: the key fields are fixed, only the values can
    have moved."""
    if semula is None:
        return None
    kunci = nilai_objek(t, ["indikator_id", "tahun", "triwulan"]) if t else {}
    return {**kunci, **semula}


# --- crosscutting links (KeterkaitanLintasOPD) --------------------------------------------

BIDANG_LINTAS = [
    "opd_id",
    "sasaran_id",
    "opd_mitra_id",
    "sasaran_mitra_id",
    "catatan",
    "status",
    "diusulkan_oleh_id",
    "diusulkan_pada",
    "diputus_oleh_id",
    "diputus_pada",
    "alasan",
]


class LintasDitolak(ValueError):
    """A crosscutting link that the rules refuse (the message says why, in Indonesian)."""


def uraian_lintas(k):
    return (f"Keterkaitan lintas OPD: {k.opd_mitra} mendukung {sebut_simpul(k.sasaran)} ({k.opd})")[
        :300
    ]


def _periksa_lintas(opd, sasaran, opd_mitra, sasaran_mitra):
    alasan = alasan_keterkaitan(
        opd.pk,
        opd.pemda_id,
        getattr(opd_simpul(sasaran), "pk", None),
        opd_mitra.pk,
        opd_mitra.pemda_id,
        getattr(opd_simpul(sasaran_mitra), "pk", None) if sasaran_mitra else None,
    )
    if alasan:
        raise LintasDitolak(alasan)


def usulkan_lintas(pengguna, opd, sasaran, opd_mitra, sasaran_mitra=None, catatan="", pada=None):
    """`opd` proposes that `opd_mitra` contributes to `sasaran` (its own, any tingkat),
    optionally through `sasaran_mitra`; recorded on the proposer's trail. A link already
    proposed or accepted between the same sasaran and partner is not proposed twice."""
    _periksa_lintas(opd, sasaran, opd_mitra, sasaran_mitra)
    ada = KeterkaitanLintasOPD.objects.filter(
        sasaran=sasaran,
        opd_mitra=opd_mitra,
        sasaran_mitra=sasaran_mitra,
        status__in=[KeterkaitanLintasOPD.Status.DIUSULKAN, KeterkaitanLintasOPD.Status.DITERIMA],
    )
    if ada.exists():
        raise LintasDitolak(
            f"Keterkaitan dengan {opd_mitra} untuk sasaran ini sudah diusulkan atau diterima."
        )
    k = KeterkaitanLintasOPD(opd=opd, opd_mitra=opd_mitra)
    nilai = {
        "opd_id": opd.pk,
        "sasaran_id": sasaran.pk,
        "opd_mitra_id": opd_mitra.pk,
        "sasaran_mitra_id": sasaran_mitra.pk if sasaran_mitra else None,
        "catatan": catatan,
        "status": KeterkaitanLintasOPD.Status.DIUSULKAN,
        "diusulkan_oleh_id": pengguna.pk if pengguna and pengguna.is_authenticated else None,
        "diusulkan_pada": pada or timezone.now(),
        "diputus_oleh_id": None,
        "diputus_pada": None,
        "alasan": "",
    }
    k.sasaran, k.sasaran_mitra = sasaran, sasaran_mitra
    simpan(pengguna, k, nilai, uraian=uraian_lintas(k), opd=opd)
    return k


def _ubah_lintas(pengguna, k, nilai, *, opd, asal, alasan=""):
    nilai = {
        "diputus_oleh_id": pengguna.pk if pengguna and pengguna.is_authenticated else None,
        "diputus_pada": timezone.now(),
        **nilai,
    }
    simpan(pengguna, k, nilai, uraian=uraian_lintas(k), opd=opd, alasan=alasan, asal=asal)


def putus_lintas(pengguna, k, terima, alasan="", sasaran_mitra=None, asal=None, pada=None):
    """The partner OPD accepts (`terima`) or refuses a proposed link; a refusal needs its
    reason. Accepting names (or changes) the partner's contributing node, needed by then
    so that the link shows on a node of both trees. Recorded on
    the partner's trail; `asal`: the link as the page showed it (a decision taken by
    someone else in between is a `Konflik`)."""
    alasan = alasan.strip()
    if not terima and not alasan:
        raise LintasDitolak("Tuliskan alasan penolakan.")
    diterima = KeterkaitanLintasOPD.Status.DITERIMA
    nilai = {"status": diterima if terima else KeterkaitanLintasOPD.Status.DITOLAK}
    if terima and sasaran_mitra is None and k.sasaran_mitra_id is None:
        raise LintasDitolak(
            "Sebutkan sasaran OPD Anda yang berkontribusi: keterkaitan yang diterima tampil "
            "di pohon kinerja kedua OPD pada sasaran masing-masing."
        )
    if terima and sasaran_mitra is not None:
        _periksa_lintas(k.opd, k.sasaran, k.opd_mitra, sasaran_mitra)
        nilai["sasaran_mitra_id"] = sasaran_mitra.pk
    nilai["alasan"] = alasan
    if pada:
        nilai["diputus_pada"] = pada
    _ubah_lintas(pengguna, k, nilai, opd=k.opd_mitra, asal=asal, alasan=alasan)


def tarik_lintas(pengguna, k, alasan="", asal=None):
    """The proposer withdraws a link still waiting for the partner's decision."""
    nilai = {"status": KeterkaitanLintasOPD.Status.DITARIK, "alasan": alasan.strip()}
    _ubah_lintas(pengguna, k, nilai, opd=k.opd, asal=asal, alasan=alasan.strip())
