"""Review rules: each has an id, an Indonesian description, a severity and a rounding
tolerance. A rule compares a stated figure with the one computed from its own inputs (by
the formulas in this package) and yields a finding when they differ. Rules know nothing
about any particular document."""

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .angka import KOSONG, format_angka


class Tingkat(StrEnum):
    GALAT = "galat"  # a figure is wrong
    PERINGATAN = "peringatan"  # something to look at


@dataclass(frozen=True)
class Aturan:
    kode: str
    uraian: str
    tingkat: Tingkat
    toleransi: Decimal = Decimal(0)


# Figures printed with two decimals are right when within half a unit of the last digit.
SETENGAH_SEN = Decimal("0.005")

ATURAN = {
    a.kode: a
    for a in [
        Aturan(
            "R01",
            "Realisasi tercatat berbeda dari hasil rumus atas datanya",
            Tingkat.GALAT,
            SETENGAH_SEN,
        ),
        Aturan(
            "R02",
            "Capaian tercatat berbeda dari target dan realisasi yang tercatat",
            Tingkat.GALAT,
            SETENGAH_SEN,
        ),
        Aturan("R03", "Predikat tercatat tidak sesuai skala predikat", Tingkat.GALAT),
        Aturan(
            "R04",
            "Target indikator komposit berbeda dari rata-rata komponennya",
            Tingkat.GALAT,
            SETENGAH_SEN,
        ),
        Aturan(
            "R05",
            "Target tercatat berbeda dari target rencana tahun itu",
            Tingkat.GALAT,
            SETENGAH_SEN,
        ),
        Aturan(
            "R06",
            "Persentase anggaran tercatat berbeda dari realisasi ÷ pagu",
            Tingkat.GALAT,
            SETENGAH_SEN,
        ),
        Aturan(
            "R07",
            "Sisa anggaran tercatat berbeda dari pagu − realisasi",
            Tingkat.GALAT,
            Decimal("0.5"),
        ),
        Aturan("R08", "Jumlah tercatat bukan jumlah rinciannya", Tingkat.GALAT, Decimal("0.5")),
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
            SETENGAH_SEN,
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
            SETENGAH_SEN,
        ),
        Aturan("R18", "Nilai kumulatif menurun dari periode sebelumnya", Tingkat.GALAT),
        Aturan("R19", "Kode program/kegiatan/sub kegiatan tidak sah", Tingkat.GALAT),
        Aturan("R20", "Kode yang sama dipakai lebih dari sekali", Tingkat.GALAT),
        Aturan("R21", "Kode tidak memperpanjang kode induknya", Tingkat.GALAT),
        Aturan(
            "R22",
            "Indikator yang sama bernilai berbeda antar tabel",
            Tingkat.GALAT,
            SETENGAH_SEN,
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
            SETENGAH_SEN,
        ),
        Aturan(
            "R25",
            "Indikator yang sama tercetak dengan nama berbeda",
            Tingkat.PERINGATAN,
        ),
        Aturan(
            "R26",
            "Rata-rata tercatat bukan rata-rata rinciannya",
            Tingkat.GALAT,
            SETENGAH_SEN,
        ),
        Aturan(
            "R27",
            "Status capaian (Tercapai / Belum Tercapai) tidak sesuai target dan realisasi",
            Tingkat.GALAT,
        ),
        Aturan(
            "R28",
            "Perubahan tercatat berbeda dari nilai tahun ini dibanding tahun sebelumnya",
            Tingkat.GALAT,
            SETENGAH_SEN,
        ),
    ]
}


@dataclass(frozen=True)
class Temuan:
    aturan: str
    tingkat: Tingkat
    lokasi: str
    tercatat: object
    seharusnya: object
    pesan: str


def tampilkan(nilai):
    """A finding's stated or computed value for display: a number in Indonesian format (a
    count without decimals), a text (a predikat, a code, a name) as it is."""
    if nilai is None or nilai == "":
        return KOSONG
    if isinstance(nilai, str):
        return nilai
    return format_angka(Decimal(nilai), 0 if isinstance(nilai, int) else 2)


def temuan(kode, lokasi, tercatat, seharusnya, rincian=""):
    a = ATURAN[kode]
    pesan = a.uraian + (f": {rincian}" if rincian else "")
    return Temuan(kode, a.tingkat, lokasi, tercatat, seharusnya, pesan)


def cek_angka(kode, lokasi, tercatat, seharusnya, rincian=""):
    """A finding when a stated number is further from the computed one than the rule's
    tolerance; nothing when either is missing."""
    if tercatat is None or seharusnya is None:
        return None
    if abs(Decimal(tercatat) - seharusnya) <= ATURAN[kode].toleransi:
        return None
    teks = rincian or f"tercatat {format_angka(tercatat)}, seharusnya {format_angka(seharusnya)}"
    return temuan(kode, lokasi, tercatat, seharusnya, teks)


def cek_salah_satu(kode, lokasi, tercatat, calon):
    """A finding only when a stated number fits none of the candidate computations (the
    first one's finding); nothing when it or every candidate is missing."""
    gagal = [cek_angka(kode, lokasi, tercatat, c) for c in calon if c is not None]
    return gagal[0] if gagal and all(gagal) else None


def cek_antar_sumber(lokasi, apa, nilai, acuan, lokasi_acuan):
    """R22: `apa` ("target", "realisasi 2024") printed as `nilai` at `lokasi`, but as
    `acuan` at `lokasi_acuan` earlier in the document."""
    return cek_angka(
        "R22",
        lokasi,
        nilai,
        acuan,
        f"{apa} tercatat {format_angka(nilai)}, sedangkan di {lokasi_acuan} {format_angka(acuan)}",
    )


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
        f"capaian {format_angka(capaian)}% pada skala '{nama_skala}' berpredikat "
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
