"""Who may see what, decided here and nowhere else.

Each `ambil_*` function fetches one object for the current user and answers 404 when
the user may not see it, so that its existence is not revealed. Views, the CLI and
(later) the API and document downloads go through these functions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeAlias, cast

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from sakip.akun.models import Peran, TokenAPI
from sakip.alur.kunci import alasan_terkunci
from sakip.alur.models import (
    TAHAP_TERBUKA,
    Dokumen,
    DokumenPemda,
    StatusDokumen,
    StatusDokumenPemda,
    Tahap,
    dokumen_triwulan,
)
from sakip.alur.terbit import DOKUMEN_ALUR, dokumen_pemda_disetujui, sudah_terbit
from sakip.anggaran.models import ProgramKegiatan
from sakip.evaluasi.reviu import reviu_tuntas
from sakip.instansi.models import OPD, Pemda
from sakip.perencanaan.models import Indikator, KeterkaitanLintasOPD, Periode
from sakip.perencanaan.pohon import (
    periode_berlaku,
    periode_berlaku_semua,
    periode_pemda_berlaku,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    # The signed-in user of a request, or the anonymous one.
    Pengguna: TypeAlias = AbstractBaseUser | AnonymousUser


def daftar_peran(user: Pengguna) -> list[Peran]:
    """The user's roles, read once per request."""
    if not user.is_authenticated:
        return []
    if not hasattr(user, "_peran"):
        user._peran = list(user.peran_set.select_related("opd", "pemda"))
    return user._peran


def dengan_peran(pengguna: QuerySet) -> QuerySet:
    """Users with their roles read in one query for all of them, for the access checks
    made on many users at once (who is told of a workflow step, who is reminded)."""
    return pengguna.prefetch_related(
        Prefetch("peran_set", Peran.objects.select_related("opd", "pemda"), to_attr="_peran")
    )


def _pemda_dengan(user: Pengguna, *jenis: object) -> set[int]:
    # `jenis`: Peran.Jenis members (without django-stubs mypy takes them for tuples).
    return {p.pemda_id for p in daftar_peran(user) if p.jenis in jenis}


def _opd_dengan(user: Pengguna, *jenis: object) -> set[int]:
    return {p.opd_id for p in daftar_peran(user) if p.jenis in jenis}


# A TextChoices member is a str; mypy without django-stubs takes it for its (value, label).
RENSTRA = cast(str, Dokumen.RENSTRA)

# Roles that see every OPD of their Pemda.
LINGKUP_PEMDA = (Peran.Jenis.ADMIN_PEMDA, Peran.Jenis.INSPEKTORAT)


def pemda_terlihat(user: Pengguna) -> QuerySet[Pemda]:
    if user.is_superuser:
        return Pemda.objects.all()
    opd = _opd_dengan(user, *Peran.LINGKUP_OPD)
    return Pemda.objects.filter(
        Q(pk__in=_pemda_dengan(user, *LINGKUP_PEMDA)) | Q(opd_set__in=opd)
    ).distinct()


def opd_terlihat(user: Pengguna) -> QuerySet[OPD]:
    """OPD whose data the user may read. Publik sees only published documents."""
    if user.is_superuser:
        return OPD.objects.all()
    return OPD.objects.filter(
        Q(pemda__in=_pemda_dengan(user, *LINGKUP_PEMDA))
        | Q(pk__in=_opd_dengan(user, *Peran.LINGKUP_OPD))
    )


def syarat_periode_terlihat(user: Pengguna, jalur: str = "") -> Q:
    """A filter on planning periods the user sees, at lookup path `jalur` (e.g.
    "tujuan__periode__"): an OPD's Renstra for those who see the OPD, the Pemda's own plan
    (RPJMD/RPD, no OPD) for those who see the Pemda, which every OPD of it cascades from."""
    return Q(**{f"{jalur}opd__in": opd_terlihat(user)}) | Q(
        **{f"{jalur}opd__isnull": True, f"{jalur}pemda__in": pemda_terlihat(user)}
    )


def indikator_terlihat(user: Pengguna) -> QuerySet[Indikator]:
    """Indicators of the planning periods the user sees."""
    return Indikator.objects.filter(syarat_periode_terlihat(user, "periode__"))


def ambil_pemda(user: Pengguna, slug: str) -> Pemda:
    return get_object_or_404(pemda_terlihat(user), slug=slug)


def ambil_opd(user: Pengguna, slug: str) -> OPD:
    return get_object_or_404(opd_terlihat(user).select_related("pemda"), slug=slug)


def ambil_opd_tahun(user: Pengguna, slug: str, tahun: int) -> OPD:
    """An OPD the user may see, for a year its plan covers (404 for a year without a plan)."""
    opd = ambil_opd(user, slug)
    if not periode_berlaku(opd, tahun):
        raise Http404("Tidak ada periode perencanaan yang berlaku pada tahun ini")
    return opd


def ambil_opd_dokumen(
    user: Pengguna, slug: str, tahun: int, jenis: str, kode: str | None = None
) -> OPD:
    """An OPD whose document `jenis` of `tahun` (with `kode`: the PK of the official of that
    code) the user may download: any document of an OPD they see; the official they fill
    for (`pejabat_pengisi`) their OPD's Rencana Aksi and their own PK; for everyone else,
    signed in or not, a published document (`sudah_terbit`)."""
    opd = OPD.objects.filter(slug=slug).select_related("pemda").first()
    if opd and not boleh_lihat_opd(user, opd):
        milik = jenis == "rencana-aksi" or (jenis == "pk" and kode is not None)
        if milik and _pengisi_dengan_kode(user, opd, kode):
            return ambil_opd_pengisi(user, slug, tahun, kode)
        if not sudah_terbit(opd, tahun, jenis):
            raise Http404("Dokumen belum diterbitkan")
        return opd
    return ambil_opd_tahun(user, slug, tahun)


