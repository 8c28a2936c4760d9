"""Review rules: each has an id, an Indonesian description and a severity. A rule compares
a stated figure with the one computed from its own inputs (by the formulas in this package)
and yields a finding when they differ by more than the rounding of the printed figure. When
an input is itself wrong, the figures computed from it are judged again from the corrected
input and reported as its consequences (R29). Rules know nothing about any particular
document."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .angka import (
    KOSONG,
    MAKS_DESIMAL,
    bulatkan,
    desimal_perlu,
    desimal_tercetak,
    format_angka,
    format_tercetak,
)


class Tingkat(StrEnum):
    GALAT = "galat"  # a figure is wrong
    PERINGATAN = "peringatan"  # something to look at


@dataclass(frozen=True)
class Aturan:
    kode: str
    uraian: str
    tingkat: Tingkat


ATURAN = {
    a.kode: a
    for a in [
        Aturan(
            "R01",
            "Realisasi tercatat berbeda dari hasil rumus atas datanya",
            Tingkat.GALAT,
        ),
        Aturan(
            "R02",
            "Capaian tercatat berbeda dari target dan realisasi yang tercatat",
            Tingkat.GALAT,
        ),
        Aturan("R03", "Predikat tercatat tidak sesuai skala predikat", Tingkat.GALAT),
        Aturan(
            "R04",
            "Target indikator komposit berbeda dari rata-rata komponennya",
            Tingkat.GALAT,
        ),
        Aturan(
            "R05",
            "Target tercatat berbeda dari target rencana tahun itu",
            Tingkat.GALAT,
        ),
        Aturan(
            "R06",
            "Persentase anggaran tercatat berbeda dari realisasi ÷ pagu",
            Tingkat.GALAT,
        ),
        Aturan(
            "R07",
            "Sisa anggaran tercatat berbeda dari pagu − realisasi",
            Tingkat.GALAT,
        ),
        Aturan("R08", "Jumlah tercatat bukan jumlah rinciannya", Tingkat.GALAT),
        Aturan("R09", "Realisasi keuangan melebihi pagu", Tingkat.GALAT),
        Aturan(
            "R10",
            "Realisasi fisik dan keuangan tidak sejalan (fisik 100% tanpa belanja, "
            "atau belanja tanpa kemajuan fisik)",
            Tingkat.PERINGATAN,
        ),
        Aturan("R11", "Sub kegiatan tidak dikaitkan dengan sasaran mana pun", Tingkat.PERINGATAN),
        Aturan("R12", "Satuan bertentangan dengan jenis indikator", Tingkat.PERINGATAN),
        Aturan("R13", "Nilai persentase di luar 0–100", Tingkat.PERINGATAN),
        Aturan("R14", "Skala predikat bercelah atau tumpang tindih", Tingkat.GALAT),
        Aturan(
            "R15",
            "Target Perjanjian Kinerja berbeda dari target Renstra tanpa alasan perubahan",
            Tingkat.GALAT,
        ),
        Aturan(
            "R16",
            "Indikator kinerja utama tidak tercantum dalam Perjanjian Kinerja",
            Tingkat.PERINGATAN,
        ),
        Aturan(
            "R17",
            "Tingkat kemajuan tercatat berbeda dari realisasi terhadap target akhir",
            Tingkat.GALAT,
        ),
        Aturan("R18", "Nilai kumulatif menurun dari periode sebelumnya", Tingkat.GALAT),
        Aturan("R19", "Kode program/kegiatan/sub kegiatan tidak sah", Tingkat.GALAT),
        Aturan("R20", "Kode yang sama dipakai lebih dari sekali", Tingkat.GALAT),
        Aturan("R21", "Kode tidak memperpanjang kode induknya", Tingkat.GALAT),
        Aturan(
            "R22",
            "Indikator, program, kegiatan atau sub kegiatan yang sama bernilai berbeda antar tabel",
            Tingkat.GALAT,
        ),
        Aturan(
            "R23",
            "Pejabat yang sama ditulis dengan nama atau NIP berbeda",
            Tingkat.PERINGATAN,
        ),
        Aturan(
            "R24",
            "Tingkat efisiensi tercatat berbeda dari capaian kinerja dan capaian anggaran",
            Tingkat.GALAT,
        ),
        Aturan(
            "R25",
            "Indikator yang sama tercetak dengan nama berbeda",
            Tingkat.PERINGATAN,
        ),
        Aturan("R26", "Rata-rata tercatat bukan rata-rata rinciannya", Tingkat.GALAT),
        Aturan(
            "R27",
            "Status capaian (Tercapai / Belum Tercapai) tidak sesuai target dan realisasi",
            Tingkat.GALAT,
        ),
        Aturan(
            "R28",
            "Perubahan tercatat berbeda dari nilai tahun ini dibanding tahun sebelumnya",
            Tingkat.GALAT,
        ),
        Aturan("R29", "Angka tercatat dihitung dari angka yang salah", Tingkat.GALAT),
        Aturan(
            "R30", "Angka dalam uraian berbeda dari tabel yang diuraikannya", Tingkat.PERINGATAN
        ),
    ]
}


@dataclass(frozen=True)
class Temuan:
    aturan: str
    tingkat: Tingkat
    lokasi: str
    tercatat: object  # a printed figure keeps the digits it was printed with
    seharusnya: object
    pesan: str
    # The finding this one follows from, as (rule, location): a consequence (R29) names
    # the wrong figure it was computed from.
    sebab: tuple[str, str] | None = None

    @property
    def teks_tercatat(self):
        return tampilkan(self.tercatat)

    @property
    def teks_seharusnya(self):
        return tampilkan(self.seharusnya, self.tercatat)


def tampilkan(nilai, tercatat=None):
    """A finding's value for display: a text (a predikat, a code, a name) as it is; a
    printed figure with its printed digits ("93,6", "70"); a computed one (given the figure
    it is compared with) with as many decimals as that figure, and at least the two the
    review works to when it has them ("50,84" for "51,00", "70,21" for "70")."""
    if nilai is None or nilai == "":
        return KOSONG
    if isinstance(nilai, str):
        return nilai
    if tercatat is None:
        n = Decimal(nilai)
        # More decimals than anyone prints or types: computed, shown at the review's two.
        return format_tercetak(n) if desimal_tercetak(n) <= MAKS_DESIMAL else format_angka(n)
    desimal = desimal_tercetak(tercatat) if isinstance(tercatat, Decimal | int) else 0
    return format_angka(Decimal(nilai), max(desimal, desimal_perlu(Decimal(nilai), 2)))


def temuan(kode, lokasi, tercatat, seharusnya, rincian=""):
    a = ATURAN[kode]
    pesan = a.uraian + (f": {rincian}" if rincian else "")
    return Temuan(kode, a.tingkat, lokasi, tercatat, seharusnya, pesan)


def setengah_satuan(tercetak):
    """How far a printed figure may be from the exact value and still be right: half a unit
    of its last printed decimal (0,05 for "93,6", 0,5 for "94", 0,005 for "93,60")."""
    return Decimal(5).scaleb(Decimal(tercetak).as_tuple().exponent - 1)


def sesuai(tercatat, seharusnya, acuan=None):
    """Whether a printed figure is a right rounding of the exact value; `acuan`, another
    printed figure it stands for, when the exact value is known only to its print."""
    toleransi = max(setengah_satuan(tercatat), setengah_satuan(acuan) if acuan is not None else 0)
    return abs(Decimal(tercatat) - seharusnya) <= toleransi


def lebar_cetak(masukan):
    """How far a printed input may be from the value it was printed from: half a unit of
    its last printed decimal; nothing for a whole number (a count, rupiah: exact data)."""
    return setengah_satuan(masukan) if Decimal(masukan).as_tuple().exponent < 0 else Decimal(0)


@dataclass(frozen=True)
class Rentang:
    """The values a figure computed from printed inputs may take, each input anywhere
    within its `lebar_cetak` (interval arithmetic)."""

    bawah: Decimal
    atas: Decimal

    def memuat(self, tercatat):
        """Whether a printed figure is a right rounding of a value in the range."""
        h = setengah_satuan(tercatat)
        return self.bawah - h <= Decimal(tercatat) <= self.atas + h


def rentang(f: Callable[..., Decimal | None], *masukan: Decimal | Rentang | None):
    """The `Rentang` of `f` over its inputs: a printed Decimal within its `lebar_cetak`, a
    `Rentang` (a figure computed from printed ones) within its bounds. The review's formulas
    (ratios, differences, sums, means) are monotone in each input over such a narrow box,
    so each input's direction is probed from the box's centre and the bounds are `f` at the
    two corners that follow them. None when an input is missing or `f` is undefined there
    (a denominator reaching 0)."""
    if any(x is None for x in masukan):
        return None
    ujung = [
        (x.bawah, x.atas) if isinstance(x, Rentang) else (x - lebar_cetak(x), x + lebar_cetak(x))
        for x in masukan
    ]
    tengah = [(a + b) / 2 for a, b in ujung]

    def nilai(titik):
        try:
            return f(*titik)
        except (ArithmeticError, ValueError):
            return None

    rendah, tinggi = [], []
    for i, (a, b) in enumerate(ujung):
        fa, fb = (nilai([*tengah[:i], u, *tengah[i + 1 :]]) for u in (a, b))
        if fa is None or fb is None:
            return None
        rendah.append(a if fa <= fb else b)
        tinggi.append(b if fa <= fb else a)
    bawah, atas = nilai(rendah), nilai(tinggi)
    if bawah is None or atas is None:
        return None
    return Rentang(min(bawah, atas), max(bawah, atas))


def seperti_dicetak(nilai):
    """A figure stored from a printed document, whose printed digits were not kept (the
    database pads them to 12 decimals, or drops the zeros): as printed with its own
    decimals but at least two, the way documents print percentages. A "70" stored from
    "70%" is then judged as 70,00: the stored review cannot tell."""
    if nilai is None:
        return None
    return bulatkan(nilai, max(2, desimal_perlu(nilai)))  # exact: it has no more decimals


def cek_angka(kode, lokasi, tercatat, seharusnya, rincian=""):
    """A finding when a stated number is not a right rounding of the computed one
    (`sesuai`); nothing when either is missing."""
    if tercatat is None or seharusnya is None:
        return None
    if sesuai(tercatat, seharusnya):
        return None
    teks = rincian or (
        f"tercatat {tampilkan(tercatat)}, seharusnya {tampilkan(seharusnya, tercatat)}"
    )
    return temuan(kode, lokasi, tercatat, seharusnya, teks)


def akibat(terkoreksi, sebab, apa):
    """R29: the figure `terkoreksi` found wrong once recomputed from the corrected input,
    though it follows from the printed one; `sebab` is the finding on that input."""
    return Temuan(
        "R29",
        ATURAN["R29"].tingkat,
        terkoreksi.lokasi,
        terkoreksi.tercatat,
        terkoreksi.seharusnya,
        f"{ATURAN['R29'].uraian}: {apa} tercatat {terkoreksi.teks_tercatat}, dengan angka "
        f"yang benar seharusnya {terkoreksi.teks_seharusnya} (akibat dari {sebab.aturan} "
        f"di {sebab.lokasi})",
        (sebab.aturan, sebab.lokasi),
    )


def timbang(langsung, terkoreksi, sebab, apa):
    """The finding on a figure judged twice: from its inputs as printed (`langsung`) and
    from its inputs as they should be (`terkoreksi`, the same judgement when no input was
    corrected). Right when it fits the corrected inputs; when it fits only the printed ones
    it is a consequence of `sebab`, the finding on a wrong input (R29), or right when no
    input was found wrong (a print within rounding of its data); otherwise the direct
    finding."""
    if terkoreksi is None:
        return None
    if langsung is None:
        return akibat(terkoreksi, sebab, apa) if sebab is not None else None
    return langsung


# (from the inputs as printed, from the inputs as they should be[, range of the printed])
Pasangan = (
    tuple[Decimal | None, Decimal | None] | tuple[Decimal | None, Decimal | None, Rentang | None]
)


@dataclass(frozen=True)
class Putusan:
    """A check's finding, and the value the figure should have when it is wrong (for the
    figures computed from it), or None when unknown."""

    temuan: Temuan | None
    koreksi: Decimal | None


def cek_pasangan(
    kode: str,
    lokasi: str,
    tercatat: Decimal | None,
    pasangan: Iterable[Pasangan],
    sebab: Temuan | None,
    apa: str,
    rincian: Callable[[Decimal], str] | None = None,
) -> Putusan:
    """A computed figure against its candidate computations, each a pair (from the inputs
    as printed, from the inputs as they should be; the same when no input is wrong) and
    maybe the `Rentang` the printed inputs reach (a figure within it follows them), judged
    as `timbang` judges. The correction is the right value of the candidate the figure
    follows from, or of the one candidate there is; None when it fits none of several (a
    polarity the document does not state). `rincian` words a direct finding from the
    value computed from the printed inputs."""
    calon = [(p[0], p[1], p[2] if len(p) > 2 else None) for p in pasangan if p[1] is not None]
    if tercatat is None or not calon or any(sesuai(tercatat, b) for _, b, _r in calon):
        return Putusan(None, None)
    diikuti = [
        b
        for c, b, r in calon
        if (c is not None and sesuai(tercatat, c)) or (r is not None and r.memuat(tercatat))
    ]
    if diikuti:
        if sebab is None:  # inputs printed within rounding of their data: right
            return Putusan(None, None)
        return Putusan(
            akibat(cek_angka(kode, lokasi, tercatat, diikuti[0]), sebab, apa), diikuti[0]
        )
    benar = [b for _, b, _r in calon]
    cetak = [c for c, _, _r in calon if c is not None] or benar
    teks = rincian(cetak[0]) if rincian else ""
    return Putusan(
        cek_angka(kode, lokasi, tercatat, cetak[0], teks),
        benar[0] if len(set(benar)) == 1 else None,
    )


def cek_antar_sumber(lokasi, apa, nilai, acuan, lokasi_acuan):
    """R22: `apa` ("target", "realisasi 2024") printed as `nilai` at `lokasi`, but as
    `acuan` at `lokasi_acuan` earlier in the document: different beyond the rounding of
    either print ("70" and "70,20" agree, "70,00" and "70,20" do not)."""
    if nilai is None or acuan is None or sesuai(nilai, acuan, acuan):
        return None
    return temuan(
        "R22",
        lokasi,
        nilai,
        acuan,
        f"{apa} tercatat {tampilkan(nilai)}, sedangkan di {lokasi_acuan} {tampilkan(acuan)}",
    )


@dataclass(frozen=True)
class UangTercetak:
    """A programme's, kegiatan's or sub kegiatan's money as one source prints it."""

    sumber: object  # which table or document: prints in one source are never compared
    lokasi: str
    tahun: int | None
    kode: str | None  # its budget code, when the source prints that code for one row only
    nama: str | None  # its name as words (`seragam`), when the source prints it once
    pagu: Decimal | None
    realisasi: Decimal | None


