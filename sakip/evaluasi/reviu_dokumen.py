"""Review of an outside document (.docx or .xlsx): its tables are read by their header
words (`tafsir`) and every figure is checked with the engine's rules, the same ones that
check stored data. The result also says which tables could not be interpreted."""

import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from sakip.kinerja.anggaran import KodeError, efisiensi, jumlah_diketahui, parse_kode, serapan
from sakip.kinerja.angka import format_tepat
from sakip.kinerja.capaian import (
    Polaritas,
    hitung_capaian,
    kemajuan_terhadap_target_akhir,
    persentase,
)
from sakip.kinerja.predikat import masalah_pita
from sakip.kinerja.reviu import (
    Putusan,
    Temuan,
    Tingkat,
    cek_angka,
    cek_antar_sumber,
    cek_pasangan,
    cek_predikat_pita,
    nama_pokok,
    nip_angka,
    satuan_indeks_persen,
    satuan_persentase_lain,
    seragam,
    tampilkan,
    temuan,
    timbang,
)

from .berkas import baca_berkas
from .narasi import periksa_narasi
from .tafsir import (
    baca_skala,
    nilai_realisasi,
    pecahan_realisasi,
    tafsir_tabel,
    tahun_dokumen,
    tambah_baris,
    tanpa_butir,
)


@dataclass
class HasilReviu:
    nama: str
    temuan: list = field(default_factory=list)
    tabel: list = field(default_factory=list)  # (table name, "dibaca: <kind>" or why not)

    @property
    def tidak_diperiksa(self):
        """Why no figure could be checked, in Indonesian; None when a table was read. A
        document without findings is then not said to be right."""
        if any(keterangan.startswith(DIBACA) for _, keterangan in self.tabel):
            return None
        if not self.tabel:
            return "Dokumen ini tidak memuat tabel: tidak ada angka yang diperiksa."
        return (
            f"Tidak satu pun dari {len(self.tabel)} tabel dokumen ini dapat ditafsirkan: "
            "tidak ada angka yang diperiksa."
        )


DIBACA = "dibaca: "  # the verdict of a table that was read, before its kind


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
                "sebab": tuple(t["sebab"]) if t.get("sebab") else None,
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
    skala = None
    for mentah in isi.tabel:
        pita = baca_skala(mentah)
        if pita:
            skala = (pita, mentah.nama or "skala yang dinyatakan dokumen")
            hasil.tabel.append((mentah.nama, f"{DIBACA}skala predikat"))
            for m in masalah_pita(pita):
                hasil.temuan.append(temuan("R14", mentah.nama or "Skala predikat", None, None, m))
            continue
        t = tafsir_tabel(mentah)
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
        hasil.tabel.append((t.nama, f"{DIBACA}{jenis}"))
        dibaca.append((t, skala))
    tahun = tahun_dokumen([t for t, _ in dibaca], isi.teks)
    catatan = {}  # (indicator, year, role) -> [(value, location)]
    for t, skala_tabel in dibaca:
        hasil.temuan += _periksa_tabel(t, skala_tabel, tahun, catatan)
    hasil.temuan += _beda_antar_tabel(catatan)
    hasil.temuan += _pejabat(isi.teks)
    sel = {str(s) for m in isi.tabel for b in m.baris for s in b}
    hasil.temuan += periksa_narasi(isi.teks, [t for t, _ in dibaca], tahun, sel)
    hasil.temuan = [x for x in hasil.temuan if x is not None]
    return hasil


def _lanjutan(mentah, sebelumnya):
    """A table broken by a page: no header, no caption of its own, the same columns."""
    lebar = max((len(b) for b in mentah.baris), default=0)
    return lebar == sebelumnya.jumlah_kolom and (
        not mentah.nama or "lanjutan" in mentah.nama.lower()
    )


def _jenis(t):
    if t.uang:
        return "anggaran"
    if t.kinerja:
        return "capaian kinerja"
    if any("target" in g.kolom and g.tahun for g in t.grup) and t.peran("nama"):
        return "target"
    return None


def _lokasi(t, b, g=None):
    teks = f"{t.nama}, baris {b.nomor}"
    if b.nama:
        teks += f" ({b.nama[:60]})"
    if g is not None and g.label.strip():
        teks += f", {g.label}"
    return teks