# --- The public portal: what anyone may see, signed in or not -----------------------------
#
# Only what the workflow approved (Disetujui) is public. A year of an OPD once the Renstra
# of each plan in force that year and one of the year's own documents (PK, a quarter's
# data, the LKjIP) are approved: its plan tree, indicators and targets; a quarter's figures
# once that quarter's data are approved; the year's figures (realisation, capaian,
# predikat) once all four quarters are, since the annual value aggregates them and travels
# with Triwulan IV. A draft, a submitted, verified or returned document, and an approved one
# reopened, are invisible (404).

DOKUMEN_TAHUN = (Dokumen.PK, Dokumen.TW1, Dokumen.TW2, Dokumen.TW3, Dokumen.TW4, Dokumen.LKJIP)


def _disetujui(**kunci: object) -> QuerySet[StatusDokumen]:
    return StatusDokumen.objects.filter(tahap=Tahap.DISETUJUI, **kunci)


def periode_terbit() -> QuerySet[Periode]:
    """The OPD planning periods the public sees: the Renstra (keyed by the period's first
    year) approved, and a document of one of its years too."""
    renstra = _disetujui(opd=OuterRef("opd"), tahun=OuterRef("tahun_awal"), dokumen=RENSTRA)
    tahunan = _disetujui(
        opd=OuterRef("opd"),
        dokumen__in=DOKUMEN_TAHUN,
        tahun__gte=OuterRef("tahun_awal"),
        tahun__lte=OuterRef("tahun_akhir"),
    )
    return Periode.objects.filter(opd__isnull=False).filter(Exists(renstra), Exists(tahunan))


def tahun_terbit_semua(opd: Iterable[OPD | int]) -> dict[int, list[int]]:
    """{OPD id: the years of it the public sees, ascending} for many OPD at once: a year
    where one of its own documents is approved and the Renstra of every plan in force that
    year too. Reads two queries and one per year found."""
    ids = [o if isinstance(o, int) else o.pk for o in opd]
    calon: defaultdict[int, set[int]] = defaultdict(set)
    for i, t in _disetujui(opd__in=ids, dokumen__in=DOKUMEN_TAHUN).values_list("opd", "tahun"):
        calon[i].add(t)
    renstra = set(_disetujui(opd__in=ids, dokumen=RENSTRA).values_list("opd", "tahun"))
    hasil: dict[int, list[int]] = {i: [] for i in ids}
    for t in sorted({t for daftar in calon.values() for t in daftar}):
        berlaku: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
        ada = [i for i in ids if t in calon[i]]
        for i, awal in periode_berlaku_semua(ada, t).values_list("opd", "tahun_awal"):
            berlaku[i].append((i, awal))
        for i in ada:
            if berlaku[i] and all(p in renstra for p in berlaku[i]):
                hasil[i].append(t)
    return hasil


def tahun_terbit(opd: OPD) -> list[int]:
    """The years of the OPD the public sees, ascending (`tahun_terbit_semua`)."""
    return tahun_terbit_semua([opd])[opd.pk]


def triwulan_terbit(opd: OPD, tahun: int) -> list[int]:
    """The quarters of `tahun` whose data are approved, ascending."""
    dokumen = _disetujui(opd=opd, tahun=tahun, dokumen__in=DOKUMEN_ALUR["triwulan"])
    return sorted(int(d[2]) for d in dokumen.values_list("dokumen", flat=True))


def capaian_terbit_semua(opd: Iterable[OPD | int], tahun: int) -> set[int]:
    """The ids of those OPD whose figures of `tahun` are public: the year is public and all
    four of its quarters are approved."""
    ids = [o if isinstance(o, int) else o.pk for o in opd]
    triwulan = Counter(
        _disetujui(opd__in=ids, tahun=tahun, dokumen__in=DOKUMEN_ALUR["triwulan"]).values_list(
            "opd", flat=True
        )
    )
    lengkap = [i for i in ids if triwulan[i] == 4]
    return {i for i, daftar in tahun_terbit_semua(lengkap).items() if tahun in daftar}


def capaian_terbit(opd: OPD, tahun: int) -> bool:
    """Whether the year's figures of the OPD are public (`capaian_terbit_semua`)."""
    return opd.pk in capaian_terbit_semua([opd], tahun)


def opd_terbit(pemda: Pemda | None = None) -> QuerySet[OPD]:
    """The OPD with a published plan (of `pemda` when given), by name. Their pages are those
    of their `tahun_terbit`."""
    opd = OPD.objects.filter(pk__in=periode_terbit().values("opd")).select_related("pemda")
    return (opd.filter(pemda=pemda) if pemda else opd).order_by("nama", "pk")


def _dokumen_pemda_disetujui(**kunci: object) -> QuerySet[StatusDokumenPemda]:
    return StatusDokumenPemda.objects.filter(tahap=Tahap.DISETUJUI, **kunci)


def pemda_terbit() -> QuerySet[Pemda]:
    """The Pemda with at least one OPD whose plan is published, or one of its own documents
    approved, by name."""
    return (
        Pemda.objects.filter(
            Q(opd_set__in=opd_terbit()) | Q(pk__in=_dokumen_pemda_disetujui().values("pemda"))
        )
        .distinct()
        .order_by("nama", "pk")
    )


def tahun_dokumen_pemda_terbit(pemda: Pemda) -> list[int]:
    """The years with one of the Pemda's own documents approved, ascending."""
    tahun = _dokumen_pemda_disetujui(pemda=pemda).values_list("tahun", flat=True)
    return sorted(set(tahun))


