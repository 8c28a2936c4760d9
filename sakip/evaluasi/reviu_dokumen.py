"""Review of an outside document (.docx or .xlsx): its tables are read by their header
words (`tafsir`) and every figure is checked with the engine's rules, the same ones that
check stored data. The result also says which tables could not be interpreted."""

import re
from collections import Counter
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
from sakip.kinerja.angka import format_tepat
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
    Putusan,
    Temuan,
    Tingkat,
    UangTercetak,
    beda_uang,
    cek_angka,
    cek_antar_sumber,
    cek_pasangan,
    cek_predikat_pita,
    nama_pokok,
    nip_angka,
    rentang,
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
    polaritas_nama,
    singkatan_teks,
    skala_teks,
    tafsir_tabel,
    tahun_dokumen,
    tambah_baris,
    tanpa_butir,
    tingkat_nomor,
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
    skala = None if any(map(baca_skala, isi.tabel)) else _skala_teks(isi.teks, hasil)
    singkatan = singkatan_teks(isi.teks)
    for mentah in isi.tabel:
        pita = baca_skala(mentah)
        if pita:
            skala = (pita, mentah.nama or "skala yang dinyatakan dokumen")
            hasil.tabel.append((mentah.nama, f"{DIBACA}skala predikat"))
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
        hasil.tabel.append((t.nama, f"{DIBACA}{jenis}"))
        dibaca.append((t, skala))
    tahun = tahun_dokumen([t for t, _ in dibaca], isi.teks)
    catatan = {}  # (indicator, year, role) -> [(value, location)]
    uang = []  # UangTercetak, in reading order
    for i, (t, skala_tabel) in enumerate(dibaca):
        hasil.temuan += _periksa_tabel(t, skala_tabel, tahun, catatan)
        _catat_uang(t, i, tahun, uang)
    hasil.temuan += _beda_antar_tabel(catatan)
    hasil.temuan += beda_uang(uang)
    hasil.temuan += _pejabat(isi.teks)
    sel = {str(s) for m in isi.tabel for b in m.baris for s in b}
    hasil.temuan += periksa_narasi(isi.teks, [t for t, _ in dibaca], tahun, sel)
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
    quarters), the sums (each after its parts), then everything computed from those; the
    Jumlah and Rata-rata rows of other columns last, as they may add up computed figures
    (a capaian column)."""
    k = _Koreksi()
    hasil = []
    for b in t.baris:
        if not b.total:
            for g in t.grup:
                hasil += _realisasi(t, b, g, _lokasi(t, b, g), k)
    for g in t.grup:
        hasil += _jumlah(t, g, k)
        hasil += _persen_induk(t, g, k)
    for b in t.baris:
        for g in t.grup:
            lokasi = _lokasi(t, b, g)
            # A Rata-rata row's % is the mean of the rows' %, not its own realisasi ÷ pagu.
            if b.ringkasan != "rata":
                hasil += _uang(t, b, g, lokasi, k)
            if b.total:
                continue
            hasil += _kinerja(t, b, g, lokasi, skala, k)
            hasil += _efisiensi(t, b, g, lokasi, k)
            hasil.append(_perubahan(t, b, g, lokasi, k))
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
        hasil += [_status(t, b, grup_status, _lokasi(t, b), k) for b in t.baris if not b.total]
    hasil += _ringkasan(t, k)
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
            f"{tampilkan(pecahan[0])}/{tampilkan(pecahan[1])} × 100% = "
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


def _rumus_capaian(target, realisasi, rumus=hitung_capaian):
    """(rule, (from the printed realisation, from the right one, the range the printed
    figures reach)) for each way a document may have computed it: it does not say whether
    lower is better, so a figure that fits R/T, (2T−R)/T or T/R (a capaian, not a
    progress) is right."""
    tercetak, benar = realisasi
    if target is None or benar is None:
        return []
    cara = [
        ("R/T", lambda t, r: rumus(t, r, Polaritas.POSITIF).nilai),
        ("(2T−R)/T", lambda t, r: rumus(t, r, Polaritas.NEGATIF).nilai),
    ]
    if rumus is hitung_capaian:
        cara.append(("T/R", capaian_terbalik))
    return [
        (
            nama,
            (
                f(target, tercetak) if tercetak is not None else None,
                f(target, benar),
                rentang(f, target, tercetak),
            ),
        )
        for nama, f in cara
    ]


def _pasangan_capaian(target, realisasi, rumus=hitung_capaian):
    """The pairs of `_rumus_capaian`, without the rules' names."""
    return [p for _, p in _rumus_capaian(target, realisasi, rumus)]