class _Koreksi:
    """The values a table's wrong figures should have, by cell, each with the finding that
    says so: the figures computed from a wrong one are judged again from its value."""

    def __init__(self):
        self.sel = {}  # (row, column index) -> (corrected value, finding)

    def catat(self, b, kol, putusan):
        if putusan.temuan is not None and putusan.koreksi is not None and kol is not None:
            self.sel[(b, kol.indeks)] = (putusan.koreksi, putusan.temuan)
        return putusan.temuan

    def benar(self, b, kol, tercetak):
        """The cell's value as it should be: its correction, else what was printed."""
        k = self.sel.get((b, kol.indeks)) if kol is not None else None
        return k[0] if k else tercetak

    def sebab_dari(self, baris, kol):
        """The finding on the first of these rows whose cell in `kol` was found wrong."""
        return next((s for b in baris if (s := self.sebab(b, kol)) is not None), None)

    def sebab(self, b, *kolom):
        """The finding on the first of these cells found wrong, or None."""
        ada = [
            self.sel[(b, k.indeks)] for k in kolom if k is not None and (b, k.indeks) in self.sel
        ]
        return ada[0][1] if ada else None


def _periksa_tabel(t, skala, tahun, catatan):
    """Three passes, so that every figure is judged after the figures it is computed from:
    the values a row works out in its own cells (a realisation from its fraction or its
    quarters), the sums (each after its parts), then everything computed from those."""
    k = _Koreksi()
    hasil = []
    for b in t.baris:
        if not b.total:
            for g in t.grup:
                hasil += _realisasi(t, b, g, _lokasi(t, b, g), k)
    for g in t.grup:
        hasil += _jumlah(t, g, k)
    for b in t.baris:
        for g in t.grup:
            lokasi = _lokasi(t, b, g)
            hasil += _uang(t, b, g, lokasi, k)
            if b.total:
                continue
            hasil += _kinerja(t, b, g, lokasi, skala, k)
            if "efisiensi" in g.kolom:
                hasil.append(_efisiensi(t, b, g, lokasi, k))
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
    return hasil


def _realisasi(t, b, g, lokasi, k):
    """A realisation that shows its own fraction (R01), a money realisation against its
    quarters (R08), and cumulative columns that fall (R18)."""
    hasil = []
    kolom = g.kolom.get("realisasi")
    pecahan, dari_data = _pecahan(t, b, kolom)
    if dari_data is not None:
        r01 = cek_angka(
            "R01",
            lokasi,
            pecahan[2],
            dari_data,
            f"{format_tepat(pecahan[0])}/{format_tepat(pecahan[1])} × 100% = "
            f"{tampilkan(dari_data, pecahan[2])}, tercatat {tampilkan(pecahan[2])}",
        )
        hasil.append(k.catat(b, kolom, Putusan(r01, dari_data)))
    realisasi = t.angka(b, g.kolom.get("realisasi_rp"))
    if g.triwulan and realisasi is not None:
        bagian = [t.angka(b, kol) for kol in g.triwulan]
        jumlah = jumlah_diketahui(bagian)
        if jumlah is not None:
            r08 = cek_angka(
                "R08",
                lokasi,
                realisasi,
                jumlah,
                f"realisasi {tampilkan(realisasi)} bukan jumlah "
                + " + ".join(
                    f"{kol.label} {tampilkan(n)}" for kol, n in zip(g.triwulan, bagian, strict=True)
                ),
            )
            hasil.append(k.catat(b, g.kolom["realisasi_rp"], Putusan(r08, jumlah)))
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
                    f"{kol_a.label} {tampilkan(a)}, {kol_b.label} {tampilkan(n)}",
                )
            )
    return hasil


def _pecahan(t, b, kolom):
    """(numerator, denominator, stated) of a realisation written as its fraction, and the
    fraction's exact value; (None, None) for a plain cell."""
    pecahan = pecahan_realisasi(t.sel(b, kolom), t.konvensi)
    return pecahan, persentase(pecahan[0], pecahan[1]) if pecahan else None


def _realisasi_kinerja(t, b, g, k):
    """(as printed, as it should be) for a performance realisation: a fraction it shows
    gives its exact value."""
    kolom = g.kolom.get("realisasi")
    tercetak = nilai_realisasi(t, b, kolom)
    dari_data = _pecahan(t, b, kolom)[1]
    return tercetak, dari_data if dari_data is not None else k.benar(b, kolom, tercetak)