def tahun_terbit_pemda(pemda: Pemda) -> list[int]:
    """The years the public sees of any OPD of the Pemda, or of its own documents,
    ascending."""
    semua = tahun_terbit_semua(opd_terbit(pemda))
    opd = {t for daftar in semua.values() for t in daftar}
    return sorted(opd | set(tahun_dokumen_pemda_terbit(pemda)))


def tahun_kinerja_pemda_terbit(pemda: Pemda) -> list[int]:
    """The years whose figures of the Pemda's own plan (its IKU: target, realisation,
    capaian) are public: those whose LKjIP Pemda is approved. The LKjIP Pemda is where
    the Kepala Daerah reports them; the IKU Pemda and the PK hold only targets."""
    tahun = _dokumen_pemda_disetujui(pemda=pemda, dokumen=DokumenPemda.LKJIP)
    return sorted(set(tahun.values_list("tahun", flat=True)))


def indikator_terbit() -> QuerySet[Indikator]:
    """The indicators of published OPD plans."""
    return Indikator.objects.filter(periode__in=periode_terbit())


def ambil_opd_terbit(slug: str, tahun: int | None = None) -> OPD:
    """An OPD whose plan is published; with `tahun`, one of its `tahun_terbit` (404
    otherwise, with the reason in Indonesian)."""
    opd = opd_terbit().filter(slug=slug).first()
    if opd is None:
        raise Http404("Perangkat daerah ini belum memiliki dokumen yang disetujui.")
    if tahun is not None and tahun not in tahun_terbit(opd):
        raise Http404(f"Data {opd.nama} tahun {tahun} belum disetujui.")
    return opd


def ambil_pemda_terbit(slug: str, tahun: int | None = None) -> Pemda:
    """A Pemda with a published OPD; with `tahun`, one where some OPD's year is published."""
    pemda = pemda_terbit().filter(slug=slug).first()
    if pemda is None:
        raise Http404("Pemerintah daerah ini belum memiliki dokumen yang disetujui.")
    if tahun is not None and tahun not in tahun_terbit_pemda(pemda):
        raise Http404(f"Data {pemda.nama} tahun {tahun} belum disetujui.")
    return pemda


def ambil_indikator_terbit(pk: int | str) -> Indikator:
    """An indicator of a published OPD plan (404 otherwise)."""
    ind = (
        indikator_terbit()
        .select_related("periode__opd__pemda", "periode__pemda", "sasaran", "tujuan")
        .filter(pk=pk)
        .first()
    )
    if ind is None:
        raise Http404("Indikator ini belum diterbitkan.")
    return ind


# --- The read-only API (`sakip.api`) ---------------------------------------------------------
#
# A caller without a token reads what the portal shows. A token's user reads, besides, every
# figure of the OPD they see (`opd_terlihat`), drafts included; of other OPD, what the
# public sees.


def pemda_api(user: Pengguna) -> QuerySet[Pemda]:
    """The Pemda the caller reads: the public's, and those the user sees."""
    semua = Pemda.objects.filter(Q(pk__in=pemda_terbit()) | Q(pk__in=pemda_terlihat(user)))
    return semua.order_by("nama", "pk")


def opd_api(user: Pengguna) -> QuerySet[OPD]:
    """The OPD the caller reads: those with a published plan, and those the user sees."""
    semua = OPD.objects.filter(Q(pk__in=opd_terbit()) | Q(pk__in=opd_terlihat(user)))
    return semua.select_related("pemda").order_by("nama", "pk")


def ambil_pemda_api(user: Pengguna, slug: str) -> tuple[Pemda, bool]:
    """(Pemda, whether the user sees it all) for the API; 404 when the caller reads none
    of it."""
    pemda = pemda_terlihat(user).filter(slug=slug).first()
    return (pemda, True) if pemda else (ambil_pemda_terbit(slug), False)


def ambil_opd_api(user: Pengguna, slug: str, tahun: int | None = None) -> tuple[OPD, bool]:
    """(OPD, whether the user sees all its data) for the API: an OPD the user sees, for
    any year its plan covers; else the public's (`ambil_opd_terbit`: one of its
    `tahun_terbit`), whose figures show only where approved. 404 otherwise."""
    if opd_terlihat(user).filter(slug=slug).exists():
        opd = ambil_opd(user, slug)
        if tahun is not None and not periode_berlaku(opd, tahun):
            raise Http404(f"Tidak ada periode perencanaan {opd.nama} yang berlaku pada {tahun}.")
        return opd, True
    return ambil_opd_terbit(slug, tahun), False


def ambil_indikator_api(user: Pengguna, pk: int | str) -> tuple[Indikator, bool]:
    """(indicator of an OPD plan, whether the user sees all its figures) for the API."""
    ind = (
        indikator_terlihat(user)
        .filter(pk=pk, periode__opd__isnull=False)
        .select_related("periode__opd__pemda", "periode__pemda", "sasaran", "tujuan")
        .first()
    )
    return (ind, True) if ind else (ambil_indikator_terbit(pk), False)


def tahun_terlihat(opd: OPD, semua: bool) -> list[int]:
    """The years of the OPD the API gives: every year of its plans to a user who sees the
    OPD (`semua`, an `ambil_opd_api` answer), else its `tahun_terbit`."""
    if not semua:
        return tahun_terbit(opd)
    rentang = Periode.objects.filter(opd=opd).values_list("tahun_awal", "tahun_akhir")
    return sorted({t for awal, akhir in rentang for t in range(awal, akhir + 1)})


def triwulan_terlihat(opd: OPD, tahun: int, semua: bool) -> list[int]:
    """The quarters of `tahun` whose figures the API gives: every quarter to a user who sees
    the OPD (`semua`, an `ambil_opd_api` answer), else the approved ones."""
    return [1, 2, 3, 4] if semua else triwulan_terbit(opd, tahun)


