"""Budget (anggaran): Permendagri 90/2019 codes and the money formulas, each written once.

Codes: urusan ``2`` · bidang ``2.07`` · program ``2.07.01`` · kegiatan ``2.07.01.2.02`` (a level
digit 1–2 and a 2-digit number: two segments together) · sub kegiatan ``2.07.01.2.02.01`` (2
digits) or ``2.07.01.2.02.0001`` (4 digits, Kepmendagri 900.1.15.5-1317/2023). Digits only.

Money: only sub kegiatan carry figures; every parent is the sum of its children
(``jumlahkan``), never a printed total, because documents print totals that do not add up.
Serapan (absorption) is a capaian with positive polarity (target = pagu), so its percentage
comes from ``hitung_capaian``. Undefined cases follow capaian.py: ``None`` plus a catatan.

Financial realisation is entered per month or per run of months (``bulan_awal``,
``bulan_akhir``, ``nilai``); a run that crosses a quarter boundary makes those quarters
unknown, since the document does not say how the amount splits.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

from sakip.kinerja.angka import format_rupiah, konteks
from sakip.kinerja.capaian import NOL, SERATUS, Hasil, Polaritas, _gabung, hitung_capaian

# --- codes -----------------------------------------------------------------------------------


class Tingkat(IntEnum):
    URUSAN = 1
    BIDANG = 2
    PROGRAM = 3
    KEGIATAN = 4
    SUB_KEGIATAN = 5

    @property
    def label(self) -> str:
        return _LABEL[self]


_LABEL = {
    Tingkat.URUSAN: "urusan",
    Tingkat.BIDANG: "bidang urusan",
    Tingkat.PROGRAM: "program",
    Tingkat.KEGIATAN: "kegiatan",
    Tingkat.SUB_KEGIATAN: "sub kegiatan",
}

# Digit widths per segment; the last one is 2 (older form) or 4 (2023 form).
_LEBAR = (1, 2, 2, 1, 2)
_LEBAR_SUB = (2, 4)
# Segment count -> level. Four segments is a kegiatan cut in half, never a level of its own.
_TINGKAT_MENURUT_SEGMEN = {
    1: Tingkat.URUSAN,
    2: Tingkat.BIDANG,
    3: Tingkat.PROGRAM,
    5: Tingkat.KEGIATAN,
    6: Tingkat.SUB_KEGIATAN,
}
_LEVEL_KEGIATAN = ("1", "2")
_DIGIT = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() would accept "²" or "٣"


class KodeError(ValueError):
    """A code that is not a Permendagri 90/2019 code; the message says what is wrong."""

    def __init__(self, kode: str, alasan: str):
        self.kode = kode
        self.alasan = alasan
        super().__init__(f"Kode '{kode}' tidak valid: {alasan}")


@dataclass(frozen=True)
class Kode:
    """A parsed code; build it with ``parse_kode`` so ``teks`` and ``tingkat`` agree."""

    teks: str  # normalised: no spaces
    tingkat: Tingkat

    @property
    def segmen(self) -> tuple[str, ...]:
        return tuple(self.teks.split("."))

    @property
    def induk(self) -> "Kode | None":
        """The parent; a kegiatan's parent is the program (its two segments go together)."""
        if self.tingkat is Tingkat.URUSAN:
            return None
        buang = 2 if self.tingkat is Tingkat.KEGIATAN else 1
        return Kode(".".join(self.segmen[:-buang]), Tingkat(self.tingkat - 1))

    @property
    def format_baru(self) -> bool:
        """A sub kegiatan numbered with 4 digits (Kepmendagri 900.1.15.5-1317/2023)."""
        return self.tingkat is Tingkat.SUB_KEGIATAN and len(self.segmen[-1]) == 4

    def __str__(self) -> str:
        return self.teks


