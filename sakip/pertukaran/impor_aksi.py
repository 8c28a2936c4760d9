"""The `rencana_aksi` part of an OPD in the canonical data format: per year, the actions of
the PK indicators (of the OPD's sasaran or of the nodes of its cascade) with their quarter
(and month), owner, budget line and amount, target, and the quarterly reports on them.
Checked as the entry form checks them (`aksi.aturan`, `kinerja.aksi`); evidence files are
not part of the format (they are uploaded on the report page)."""

from decimal import Decimal

from sakip.aksi.aturan import masalah_bulan
from sakip.aksi.models import Aksi, LaporanAksi
from sakip.anggaran.aturan import pagu_berlaku
from sakip.kinerja.aksi import StatusAksi, sisa_pagu
from sakip.kinerja.angka import format_rupiah
from sakip.kinerja.triwulan import nama_triwulan
from sakip.perencanaan.models import Indikator

from .penulis import ImporError

KUNCI = {
    "rencana_aksi": {"tahun", "aksi"},
    "aksi": {
        "indikator",
        "uraian",
        "triwulan",
        "bulan",
        "penanggung_jawab",
        "sub_kegiatan",
        "anggaran",
        "target",
        "laporan",
    },
    "laporan_aksi": {"triwulan", "status", "persen", "pelaksanaan", "kendala", "tindak_lanjut"},
}

TEKS_LAPORAN = ("pelaksanaan", "kendala", "tindak_lanjut")


def _indikator_simpul(simpul):
    """The indicators of a sasaran and of every node of its cascade."""
    yield from simpul.get("indikator") or []
    for anak in simpul.get("anak") or []:
        yield from _indikator_simpul(anak)


def indikator_opd(opd):
    """'kode-periode/kode-indikator' of every sasaran-level and lower indicator of an OPD's
    data."""
    return {
        f"{pr.get('kode')}/{ind.get('kode')}"
        for pr in opd.get("periode") or []
        for tj in pr.get("tujuan") or []
        for ss in tj.get("sasaran") or []
        for ind in _indikator_simpul(ss)
    }


def _pagu(opd):
    """{(year, sub kegiatan code): pagu in force} of an OPD's `anggaran` data."""
    return {
        (ang.get("tahun"), str(sub.get("kode"))): pagu_berlaku(
            _angka(sub.get("pagu")), _angka(sub.get("pagu_perubahan"))
        )
        for ang in opd.get("anggaran") or []
        for pr in ang.get("program") or []
        for kg in pr.get("kegiatan") or []
        for sub in kg.get("sub_kegiatan") or []
    }


def _angka(nilai):
    return None if nilai is None else Decimal(str(nilai).strip())


def _triwulan(p, nilai, tempat):
    if not isinstance(nilai, int) or isinstance(nilai, bool) or not 1 <= nilai <= 4:
        p.salah(tempat, f"'{nilai}' bukan triwulan (1 sampai 4)")
        return None
    return nilai


def periksa(p, opd, tempat):
    """Validate an OPD's `rencana_aksi` list with the importer's checker `p`."""
    indikator = indikator_opd(opd)
    pejabat = {pj.get("kode") for pj in opd.get("pejabat") or [] if isinstance(pj, dict)}
    pagu = _pagu(opd)
    tahun_ada = set()
    for i, ra in enumerate(p.daftar(opd, "rencana_aksi", tempat)):
        di = f"{tempat}.rencana_aksi[{i}]"
        ra = p.objek(ra, "rencana_aksi", di, wajib=("tahun",))
        tahun = p.tahun(ra.get("tahun"), f"{di}.tahun")
        if tahun in tahun_ada:
            p.salah(di, f"rencana aksi tahun {tahun} ganda")
        tahun_ada.add(tahun)
        dipakai = {}
        for j, a in enumerate(p.daftar(ra, "aksi", di)):
            da = f"{di}.aksi[{j}]"
            a = p.objek(a, "aksi", da, wajib=("indikator", "uraian", "triwulan"))
            if a.get("indikator") and a["indikator"] not in indikator:
                p.salah(
                    f"{da}.indikator",
                    f"indikator '{a['indikator']}' tidak ada di rencana OPD ini "
                    "(bentuk: kode-periode/kode)",
                )
            triwulan = _triwulan(p, a.get("triwulan"), f"{da}.triwulan")
            bulan = a.get("bulan")
            if bulan is not None:
                if not isinstance(bulan, int) or isinstance(bulan, bool) or not 1 <= bulan <= 12:
                    p.salah(f"{da}.bulan", f"'{bulan}' bukan bulan (1 sampai 12)")
                elif triwulan:
                    for pesan in masalah_bulan(triwulan, bulan):
                        p.salah(f"{da}.bulan", pesan)
            if a.get("penanggung_jawab") and a["penanggung_jawab"] not in pejabat:
                p.salah(
                    f"{da}.penanggung_jawab",
                    f"pejabat '{a['penanggung_jawab']}' tidak ada di antara pejabat OPD ini",
                )
            _periksa_anggaran(p, a, da, tahun, pagu, dipakai)
            _periksa_laporan(p, a, da)