def capaian_terlihat(opd: OPD, tahun: int, semua: bool) -> bool:
    """Whether the API gives the year's realisation, capaian and predikat (and the budget's
    realisation): to a user who sees the OPD, else once they are public."""
    return semua or capaian_terbit(opd, tahun)


def ambil_token(user: Pengguna, pk: int | str) -> TokenAPI:
    """One of the user's own API tokens (404 for anybody else's)."""
    return get_object_or_404(TokenAPI, pk=pk, pengguna=user.pk)


def ambil_indikator(user: Pengguna, pk: int | str) -> Indikator:
    return get_object_or_404(
        indikator_terlihat(user).select_related("periode__opd", "periode__pemda"), pk=pk
    )


def ambil_sub_kegiatan(user: Pengguna, pk: int | str, ubah: bool = False) -> ProgramKegiatan:
    """A sub kegiatan the user may see; with `ubah`, one the user may also change: only
    the staff of its own OPD enter realisations (a Pemda admin sees them, 403 to change)."""
    sub = get_object_or_404(
        ProgramKegiatan.objects.select_related("opd__pemda", "induk__induk"),
        pk=pk,
        tingkat=ProgramKegiatan.Tingkat.SUB_KEGIATAN,
        opd__in=opd_terlihat(user),
    )
    if ubah:
        tolak_kecuali(
            boleh_ubah_data_opd(user, sub.opd),
            "Hanya operator OPD ini yang dapat mengisi realisasi.",
        )
    return sub


def boleh_ubah_data_opd(user: Pengguna, opd: OPD) -> bool:
    """The OPD's operators enter its data and write its report texts; everybody else reads."""
    return user.is_superuser or opd.pk in _opd_dengan(user, Peran.Jenis.OPERATOR_OPD)


# --- What an official fills themselves: their PK and their Rencana Aksi -----------------
#
# The OPD's operator keeps the officials' PKs and the Rencana Aksi. Where the Pemda allows it
# (`Pemda.pejabat_boleh_mengisi`), an official whose account the Admin Pemda linked to their
# officials record (`Pengguna.pejabat`) also sets and revises their own PK, sees their OPD's
# Rencana Aksi, changes the actions they are responsible for and reports on them; they read
# their own PK and the Rencana Aksi document, nothing else of the OPD. The PKs and the plan
# are locked with the year's PK document, a quarter's reports with that quarter's data.

TIDAK_BOLEH_AKSI = (
    "Hanya operator OPD ini, atau pejabat penanggung jawab aksi bila diizinkan Pemda, yang "
    "dapat mengubah rencana aksi dan laporannya."
)
TIDAK_BOLEH_PK_PEJABAT = (
    "Hanya operator OPD ini, atau pejabat pemegang PK ini sendiri bila diizinkan Pemda, yang "
    "dapat menetapkan Perjanjian Kinerja pejabat."
)


def boleh_lihat_opd(user: Pengguna, opd: OPD) -> bool:
    """Whether the user sees the OPD's data (`opd_terlihat`)."""
    return opd_terlihat(user).filter(pk=opd.pk).exists()


def pejabat_pengisi(user: Pengguna, opd: OPD) -> int | None:
    """The id of the official of `opd` whose own PK and actions the user fills, None when
    none: the official linked to the account, where the OPD's Pemda lets officials fill
    them."""
    pejabat = getattr(user, "pejabat", None) if user.is_authenticated else None
    if pejabat is None or pejabat.opd_id != opd.pk or not opd.pemda.pejabat_boleh_mengisi:
        return None
    return pejabat.pk


def _pengisi_dengan_kode(user: Pengguna, opd: OPD, kode: str | None) -> bool:
    """Whether the user fills for an official of `opd` (`pejabat_pengisi`) and, with
    `kode`, for the official of that code."""
    return pejabat_pengisi(user, opd) is not None and kode in (None, user.pejabat.kode)


def bukan_pengisi(user: Pengguna, opd: OPD, milik: Iterable[int | None] | None = None) -> bool:
    """Whether the user may not change the data of `opd` that officials own: the operator
    may; the official the user fills for (`pejabat_pengisi`) only what is theirs, here the
    officials `milik` (before and after the change; None: whether they may change any)."""
    if boleh_ubah_data_opd(user, opd):
        return False
    pejabat = pejabat_pengisi(user, opd)
    return pejabat is None or (milik is not None and set(milik) != {pejabat})


def ambil_opd_pengisi(user: Pengguna, slug: str, tahun: int, kode: str | None = None) -> OPD:
    """An OPD whose Rencana Aksi of `tahun` (with `kode`: the PK of the official of that
    code) the user may see: one they see, or the OPD of the official they fill for
    (`pejabat_pengisi`; with `kode`, only when it is that official); 404 otherwise, and for
    a year no plan of it covers."""
    opd = OPD.objects.filter(slug=slug).select_related("pemda").first()
    if opd is None or not (boleh_lihat_opd(user, opd) or _pengisi_dengan_kode(user, opd, kode)):
        raise Http404("Perangkat daerah tidak ditemukan")
    if not periode_berlaku(opd, tahun):
        raise Http404("Tidak ada periode perencanaan yang berlaku pada tahun ini")
    return opd


def alasan_tidak_boleh_ubah_aksi(
    user: Pengguna,
    opd: OPD,
    tahun: int,
    triwulan: int | None = None,
    penanggung_jawab: Iterable[int | None] | None = None,
) -> str | None:
    """Why the user may not change the Rencana Aksi of `opd` for `tahun` (None when they
    may): its actions (`triwulan` None) or the reports of quarter `triwulan`.
    `penanggung_jawab`: the official ids of the action before and after the change; an
    official may change only an action that is theirs on both sides (`bukan_pengisi`). The
    actions are locked with the year's PK, a quarter's reports with that quarter's data
    (`alasan_terkunci`)."""
    if bukan_pengisi(user, opd, penanggung_jawab):
        return TIDAK_BOLEH_AKSI
    dokumen = Dokumen.PK if triwulan is None else dokumen_triwulan(triwulan)
    return alasan_terkunci(opd, tahun, dokumen)