def _kemajuan(target_akhir, realisasi, polaritas):
    return kemajuan_terhadap_target_akhir(realisasi, target_akhir, polaritas)


def _kinerja(t, b, g, lokasi, skala, k):
    kol = g.kolom
    hasil = []
    realisasi = _realisasi_kinerja(t, b, g, k)
    sebab = k.sebab(b, kol.get("realisasi"))
    capaian = t.angka(b, kol.get("capaian"))
    rumus = _rumus_capaian(t.angka(b, kol.get("target")), realisasi)

    def rincian(_):
        # Each rule's result, so a reader sees which one the document seems to use.
        hasil_rumus = "; ".join(
            f"{n} = {tampilkan(c, capaian)}" for n, (c, *_) in rumus if c is not None
        )
        return (
            f"tercatat {tampilkan(capaian)}, sedangkan {hasil_rumus} (semakin tinggi semakin "
            "baik R/T; semakin rendah semakin baik (2T−R)/T atau T/R)"
        )

    putusan = cek_pasangan("R02", lokasi, capaian, [p for _, p in rumus], sebab, "capaian", rincian)
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
        temuan("R13", lokasi, n, None, f"{tampilkan(n)}% untuk bagian dari keseluruhan")
        for n in nilai
        if n is not None and not (0 <= n <= 100)
    ]


def _uang(t, b, g, lokasi, k):
    kol = g.kolom
    # A revenue target ("Target Rp") is measured like a pagu; exceeding it is no fault.
    kol_pagu = kol.get("pagu") or kol.get("target_rp")
    tercetak = t.angka(b, kol_pagu), t.angka(b, kol.get("realisasi_rp"))
    pagu, realisasi = tercetak
    benar = k.benar(b, kol_pagu, pagu), k.benar(b, kol.get("realisasi_rp"), realisasi)
    if None in tercetak or min(*tercetak, *benar) < 0:
        return []
    dicetak, seharusnya = serapan(*tercetak), serapan(*benar)
    sebab = k.sebab(b, kol_pagu, kol.get("realisasi_rp"))
    persen = t.angka(b, kol.get("persen"))
    hasil = []
    # The row's own Serapan has the printed columns' names: persen, sisa.
    for peran, kode, apa in (("persen", "R06", "persentase anggaran"), ("sisa", "R07", "sisa")):
        putusan = cek_pasangan(
            kode,
            lokasi,
            t.angka(b, kol.get(peran)),
            [
                (
                    getattr(dicetak, peran),
                    getattr(seharusnya, peran),
                    rentang(lambda p, r, peran=peran: getattr(serapan(p, r), peran), *tercetak),
                )
            ],
            sebab,
            apa,
            _terhadap_target(persen) if peran == "persen" and "pagu" not in kol else None,
        )
        hasil.append(k.catat(b, kol.get(peran), putusan))
    if realisasi > pagu and "pagu" in kol:
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


def _terhadap_target(persen):
    """The wording of R06 for a revenue: its percentage is realisasi ÷ target."""
    return lambda n: f"tercatat {tampilkan(persen)}, realisasi ÷ target {tampilkan(n, persen)}"


