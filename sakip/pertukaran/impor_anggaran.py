"""The `anggaran` part of an OPD in the canonical data format: program → kegiatan →
sub kegiatan per year, with pagu, output, financial and physical realisation, the
sasaran each sub kegiatan supports, and the rows documents printed ("dilaporkan")."""

from sakip.anggaran.aturan import (
    alasan_pagu,
    alasan_tumpang_bulan,
    kode_di_luar_daftar,
    pagu_berlaku,
)
from sakip.anggaran.models import (
    AnggaranDilaporkan,
    ProgramKegiatan,
    RealisasiFisik,
    RealisasiKeuangan,
)
from sakip.kinerja.anggaran import KodeError, parse_kode, periksa_kode, salah_letak

KUNCI = {
    "anggaran": {"tahun", "program", "dilaporkan"},
    # `sasaran`: the nodes a line delivers (a programme a sasaran program's, a kegiatan a
    # sasaran kegiatan's; a sub kegiatan any level's).
    "program": {"kode", "nama", "kegiatan", "sasaran"},
    "kegiatan": {"kode", "nama", "sub_kegiatan", "sasaran"},
    "sub_kegiatan": {
        "kode",
        "nama",
        "pagu",
        "pagu_perubahan",
        "keluaran",
        "realisasi",
        "fisik",
        "sasaran",
    },
    "keluaran": {"indikator", "target", "realisasi", "satuan"},
    "anggaran_dilaporkan": {
        "sumber",
        "baris",
        "nama",
        "pagu",
        "realisasi",
        "persen",
        "sisa",
        "fisik",
        "efisiensi",
    },
}
ANAK = {"program": "kegiatan", "kegiatan": "sub_kegiatan"}
TINGKAT = {"program": 3, "kegiatan": 4, "sub_kegiatan": 5}


def rentang_bulan(kunci):
    """'1-9' -> (1, 9); 3 -> (3, 3); None when malformed."""
    teks = str(kunci)
    bagian = teks.split("-")
    if len(bagian) > 2 or not all(b.isdigit() for b in bagian):
        return None
    awal, akhir = int(bagian[0]), int(bagian[-1])
    return (awal, akhir) if 1 <= awal <= akhir <= 12 else None


def kode_anggaran(opd):
    """(kode, nama, tempat) of every node in an OPD's `anggaran` data."""
    return [
        (str(simpul["kode"]), simpul["nama"], f"anggaran tahun {ang['tahun']}")
        for ang in opd.get("anggaran") or []
        for _, simpul, _ in _telusuri(ang.get("program") or [], "program", None)
    ]


def periksa(p, opd, tempat, sasaran_opd, nomenklatur):
    """Validate an OPD's `anggaran` list with the importer's checker `p`; `nomenklatur`
    is the Pemda's reference list given in the same file (a set of codes), or None."""
    """Validate an OPD's `anggaran` list with the importer's checker `p`."""
    tahun_ada = set()
    for i, ang in enumerate(p.daftar(opd, "anggaran", tempat)):
        di = f"{tempat}.anggaran[{i}]"
        ang = p.objek(ang, "anggaran", di, wajib=("tahun",))
        tahun = p.tahun(ang.get("tahun"), f"{di}.tahun")
        if tahun in tahun_ada:
            p.salah(di, f"anggaran tahun {tahun} ganda")
        tahun_ada.add(tahun)
        kode = []
        for j, prog in enumerate(p.daftar(ang, "program", di)):
            _periksa_simpul(p, prog, "program", f"{di}.program[{j}]", None, kode, sasaran_opd)
        p.kesalahan += periksa_kode(kode)
        if nomenklatur is not None:
            p.kesalahan += kode_di_luar_daftar(kode, nomenklatur)
        for j, dl in enumerate(p.daftar(ang, "dilaporkan", di)):
            dj = f"{di}.dilaporkan[{j}]"
            dl = p.objek(dl, "anggaran_dilaporkan", dj, wajib=("sumber", "baris"))
            for k in ("pagu", "realisasi", "persen", "sisa", "fisik", "efisiensi"):
                if dl.get(k) is not None:
                    p.angka(dl[k], f"{dj}.{k}")