def boleh_setujui(user: Pengguna, opd: OPD) -> bool:
    """The head of the OPD approves its documents (or sends them back)."""
    return user.is_superuser or opd.pk in _opd_dengan(user, Peran.Jenis.KEPALA_OPD)


def alasan_pemisahan_tugas(
    user: Pengguna, status: StatusDokumen | StatusDokumenPemda | None, langkah: str
) -> str | None:
    """Why the user may not take `langkah` ("verifikasi" or "setujui") on the document
    `status` (an OPD's or the Pemda's own) although their role allows it (None when they
    may): whoever submitted it may neither verify nor approve it, and whoever verified it
    may not approve it, even when one account holds the operator, Admin Pemda and Kepala
    OPD roles. A Pemda document is submitted by one Admin Pemda and approved by another."""
    if status is None or langkah not in ("verifikasi", "setujui"):
        return None
    if status.diajukan_oleh_id is not None and status.diajukan_oleh_id == user.pk:
        tindakan = "memverifikasi" if langkah == "verifikasi" else "menyetujui"
        return f"Anda yang mengajukan dokumen ini, jadi tidak dapat {tindakan}nya sendiri."
    if (
        langkah == "setujui"
        and getattr(status, "diverifikasi_oleh_id", None) is not None
        and getattr(status, "diverifikasi_oleh_id", None) == user.pk
    ):
        return "Anda yang memverifikasi dokumen ini, jadi tidak dapat menyetujuinya sendiri."
    return None


def boleh_kelola_pemda(user: Pengguna, pemda: Pemda) -> bool:
    """The Admin Pemda verifies documents, reopens approved ones, sets filling windows and
    manages users."""
    return user.is_superuser or pemda.pk in _pemda_dengan(user, Peran.Jenis.ADMIN_PEMDA)


def ambil_pemda_kelola(user: Pengguna, slug: str, pesan: str) -> Pemda:
    """A Pemda page only its Admin Pemda may use: 404 when the user may not see the Pemda,
    403 (with `pesan`) when they see it but are not its Admin Pemda."""
    pemda = ambil_pemda(user, slug)
    tolak_kecuali(boleh_kelola_pemda(user, pemda), pesan)
    return pemda


def alasan_tidak_boleh_beri_peran(oleh: Pengguna, pengguna: Pengguna, jenis: object) -> str | None:
    """Why `oleh` may not give `pengguna` the role `jenis` (None when they may): nobody
    gives their own account an OPD role, or one Admin Pemda could submit, verify and
    approve alone; another Admin Pemda has to."""
    if pengguna.pk == oleh.pk and jenis in Peran.LINGKUP_OPD:
        return (
            "Anda tidak dapat memberi akun Anda sendiri peran Operator OPD atau Kepala OPD. "
            "Mintalah Admin Pemda lain bila peran itu memang diperlukan."
        )
    return None


def alasan_tidak_boleh_hapus_peran(oleh, peran):
    """Why `oleh` may not remove `peran` (None when they may): an Admin Pemda does not
    remove their own Admin Pemda role, so a Pemda is never left without one by mistake."""
    if peran.pengguna_id == oleh.pk and peran.jenis == Peran.Jenis.ADMIN_PEMDA:
        return "Anda tidak dapat menghapus peran Admin Pemda Anda sendiri."
    return None


def alasan_tidak_boleh_kelola_akun(oleh: Pengguna, pengguna: Pengguna) -> str | None:
    """Why `oleh` may not reset `pengguna`'s password or deactivate or reactivate their
    account (None when they may). Not one's own account (one's password changes on the
    Akun page, and nobody locks themselves out); a superuser's only by a superuser; and
    only a user all of whose roles are in Pemda that `oleh` administers: whoever sets a
    password can sign in with it, so one Pemda's admin must not reach into another."""
    if pengguna.pk == oleh.pk:
        return (
            "Akun Anda sendiri tidak diatur dari halaman ini. Ganti kata sandi Anda di "
            "halaman Akun."
        )
    if oleh.is_superuser:
        return None
    if pengguna.is_superuser:
        return "Akun superuser hanya dapat diatur oleh superuser."
    dikelola = _pemda_dengan(oleh, Peran.Jenis.ADMIN_PEMDA)
    if {p.pemda_id for p in daftar_peran(pengguna)} - dikelola:
        return (
            f"{pengguna.get_username()} juga memegang peran di Pemda lain. Kata sandi dan "
            "status akunnya hanya dapat diatur oleh Admin Pemda yang mengelola semua Pemda "
            "tempat ia berperan."
        )
    return None


def alasan_wajib_ganti_kata_sandi(user: Pengguna) -> str | None:
    """Why the user may open no page but the change-password page (None when they may):
    someone else set their password, so only they should know the one they use."""
    if user.is_authenticated and getattr(user, "wajib_ganti_kata_sandi", False):
        return (
            "Kata sandi Anda ditetapkan oleh orang lain (Admin Pemda). Demi keamanan, pilih "
            "kata sandi baru sebelum melanjutkan."
        )
    return None


def alasan_tidak_boleh_kelola_pemda(user, pemda):
    """Why the user may only read the Pemda's own pages (None for its Admin Pemda)."""
    if boleh_kelola_pemda(user, pemda):
        return None
    return "Hanya Admin Pemda yang dapat mengubah data Pemda, OPD dan pejabatnya."


def boleh_verifikasi(user, opd):
    """The Admin Pemda verifies an OPD's documents and reopens approved ones."""
    return boleh_kelola_pemda(user, opd.pemda)