def _efisiensi(t, b, g, lokasi, k):
    """(capaian kinerja − capaian anggaran) ÷ capaian kinerja, or the index capaian kinerja ÷
    capaian anggaran, from the row's performance and budget columns, stated or computed;
    each (as printed, as it should be). A tingkat efisiensi printed beside an index is the
    index less the standard of 1 (BPOM's TE = IE − SE): one that follows a wrong index is
    its consequence."""
    if not g.kolom.keys() & {"efisiensi", "indeks_efisiensi"}:
        return []
    kinerja = next((x for x in t.grup if "capaian" in x.kolom or "realisasi" in x.kolom), None)
    uang = next((x for x in t.grup if "pagu" in x.kolom), None)
    kk, ku = (kinerja.kolom if kinerja else {}), (uang.kolom if uang else {})
    # Each capaian as (printed or from printed figures, as it should be, what printed
    # figures reach: a printed one itself, else the range of its formula).
    capaian = t.angka(b, kk.get("capaian"))
    capaian_kinerja = [(capaian, k.benar(b, kk.get("capaian"), capaian), capaian)]
    if kinerja is not None:
        capaian_kinerja += _pasangan_capaian(
            t.angka(b, kk.get("target")), _realisasi_kinerja(t, b, kinerja, k)
        )
    persen = t.angka(b, ku.get("persen"))
    capaian_anggaran = [(persen, k.benar(b, ku.get("persen"), persen), persen)]
    pagu, belanja = t.angka(b, ku.get("pagu")), t.angka(b, ku.get("realisasi_rp"))
    benar = k.benar(b, ku.get("pagu"), pagu), k.benar(b, ku.get("realisasi_rp"), belanja)
    if pagu and belanja is not None and pagu > 0 and belanja >= 0 and benar[0] > 0:
        capaian_anggaran.append(
            (
                serapan(pagu, belanja).persen,
                serapan(*benar).persen,
                rentang(lambda p, r: serapan(p, r).persen, pagu, belanja),
            )
        )
    dari = [(*kin, *ang) for kin in capaian_kinerja for ang in capaian_anggaran]
    indeks = [
        (_indeks(kc, ac), _indeks(kb, ab), rentang(_indeks, kr, ar))
        for kc, kb, kr, ac, ab, ar in dari
    ]
    tingkat = [
        (_efisiensi_nilai(kc, ac), _efisiensi_nilai(kb, ab), rentang(_efisiensi_nilai, kr, ar))
        for kc, kb, kr, ac, ab, ar in dari
    ]
    tingkat += [
        (_dari_indeks(ic), _dari_indeks(ib), rentang(_dari_indeks, ir)) for ic, ib, ir in indeks
    ]
    sebab = k.sebab(
        b,
        kk.get("capaian"),
        kk.get("realisasi"),
        ku.get("persen"),
        ku.get("pagu"),
        ku.get("realisasi_rp"),
    )
    hasil = []
    if kol := g.kolom.get("indeks_efisiensi"):
        tercetak = t.angka(b, kol)
        putusan = cek_pasangan(
            "R24", _letak(t, b, g, kol, lokasi), tercetak, indeks, sebab, "indeks efisiensi"
        )
        if putusan.temuan is not None:
            # The tingkat computed from the printed index, right from the index's right value.
            tingkat += [
                (_dari_indeks(tercetak), _dari_indeks(ib), rentang(_dari_indeks, tercetak))
                for _, ib, _r in indeks
            ]
            sebab = putusan.temuan
        hasil.append(putusan.temuan)
    if kol := g.kolom.get("efisiensi"):
        letak = _letak(t, b, g, kol, lokasi)
        putusan = cek_pasangan("R24", letak, t.angka(b, kol), tingkat, sebab, "tingkat efisiensi")
        hasil.append(putusan.temuan)
    return hasil


def _indeks(capaian_kinerja, capaian_anggaran):
    if capaian_kinerja is None or capaian_anggaran is None:
        return None
    return indeks_efisiensi(capaian_kinerja, capaian_anggaran).nilai


def _efisiensi_nilai(capaian_kinerja, capaian_anggaran):
    return efisiensi(capaian_kinerja, capaian_anggaran).nilai


def _dari_indeks(indeks):
    return None if indeks is None else tingkat_efisiensi_indeks(indeks)


def _letak(t, b, g, kol, lokasi):
    """A column's location: the group's, or the row's and the column's own label when the
    column is not the group's heading."""
    return lokasi if kol.label == g.label else f"{_lokasi(t, b)}, {kol.label}"