def _periksa_simpul(p, simpul, jenis, tempat, induk, kode, sasaran_opd):
    simpul = p.objek(simpul, jenis, tempat, wajib=("kode", "nama"))
    teks = str(simpul.get("kode") or "")
    kode.append((teks, str(simpul.get("nama") or ""), f"{tempat}.kode"))
    try:
        k = parse_kode(teks)
    except KodeError:
        pass  # periksa_kode reports it with the whole list
    else:
        if salah := salah_letak(k, TINGKAT[jenis], induk):
            p.salah(f"{tempat}.kode", salah)
    _periksa_rujukan_sasaran(p, simpul, tempat, sasaran_opd)
    if jenis in ANAK:
        for i, anak in enumerate(p.daftar(simpul, ANAK[jenis], tempat)):
            di = f"{tempat}.{ANAK[jenis]}[{i}]"
            _periksa_simpul(p, anak, ANAK[jenis], di, teks, kode, sasaran_opd)
        return
    pagu = {}
    for kunci in ("pagu", "pagu_perubahan"):
        if simpul.get(kunci) is not None:
            pagu[kunci] = p.angka(simpul[kunci], f"{tempat}.{kunci}")
    if simpul.get("pagu") is None:
        p.salah(tempat, "'pagu' wajib diisi")
    if simpul.get("keluaran") is not None:
        kel = p.objek(simpul["keluaran"], "keluaran", f"{tempat}.keluaran")
        for kunci in ("target", "realisasi"):
            if kel.get(kunci) is not None:
                p.angka(kel[kunci], f"{tempat}.keluaran.{kunci}")
    entri = []  # (first month, last month, amount or None when not a number)
    realisasi = simpul.get("realisasi") or {}
    if not isinstance(realisasi, dict):
        p.salah(f"{tempat}.realisasi", "harus berupa pemetaan bulan: nilai (mis. 1-9: 1000)")
        realisasi = {}
    for kunci, nilai in realisasi.items():
        di = f"{tempat}.realisasi.{kunci}"
        bulan = rentang_bulan(kunci)
        if bulan is None:
            p.salah(di, f"'{kunci}' harus berupa bulan (1–12) atau rentang bulan (mis. 1-9)")
            continue
        if pesan := alasan_tumpang_bulan(*bulan, [e[:2] for e in entri]):
            p.salah(di, pesan)
        entri.append((*bulan, p.angka(nilai, di)))
    # The forms' limit, once every amount and the budget are numbers.
    if all(e[2] is not None for e in entri) and None not in pagu.values() and "pagu" in pagu:
        berlaku = pagu_berlaku(pagu["pagu"], pagu.get("pagu_perubahan"))
        if pesan := alasan_pagu(berlaku, entri):
            p.salah(f"{tempat}.realisasi", pesan)
    fisik = simpul.get("fisik") or {}
    if not isinstance(fisik, dict):
        p.salah(f"{tempat}.fisik", "harus berupa pemetaan triwulan: persen")
        fisik = {}
    for triwulan, persen in fisik.items():
        di = f"{tempat}.fisik.{triwulan}"
        if triwulan not in (1, 2, 3, 4):
            p.salah(di, f"'{triwulan}' bukan triwulan (1–4)")
        nilai = p.angka(persen, di)
        if nilai is not None and not 0 <= nilai <= 100:
            p.salah(di, "realisasi fisik harus antara 0 dan 100 persen")


def _periksa_rujukan_sasaran(p, simpul, tempat, sasaran_opd):
    for rujukan in simpul.get("sasaran") or []:
        if rujukan not in sasaran_opd:
            p.salah(
                f"{tempat}.sasaran",
                f"sasaran '{rujukan}' tidak ada (bentuk: kode-periode/nomor-tujuan/nomor-sasaran, "
                "lalu nomor sasaran program dan kegiatan bila ada)",
            )


def jalur_sasaran(s):
    """A sasaran's path in the data format: kode-periode/nomor-tujuan/nomor-sasaran, then
    the nomor of each node below it (sasaran program, kegiatan, individu)."""
    bawah = []
    while s.induk_id:
        bawah.append(s.nomor)
        s = s.induk
    return "/".join([s.tujuan.periode.kode, s.tujuan.nomor, s.nomor, *reversed(bawah)])