def boleh_kembalikan(user, opd):
    """A submitted document goes back to the OPD from its head or the Admin Pemda."""
    return boleh_setujui(user, opd) or boleh_verifikasi(user, opd)


def boleh_lihat_jejak_pemda(user: Pengguna, pemda: Pemda) -> bool:
    """The whole Pemda's audit trail (users, roles, windows too) is for its admin and
    Inspektorat."""
    return user.is_superuser or pemda.pk in _pemda_dengan(user, *LINGKUP_PEMDA)


def boleh_lihat_dokumen_pemda(user: Pengguna, pemda: Pemda) -> bool:
    """The Pemda's own documents (IKU Pemda, PK of the Kepala Daerah, LKjIP Pemda) are
    compiled by its Admin Pemda and read by its Inspektorat; OPD staff have their OPD's."""
    return user.is_superuser or pemda.pk in _pemda_dengan(user, *LINGKUP_PEMDA)


def ambil_pemda_dokumen(user: Pengguna, slug: str, tahun: int) -> Pemda:
    """A Pemda whose own documents of `tahun` the user may read: 404 when the user may not
    see the Pemda or no plan of it covers the year, 403 for the staff of its OPD."""
    pemda = ambil_pemda(user, slug)
    tolak_kecuali(
        boleh_lihat_dokumen_pemda(user, pemda),
        "Dokumen kinerja Pemda hanya untuk Admin Pemda dan Inspektorat.",
    )
    if not Periode.objects.filter(
        Q(pemda=pemda), tahun_awal__lte=tahun, tahun_akhir__gte=tahun
    ).exists():
        raise Http404("Tidak ada periode perencanaan yang berlaku pada tahun ini")
    return pemda


def ambil_dokumen_pemda_unduh(
    user: Pengguna, slug: str, tahun: int, jenis: str
) -> tuple[Pemda, StatusDokumenPemda | None]:
    """(Pemda, the document as approved or None) for a download: an approved Pemda
    document is public; a draft only for those `ambil_pemda_dokumen` lets through."""
    pemda = Pemda.objects.filter(slug=slug).first()
    disetujui = pemda and dokumen_pemda_disetujui(pemda, tahun, jenis)
    if disetujui:
        return disetujui.pemda, disetujui
    return ambil_pemda_dokumen(user, slug, tahun), None


def boleh_lihat_pohon_pemda(user: Pengguna, pemda: Pemda) -> bool:
    """The Pemda's whole pohon kinerja (every OPD's branch, drafts included) is for its
    admin and Inspektorat; an OPD's staff read their own OPD's tree."""
    return boleh_lihat_jejak_pemda(user, pemda)


def ambil_pemda_pohon(user: Pengguna, slug: str, tahun: int) -> Pemda:
    """A Pemda whose whole pohon kinerja of `tahun` the user may read: 404 when the user
    may not see the Pemda or no plan of its own (RPJMD/RPD) is in force in the year, 403 for
    the staff of its OPD."""
    pemda = ambil_pemda(user, slug)
    tolak_kecuali(
        boleh_lihat_pohon_pemda(user, pemda),
        "Pohon kinerja seluruh Pemda hanya untuk Admin Pemda dan Inspektorat; "
        "staf OPD melihat pohon kinerja OPD-nya.",
    )
    if not periode_pemda_berlaku(pemda, tahun):
        raise Http404("Tidak ada RPJMD/RPD yang berlaku pada tahun ini")
    return pemda


def boleh_mereviu(user: Pengguna, opd: OPD) -> bool:
    """Only the Inspektorat of the OPD's Pemda accepts findings and concludes a review."""
    return user.is_superuser or opd.pemda_id in _pemda_dengan(user, Peran.Jenis.INSPEKTORAT)


def alasan_tidak_boleh_terima_temuan(
    user: Pengguna, opd: OPD, tahun: int, daftar: list | None = None
) -> str | None:
    """Why the user may not accept findings of the review of `opd` for `tahun` (None when
    they may): only the Inspektorat of its Pemda accepts them, and only until the review is
    concluded (`reviu_tuntas`: a conclusion written and no error open), since the report
    then states the review with that conclusion. `daftar`: the findings with their
    acceptances, when already read."""
    if not boleh_mereviu(user, opd):
        return "Hanya Inspektorat Pemda ini yang dapat menanggapi hasil reviu."
    if reviu_tuntas(opd, tahun, daftar):
        return (
            f"Reviu {tahun} sudah disimpulkan dan tidak ada galat terbuka, sehingga temuannya "
            "tidak dapat diterima lagi."
        )
    return None


def boleh_unggah_reviu(user: Pengguna, opd: OPD) -> bool:
    """An outside document is uploaded by the reviewer, or by the OPD to check its own."""
    return boleh_mereviu(user, opd) or boleh_ubah_data_opd(user, opd)


def alasan_bukan_operator(user: Pengguna, opd: OPD) -> str | None:
    """Why the user may not change the OPD's data at all (None for its operator)."""
    if boleh_ubah_data_opd(user, opd):
        return None
    return "Hanya operator OPD ini yang dapat mengubah datanya."


def alasan_tidak_boleh_isi(
    user: Pengguna, opd: OPD, tahun: int, dokumen: str, *, tahap: str | None = None
) -> str | None:
    """Why the user may not change `dokumen` of `opd` for `tahun` (None when they may):
    they are not its operator, the document is submitted or approved, or the quarter's
    filling window is closed. `tahap`: the document's stage when already read."""
    return alasan_bukan_operator(user, opd) or alasan_terkunci(opd, tahun, dokumen, tahap=tahap)