def _perubahan(t, b, g, lokasi, k):
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
    kini, dulu = g.kolom[peran], lalu.kolom[peran]
    sekarang, sebelumnya = t.angka(b, kini), t.angka(b, dulu)
    p = perubahan(sekarang, sebelumnya)
    q = perubahan(k.benar(b, kini, sekarang), k.benar(b, dulu, sebelumnya))
    tercatat = t.angka(b, kol)

    def rincian(_):
        persen = "tidak terdefinisi" if p.persen is None else tampilkan(p.persen, tercatat)
        return (
            f"tercatat {tampilkan(tercatat)}, sedangkan dari {tampilkan(sebelumnya)} ke "
            f"{tampilkan(sekarang)} perubahannya {persen}% atau selisih "
            f"{format_tepat(p.selisih)}"
        )

    pasangan = [
        (p.persen, q.persen, rentang(lambda a, b: perubahan(a, b).persen, sekarang, sebelumnya)),
        (p.selisih, q.selisih, rentang(lambda a, b: perubahan(a, b).selisih, sekarang, sebelumnya)),
    ]
    sebab = k.sebab(b, kini, dulu)
    return cek_pasangan("R28", lokasi, tercatat, pasangan, sebab, "perubahan", rincian).temuan


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


def _status(t, b, g, lokasi, k):
    """R27 when a row says Tercapai but its realisation misses the target, or the reverse;
    judged from the realisation as printed and as it should be (a consequence when only
    the right one contradicts the status)."""
    if "realisasi" in g.kolom:
        dicapai = _realisasi_kinerja(t, b, g, k)
        sebab = k.sebab(b, g.kolom["realisasi"])
    else:
        kol = g.kolom["capaian"]
        tercetak = t.angka(b, kol)
        dicapai, sebab = (tercetak, k.benar(b, kol, tercetak)), k.sebab(b, kol)
    target = t.angka(b, g.kolom["target"])
    langsung, terkoreksi = (_cek_status(t, b, lokasi, target, n) for n in dicapai)
    return timbang(langsung, terkoreksi, sebab, "status capaian")


def _cek_status(t, b, lokasi, target, nilai):
    """R27 for one value achieved. Lower is better only when the indicator says so
    ("maksimal", "angka kematian" …)."""
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
        f"target {tampilkan(target)}, dicapai {tampilkan(nilai)} ({arah}): "
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


def _jumlah(t, g, k):
    """Parents are the sum of their children (by code, else by the level their names give),
    and total rows the sum of the rows they total; a parent is judged after its children,
    from their corrected values too. A Rata-rata row is no sum (`_ringkasan` checks it)."""
    uang = ("pagu", "target_rp", "realisasi_rp", "sisa")
    kolom = [g.kolom[p] for p in uang if p in g.kolom] + g.triwulan
    if not kolom:
        return []
    sah = [(b, k_.teks) for b, k_ in _kode_sah(t) if not isinstance(k_, KodeError)]
    kode = {b.nomor: teks for b, teks in sah}
    induk_uraian = {} if kode else _induk_uraian(t, g)
    # How deep a row sits: its code's length, else the level its name gives.
    dalam = {b: len(teks) for b, teks in sah} if kode else _tingkat(t, g)
    ringkasan = [b for b in t.baris if b.total]
    hasil = []
    for kol in kolom:
        nilai = {b.nomor: t.angka(b, kol) for b in t.baris}
        isi = [b for b in t.baris if nilai[b.nomor] is not None and not b.total]
        anak = {}
        for b in isi:
            induk = _induk(b, isi, kode) if kode else induk_uraian.get(b)
            # A parent that prints nothing here (a kegiatan's label row) passes its
            # children on to its own parent, as a code's parent is the nearest one printed.
            while induk is not None and nilai[induk.nomor] is None:
                induk = induk_uraian.get(induk)
            anak.setdefault(induk, []).append(b)
        # Deepest parents first: a parent's sum takes its children's corrections.
        for induk in sorted((x for x in anak if x is not None), key=lambda x: -dalam[x]):
            hasil.append(_cek_jumlah(t, induk, kol, nilai, anak[induk], k))
        total = [b for b in ringkasan if b.ringkasan == "jumlah" and nilai[b.nomor] is not None]
        for b in total:
            bagian = anak.get(None, []) if kode or len(total) == 1 else _sejak(t, b, ringkasan, isi)
            hasil.append(_cek_jumlah(t, b, kol, nilai, bagian, k))
    return hasil


