"""Review of an outside document (.docx or .xlsx): its tables are read by their header
words (`tafsir`) and every figure is checked with the engine's rules, the same ones that
check stored data. The result also says which tables could not be interpreted."""

import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from sakip.kinerja.anggaran import (
    KodeError,
    efisiensi,
    indeks_efisiensi,
    jumlah_diketahui,
    parse_kode,
    serapan,
    tingkat_efisiensi_indeks,
)
from sakip.kinerja.angka import format_angka, format_tepat
from sakip.kinerja.capaian import (
    Polaritas,
    capaian_terbalik,
    hitung_capaian,
    kemajuan_terhadap_target_akhir,
    persentase,
    perubahan,
    rata_rata,
    tercapai,
)
from sakip.kinerja.predikat import masalah_pita
from sakip.kinerja.reviu import (
    Temuan,
    Tingkat,
    cek_angka,
    cek_antar_sumber,
    cek_predikat_pita,
    cek_salah_satu,
    nama_pokok,
    nip_angka,
    satuan_indeks_persen,
    satuan_persentase_lain,
    seragam,
    temuan,
)

from .berkas import baca_berkas
from .tafsir import (
    baca_skala,
    nilai_realisasi,
    pecahan_realisasi,
    polaritas_nama,
    singkatan_teks,
    skala_teks,
    tafsir_tabel,
    tahun_dokumen,
    tambah_baris,
    tanpa_butir,
)


@dataclass
class HasilReviu:
    nama: str
    temuan: list = field(default_factory=list)
    tabel: list = field(default_factory=list)  # (table name, what was read or why not)


def ke_json(hasil):
    """The result as JSON data to store with the upload, read back by `dari_json`; a
    number is kept as its exact text under "angka", apart from texts (a predikat, a code)."""

    def nilai(v):
        if isinstance(v, float):
            v = Decimal(repr(v))
        if isinstance(v, Decimal | int) and not isinstance(v, bool):
            return {"angka": str(Decimal(v))}
        return v if v is None else str(v)  # a text, or a cell as the document shows it

    temuan = [
        asdict(t) | {"tercatat": nilai(t.tercatat), "seharusnya": nilai(t.seharusnya)}
        for t in hasil.temuan
    ]
    return {"tabel": [list(t) for t in hasil.tabel], "temuan": temuan}


def dari_json(nama, data):
    def nilai(v):
        return Decimal(v["angka"]) if isinstance(v, dict) else v

    temuan = [
        Temuan(
            **t
            | {
                "tingkat": Tingkat(t["tingkat"]),
                "tercatat": nilai(t["tercatat"]),
                "seharusnya": nilai(t["seharusnya"]),
            }
        )
        for t in data["temuan"]
    ]
    return HasilReviu(nama, temuan, [tuple(t) for t in data["tabel"]])


def reviu_berkas(nama, data):
    """Findings for a .docx/.xlsx given as bytes; BerkasError when it cannot be read."""
    isi = baca_berkas(nama, data)
    hasil = HasilReviu(nama)
    dibaca = []  # (interpreted table, the predikat scale declared before it)
    skala = None if any(map(baca_skala, isi.tabel)) else _skala_teks(isi.teks, hasil)
    singkatan = singkatan_teks(isi.teks)
    for mentah in isi.tabel:
        pita = baca_skala(mentah)
        if pita:
            skala = (pita, mentah.nama or "skala yang dinyatakan dokumen")
            hasil.tabel.append((mentah.nama, "dibaca: skala predikat"))
            for m in masalah_pita(pita):
                hasil.temuan.append(temuan("R14", mentah.nama or "Skala predikat", None, None, m))
            continue
        t = tafsir_tabel(mentah, singkatan)
        if t is None and dibaca and _lanjutan(mentah, dibaca[-1][0]):
            sebelumnya = dibaca[-1][0]
            akhir = sebelumnya.baris[-1].nomor if sebelumnya.baris else 0
            for nomor, sel in enumerate(mentah.baris, start=akhir + 1):
                tambah_baris(sebelumnya, nomor, sel)
            continue
        if t is None:
            hasil.tabel.append((mentah.nama, "tidak ditafsirkan: judul kolomnya tidak dikenali"))
            continue
        jenis = _jenis(t)
        if not jenis:
            hasil.tabel.append(
                (
                    t.nama,
                    "tidak ditafsirkan: tidak ada kolom angka yang dapat diperiksa "
                    f"(kolom: {', '.join(k.label for k in t.kolom if k.label) or '-'})",
                )
            )
            continue
        hasil.tabel.append((t.nama, f"dibaca: {jenis}"))
        dibaca.append((t, skala))
    tahun = tahun_dokumen([t for t, _ in dibaca], isi.teks)
    catatan = {}  # (indicator, year, role) -> [(value, location)]
    for t, skala_tabel in dibaca:
        hasil.temuan += _periksa_tabel(t, skala_tabel, tahun, catatan)
    hasil.temuan += _beda_antar_tabel(catatan)
    hasil.temuan += _pejabat(isi.teks)
    hasil.temuan = [x for x in hasil.temuan if x is not None]
    return hasil