def parse_kode(teks: str) -> Kode:
    """Parse and normalise a code (spaces around segments are dropped); KodeError otherwise."""
    if not isinstance(teks, str):
        raise KodeError(str(teks), "kode harus berupa teks")
    segmen = [s.strip() for s in teks.strip().split(".")]
    bersih = ".".join(segmen)
    if not bersih:
        raise KodeError(bersih, "kode kosong")
    if len(segmen) > len(_LEBAR) + 1:
        raise KodeError(bersih, "tidak boleh ada segmen setelah sub kegiatan (paling banyak 6)")
    for ke, isi in enumerate(segmen, start=1):
        if not isi:
            raise KodeError(bersih, f"segmen ke-{ke} kosong")
        if not _DIGIT.fullmatch(isi):
            raise KodeError(bersih, f"segmen ke-{ke} harus berupa angka")
        if ke <= len(_LEBAR):
            if len(isi) != _LEBAR[ke - 1]:
                raise KodeError(bersih, f"segmen ke-{ke} harus {_LEBAR[ke - 1]} digit")
        elif len(isi) not in _LEBAR_SUB:
            raise KodeError(bersih, f"segmen ke-{ke} (sub kegiatan) harus 2 atau 4 digit")
    if len(segmen) >= 4 and segmen[3] not in _LEVEL_KEGIATAN:
        raise KodeError(bersih, "segmen ke-4 (level kegiatan) harus 1 atau 2")
    if len(segmen) == 4:
        raise KodeError(
            bersih, "kode kegiatan belum lengkap: setelah digit level harus ada nomor 2 digit"
        )
    return Kode(bersih, _TINGKAT_MENURUT_SEGMEN[len(segmen)])


def salah_letak(kode: Kode, tingkat: int, induk: str | None) -> str | None:
    """Why `kode` cannot stand at `tingkat` under the code `induk` (None: no parent given),
    or None when it can: a code extends its parent's code."""
    if kode.tingkat != tingkat:
        return f"'{kode}' bukan kode {Tingkat(tingkat).label}"
    if induk is not None and str(kode.induk) != induk:
        return f"'{kode}' tidak berada di bawah '{induk}'"
    return None


def urusan_dan_bidang(kode: Kode) -> tuple[Kode, Kode]:
    """The urusan and bidang urusan a program, kegiatan or sub kegiatan falls under: the first
    one and two segments of its code (``2.07.01`` → ``2``, ``2.07``)."""
    if kode.tingkat < Tingkat.PROGRAM:
        raise KodeError(kode.teks, "kode urusan atau bidang tidak berada di bawah urusan lain")
    return parse_kode(kode.segmen[0]), parse_kode(".".join(kode.segmen[:2]))


_BILANGAN = {2: "dua", 3: "tiga", 4: "empat", 5: "lima"}


def _daftar_nama(nama: list[str]) -> str:
    dikutip = [f"'{n}'" for n in nama]
    return f"{', '.join(dikutip[:-1])} dan {dikutip[-1]}"


def _di(tempat: str) -> str:
    return f"{tempat}: " if tempat else ""


def periksa_kode(daftar: Iterable[tuple[str, ...]]) -> list[str]:
    """Every problem in the (kode, nama[, tempat]) list of one OPD and year, as Indonesian
    messages; `tempat` (e.g. "Sheet 'Nomenklatur', baris 7, kolom A") prefixes the message.

    Reports malformed codes, duplicates, orphans (a kegiatan without its program, a sub
    kegiatan without its kegiatan; urusan and bidang need not be listed) and a list that mixes
    2- and 4-digit sub kegiatan numbers.
    """
    masalah: list[str] = []
    per_kode: dict[Kode, list[tuple[str, str]]] = {}
    for teks, nama, *lokasi in daftar:
        tempat = lokasi[0] if lokasi else ""
        try:
            kode = parse_kode(teks)
        except KodeError as e:
            masalah.append(f"{_di(tempat)}Kode '{e.kode}' ('{nama}') tidak valid: {e.alasan}")
            continue
        per_kode.setdefault(kode, []).append((nama, tempat))
    nama_per_kode = {k: [n for n, _ in v] for k, v in per_kode.items()}

    for kode, entri in per_kode.items():
        if len(entri) > 1:
            kali = _BILANGAN.get(len(entri), str(len(entri)))
            tempat = "; ".join(t for _, t in entri if t)
            masalah.append(
                f"Kode {kode} dipakai {kali} kali: {_daftar_nama([n for n, _ in entri])}"
                + (f" ({tempat})" if tempat else "")
            )

    ada = {k.teks for k in per_kode}
    for kode, entri in per_kode.items():
        induk = kode.induk
        if kode.tingkat >= Tingkat.KEGIATAN and induk is not None and induk.teks not in ada:
            masalah.append(
                f"{_di(entri[0][1])}{kode.tingkat.label.capitalize()} {kode} ('{entri[0][0]}') "
                f"tidak memiliki induk: {induk.tingkat.label} {induk} tidak ada dalam daftar"
            )

    sub = [k for k in nama_per_kode if k.tingkat is Tingkat.SUB_KEGIATAN]
    lama = next((k for k in sub if not k.format_baru), None)
    baru = next((k for k in sub if k.format_baru), None)
    if lama is not None and baru is not None:
        masalah.append(
            f"Daftar mencampur kode sub kegiatan 2 digit (mis. {lama}) dan 4 digit "
            f"(mis. {baru}); gunakan satu format untuk satu daftar"
        )
    return masalah