def beda_uang(daftar: list[UangTercetak]) -> list[Temuan]:
    """R22: a programme, kegiatan or sub kegiatan printed with another pagu or realisation
    than the first source (in `daftar`'s order) that prints it for that year. Rows are the
    same by code, else by name (two codes say two rows). Rows printed with both figures
    must agree on one of them: when both differ they are taken for two rows (a
    programme's share of its money under one sasaran), not for one row printed wrong."""
    hasil = []
    for i, c in enumerate(daftar):
        a = next((a for a in daftar[:i] if _sepadan(a, c)), None)
        if a is None:
            continue
        tahun = f" {c.tahun}" if c.tahun else ""
        pasangan = [
            (apa, x, y)
            for apa, x, y in (("pagu", c.pagu, a.pagu), ("realisasi", c.realisasi, a.realisasi))
            if x is not None and y is not None
        ]
        beda = [cek_antar_sumber(c.lokasi, apa + tahun, x, y, a.lokasi) for apa, x, y in pasangan]
        if len(beda) < 2 or None in beda:
            hasil += [t for t in beda if t]
    return hasil


def _sepadan(a, b):
    """Two prints of one row's money: in two sources, of the same year, with the same code,
    or the same name when one of them has no code."""
    if a.sumber == b.sumber or a.tahun != b.tahun:
        return False
    if a.kode and b.kode:
        return a.kode == b.kode
    return a.nama is not None and a.nama == b.nama


