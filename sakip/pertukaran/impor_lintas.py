"""The `crosscutting` part of a Pemda in the canonical data format: the links between two
of its OPD (`perencanaan.KeterkaitanLintasOPD`), each naming the proposing OPD and its
sasaran or node by path (`kode-periode/nomor-tujuan/nomor-sasaran[/nomor...]`), the partner
OPD and, optionally, its contributing node, the contribution, the status, the dates of
the proposal and the decision, and the reason. Written after every OPD of the file, so
both plans exist; listed only when the key is present (a file without it keeps the links
the application holds)."""

import datetime

from django.utils import timezone

from sakip.perencanaan.aturan import alasan_keterkaitan
from sakip.perencanaan.models import KeterkaitanLintasOPD

from .impor_anggaran import jalur_sasaran

Status = KeterkaitanLintasOPD.Status

KUNCI = {
    "crosscutting": {
        "opd",
        "sasaran",
        "mitra",
        "sasaran_mitra",
        "kontribusi",
        "status",
        "diusulkan",
        "diputus",
        "alasan",
    },
}


def _opd_jalur(jalur, sasaran_per_opd):
    return next((slug for slug, daftar in sasaran_per_opd.items() if jalur in daftar), None)


def periksa(p, pemda, sasaran_per_opd):
    """Validate the Pemda's `crosscutting` list with the importer's checker `p`;
    `sasaran_per_opd`: {OPD slug: the paths of its sasaran and nodes in the file}."""
    for i, x in enumerate(p.daftar(pemda, "crosscutting", "pemda")):
        di = f"pemda.crosscutting[{i}]"
        x = p.objek(x, "crosscutting", di, wajib=("opd", "sasaran", "mitra", "diusulkan"))
        for k in ("opd", "mitra"):
            if x.get(k) is not None and x[k] not in sasaran_per_opd:
                p.salah(f"{di}.{k}", f"OPD '{x[k]}' tidak ada di berkas ini")
        p.pilihan(x, "status", set(Status.values), di)
        status = x.get("status") or Status.DITERIMA
        for k in ("diusulkan", "diputus"):
            if x.get(k) is not None and not isinstance(x[k], datetime.date):
                p.salah(f"{di}.{k}", f"'{x[k]}' bukan tanggal (TTTT-BB-HH)")
        if x.get("opd") not in sasaran_per_opd or x.get("mitra") not in sasaran_per_opd:
            continue
        mitra = x.get("sasaran_mitra")
        alasan = alasan_keterkaitan(
            x["opd"],
            pemda.get("slug"),
            _opd_jalur(x.get("sasaran"), sasaran_per_opd),
            x["mitra"],
            pemda.get("slug"),
            _opd_jalur(mitra, sasaran_per_opd) if mitra is not None else None,
        )
        if alasan:
            p.salah(di, alasan)
        if status == Status.DITERIMA and mitra is None:
            p.salah(f"{di}.sasaran_mitra", "keterkaitan yang diterima menyebut sasaran mitra")
        if status == Status.DITOLAK and not str(x.get("alasan") or "").strip():
            p.salah(f"{di}.alasan", "penolakan harus disertai alasan")


def _waktu(tanggal):
    if tanggal is None:
        return None
    if not isinstance(tanggal, datetime.datetime):
        tanggal = datetime.datetime.combine(tanggal, datetime.time())
    return timezone.make_aware(tanggal) if timezone.is_naive(tanggal) else tanggal


def tulis(penulis, pemda, data, sasaran):
    """Write the validated `crosscutting` list (None: the file has no such key, nothing is
    changed) through `penulis`; `sasaran`: {path: Sasaran} of every OPD of the Pemda."""
    if data is None:
        return
    opd = {o.slug: o for o in pemda.opd_set.all()}
    penulis.sinkron(
        KeterkaitanLintasOPD,
        {"opd__pemda": pemda},
        ["opd", "sasaran", "opd_mitra", "sasaran_mitra"],
        [
            {
                "opd": opd[x["opd"]],
                "sasaran": sasaran[x["sasaran"]],
                "opd_mitra": opd[x["mitra"]],
                "sasaran_mitra": sasaran.get(x.get("sasaran_mitra")),
                "catatan": x.get("kontribusi") or "",
                "status": x.get("status") or Status.DITERIMA,
                "diusulkan_pada": _waktu(x["diusulkan"]),
                "diputus_pada": _waktu(x.get("diputus")),
                "alasan": x.get("alasan") or "",
            }
            for x in data
        ],
    )


def ekspor(pemda, tanpa_kosong):
    """The Pemda's `crosscutting` list, the inverse of `tulis` (dates as local dates)."""
    semua = KeterkaitanLintasOPD.objects.filter(opd__pemda=pemda).select_related(
        "opd", "opd_mitra", "sasaran", "sasaran_mitra"
    )
    return [
        tanpa_kosong(
            {
                "opd": k.opd.slug,
                "sasaran": jalur_sasaran(k.sasaran),
                "mitra": k.opd_mitra.slug,
                "sasaran_mitra": jalur_sasaran(k.sasaran_mitra) if k.sasaran_mitra else None,
                "kontribusi": k.catatan,
                "status": k.status,
                "diusulkan": timezone.localdate(k.diusulkan_pada),
                "diputus": timezone.localdate(k.diputus_pada) if k.diputus_pada else None,
                "alasan": k.alasan,
            }
        )
        for k in semua.order_by("diusulkan_pada", "pk")
    ]