def alasan_tidak_boleh_ubah_pk_pejabat(
    user: Pengguna, opd: OPD, tahun: int, pejabat: int | None = None, *, tahap: str | None = None
) -> str | None:
    """Why the user may not set or revise the PK of the official `pejabat` (an id; None:
    of any official) of the OPD's cascade for `tahun` (None when they may). The officials'
    PKs belong to the OPD's PK document of the year: its operator changes them, and the
    official themselves their own where the Pemda allows it (`bukan_pengisi`), while that
    document is open; approved, they are locked with it."""
    if bukan_pengisi(user, opd, None if pejabat is None else [pejabat]):
        return TIDAK_BOLEH_PK_PEJABAT
    return alasan_terkunci(opd, tahun, cast(str, Dokumen.PK), tahap=tahap)


def alasan_tidak_boleh_ubah_profil(user: Pengguna, opd: OPD) -> str | None:
    """Why the user may not change the OPD's profile (Bab I of every LKjIP; None when they
    may): they are not its operator, or an LKjIP that prints it is with the verifier."""
    if not boleh_ubah_data_opd(user, opd):
        return "Hanya operator OPD ini yang dapat mengubah profilnya."
    diperiksa = (
        StatusDokumen.objects.filter(opd=opd, dokumen=Dokumen.LKJIP)
        .exclude(tahap__in=[*TAHAP_TERBUKA, Tahap.DISETUJUI])
        .order_by("tahun")
        .first()
    )
    if diperiksa:
        return (
            f"LKjIP {diperiksa.tahun} berstatus {diperiksa.get_tahap_display()} dan memuat "
            "profil ini di Bab I, sehingga profil terkunci sampai LKjIP itu dikembalikan "
            "atau disetujui."
        )
    return None


def alasan_tidak_boleh_ubah_rencana(
    user: Pengguna,
    periode: Periode,
    tahun: int | None = None,
    dokumen: str = RENSTRA,
    *,
    tahap: str | None = None,
) -> str | None:
    """Why the user may not change the content of the planning period `periode` (None when
    they may). An OPD's Renstra is its operator's while the document is open (`dokumen` of
    `tahun`, by default the Renstra of the period's first year). A supplement is a Renstra
    document of its own (draft until approved), but it replaces its parent's content for
    the years it covers: its Renstra content also needs the parent's Renstra open, so an
    approved Renstra changes through a supplement only after the Admin Pemda reopens it.
    The Pemda's own plan (RPJMD/RPD and supplements) is its Admin Pemda's; it has no
    workflow document, so nothing locks it and the audit trail is its record. `tahap`: the
    stage of `dokumen` when the caller has already read it."""
    if periode.opd_id is None:
        if boleh_kelola_pemda(user, periode.pemda):
            return None
        return "Hanya Admin Pemda yang dapat mengubah rencana tingkat Pemda (RPJMD/RPD)."
    induk = periode.induk if dokumen == Dokumen.RENSTRA and periode.induk_id else None
    if induk and (alasan := alasan_tidak_boleh_ubah_rencana(user, induk)):
        return alasan
    tahun = periode.tahun_awal if tahun is None else tahun
    return alasan_tidak_boleh_isi(user, periode.opd, tahun, dokumen, tahap=tahap)


def periksa_isi(user: Pengguna, opd: OPD, tahun: int, dokumen: str) -> None:
    """Refuse the change (403, with the reason shown) unless the user may make it."""
    tolak_bila(alasan_tidak_boleh_isi(user, opd, tahun, dokumen))


def tolak_bila(alasan: str | None) -> None:
    """Refuse the request when there is a reason: 403, and the page shows the reason. The
    one way a view, a service or a command answers 403: feed it an `alasan_*` answer."""
    if alasan:
        raise PermissionDenied(alasan)


def tolak_kecuali(boleh: bool, alasan: str) -> None:
    """Refuse the request (403 with `alasan`) unless `boleh`, a `boleh_*` answer."""
    tolak_bila(None if boleh else alasan)


# The SAKIP evaluation worksheet (LKE, `sakip.lke`): the OPD answers its own self-assessment,
# the Inspektorat of its Pemda evaluates; a concluded evaluation is locked for both. The
# callers pass whether the evaluation is concluded (`selesai`), `lke` sitting above `akun`.
LKE_TERKUNCI = "Evaluasi ini sudah diselesaikan Inspektorat, sehingga terkunci."


# The Pemda's own evaluation (the one KemenPANRB makes of the Pemda) has the same sides: its
# Admin Pemda answers the self-assessment, its Inspektorat records the evaluator's answers;
# only the two of them see it.
def boleh_jawab_lke(user: Pengguna, opd: OPD | Pemda) -> bool:
    """The OPD's own staff (operator and head) answer its self-assessment; the Admin Pemda
    the Pemda's own."""
    if isinstance(opd, Pemda):
        return boleh_kelola_pemda(user, opd)
    return user.is_superuser or opd.pk in _opd_dengan(user, *Peran.LINGKUP_OPD)


def boleh_evaluasi_lke(user: Pengguna, opd: OPD | Pemda) -> bool:
    """The Inspektorat of the OPD's Pemda (or of the Pemda itself) answers as evaluator,
    writes notes, concludes."""
    if isinstance(opd, Pemda):
        return user.is_superuser or opd.pk in _pemda_dengan(user, Peran.Jenis.INSPEKTORAT)
    return boleh_mereviu(user, opd)


def alasan_tidak_boleh_jawab_lke(user: Pengguna, opd: OPD | Pemda, selesai: bool) -> str | None:
    """Why the user may not change the self-assessment answers or evidence (None when they
    may)."""
    if not boleh_jawab_lke(user, opd):
        if isinstance(opd, Pemda):
            return "Hanya Admin Pemda yang dapat mengisi penilaian mandiri LKE Pemda."
        return "Hanya staf OPD ini yang dapat mengisi penilaian mandiri LKE."
    return LKE_TERKUNCI if selesai else None