# --- money -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Serapan:
    """Budget absorption of one node (sub kegiatan, or a parent via ``jumlahkan``)."""

    pagu: Decimal
    realisasi: Decimal
    sisa: Decimal  # pagu − realisasi; negative when spending exceeded the budget
    persen: Decimal | None  # realisasi / pagu × 100, full precision
    catatan: str | None


def _periksa_uang(**nilai: Decimal) -> None:
    for nama, x in nilai.items():
        if not isinstance(x, Decimal) or not x.is_finite():
            raise ValueError(f"{nama.capitalize()} bukan angka yang valid: {x!r}")


def serapan(pagu: Decimal, realisasi: Decimal) -> Serapan:
    """Absorption; the percentage is hitung_capaian(pagu, realisasi, POSITIF) with its catatan."""
    _periksa_uang(pagu=pagu, realisasi=realisasi)
    capaian = hitung_capaian(pagu, realisasi, Polaritas.POSITIF)
    with konteks():
        sisa = pagu - realisasi
    lebih = sisa < 0 and f"Realisasi melebihi pagu sebesar {format_rupiah(-sisa)}"
    return Serapan(pagu, realisasi, sisa, capaian.nilai, _gabung(capaian.catatan, lebih))


def jumlahkan(anak: Iterable[Serapan]) -> Serapan:
    """A parent node: sum the children's pagu and realisasi, then serapan() of the sums."""
    semua = list(anak)
    with konteks():
        pagu = sum((a.pagu for a in semua), NOL)
        realisasi = sum((a.realisasi for a in semua), NOL)
    return serapan(pagu, realisasi)


def efisiensi(capaian_kinerja: Decimal | None, capaian_anggaran: Decimal | None) -> Hasil:
    """(capaian kinerja − capaian anggaran) / capaian kinerja × 100 (LKjIP Tebing Tinggi 2022,
    Tabel 13). Positive: performance outran spending.

    A negative capaian kinerja gives None: the sign of the result would flip and read as good.
    """
    if capaian_kinerja is None or capaian_anggaran is None:
        return Hasil(
            None,
            _gabung(
                capaian_kinerja is None and "Capaian kinerja belum tersedia",
                capaian_anggaran is None and "Capaian anggaran belum tersedia",
            ),
        )
    if not (capaian_kinerja.is_finite() and capaian_anggaran.is_finite()):
        return Hasil(None, "Capaian kinerja atau anggaran bukan angka yang valid")
    if capaian_kinerja == 0:
        return Hasil(None, "Capaian kinerja nol: efisiensi tidak terdefinisi")
    if capaian_kinerja < 0:
        return Hasil(None, "Capaian kinerja negatif: efisiensi tidak dapat dihitung")
    try:
        with konteks():
            nilai = (capaian_kinerja - capaian_anggaran) / capaian_kinerja * SERATUS
    except ArithmeticError:  # exponent overflow on absurdly large inputs
        return Hasil(None, "Nilai terlalu besar atau terlalu kecil untuk dihitung")
    return Hasil(nilai, None)


def indeks_efisiensi(capaian_kinerja: Decimal | None, capaian_anggaran: Decimal | None) -> Hasil:
    """Capaian kinerja ÷ capaian anggaran (the "Indeks Efisiensi" some agencies print, e.g. BPOM
    units: % capaian output ÷ % capaian input); 1 or more means the output kept pace with the
    spending. A zero or negative capaian anggaran gives None."""
    if capaian_kinerja is None or capaian_anggaran is None:
        return Hasil(None, "Capaian kinerja atau anggaran belum tersedia")
    if not (capaian_kinerja.is_finite() and capaian_anggaran.is_finite()):
        return Hasil(None, "Capaian kinerja atau anggaran bukan angka yang valid")
    if capaian_anggaran <= 0:
        return Hasil(None, "Capaian anggaran nol atau negatif: indeks efisiensi tidak terdefinisi")
    with konteks():
        return Hasil(capaian_kinerja / capaian_anggaran, None)