def _skala_teks(teks, hasil):
    """A scale written as a list in the text (a document without a scale table) applies
    to every table."""
    pita = skala_teks(teks)
    if pita is None:
        return None
    nama = "Skala predikat dalam teks"
    for m in masalah_pita(pita):
        hasil.temuan.append(temuan("R14", nama, None, None, m))
    return (pita, nama)


def _lanjutan(mentah, sebelumnya):
    """A table broken by a page: no header, no caption of its own, the same columns."""
    lebar = max((len(b) for b in mentah.baris), default=0)
    return lebar == sebelumnya.jumlah_kolom and (
        not mentah.nama or "lanjutan" in mentah.nama.lower()
    )


def _jenis(t):
    if t.uang:
        return "anggaran"
    if t.kinerja or _grup_status(t):
        return "capaian kinerja"
    if any("perubahan" in g.kolom for g in t.grup):
        return "perubahan antartahun"
    if any("target" in g.kolom and g.tahun for g in t.grup) and t.peran("nama"):
        return "target"
    if any(b.total for b in t.baris) and t.kolom_angka():
        return "angka dengan baris jumlah atau rata-rata"
    return None


def _lokasi(t, b, g=None):
    teks = f"{t.nama}, baris {b.nomor}"
    if b.nama:
        teks += f" ({b.nama[:60]})"
    if g is not None and g.label.strip():
        teks += f", {g.label}"
    return teks


def _periksa_tabel(t, skala, tahun, catatan):
    hasil = []
    for b in t.baris:
        if b.total:
            continue
        for g in t.grup:
            lokasi = _lokasi(t, b, g)
            hasil += _kinerja(t, b, g, lokasi, skala)
            hasil += _uang(t, b, g, lokasi)
            hasil += _efisiensi(t, b, g, lokasi)
            hasil.append(_perubahan(t, b, g, lokasi))
            for peran in ("target", "realisasi"):
                if peran in g.kolom and b.nama:
                    nilai = (
                        nilai_realisasi(t, b, g.kolom[peran])
                        if peran == "realisasi"
                        else t.angka(b, g.kolom[peran])
                    )
                    if nilai is not None:
                        kunci = (seragam(b.nama), g.tahun or tahun, peran)
                        catatan.setdefault(kunci, []).append((nilai, lokasi))
    hasil += _kode(t)
    grup_status = _grup_status(t)
    if grup_status:
        hasil += [_status(t, b, grup_status, _lokasi(t, b)) for b in t.baris if not b.total]
    for g in t.grup:
        hasil += _jumlah(t, g)
        hasil += _persen_induk(t, g)
    hasil += _ringkasan(t)
    return hasil


def _calon_capaian(target, realisasi, rumus=hitung_capaian):
    """Capaian under either polarity, from each candidate realisation: a document does not
    say whether lower is better, so a figure that fits R/T, (2T−R)/T or T/R is right."""
    return [c for _, c in _calon_bernama(target, realisasi, rumus)]