def satuan_indeks_persen(lokasi, satuan):
    """R12: an index stated in percent."""
    return temuan("R12", lokasi, satuan, "indeks", "indeks dinyatakan dalam persen")


def satuan_persentase_lain(lokasi, satuan):
    """R12: a percentage stated in another unit."""
    return temuan("R12", lokasi, satuan, "%", "persentase dengan satuan lain")


def seragam(teks):
    """Text compared as words only: case, spacing and punctuation do not count
    ("Melebihi/Melampaui" = "melebihi / melampaui")."""
    return " ".join(re.findall(r"\w+", str(teks).lower()))


def cek_predikat(lokasi, capaian, tercatat, skala):
    return cek_predikat_pita(lokasi, capaian, tercatat, skala.pita, skala.nama)


def cek_predikat_pita(lokasi, capaian, tercatat, pita, nama_skala):
    """A finding when the stated predikat is not the label of a band holding the capaian.
    The bands may be a document's own, overlapping scale: any band holding it will do."""
    if not tercatat or capaian is None:
        return None
    boleh = [p.label for p in pita if p.memuat(capaian)]
    if any(seragam(b) == seragam(tercatat) for b in boleh):
        return None
    seharusnya = " / ".join(boleh) or None
    return temuan(
        "R03",
        lokasi,
        tercatat,
        seharusnya,
        f"capaian {tampilkan(capaian)}% pada skala '{nama_skala}' berpredikat "
        f"'{seharusnya or 'di luar skala'}', tercatat '{tercatat}'",
    )