STANDAR_EFISIENSI = Decimal(1)


def tingkat_efisiensi_indeks(indeks: Decimal, standar: Decimal = STANDAR_EFISIENSI) -> Decimal:
    """Indeks efisiensi − standar efisiensi (SE, 1): the "Tingkat Efisiensi" printed beside an
    indeks efisiensi; positive means efficient."""
    return indeks - standar


def _triwulan(bulan: int) -> int:
    return (bulan - 1) // 3 + 1


def _periksa_entri(entri: Iterable[tuple[int, int, Decimal]]) -> list[tuple[int, int, Decimal]]:
    semua = list(entri)
    for awal, akhir, nilai in semua:
        bulan_sah = all(isinstance(b, int) and not isinstance(b, bool) for b in (awal, akhir))
        if not bulan_sah or not 1 <= awal <= akhir <= 12:
            raise ValueError(
                f"Rentang bulan tidak valid: {awal!r}–{akhir!r} "
                "(harus 1 ≤ bulan awal ≤ bulan akhir ≤ 12)"
            )
        _periksa_uang(nilai=nilai)
    return semua


def realisasi_per_triwulan(entri: Iterable[tuple[int, int, Decimal]]) -> dict[int, Decimal | None]:
    """Quarters 1..4: the sum of entries wholly inside; None where an entry crosses the quarter
    boundary (the split is unknown); 0 where there are no entries. Invalid months: ValueError."""
    jumlah = dict.fromkeys(range(1, 5), NOL)
    tak_diketahui: set[int] = set()
    with konteks():
        for awal, akhir, nilai in _periksa_entri(entri):
            tw_awal, tw_akhir = _triwulan(awal), _triwulan(akhir)
            if tw_awal == tw_akhir:
                jumlah[tw_awal] += nilai
            else:
                tak_diketahui.update(range(tw_awal, tw_akhir + 1))
    return {tw: None if tw in tak_diketahui else x for tw, x in jumlah.items()}


def jumlah_diketahui(nilai: Iterable[Decimal | None]) -> Decimal | None:
    """Sum of parts, or None when any part is unknown (a total must not hide a gap)."""
    semua = list(nilai)
    diketahui = [x for x in semua if x is not None]
    if len(diketahui) != len(semua):
        return None
    with konteks():
        return sum(diketahui, NOL)


def realisasi_tahunan(entri: Iterable[tuple[int, int, Decimal]]) -> Decimal:
    """The year's realisation: every entry counts, however it is split across months."""
    semua = _periksa_entri(entri)
    with konteks():
        return sum((nilai for _, _, nilai in semua), NOL)


def realisasi_sampai(entri: Iterable[tuple[int, int, Decimal]], bulan: int) -> Decimal | None:
    """Realisation up to and including `bulan` (0 gives 0): the RFK's "s.d. triwulan lalu".
    None when an entry straddles that month, since its split is unknown."""
    total = NOL
    with konteks():
        for awal, akhir, nilai in _periksa_entri(entri):
            if awal <= bulan < akhir:
                return None
            if akhir <= bulan:
                total += nilai
    return total


def bobot(pagu: Decimal, total: Decimal) -> Decimal | None:
    """A line's weight in the RFK: its share of the OPD's total budget, pagu / total × 100,
    full precision. None when the OPD has no budget (total 0): there is nothing to share."""
    _periksa_uang(pagu=pagu, total=total)
    if total == 0:
        return None
    with konteks():
        return pagu / total * SERATUS


def fisik_tertimbang(
    sub_kegiatan: Iterable[tuple[Decimal, Decimal | None]], total: Decimal
) -> Decimal | None:
    """Physical progress weighted by budget, Σ bobot × fisik / 100 = Σ pagu × fisik / total,
    over (pagu, fisik %) of sub kegiatan; `total` is the OPD's total budget, so the figures of
    a program add up to its share of the OPD's progress and all sub kegiatan to the OPD's.
    None when the total is 0 or a fisik is unknown (a sum must not hide a gap)."""
    semua = list(sub_kegiatan)
    _periksa_uang(total=total)
    for pagu, _ in semua:
        _periksa_uang(pagu=pagu)
    diketahui = [(p, f) for p, f in semua if f is not None]
    if total == 0 or len(diketahui) < len(semua):
        return None
    with konteks():
        return sum((p * f for p, f in diketahui), NOL) / total