def _calon_bernama(target, realisasi, rumus=hitung_capaian):
    """(rule, capaian) for each way a document may have computed it."""
    hasil = []
    for r in realisasi:
        if r is None:
            continue
        hasil.append(("R/T", rumus(target, r, Polaritas.POSITIF).nilai))
        hasil.append(("(2T−R)/T", rumus(target, r, Polaritas.NEGATIF).nilai))
        if rumus is hitung_capaian and target is not None:
            hasil.append(("T/R", capaian_terbalik(target, r)))
    return [(n, c) for n, c in hasil if c is not None]


def _cek_capaian(lokasi, capaian, target, realisasi):
    """R02 when the stated capaian fits no rule; the finding names each rule's result, so
    a reader sees which one the document seems to use."""
    calon = _calon_bernama(target, realisasi)
    temuan_ = cek_salah_satu("R02", lokasi, capaian, [c for _, c in calon])
    if temuan_ is None:
        return None
    rumus = "; ".join(f"{n} = {format_angka(c)}" for n, c in calon)
    return temuan(
        "R02",
        lokasi,
        capaian,
        temuan_.seharusnya,
        f"tercatat {format_angka(capaian)}, sedangkan {rumus} (semakin tinggi semakin baik "
        "R/T; semakin rendah semakin baik (2T−R)/T atau T/R)",
    )


def _kemajuan(target_akhir, realisasi, polaritas):
    return kemajuan_terhadap_target_akhir(realisasi, target_akhir, polaritas)


def _kinerja(t, b, g, lokasi, skala):
    k = g.kolom
    hasil = []
    realisasi = nilai_realisasi(t, b, k.get("realisasi"))
    pecahan = pecahan_realisasi(t.sel(b, k.get("realisasi")), t.konvensi)
    dari_data = persentase(pecahan[0], pecahan[1]) if pecahan else None
    if dari_data is not None:
        hasil.append(
            cek_angka(
                "R01",
                lokasi,
                pecahan[2],
                dari_data,
                f"{format_tepat(pecahan[0])}/{format_tepat(pecahan[1])} × 100% = "
                f"{format_angka(dari_data)}, tercatat {format_angka(pecahan[2])}",
            )
        )
    target = t.angka(b, k.get("target"))
    capaian = t.angka(b, k.get("capaian"))
    if target is not None:
        hasil.append(_cek_capaian(lokasi, capaian, target, [realisasi, dari_data]))
    target_akhir = t.angka(b, k.get("target_akhir"))
    if target_akhir is not None:
        hasil.append(
            cek_salah_satu(
                "R17",
                lokasi,
                t.angka(b, k.get("kemajuan")),
                _calon_capaian(target_akhir, [realisasi], _kemajuan),
            )
        )
    if skala and "kategori" in k:
        kategori = tanpa_butir(t.sel(b, k["kategori"]))
        hasil.append(cek_predikat_pita(lokasi, capaian, kategori, skala[0], skala[1]))
    hasil += _satuan(t, b, g, lokasi, [target, realisasi])
    return hasil


_PERTUMBUHAN = re.compile(
    r"pertumbuhan|kenaikan|peningkatan|penurunan|perubahan|meningkatnya|menurunnya|laju",
    re.IGNORECASE,
)


def _satuan(t, b, g, lokasi, nilai):
    """An index stated in percent; a share stated in another unit or outside 0–100."""
    nama = b.nama.strip().lower()
    satuan = str(t.sel(b, t.peran("satuan"))).strip()
    if satuan.lower().strip("()") in ("persen", "persentase", "prosentase", "prosen"):
        satuan = "%"  # units as written: "Persen", "Prosentase"
    persen = satuan == "%" or any(
        "%" in str(t.sel(b, g.kolom.get(p))) for p in ("target", "realisasi")
    )
    if nama.startswith("indeks") and persen:
        return [satuan_indeks_persen(lokasi, "%")]
    if not re.match(r"(persentase|proporsi|cakupan)\b", nama):
        return []
    if satuan and satuan != "%":
        return [satuan_persentase_lain(lokasi, satuan)]
    if _PERTUMBUHAN.search(nama):
        return []
    return [
        temuan("R13", lokasi, n, None, f"{format_angka(n)}% untuk bagian dari keseluruhan")
        for n in nilai
        if n is not None and not (0 <= n <= 100)
    ]