_PANGKAT = re.compile(
    r"\b(pembina|penata|pengatur|juru|kepala|inspektur|sekretaris|walikota|bupati|gubernur)\b.*",
    re.IGNORECASE,
)


def nama_pokok(teks):
    """An official's name without rank, position and academic titles, for comparing how
    documents print it: "H. KAMLAN, S.H., M.M." -> "KAMLAN"."""
    teks = _PANGKAT.sub("", teks).split(",")[0]
    return " ".join(k for k in teks.split() if "." not in k and any(c.isalpha() for c in k)).upper()


def nip_angka(teks):
    return re.sub(r"\D", "", teks or "")


def cek_pejabat(lokasi, nama, nip, nama_tercetak, nip_tercetak):
    """A finding when a document prints an official's name or NIP otherwise."""
    beda = []
    if nama_pokok(nama_tercetak) != nama_pokok(nama):
        beda.append(f"nama tercetak '{nama_tercetak}', seharusnya '{nama}'")
    if nip_tercetak and nip_angka(nip_tercetak) != nip_angka(nip):
        beda.append(f"NIP tercetak '{nip_tercetak}', seharusnya '{nip}'")
    if not beda:
        return None
    return temuan("R23", lokasi, nama_tercetak, nama, "; ".join(beda))


def _kunci(t: Temuan) -> tuple[str, str]:
    return (t.aturan, t.lokasi)