def _periksa_anggaran(p, a, tempat, tahun, pagu, dipakai):
    sub = a.get("sub_kegiatan")
    anggaran = None if a.get("anggaran") is None else p.angka(a["anggaran"], f"{tempat}.anggaran")
    if sub is None:
        if anggaran is not None:
            p.salah(f"{tempat}.anggaran", "anggaran aksi harus bersumber dari satu sub kegiatan")
        return
    sub = str(sub)
    if (tahun, sub) not in pagu:
        p.salah(f"{tempat}.sub_kegiatan", f"sub kegiatan '{sub}' tidak ada di anggaran {tahun}")
        return
    if anggaran is None:
        return
    if anggaran < 0:
        p.salah(f"{tempat}.anggaran", "anggaran aksi tidak boleh negatif")
        return
    sisa = sisa_pagu(pagu[(tahun, sub)], dipakai.get(sub, []))
    if sisa is None:
        p.salah(f"{tempat}.sub_kegiatan", f"sub kegiatan '{sub}' belum memiliki pagu")
    elif anggaran > sisa:
        p.salah(
            f"{tempat}.anggaran",
            f"anggaran {format_rupiah(anggaran)} melebihi sisa pagu sub kegiatan {sub}: "
            f"{format_rupiah(sisa)} dari pagu {format_rupiah(pagu[(tahun, sub)])} belum "
            "dipakai aksi sebelumnya",
        )
    else:
        dipakai.setdefault(sub, []).append(anggaran)


def _periksa_laporan(p, a, tempat):
    ada = set()
    for k, lap in enumerate(p.daftar(a, "laporan", tempat)):
        dl = f"{tempat}.laporan[{k}]"
        lap = p.objek(lap, "laporan_aksi", dl, wajib=("triwulan", "status"))
        triwulan = _triwulan(p, lap.get("triwulan"), f"{dl}.triwulan")
        if triwulan in ada:
            p.salah(dl, f"laporan triwulan {triwulan} ganda")
        ada.add(triwulan)
        p.pilihan(lap, "status", {s.value for s in StatusAksi}, dl)
        if lap.get("persen") is not None:
            persen = p.angka(lap["persen"], f"{dl}.persen")
            if persen is not None and not 0 <= persen <= 100:
                p.salah(f"{dl}.persen", "kemajuan harus antara 0 dan 100")