def _uang(t, b, g, lokasi):
    k = g.kolom
    # A revenue target ("Target Rp") is measured like a pagu; exceeding it is no fault.
    pagu = t.angka(b, k.get("pagu") or k.get("target_rp"))
    realisasi = t.angka(b, k.get("realisasi_rp"))
    hasil = []
    if g.triwulan and realisasi is not None:
        bagian = [t.angka(b, kol) for kol in g.triwulan]
        jumlah = jumlah_diketahui(bagian)
        if jumlah is not None:
            hasil.append(
                cek_angka(
                    "R08",
                    lokasi,
                    realisasi,
                    jumlah,
                    f"realisasi {format_angka(realisasi)} bukan jumlah "
                    + " + ".join(
                        f"{kol.label} {format_angka(n)}"
                        for kol, n in zip(g.triwulan, bagian, strict=True)
                    ),
                )
            )
    kumulatif = [(kol, t.angka(b, kol)) for kol in g.kumulatif]
    kumulatif = [(kol, n) for kol, n in kumulatif if n is not None]
    for (kol_a, a), (kol_b, n) in zip(kumulatif, kumulatif[1:], strict=False):
        if n < a:
            hasil.append(
                temuan(
                    "R18",
                    f"{lokasi}, {kol_b.label}",
                    n,
                    a,
                    f"{kol_a.label} {format_angka(a)}, {kol_b.label} {format_angka(n)}",
                )
            )
    if pagu is None or realisasi is None or pagu < 0 or realisasi < 0:
        return hasil
    s = serapan(pagu, realisasi)
    persen = t.angka(b, k.get("persen"))
    rincian = ""
    if "pagu" not in k and persen is not None:
        rincian = f"tercatat {format_angka(persen)}, realisasi ÷ target {format_angka(s.persen)}"
    hasil.append(cek_angka("R06", lokasi, persen, s.persen, rincian))
    hasil.append(cek_angka("R07", lokasi, t.angka(b, k.get("sisa")), s.sisa))
    if realisasi > pagu and "pagu" in k:
        hasil.append(temuan("R09", lokasi, realisasi, pagu))
    fisik = t.angka(b, k.get("fisik"))
    if fisik is not None and ((fisik >= 100 and realisasi == 0) or (fisik == 0 and realisasi > 0)):
        hasil.append(
            temuan(
                "R10",
                lokasi,
                fisik,
                None,
                f"fisik {format_angka(fisik)}% dengan realisasi {format_angka(realisasi)}",
            )
        )
    return hasil


def _efisiensi(t, b, g, lokasi):
    """(capaian kinerja − capaian anggaran) ÷ capaian kinerja, or the index capaian kinerja ÷
    capaian anggaran, from the row's performance and budget columns, stated or computed."""
    if not g.kolom.keys() & {"efisiensi", "indeks_efisiensi"}:
        return []
    kinerja = next((x.kolom for x in t.grup if "capaian" in x.kolom or "realisasi" in x.kolom), {})
    uang = next((x.kolom for x in t.grup if "pagu" in x.kolom), {})
    target, realisasi = t.angka(b, kinerja.get("target")), t.angka(b, kinerja.get("realisasi"))
    capaian_kinerja = [t.angka(b, kinerja.get("capaian"))]
    if target is not None:
        capaian_kinerja += _calon_capaian(target, [realisasi])
    pagu, belanja = t.angka(b, uang.get("pagu")), t.angka(b, uang.get("realisasi_rp"))
    capaian_anggaran = [t.angka(b, uang.get("persen"))]
    if pagu and belanja is not None and pagu > 0 and belanja >= 0:
        capaian_anggaran.append(serapan(pagu, belanja).persen)
    pasangan = [
        (k, a) for k in capaian_kinerja if k is not None for a in capaian_anggaran if a is not None
    ]
    indeks = [indeks_efisiensi(k, a).nilai for k, a in pasangan]
    # "Tingkat efisiensi" is either (K − A) ÷ K × 100 or, beside an index, the index less the
    # standard of 1 (BPOM's TE = IE − SE).
    tingkat = [efisiensi(k, a).nilai for k, a in pasangan]
    tingkat += [tingkat_efisiensi_indeks(i) for i in indeks if i is not None]
    hasil = []
    for peran, calon in (("indeks_efisiensi", indeks), ("efisiensi", tingkat)):
        if kol := g.kolom.get(peran):
            letak = lokasi if kol.label == g.label else f"{_lokasi(t, b)}, {kol.label}"
            hasil.append(cek_salah_satu("R24", letak, t.angka(b, kol), calon))
    return hasil