def tulis(penulis, opd, data, angka, sasaran_opd):
    """Write an OPD's validated `anggaran` list through `penulis` (a `penulis.Penulis`);
    `angka` is impor.py's number reader."""
    baris, anak_dari, sub, tautan = [], {}, [], []
    for ang in data or []:
        tahun = ang["tahun"]
        for jenis, simpul, induk in _telusuri(ang.get("program") or [], "program", None):
            kunci = (tahun, str(simpul["kode"]))
            anak_dari[kunci] = induk and (tahun, induk)
            kel = simpul.get("keluaran") or {}
            baris.append(
                {
                    "tahun": tahun,
                    "kode": kunci[1],
                    "nama": simpul["nama"],
                    "tingkat": TINGKAT[jenis],
                    "urutan": len(baris),
                    "pagu": angka(simpul.get("pagu")),
                    "pagu_perubahan": angka(simpul.get("pagu_perubahan")),
                    "keluaran": kel.get("indikator") or "",
                    "target_keluaran": angka(kel.get("target")),
                    "realisasi_keluaran": angka(kel.get("realisasi")),
                    "satuan_keluaran": str(kel.get("satuan") or ""),
                }
            )
            tautan.append((kunci, simpul.get("sasaran") or []))
            if jenis == "sub_kegiatan":
                sub.append((kunci, simpul))
    objek = {
        (o.tahun, o.kode): o
        for o in penulis.sinkron(ProgramKegiatan, {"opd": opd}, ["tahun", "kode"], baris)
    }
    for kunci, obj in objek.items():
        penulis.ubah(obj, {"induk": objek.get(anak_dari[kunci]) if anak_dari[kunci] else None})
    for kunci, rujukan in tautan:
        penulis.setel(objek[kunci], "sasaran", [sasaran_opd[r] for r in rujukan])
    for kunci, simpul in sub:
        obj = objek[kunci]
        penulis.sinkron(
            RealisasiKeuangan,
            {"sub_kegiatan": obj},
            ["bulan_awal", "bulan_akhir"],
            [
                dict(
                    zip(("bulan_awal", "bulan_akhir"), rentang_bulan(k), strict=True),
                    nilai=angka(v),
                )
                for k, v in (simpul.get("realisasi") or {}).items()
            ],
        )
        penulis.sinkron(
            RealisasiFisik,
            {"sub_kegiatan": obj},
            ["triwulan"],
            [{"triwulan": t, "persen": angka(v)} for t, v in (simpul.get("fisik") or {}).items()],
        )
    penulis.sinkron(
        AnggaranDilaporkan,
        {"opd": opd},
        ["tahun", "sumber", "baris"],
        [
            {
                "tahun": ang["tahun"],
                "sumber": dl["sumber"],
                "baris": str(dl["baris"]),
                "nama": dl.get("nama") or "",
                **{
                    k: angka(dl.get(k))
                    for k in ("pagu", "realisasi", "persen", "sisa", "fisik", "efisiensi")
                },
            }
            for ang in data or []
            for dl in ang.get("dilaporkan") or []
        ],
    )


def _telusuri(daftar, jenis, induk):
    for simpul in daftar:
        yield jenis, simpul, induk
        if jenis in ANAK:
            yield from _telusuri(simpul.get(ANAK[jenis]) or [], ANAK[jenis], str(simpul["kode"]))


def ekspor(opd, tanpa_kosong):
    """The `anggaran` list of an OPD, the inverse of `tulis`."""
    semua = list(
        opd.program_kegiatan_set.prefetch_related(
            "realisasi_keuangan_set",
            "realisasi_fisik_set",
            *(f"sasaran__{'induk__' * n}tujuan__periode" for n in range(4)),
        ).order_by("tahun", "urutan", "id")
    )
    anak = {}
    for pos in semua:
        anak.setdefault(pos.induk_id, []).append(pos)

    def simpul(pos):
        jenis = {3: "program", 4: "kegiatan", 5: "sub_kegiatan"}[pos.tingkat]
        if jenis != "sub_kegiatan":
            return {
                "kode": pos.kode,
                "nama": pos.nama,
                **tanpa_kosong({"sasaran": [jalur_sasaran(s) for s in pos.sasaran.all()]}),
                ANAK[jenis]: [simpul(a) for a in anak.get(pos.pk, [])],
            }
        return tanpa_kosong(
            {
                "kode": pos.kode,
                "nama": pos.nama,
                "pagu": pos.pagu,
                "pagu_perubahan": pos.pagu_perubahan,
                "keluaran": tanpa_kosong(
                    {
                        "indikator": pos.keluaran,
                        "target": pos.target_keluaran,
                        "realisasi": pos.realisasi_keluaran,
                        "satuan": pos.satuan_keluaran,
                    }
                ),
                "realisasi": {
                    (
                        r.bulan_awal
                        if r.bulan_awal == r.bulan_akhir
                        else f"{r.bulan_awal}-{r.bulan_akhir}"
                    ): r.nilai
                    for r in pos.realisasi_keuangan_set.all()
                },
                "fisik": {f.triwulan: f.persen for f in pos.realisasi_fisik_set.all()},
                "sasaran": [jalur_sasaran(s) for s in pos.sasaran.all()],
            }
        )

    dilaporkan = {}
    for d in opd.anggaran_dilaporkan_set.order_by("id"):
        dilaporkan.setdefault(d.tahun, []).append(
            tanpa_kosong(
                {
                    "sumber": d.sumber,
                    "baris": d.baris,
                    "nama": d.nama,
                    "pagu": d.pagu,
                    "realisasi": d.realisasi,
                    "persen": d.persen,
                    "sisa": d.sisa,
                    "fisik": d.fisik,
                    "efisiensi": d.efisiensi,
                }
            )
        )
    tahun = sorted({p.tahun for p in semua} | set(dilaporkan))
    return [
        tanpa_kosong(
            {
                "tahun": t,
                "program": [simpul(p) for p in anak.get(None, []) if p.tahun == t],
                "dilaporkan": dilaporkan.get(t, []),
            }
        )
        for t in tahun
    ]