def lepas_sub_kegiatan(penulis, opd, data, tempat):
    """Before the OPD's budget lines are made those of its data `data` (which removes the
    sub kegiatan the file no longer lists): an action of a year whose `rencana_aksi` the file
    gives lets go of such a sub kegiatan (`tulis` sets the file's one again; the trail keeps
    only the net change); an action the file leaves as it is and that uses one refuses the
    import (`ImporError`, at `tempat`: the OPD's place in the file), naming both, so
    nothing is changed."""
    tetap = set(_pagu(data))
    ditulis = {ra["tahun"] for ra in data.get("rencana_aksi") or []}
    salah = []
    for a in (
        Aksi.objects.filter(sub_kegiatan__opd=opd)
        .select_related("sub_kegiatan", "opd")
        .order_by("tahun", "triwulan", "urutan", "pk")
    ):
        sub = a.sub_kegiatan
        if (sub.tahun, sub.kode) in tetap:
            continue
        if a.opd_id == opd.pk and a.tahun in ditulis:
            penulis.ubah(a, {"sub_kegiatan": None, "anggaran": None})
        else:
            salah.append(
                f"{tempat}.anggaran: sub kegiatan {sub.kode} {sub.nama} tahun {sub.tahun} tidak "
                f"ada lagi di berkas, padahal masih dipakai aksi «{a.uraian}» "
                f"({nama_triwulan(a.triwulan)}) pada Rencana Aksi {a.tahun} {a.opd.nama}. "
                "Cantumkan lagi sub kegiatan itu, atau cantumkan rencana_aksi tahun itu tanpa "
                "aksi yang memakainya."
            )
    if salah:
        raise ImporError(salah)


def tulis(penulis, opd, data, pejabat):
    """Write an OPD's validated `rencana_aksi` list through `penulis`; `pejabat`: the
    officials written so far, by code. The actions of a year the file lists are those of
    the file; years it does not list are left as they are."""
    if not data:
        return
    indikator = {
        f"{i.periode.kode}/{i.kode}": i
        for i in Indikator.objects.filter(periode__opd=opd).select_related("periode")
    }
    for ra in data:
        tahun = ra["tahun"]
        sub = {s.kode: s for s in opd.program_kegiatan_set.filter(tahun=tahun, tingkat=5)}
        daftar = ra.get("aksi") or []
        semua = penulis.sinkron(
            Aksi,
            {"opd": opd, "tahun": tahun},
            ["urutan"],
            [
                {
                    "urutan": n,
                    "indikator": indikator[a["indikator"]],
                    "uraian": a["uraian"],
                    "triwulan": a["triwulan"],
                    "bulan": a.get("bulan"),
                    "penanggung_jawab": pejabat.get(a.get("penanggung_jawab")),
                    "sub_kegiatan": sub.get(str(a.get("sub_kegiatan"))),
                    "anggaran": _angka(a.get("anggaran")),
                    "target": str(a.get("target") or ""),
                }
                for n, a in enumerate(daftar, start=1)
            ],
        )
        for obj, a in zip(semua, daftar, strict=True):
            penulis.sinkron(
                LaporanAksi,
                {"aksi": obj},
                ["triwulan"],
                [
                    {
                        "triwulan": lap["triwulan"],
                        "status": lap["status"],
                        "persen": _angka(lap.get("persen")),
                        **{
                            b: lap.get(b) or "" for b in ("pelaksanaan", "kendala", "tindak_lanjut")
                        },
                    }
                    for lap in a.get("laporan") or []
                ],
            )


def ekspor(opd, tanpa_kosong):
    """The `rencana_aksi` list of an OPD, the inverse of `tulis`."""
    tahun = {}
    for a in (
        Aksi.objects.filter(opd=opd)
        .select_related("indikator__periode", "penanggung_jawab", "sub_kegiatan")
        .prefetch_related("laporan_set")
        .order_by("tahun", "urutan", "id")
    ):
        laporan = [
            tanpa_kosong(
                {
                    "triwulan": lap.triwulan,
                    "status": lap.status,
                    "persen": lap.persen,
                    "pelaksanaan": lap.pelaksanaan,
                    "kendala": lap.kendala,
                    "tindak_lanjut": lap.tindak_lanjut,
                }
            )
            for lap in a.laporan_set.all()
        ]
        tahun.setdefault(a.tahun, []).append(
            tanpa_kosong(
                {
                    "indikator": f"{a.indikator.periode.kode}/{a.indikator.kode}",
                    "uraian": a.uraian,
                    "triwulan": a.triwulan,
                    "bulan": a.bulan,
                    "penanggung_jawab": a.penanggung_jawab.kode if a.penanggung_jawab else None,
                    "sub_kegiatan": a.sub_kegiatan.kode if a.sub_kegiatan else None,
                    "anggaran": a.anggaran,
                    "target": a.target,
                    "laporan": laporan,
                }
            )
        )
    return [{"tahun": t, "aksi": daftar} for t, daftar in tahun.items()]