def _pasangan_capaian(target, realisasi, rumus=hitung_capaian):
    """(from the printed realisation, from the right one) under either polarity: a document
    does not say whether lower is better, so a figure that fits either is right."""
    tercetak, benar = realisasi
    if target is None or benar is None:
        return []
    return [
        (
            rumus(target, tercetak, p).nilai if tercetak is not None else None,
            rumus(target, benar, p).nilai,
        )
        for p in (Polaritas.POSITIF, Polaritas.NEGATIF)
    ]


def _kemajuan(target_akhir, realisasi, polaritas):
    return kemajuan_terhadap_target_akhir(realisasi, target_akhir, polaritas)


def _kinerja(t, b, g, lokasi, skala, k):
    kol = g.kolom
    hasil = []
    realisasi = _realisasi_kinerja(t, b, g, k)
    sebab = k.sebab(b, kol.get("realisasi"))
    capaian = t.angka(b, kol.get("capaian"))
    putusan = cek_pasangan(
        "R02",
        lokasi,
        capaian,
        _pasangan_capaian(t.angka(b, kol.get("target")), realisasi),
        sebab,
        "capaian",
    )
    hasil.append(k.catat(b, kol.get("capaian"), putusan))
    putusan = cek_pasangan(
        "R17",
        lokasi,
        t.angka(b, kol.get("kemajuan")),
        _pasangan_capaian(t.angka(b, kol.get("target_akhir")), realisasi, _kemajuan),
        sebab,
        "tingkat kemajuan",
    )
    hasil.append(k.catat(b, kol.get("kemajuan"), putusan))
    if skala and "kategori" in kol:
        kategori = tanpa_butir(t.sel(b, kol["kategori"]))
        benar = k.benar(b, kol.get("capaian"), capaian)
        hasil.append(
            timbang(
                cek_predikat_pita(lokasi, capaian, kategori, *skala),
                cek_predikat_pita(lokasi, benar, kategori, *skala),
                k.sebab(b, kol.get("capaian")),
                "predikat",
            )
        )
    hasil += _satuan(t, b, g, lokasi, [t.angka(b, kol.get("target")), realisasi[0]])
    return hasil


_PERTUMBUHAN = re.compile(
    r"pertumbuhan|kenaikan|peningkatan|penurunan|perubahan|meningkatnya|menurunnya|laju",
    re.IGNORECASE,
)


def _satuan(t, b, g, lokasi, nilai):
    """An index stated in percent; a share stated in another unit or outside 0–100."""
    nama = b.nama.strip().lower()
    satuan = str(t.sel(b, t.peran("satuan"))).strip()
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
        temuan("R13", lokasi, n, None, f"{tampilkan(n)}% untuk bagian dari keseluruhan")
        for n in nilai
        if n is not None and not (0 <= n <= 100)
    ]


def _uang(t, b, g, lokasi, k):
    kol = g.kolom
    tercetak = t.angka(b, kol.get("pagu")), t.angka(b, kol.get("realisasi_rp"))
    pagu, realisasi = tercetak
    benar = k.benar(b, kol.get("pagu"), pagu), k.benar(b, kol.get("realisasi_rp"), realisasi)
    if None in tercetak or min(*tercetak, *benar) < 0:
        return []
    dicetak, seharusnya = serapan(*tercetak), serapan(*benar)
    sebab = k.sebab(b, kol.get("pagu"), kol.get("realisasi_rp"))
    hasil = []
    # The row's own Serapan has the printed columns' names: persen, sisa.
    for peran, kode, apa in (("persen", "R06", "persentase anggaran"), ("sisa", "R07", "sisa")):
        putusan = cek_pasangan(
            kode,
            lokasi,
            t.angka(b, kol.get(peran)),
            [(getattr(dicetak, peran), getattr(seharusnya, peran))],
            sebab,
            apa,
        )
        hasil.append(k.catat(b, kol.get(peran), putusan))
    if realisasi > pagu:
        hasil.append(temuan("R09", lokasi, realisasi, pagu))
    fisik = t.angka(b, kol.get("fisik"))
    if fisik is not None and ((fisik >= 100 and realisasi == 0) or (fisik == 0 and realisasi > 0)):
        hasil.append(
            temuan(
                "R10",
                lokasi,
                fisik,
                None,
                f"fisik {tampilkan(fisik)}% dengan realisasi {tampilkan(realisasi)}",
            )
        )
    return hasil