def alasan_tidak_boleh_evaluasi_lke(user: Pengguna, opd: OPD | Pemda, selesai: bool) -> str | None:
    """Why the user may not change the evaluator's answers and notes (None when they may)."""
    if not boleh_evaluasi_lke(user, opd):
        return "Hanya Inspektorat Pemda ini yang dapat mengisi jawaban evaluator LKE."
    return LKE_TERKUNCI if selesai else None


def ambil_pemda_lke(user: Pengguna, slug: str) -> Pemda:
    """A Pemda whose own evaluation the user may see: its Admin Pemda and Inspektorat; 404
    for those who do not see the Pemda, 403 for its OPD staff."""
    pemda = ambil_pemda(user, slug)
    tolak_kecuali(
        boleh_lihat_rekap_lke(user, pemda),
        "Evaluasi LKE Pemda hanya untuk Admin Pemda dan Inspektorat.",
    )
    return pemda


def alasan_tidak_boleh_kriteria_lokal(user: Pengguna, pemda: Pemda) -> str | None:
    """Why the user may not add local criteria to the Pemda's worksheet (its admin may)."""
    if boleh_kelola_pemda(user, pemda):
        return None
    return "Hanya Admin Pemda yang dapat menambah kriteria lokal LKE."


# The evaluation report (LHE) and its recommendations: the Inspektorat writes them and
# judges each follow-up; the OPD's staff record the follow-up. Both see the open ones.
def alasan_tidak_boleh_rekomendasi(user: Pengguna, opd: OPD) -> str | None:
    """Why the user may not write or judge the OPD's recommendations (None when they may)."""
    if boleh_evaluasi_lke(user, opd):
        return None
    return "Hanya Inspektorat Pemda ini yang dapat menulis dan menilai rekomendasi LHE."


def alasan_tidak_boleh_tindak_lanjut(user: Pengguna, opd: OPD) -> str | None:
    """Why the user may not record the OPD's follow-up of a recommendation."""
    if boleh_jawab_lke(user, opd):
        return None
    return "Hanya staf OPD ini yang dapat mencatat tindak lanjut rekomendasi."


def boleh_lihat_rekap_lke(user: Pengguna, pemda: Pemda) -> bool:
    """Every OPD's score is for the Pemda's admin and Inspektorat, as its whole trail is."""
    return boleh_lihat_jejak_pemda(user, pemda)


def ambil_pemda_rekap_lke(user: Pengguna, slug: str) -> Pemda:
    """A Pemda whose LKE recap (every OPD's score) the user may read: its Admin Pemda and
    Inspektorat; 404 for those who do not see the Pemda, 403 for its OPD staff."""
    pemda = ambil_pemda(user, slug)
    tolak_kecuali(
        boleh_lihat_rekap_lke(user, pemda),
        "Rekap evaluasi seluruh OPD hanya untuk Admin Pemda dan Inspektorat.",
    )
    return pemda


# Crosscutting links (`perencanaan.KeterkaitanLintasOPD`): the proposing OPD's operators
# propose and withdraw; the partner OPD's operators or Kepala accept or refuse. Whoever sees
# either OPD (its staff, the Admin Pemda, the Inspektorat) reads the link from that OPD's
# side; a third OPD's user gets 404. A link changes no plan row, so no Renstra lock applies.
def ambil_lintas(user: Pengguna, slug: str, pk: int | str) -> tuple[OPD, KeterkaitanLintasOPD]:
    """(the OPD of the address, one of its links, proposed or asked for): 404 when the user
    may not see the OPD or the link is not that OPD's."""
    opd = ambil_opd(user, slug)
    k = get_object_or_404(
        KeterkaitanLintasOPD.objects.filter(Q(opd=opd) | Q(opd_mitra=opd)).select_related(
            "opd__pemda", "opd_mitra__pemda", "sasaran", "sasaran_mitra"
        ),
        pk=pk,
    )
    return opd, k


def alasan_tidak_boleh_usul_lintas(user: Pengguna, opd: OPD) -> str | None:
    """Why the user may not propose a crosscutting link for the OPD (None for its
    operator)."""
    if boleh_ubah_data_opd(user, opd):
        return None
    return "Hanya operator OPD ini yang dapat mengusulkan keterkaitan lintas OPD."


def _menunggu(k: KeterkaitanLintasOPD) -> str | None:
    if k.status != KeterkaitanLintasOPD.Status.DIUSULKAN:
        return f"Keterkaitan ini sudah berstatus {k.get_status_display().lower()}."
    return None


def alasan_tidak_boleh_putus_lintas(user: Pengguna, k: KeterkaitanLintasOPD) -> str | None:
    """Why the user may not accept or refuse the link (None when they may): only the
    partner OPD's operator or Kepala decide, never the one who proposed it, and only while
    it waits."""
    if not (boleh_ubah_data_opd(user, k.opd_mitra) or boleh_setujui(user, k.opd_mitra)):
        return f"Hanya operator atau Kepala {k.opd_mitra.nama} yang dapat menerima atau menolak."
    if k.diusulkan_oleh_id is not None and k.diusulkan_oleh_id == user.pk:
        return "Anda yang mengusulkan keterkaitan ini, jadi tidak dapat memutuskannya sendiri."
    return _menunggu(k)


def alasan_tidak_boleh_tarik_lintas(user: Pengguna, k: KeterkaitanLintasOPD) -> str | None:
    """Why the user may not withdraw the link (None when they may): only the proposing
    OPD's operator, while it waits for the partner's decision."""
    if not boleh_ubah_data_opd(user, k.opd):
        return f"Hanya operator {k.opd.nama} yang dapat menarik usulan ini."
    return _menunggu(k)