def _tingkat(t, g):
    """Each row's level from its name (Program / Kegiatan / Sub Kegiatan), else from an
    outline number in its No column ("4", "4.a", "4.a.1"); a row with money and neither is
    at the level of the row with money above it (a second sub kegiatan listed under one
    "Sub-Kegiatan :" label)."""
    uang = [g.kolom[p] for p in ("pagu", "realisasi_rp") if p in g.kolom]
    nomor = _tingkat_nomor(t)
    tingkat, sebelumnya = {}, None
    for b in t.baris:
        if b.total:
            continue
        berisi = any(t.angka(b, k) is not None for k in uang)
        level = b.tingkat or nomor.get(b) or (sebelumnya if berisi else None)
        if level is not None:
            tingkat[b] = level
        if berisi:
            sebelumnya = level
    return tingkat


def _tingkat_nomor(t):
    """Each row's depth in the outline its No column numbers, when the column is one (some
    numbers have more parts than others: "1", "1.a", "1.a.1"); else nothing."""
    kolom = t.peran("no")
    if kolom is None:
        return {}
    tingkat = {b: n for b in t.baris if (n := tingkat_nomor(t.sel(b, kolom)))}
    return tingkat if len(set(tingkat.values())) > 1 else {}


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


def _persen_induk(t, g, k):
    """A parent printed with a percentage and no money of its own: its % is Σ realisasi ÷
    Σ pagu of the lowest rows with money under it, not the mean of their %."""
    if not {"pagu", "realisasi_rp", "persen"} <= g.kolom.keys() or _kode_sah(t):
        return []
    induk = _induk_uraian(t, g)
    pagu = g.kolom["pagu"]
    hasil = []
    for b in induk:
        if t.angka(b, g.kolom["persen"]) is None or t.angka(b, pagu) is not None:
            continue
        daun = [x for x in _keturunan(b, induk) if t.angka(x, pagu) is not None]
        daun = [x for x in daun if not any(t.angka(y, pagu) for y in _keturunan(x, induk))]
        if daun:
            hasil.append(_cek_persen_induk(t, b, g, daun, k))
    return hasil


def _cek_persen_induk(t, b, g, daun, k):
    """R06 for a parent's % against its leaves' sums, as printed and as they should be (a
    leaf's realisation found wrong against its quarters)."""
    kol = [g.kolom["pagu"], g.kolom["realisasi_rp"]]
    cetak = [jumlah_diketahui(t.angka(x, c) for x in daun) for c in kol]
    benar = [jumlah_diketahui(k.benar(x, c, t.angka(x, c)) for x in daun) for c in kol]
    if not cetak[0] or cetak[1] is None or not benar[0] or benar[1] is None:
        return None
    tercatat = t.angka(b, g.kolom["persen"])
    pagu, realisasi = cetak
    putusan = cek_pasangan(
        "R06",
        _lokasi(t, b, g),
        tercatat,
        [
            (
                serapan(*cetak).persen,
                serapan(*benar).persen,
                rentang(lambda p, r: serapan(p, r).persen, *cetak),
            )
        ],
        k.sebab_dari(daun, kol[0]) or k.sebab_dari(daun, kol[1]),
        "persentase anggaran",
        lambda n: (
            f"tercatat {tampilkan(tercatat)}, Σ realisasi ÷ Σ pagu {len(daun)} rinciannya "
            f"{tampilkan(realisasi)} ÷ {tampilkan(pagu)} = {tampilkan(n, tercatat)}"
        ),
    )
    return k.catat(b, g.kolom["persen"], putusan)


def _keturunan(b, induk):
    hasil = []
    for x in induk:
        atas = induk.get(x)
        while atas is not None and atas is not b:
            atas = induk.get(atas)
        if atas is b:
            hasil.append(x)
    return hasil


