"""Reading crosscutting links (`KeterkaitanLintasOPD`): the sasaran and nodes of an OPD a
link may name, whose plan a node belongs to, and the links an OPD takes part in. The
writes are `ubah.usulkan_lintas`, `putus_lintas` and `tarik_lintas`; who may do what is
`akun.akses`."""

from django.db.models import Q

from .models import KeterkaitanLintasOPD, Sasaran
from .pohon import URUTAN_TINGKAT, periode_berlaku

Status = KeterkaitanLintasOPD.Status


def _di_opd(jalur_opd, nilai):
    """A filter on sasaran of any tingkat whose plan's OPD matches (`jalur_opd`: the
    lookup after the plan's period, e.g. "opd", "opd__pemda"): one per depth."""
    q = Q()
    for n in range(len(URUTAN_TINGKAT)):
        q |= Q(**{f"{'induk__' * n}tujuan__periode__{jalur_opd}": nilai})
    return q


def simpul_opd(opd):
    """Every sasaran of the OPD's plans and every node below them (sasaran program,
    kegiatan, individu), in plan order: what its side of a link may name."""
    return (
        Sasaran.objects.filter(_di_opd("opd", opd))
        .select_related("induk__induk__tujuan__periode", "induk__tujuan__periode")
        .select_related("tujuan__periode")
        .order_by("nomor", "pk")
    )


def simpul_pemda(pemda, kecuali):
    """The sasaran and nodes of the Pemda's other OPD (all but `kecuali`), with their OPD
    read: what a proposal may name as the partner's contributing node."""
    return (
        Sasaran.objects.filter(_di_opd("opd__pemda", pemda))
        .exclude(_di_opd("opd", kecuali))
        .select_related("tujuan__periode__opd", "induk__tujuan__periode__opd")
        .select_related("induk__induk__tujuan__periode__opd")
        .order_by("nomor", "pk")
    )


def opd_simpul(s):
    """The OPD whose plan the sasaran or node belongs to (None for the Pemda's own plan)."""
    return s.akar.tujuan.periode.opd


def sebut_simpul(s):
    """How a page or a document names a node: its level, number and name."""
    nomor = f" {s.nomor}" if s.nomor else ""
    return f"{s.get_tingkat_display()}{nomor} {s.nama}"


def keterkaitan_opd(opd):
    """The links the OPD proposed or was asked for, newest first, with both sides read."""
    return KeterkaitanLintasOPD.objects.filter(Q(opd=opd) | Q(opd_mitra=opd)).select_related(
        "opd", "opd_mitra", "sasaran", "sasaran_mitra", "diusulkan_oleh", "diputus_oleh"
    )


def menunggu(opd_ids):
    """The proposals waiting for a decision by one of these OPD."""
    return KeterkaitanLintasOPD.objects.filter(
        opd_mitra__in=opd_ids, status=Status.DIUSULKAN
    ).select_related("opd", "opd_mitra", "sasaran")


def _dalam_tahun(s, periode):
    return s.akar.tujuan.periode_id in periode


def diterima_tahun(opd, tahun):
    """The accepted links the OPD takes part in that matter in `tahun`: those whose
    proposer's sasaran is in a plan of the proposer in force that year, and (when named)
    whose partner's node is in a plan of the partner in force that year. As
    [(link, whether the OPD is the proposer)], proposals first."""
    hasil = []
    berlaku = {}

    def periode(o):
        if o.pk not in berlaku:
            berlaku[o.pk] = {p.pk for p in periode_berlaku(o, tahun)}
        return berlaku[o.pk]

    for k in keterkaitan_opd(opd).filter(status=Status.DITERIMA).order_by("diusulkan_pada", "pk"):
        if not _dalam_tahun(k.sasaran, periode(k.opd)):
            continue
        if k.sasaran_mitra_id and not _dalam_tahun(k.sasaran_mitra, periode(k.opd_mitra)):
            continue
        hasil.append((k, k.opd_id == opd.pk))
    return sorted(hasil, key=lambda x: not x[1])