def _perubahan(t, b, g, lokasi):
    """R28: a "Perubahan" column is this year's figure against the previous year's column of
    the same kind (the group to its left, or an earlier year), in percent or in units."""
    kol = g.kolom.get("perubahan")
    peran = next((p for p in ("capaian", "realisasi", "target") if p in g.kolom), None)
    if kol is None or peran is None:
        return None
    i = t.grup.index(g)
    lalu = next((x for x in reversed(t.grup[:i]) if peran in x.kolom), None)
    if lalu is None or (lalu.tahun and g.tahun and lalu.tahun >= g.tahun):
        return None
    sekarang, sebelumnya = t.angka(b, g.kolom[peran]), t.angka(b, lalu.kolom[peran])
    p = perubahan(sekarang, sebelumnya)
    calon = [p.persen, p.selisih]
    temuan_ = cek_salah_satu("R28", lokasi, t.angka(b, kol), calon)
    if temuan_ is None:
        return None
    persen = "tidak terdefinisi" if p.persen is None else format_angka(p.persen)
    return temuan(
        "R28",
        lokasi,
        temuan_.tercatat,
        p.persen if p.persen is not None else p.selisih,
        f"tercatat {format_angka(temuan_.tercatat)}, sedangkan dari {format_tepat(sebelumnya)} "
        f"ke {format_tepat(sekarang)} perubahannya {persen}% atau selisih "
        f"{format_tepat(p.selisih)}",
    )


_STATUS = re.compile(r"^\s*(?:(belum|tidak)\s+)?tercapai\b", re.IGNORECASE)


def _status_tercetak(t, b):
    """(the cell as printed, whether it says reached) of a "Tercapai" / "Belum Tercapai"
    cell in a column of no other role, or None."""
    for k in t.kolom:
        teks = str(t.sel(b, k)).strip()
        if k.peran is None and (cocok := _STATUS.match(teks)):
            return teks, cocok[1] is None
    return None


def _grup_status(t):
    """The group a "Tercapai / Belum Tercapai" column speaks of: the only group with a target
    and a realisation (or, without one, the value achieved printed as "Capaian")."""
    grup = [g for g in t.grup if "target" in g.kolom and g.kolom.keys() & {"realisasi", "capaian"}]
    if len(grup) != 1 or not any(_status_tercetak(t, b) for b in t.baris):
        return None
    return grup[0]


def _status(t, b, g, lokasi):
    """R27 when a row says Tercapai but its realisation misses the target, or the reverse.
    Lower is better only when the indicator says so ("maksimal", "angka kematian" …)."""
    target = t.angka(b, g.kolom["target"])
    if "realisasi" in g.kolom:
        nilai = nilai_realisasi(t, b, g.kolom["realisasi"])
    else:
        nilai = t.angka(b, g.kolom["capaian"])
    status = _status_tercetak(t, b)
    if target is None or nilai is None or status is None:
        return None
    tercetak, tercetak_tercapai = status
    polaritas = polaritas_nama(b.nama)
    harus = tercapai(target, nilai, polaritas or Polaritas.POSITIF)
    if harus == tercetak_tercapai:
        return None
    arah = (
        "semakin rendah semakin baik"
        if polaritas == Polaritas.NEGATIF
        else "dianggap semakin tinggi semakin baik"
    )
    return temuan(
        "R27",
        lokasi,
        tercetak,
        "Tercapai" if harus else "Belum Tercapai",
        f"target {format_tepat(target)}, dicapai {format_tepat(nilai)} ({arah}): "
        f"{'tercapai' if harus else 'belum tercapai'}, tercatat '{tercetak}'",
    )