def akibat_dari(
    daftar: Iterable[Temuan], sebab: Iterable[tuple[str, str]]
) -> list[tuple[Temuan, Temuan]]:
    """The consequences in `daftar` of the findings `sebab` (as (rule, location)), and of
    their consequences in turn: (consequence, the finding it follows from), each once, a
    cause before its consequences. Accepting a wrong input accepts what was computed from
    it."""
    semua = list(daftar)
    per_kunci = {_kunci(t): t for t in semua}
    awal = list(dict.fromkeys(sebab))
    hasil, dilihat = [], set(awal)
    antre = [per_kunci[k] for k in awal if k in per_kunci]
    while antre:
        induk = antre.pop(0)
        for t in semua:
            if t.sebab == _kunci(induk) and _kunci(t) not in dilihat:
                dilihat.add(_kunci(t))
                hasil.append((t, induk))
                antre.append(t)
    return hasil


def urut_sebab(daftar: Iterable[Temuan]) -> list[Temuan]:
    """`daftar` with every consequence moved right after the finding it follows from (and
    its own consequences after it); a consequence whose cause is not listed keeps its
    place."""
    semua = list(daftar)
    ada = {_kunci(t) for t in semua}
    hasil: list[Temuan] = []
    for t in semua:
        if t.sebab is None or t.sebab not in ada:
            hasil += [t, *(a for a, _ in akibat_dari(semua, [_kunci(t)]))]
    # A cycle of causes (never built by the rules) would leave findings out: keep them.
    return hasil + [t for t in semua if t not in hasil]