def _ringkasan(t, k):
    """Jumlah/Total rows of the columns the budget check leaves out, and Rata-rata rows of
    every column: the sum or the mean of the rows since the previous such row."""
    uang = {"pagu", "realisasi_rp", "sisa", "triwulan"}
    ringkasan = [b for b in t.baris if b.total]
    kode = {b.nomor: k_.teks for b, k_ in _kode_sah(t) if not isinstance(k_, KodeError)}
    hasil = []
    for kol in t.kolom_angka():
        nilai = {b.nomor: t.angka(b, kol) for b in t.baris}
        persen = any("%" in str(t.sel(b, kol)) for b in t.baris)
        jumlah = kol.peran is None or (kol.peran in ("target", "realisasi") and not persen)
        for b in ringkasan:
            # "Jumlah Capaian …" adds up the capaian column it stands under.
            dijumlah = jumlah or (kol.peran == "capaian" and "capaian" in _label_ringkasan(b))
            if nilai[b.nomor] is None or (b.ringkasan == "jumlah" and not dijumlah):
                continue
            if b.ringkasan == "jumlah" and kol.peran in uang:
                continue  # the budget check adds these up, by code when there are codes
            bagian = [x for x in _sejak(t, b, ringkasan, t.baris) if nilai[x.nomor] is not None]
            if kode and b.ringkasan == "jumlah":
                # Rows under a coded parent are in their parent's figure already.
                bagian = [x for x in bagian if _induk(x, bagian, kode) is None]
            hasil.append(_cek_jumlah(t, b, kol, nilai, bagian, k, rata=b.ringkasan == "rata"))
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


def _cek_jumlah(t, b, kol, nilai, bagian, k, rata=False):
    """R08: a figure against the sum of `bagian`, R26 against their mean for a Rata-rata
    row; from their values as printed and as they should be."""
    if not bagian:
        return None
    hitung = _rata if rata else jumlah_diketahui
    tercetak = hitung(nilai[x.nomor] for x in bagian)
    benar = hitung(k.benar(x, kol, nilai[x.nomor]) for x in bagian)
    cetak = [nilai[x.nomor] for x in bagian]
    selang = rentang(lambda *n: hitung(n), *cetak) if None not in cetak else None
    dicatat = nilai[b.nomor]
    apa = "rata-rata" if rata else "jumlah"
    putusan = cek_pasangan(
        "R26" if rata else "R08",
        f"{_lokasi(t, b)}, {kol.label}",
        dicatat,
        [(tercetak, benar, selang)],
        k.sebab_dari(bagian, kol),
        apa,
        lambda n: (
            f"tercatat {tampilkan(dicatat)}, {apa} {len(bagian)} rinciannya {tampilkan(n, dicatat)}"
        ),
    )
    return k.catat(b, kol, putusan)


def _rata(nilai):
    return rata_rata(nilai).nilai


def _beda_antar_tabel(catatan):
    hasil = []
    for (_, tahun, peran), daftar in catatan.items():
        acuan, lokasi_acuan = daftar[0]
        apa = f"{peran} {tahun}" if tahun else peran
        for nilai, lokasi in daftar[1:]:
            hasil.append(cek_antar_sumber(lokasi, apa, nilai, acuan, lokasi_acuan))
    return [t for t in hasil if t]


def _catat_uang(t, tabel, tahun, uang):
    """Every row with money (`UangTercetak`), known by the code or the name its table prints
    once: a code or a name printed twice in one table (R20) does not say which row it is.
    `tabel` tells the document's tables apart."""
    kode = {b: k.teks for b, k in _kode_sah(t) if not isinstance(k, KodeError)}
    daftar = []
    for b in t.baris:
        for g in t.grup:
            pagu, realisasi = (t.angka(b, g.kolom.get(p)) for p in ("pagu", "realisasi_rp"))
            if not b.total and b.nama and (pagu, realisasi) != (None, None):
                daftar.append((b, g, pagu, realisasi))
    kali_kode = Counter((kode.get(b), g.tahun) for b, g, *_ in daftar)
    kali_nama = Counter((seragam(b.nama), g.tahun) for b, g, *_ in daftar)
    for b, g, pagu, realisasi in daftar:
        k, nama = kode.get(b), seragam(b.nama)
        uang.append(
            UangTercetak(
                tabel,
                _lokasi(t, b, g),
                g.tahun or tahun,
                k if kali_kode[(k, g.tahun)] == 1 else None,
                nama if kali_nama[(nama, g.tahun)] == 1 else None,
                pagu,
                realisasi,
            )
        )


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