def _kode_sah(t):
    """Rows with a code, when the code column holds budget codes (not "1.1" numbering)."""
    baris = [b for b in t.baris if b.kode and not b.total]
    sah = []
    for b in baris:
        try:
            sah.append((b, parse_kode(b.kode)))
        except KodeError as e:
            sah.append((b, e))
    jumlah_sah = sum(not isinstance(k, KodeError) for _, k in sah)
    return sah if jumlah_sah * 2 >= len(sah) and jumlah_sah else []


def _kode(t):
    hasil, dilihat, tercantum = [], {}, []  # tercantum: (code, parent it is judged by, wrong)
    for b, kode in _kode_sah(t):
        lokasi = _lokasi(t, b)
        if isinstance(kode, KodeError):
            hasil.append(temuan("R19", lokasi, b.kode, None, kode.alasan))
            continue
        if kode.teks in dilihat:
            hasil.append(
                temuan(
                    "R20",
                    lokasi,
                    kode.teks,
                    None,
                    f"kode {kode} juga dipakai di baris {dilihat[kode.teks]}",
                )
            )
        dilihat.setdefault(kode.teks, b.nomor)
        # The row is listed under the nearest row above with a higher level; when that row
        # is itself misplaced, under that row's own parent.
        induk = next((x for x in reversed(tercantum) if x[0].tingkat < kode.tingkat), None)
        while induk is not None and induk[2]:
            induk = induk[1]
        salah = induk is not None and not kode.teks.startswith(induk[0].teks + ".")
        if salah:
            hasil.append(
                temuan(
                    "R21",
                    lokasi,
                    kode.teks,
                    induk[0].teks,
                    f"kode {kode} tercantum di bawah {induk[0]}",
                )
            )
        tercantum.append((kode, induk, salah))
    return hasil


def _jumlah(t, g):
    """Parents are the sum of their children (by code), and total rows the sum of the rows
    they total."""
    uang = ("pagu", "target_rp", "realisasi_rp", "sisa")
    kolom = [g.kolom[p] for p in uang if p in g.kolom] + g.triwulan
    if not kolom:
        return []
    kode = {b.nomor: k.teks for b, k in _kode_sah(t) if not isinstance(k, KodeError)}
    induk_uraian = {} if kode else _induk_uraian(t, g)
    hasil = []
    for kol in kolom:
        nilai = {b.nomor: t.angka(b, kol) for b in t.baris}
        isi = [b for b in t.baris if nilai[b.nomor] is not None and not b.total]
        anak = {}
        for b in isi:
            induk = _induk(b, isi, kode) if kode else induk_uraian.get(b)
            anak.setdefault(induk, []).append(b)
        for induk, daftar in anak.items():
            if induk is not None:
                hasil.append(_cek_jumlah(t, induk, kol, nilai, daftar))
        total = [b for b in t.baris if b.total and nilai[b.nomor] is not None]
        for b in total:
            bagian = anak.get(None, []) if kode or len(total) == 1 else _sejak(t, b, total, isi)
            hasil.append(_cek_jumlah(t, b, kol, nilai, bagian))
    return hasil