def _efisiensi(t, b, g, lokasi, k):
    """(capaian kinerja − capaian anggaran) ÷ capaian kinerja, from the row's performance
    and budget columns, stated or computed; each (as printed, as it should be)."""
    kinerja = next((x for x in t.grup if "capaian" in x.kolom or "realisasi" in x.kolom), None)
    uang = next((x for x in t.grup if "pagu" in x.kolom), None)
    kk, ku = (kinerja.kolom if kinerja else {}), (uang.kolom if uang else {})
    capaian = t.angka(b, kk.get("capaian"))
    capaian_kinerja = [(capaian, k.benar(b, kk.get("capaian"), capaian))]
    if kinerja is not None:
        capaian_kinerja += _pasangan_capaian(
            t.angka(b, kk.get("target")), _realisasi_kinerja(t, b, kinerja, k)
        )
    persen = t.angka(b, ku.get("persen"))
    capaian_anggaran = [(persen, k.benar(b, ku.get("persen"), persen))]
    pagu, belanja = t.angka(b, ku.get("pagu")), t.angka(b, ku.get("realisasi_rp"))
    benar = k.benar(b, ku.get("pagu"), pagu), k.benar(b, ku.get("realisasi_rp"), belanja)
    if pagu and belanja is not None and pagu > 0 and belanja >= 0 and benar[0] > 0:
        capaian_anggaran.append((serapan(pagu, belanja).persen, serapan(*benar).persen))
    pasangan = [
        (efisiensi(kc, ac).nilai, efisiensi(kb, ab).nilai)
        for kc, kb in capaian_kinerja
        for ac, ab in capaian_anggaran
    ]
    sebab = k.sebab(
        b,
        kk.get("capaian"),
        kk.get("realisasi"),
        ku.get("persen"),
        ku.get("pagu"),
        ku.get("realisasi_rp"),
    )
    tercatat = t.angka(b, g.kolom["efisiensi"])
    return cek_pasangan("R24", lokasi, tercatat, pasangan, sebab, "tingkat efisiensi").temuan


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


def _jumlah(t, g, k):
    """Parents are the sum of their children (by code), and total rows the sum of the rows
    they total; a parent is judged after its children, from their corrected values too."""
    kolom = [g.kolom[p] for p in ("pagu", "realisasi_rp", "sisa") if p in g.kolom] + g.triwulan
    if not kolom:
        return []
    kode = {b.nomor: k_.teks for b, k_ in _kode_sah(t) if not isinstance(k_, KodeError)}
    hasil = []
    for kol in kolom:
        nilai = {b.nomor: t.angka(b, kol) for b in t.baris}
        isi = [b for b in t.baris if nilai[b.nomor] is not None and not b.total]
        anak = {}
        for b in isi:
            anak.setdefault(_induk(b, isi, kode), []).append(b)
        # Deepest parents first: a parent's sum takes its children's corrections.
        for induk in sorted((x for x in anak if x is not None), key=lambda x: -len(kode[x.nomor])):
            hasil.append(_cek_jumlah(t, induk, kol, nilai, anak[induk], k))
        total = [b for b in t.baris if b.total and nilai[b.nomor] is not None]
        for b in total:
            bagian = anak.get(None, []) if kode or len(total) == 1 else _sejak(t, b, total, isi)
            hasil.append(_cek_jumlah(t, b, kol, nilai, bagian, k))
    return hasil


def _induk(b, isi, kode):
    k = kode.get(b.nomor)
    if not k:
        return None
    calon = [a for a in isi if kode.get(a.nomor) and k.startswith(kode[a.nomor] + ".")]
    return max(calon, key=lambda a: len(kode[a.nomor]), default=None)


def _sejak(t, b, total, isi):
    """Rows between the previous total row and this one."""
    sebelum = [x.nomor for x in total if x.nomor < b.nomor]
    mulai = max(sebelum, default=0)
    return [x for x in isi if mulai < x.nomor < b.nomor]


def _cek_jumlah(t, b, kol, nilai, bagian, k):
    if not bagian:
        return None
    tercetak = jumlah_diketahui(nilai[x.nomor] for x in bagian)
    benar = jumlah_diketahui(k.benar(x, kol, nilai[x.nomor]) for x in bagian)
    dicatat = nilai[b.nomor]
    putusan = cek_pasangan(
        "R08",
        f"{_lokasi(t, b)}, {kol.label}",
        dicatat,
        [(tercetak, benar)],
        k.sebab_dari(bagian, kol),
        "jumlah",
        lambda n: (
            f"tercatat {tampilkan(dicatat)}, jumlah {len(bagian)} rinciannya "
            f"{tampilkan(n, dicatat)}"
        ),
    )
    return k.catat(b, kol, putusan)


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