def _tingkat(t, g):
    """Each row's level from its name (Program / Kegiatan / Sub Kegiatan); a row with money
    and no such word is at the level of the row with money above it (a second sub kegiatan
    listed under one "Sub-Kegiatan :" label)."""
    uang = [g.kolom[p] for p in ("pagu", "realisasi_rp") if p in g.kolom]
    tingkat, sebelumnya = {}, None
    for b in t.baris:
        if b.total:
            continue
        berisi = any(t.angka(b, k) is not None for k in uang)
        level = b.tingkat or (sebelumnya if berisi else None)
        if level is not None:
            tingkat[b] = level
        if berisi:
            sebelumnya = level
    return tingkat


def _induk_uraian(t, g):
    """Each row's parent by level: the nearest row above with a lower level."""
    tingkat = _tingkat(t, g)
    induk, tumpuk = {}, []
    for b in t.baris:
        if b not in tingkat:
            continue
        while tumpuk and tingkat[tumpuk[-1]] >= tingkat[b]:
            tumpuk.pop()
        induk[b] = tumpuk[-1] if tumpuk else None
        tumpuk.append(b)
    return induk


def _persen_induk(t, g):
    """A parent printed with a percentage and no money of its own: its % is Σ realisasi ÷
    Σ pagu of the lowest rows with money under it, not the mean of their %."""
    if not {"pagu", "realisasi_rp", "persen"} <= g.kolom.keys() or _kode_sah(t):
        return []
    induk = _induk_uraian(t, g)
    pagu, realisasi = g.kolom["pagu"], g.kolom["realisasi_rp"]
    hasil = []
    for b in induk:
        stated = t.angka(b, g.kolom["persen"])
        if stated is None or t.angka(b, pagu) is not None:
            continue
        daun = [x for x in _keturunan(b, induk) if t.angka(x, pagu) is not None]
        daun = [x for x in daun if not any(t.angka(y, pagu) for y in _keturunan(x, induk))]
        jumlah_pagu = jumlah_diketahui(t.angka(x, pagu) for x in daun)
        jumlah_real = jumlah_diketahui(t.angka(x, realisasi) for x in daun)
        if not daun or not jumlah_pagu or jumlah_real is None:
            continue
        s = serapan(jumlah_pagu, jumlah_real).persen
        hasil.append(
            cek_angka(
                "R06",
                _lokasi(t, b, g),
                stated,
                s,
                f"tercatat {format_angka(stated)}, Σ realisasi ÷ Σ pagu {len(daun)} rinciannya "
                f"{format_angka(jumlah_real)} ÷ {format_angka(jumlah_pagu)} = {format_angka(s)}",
            )
        )
    return hasil


def _keturunan(b, induk):
    hasil = []
    for x in induk:
        atas = induk.get(x)
        while atas is not None and atas is not b:
            atas = induk.get(atas)
        if atas is b:
            hasil.append(x)
    return hasil


def _ringkasan(t):
    """Jumlah/Total rows of the columns the budget check leaves out, and Rata-rata rows of
    every column: the sum or the mean of the rows since the previous such row."""
    uang = {"pagu", "realisasi_rp", "sisa", "triwulan"}
    hasil = []
    for kol in t.kolom_angka():
        nilai = {b: t.angka(b, kol) for b in t.baris}
        persen = any("%" in str(t.sel(b, kol)) for b in t.baris)
        jumlah = kol.peran is None or (kol.peran in ("target", "realisasi") and not persen)
        for b in t.baris:
            # "Jumlah Capaian …" adds up the capaian column it stands under.
            dijumlah = jumlah or (kol.peran == "capaian" and "capaian" in _label_ringkasan(b))
            if nilai[b] is None or not b.total or (b.ringkasan == "jumlah" and not dijumlah):
                continue
            if b.ringkasan == "jumlah" and kol.peran in uang:
                continue  # the budget check adds these up, by code when there are codes
            bagian = [nilai[x] for x in _sejak(t, b, [y for y in t.baris if y.total], t.baris)]
            bagian = [n for n in bagian if n is not None]
            if not bagian:
                continue
            lokasi = f"{_lokasi(t, b)}, {kol.label}"
            if b.ringkasan == "rata":
                rata = rata_rata(bagian).nilai
                hasil.append(
                    cek_angka(
                        "R26",
                        lokasi,
                        nilai[b],
                        rata,
                        f"tercatat {format_angka(nilai[b])}, rata-rata {len(bagian)} rinciannya "
                        f"{format_angka(rata)}",
                    )
                )
            else:
                total = jumlah_diketahui(bagian)
                hasil.append(
                    cek_angka(
                        "R08",
                        lokasi,
                        nilai[b],
                        total,
                        f"tercatat {format_angka(nilai[b])}, jumlah {len(bagian)} rinciannya "
                        f"{format_angka(total)}",
                    )
                )
    return hasil


def _induk(b, isi, kode):
    k = kode.get(b.nomor)
    if not k:
        return None
    calon = [a for a in isi if kode.get(a.nomor) and k.startswith(kode[a.nomor] + ".")]
    return max(calon, key=lambda a: len(kode[a.nomor]), default=None)


def _label_ringkasan(b):
    return " ".join(dict.fromkeys(str(s) for s in b.sel[:3])).lower()


def _sejak(t, b, total, isi):
    """Rows between the previous total row and this one (not total rows themselves); summary
    rows printed one under another (Jumlah, then Rata-rata) speak of the same rows."""
    i = t.baris.index(b)
    while i > 0 and t.baris[i - 1].total:
        i -= 1
    awal = t.baris[i].nomor
    sebelum = [x.nomor for x in total if x.nomor < awal]
    mulai = max(sebelum, default=0)
    return [x for x in isi if mulai < x.nomor < b.nomor and not x.total]


def _cek_jumlah(t, b, kol, nilai, bagian):
    if not bagian:
        return None
    jumlah = jumlah_diketahui(nilai[x.nomor] for x in bagian)
    return cek_angka(
        "R08",
        f"{_lokasi(t, b)}, {kol.label}",
        nilai[b.nomor],
        jumlah,
        f"tercatat {format_angka(nilai[b.nomor])}, jumlah {len(bagian)} rinciannya "
        f"{format_angka(jumlah)}",
    )


def _beda_antar_tabel(catatan):
    hasil = []
    for (_, tahun, peran), daftar in catatan.items():
        acuan, lokasi_acuan = daftar[0]
        apa = f"{peran} {tahun}" if tahun else peran
        for nilai, lokasi in daftar[1:]:
            hasil.append(cek_antar_sumber(lokasi, apa, nilai, acuan, lokasi_acuan))
    return [t for t in hasil if t]


# --- officials ------------------------------------------------------------------------------

_NIP = re.compile(r"\bNIP\.?\s*:?\s*([\d ]{8,})", re.IGNORECASE)


def _pejabat(teks):
    """The same NIP under different names, or the same name with different NIPs."""
    per_nip, per_nama = {}, {}
    for i, baris in enumerate(teks):
        cocok = _NIP.search(baris)
        if not cocok:
            continue
        nip = nip_angka(cocok[1])
        nama = nama_pokok(baris[: cocok.start()])
        for sebelumnya in reversed(teks[max(0, i - 3) : i]):
            if nama:
                break
            nama = nama_pokok(sebelumnya)
        if not nama:
            continue
        per_nip.setdefault(nip, set()).add(nama)
        per_nama.setdefault(nama, set()).add(nip)
    return [
        *_ganda(
            per_nip,
            "Pejabat NIP {}",
            lambda nip, nama: (
                f"NIP {nip} ditulis untuk nama " + " dan ".join(f"'{n}'" for n in nama)
            ),
        ),
        *_ganda(
            per_nama,
            "Pejabat {}",
            lambda nama, nip: f"'{nama}' ditulis dengan NIP " + " dan ".join(nip),
        ),
    ]


def _ganda(kelompok, lokasi, pesan):
    """One finding per key (a NIP, a name) written with more than one value."""
    return [
        temuan("R23", lokasi.format(kunci), daftar[1], daftar[0], pesan(kunci, daftar))
        for kunci, daftar in ((k, sorted(v)) for k, v in kelompok.items())
        if len(daftar) > 1
    ]
