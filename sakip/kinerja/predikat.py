"""Predikat scales: each Pemda picks a preset or stores its own scale.

A scale is an ascending tuple of bands (pita). Each band has a lower and an upper bound
(None = unbounded) with its own inclusiveness, so half-open bands and the point band
"= 100%" both fit. A scale is refused when it has a gap or an overlap: each band's upper
bound must equal the next band's lower bound and that shared point must belong to exactly
one of the two bands. Printed scales often get this wrong, hence the validation.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sakip.kinerja.angka import format_tepat


class SkalaError(ValueError):
    """An invalid scale or an unknown scale code."""


@dataclass(frozen=True)
class Pita:
    label: str
    bawah: Decimal | None
    atas: Decimal | None
    bawah_inklusif: bool = True
    atas_inklusif: bool = False

    def memuat(self, nilai: Decimal) -> bool:
        if self.bawah is not None and (
            nilai < self.bawah or (nilai == self.bawah and not self.bawah_inklusif)
        ):
            return False
        return self.atas is None or nilai < self.atas or (nilai == self.atas and self.atas_inklusif)

    def kosong(self) -> bool:
        if self.bawah is None or self.atas is None:
            return False
        return self.bawah > self.atas or (
            self.bawah == self.atas and not (self.bawah_inklusif and self.atas_inklusif)
        )


def masalah_pita(pita: tuple[Pita, ...]) -> list[str]:
    """Every problem of a list of bands ordered from the lowest: gaps, overlaps, empty
    bands (empty when the scale is sound). A review reports them all."""
    masalah: list[str] = []
    if not pita:
        return ["Skala harus memiliki paling sedikit satu pita."]
    label = [p.label.strip() for p in pita]
    if not all(label):
        return ["Setiap pita harus memiliki label."]
    ganda = sorted({x for x in label if label.count(x) > 1})
    if ganda:
        masalah.append(f"Label pita harus unik: {', '.join(repr(x) for x in ganda)} ganda.")
    for p in pita:
        for batas in (p.bawah, p.atas):
            if batas is not None and not (isinstance(batas, Decimal) and batas.is_finite()):
                return [*masalah, f"Batas pita '{p.label}' harus berupa angka Decimal."]
        if p.kosong():
            masalah.append(f"Pita '{p.label}' kosong: tidak ada nilai yang masuk ke dalamnya.")
    for a, b in zip(pita, pita[1:], strict=False):
        masalah += _antara(a, b)
    return masalah


def _antara(a: Pita, b: Pita) -> list[str]:
    """What is wrong where band ``a`` meets the next band ``b``."""
    if a.atas is None:
        return [f"Pita '{a.label}' tidak berbatas atas, jadi harus menjadi pita terakhir."]
    if b.bawah is None:
        return [f"Pita '{b.label}' tidak berbatas bawah, jadi harus menjadi pita pertama."]
    sampai, mulai = format_tepat(a.atas), format_tepat(b.bawah)
    if a.atas < b.bawah:
        return [f"Celah antara pita '{a.label}' (sampai {sampai}) dan '{b.label}' (mulai {mulai})."]
    if a.atas > b.bawah:
        if a.bawah is not None and b.bawah <= a.bawah:
            return [
                f"Urutan pita salah: '{b.label}' (mulai {mulai}) harus sebelum "
                f"'{a.label}'. Urutkan pita dari nilai terkecil."
            ]
        return [
            f"Tumpang tindih antara pita '{a.label}' (sampai {sampai}) "
            f"dan '{b.label}' (mulai {mulai})."
        ]
    if a.atas_inklusif and b.bawah_inklusif:
        return [f"Tumpang tindih: nilai {sampai} masuk ke pita '{a.label}' dan '{b.label}'."]
    if not (a.atas_inklusif or b.bawah_inklusif):
        return [
            f"Celah antara pita '{a.label}' dan '{b.label}': "
            f"nilai {sampai} tidak masuk ke pita mana pun."
        ]
    return []


def _periksa(pita: tuple[Pita, ...]) -> None:
    masalah = masalah_pita(pita)
    if masalah:
        raise SkalaError(masalah[0])


@dataclass(frozen=True)
class SkalaPredikat:
    kode: str
    nama: str
    pita: tuple[Pita, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "pita", tuple(self.pita))
        _periksa(self.pita)

    def predikat(self, nilai: Decimal | None) -> str | None:
        """The label of the band holding ``nilai``; None when missing or outside the scale."""
        if nilai is None or not nilai.is_finite():
            return None
        return next((p.label for p in self.pita if p.memuat(nilai)), None)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form (numbers as strings) for storing a custom scale."""

        def angka(x: Decimal | None) -> str | None:
            return None if x is None else str(x)

        return {
            "kode": self.kode,
            "nama": self.nama,
            "pita": [
                {
                    "label": p.label,
                    "bawah": angka(p.bawah),
                    "atas": angka(p.atas),
                    "bawah_inklusif": p.bawah_inklusif,
                    "atas_inklusif": p.atas_inklusif,
                }
                for p in self.pita
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SkalaPredikat":
        def angka(x: Any) -> Decimal | None:
            if x is None:
                return None
            if isinstance(x, bool) or not isinstance(x, str | int):
                raise SkalaError(f"Batas pita harus ditulis sebagai teks angka, bukan {x!r}.")
            try:
                return Decimal(str(x).strip())
            except InvalidOperation:
                raise SkalaError(f"Batas pita '{x}' bukan angka.") from None

        try:
            pita = tuple(
                Pita(
                    label=str(p["label"]),
                    bawah=angka(p.get("bawah")),
                    atas=angka(p.get("atas")),
                    bawah_inklusif=bool(p.get("bawah_inklusif", True)),
                    atas_inklusif=bool(p.get("atas_inklusif", False)),
                )
                for p in data["pita"]
            )
            return cls(kode=str(data["kode"]), nama=str(data["nama"]), pita=pita)
        except (KeyError, TypeError, AttributeError) as e:
            raise SkalaError(f"Data skala tidak lengkap atau salah bentuk: {e}") from None


def _d(x: str | None) -> Decimal | None:
    return None if x is None else Decimal(x)


def _setengah_terbuka(
    kode: str, nama: str, *pita: tuple[str, str | None, str | None]
) -> SkalaPredikat:
    """[bawah, atas) bands: the lower bound belongs to the band."""
    return SkalaPredikat(kode, nama, tuple(Pita(lb, _d(b), _d(a)) for lb, b, a in pita))


def _atas_inklusif(
    kode: str, nama: str, *pita: tuple[str, str | None, str | None]
) -> SkalaPredikat:
    """(bawah, atas] bands: the upper bound belongs to the band."""
    return SkalaPredikat(
        kode, nama, tuple(Pita(lb, _d(b), _d(a), False, True) for lb, b, a in pita)
    )


_PRESET = (
    # LKjIP Kota Tebing Tinggi 2022 printed "81 s/d 100 Memuaskan, 75 s/d 80 Sangat Baik,
    # 65 s/d 75 Baik, 50 s/d 65 Cukup Baik, 30 s/d 50 Agak Kurang": 75, 65 and 50 fall in two
    # bands and 80-81 is a gap. Resolved as [lower, next lower); capaian above 100 stays
    # Memuaskan; below 30 is outside the scale.
    _setengah_terbuka(
        "lkjip-tebing-tinggi",
        "LKjIP Kota Tebing Tinggi",
        ("Agak Kurang", "30", "50"),
        ("Cukup Baik", "50", "65"),
        ("Baik", "65", "75"),
        ("Sangat Baik", "75", "81"),
        ("Memuaskan", "81", None),
    ),
    # Permendagri 86/2017 five-level scale (91-100, 76-90, 66-75, 51-65, ≤50) printed on whole
    # numbers; resolved as upper-inclusive bands so 90,5 is Sangat Tinggi and 50,5 is Rendah.
    _atas_inklusif(
        "permendagri-86",
        "Permendagri 86/2017",
        ("Sangat Rendah", None, "50"),
        ("Rendah", "50", "65"),
        ("Sedang", "65", "75"),
        ("Tinggi", "75", "90"),
        ("Sangat Tinggi", "90", None),
    ),
    # Kota Jambi IKU 2025, Tabel 3.3: <100, =100, >100 (a point band in the middle).
    SkalaPredikat(
        "jambi-3-tingkat",
        "Kota Jambi (3 tingkat)",
        (
            Pita("Tidak Mencapai Target", None, Decimal(100)),
            Pita("Sesuai Target", Decimal(100), Decimal(100), True, True),
            Pita("Melampaui Target", Decimal(100), None, False),
        ),
    ),
    # PermenPANRB 88/2021, LKE SAKIP result: D 0-30, C >30-50, CC >50-60, B >60-70, BB >70-80,
    # A >80-90, AA >90-100. Zero belongs to D.
    SkalaPredikat(
        "lke",
        "LKE SAKIP (PermenPANRB 88/2021)",
        (
            Pita("D", Decimal(0), Decimal(30), True, True),
            *(
                Pita(lb, Decimal(b), Decimal(a), False, True)
                for lb, b, a in (
                    ("C", 30, 50),
                    ("CC", 50, 60),
                    ("B", 60, 70),
                    ("BB", 70, 80),
                    ("A", 80, 90),
                    ("AA", 90, 100),
                )
            ),
        ),
    ),
    # PermenPANRB 14/2017, IKM quality: printed 25,00-64,99 / 65,00-76,60 / 76,61-88,30 /
    # 88,31-100, which leaves hundredth-wide gaps (64,995 fits nowhere). Resolved as
    # half-open [lower, next lower) with 100 included in A.
    SkalaPredikat(
        "ikm",
        "Indeks Kepuasan Masyarakat (PermenPANRB 14/2017)",
        (
            Pita("D", Decimal(25), Decimal(65)),
            Pita("C", Decimal(65), Decimal("76.61")),
            Pita("B", Decimal("76.61"), Decimal("88.31")),
            Pita("A", Decimal("88.31"), Decimal(100), True, True),
        ),
    ),
)
PRESET: dict[str, SkalaPredikat] = {s.kode: s for s in _PRESET}


def skala(kode: str) -> SkalaPredikat:
    """The preset with this code; an unknown code is a SkalaError listing the valid ones."""
    try:
        return PRESET[kode]
    except KeyError:
        pilihan = ", ".join(sorted(PRESET))
        raise SkalaError(f"Skala '{kode}' tidak dikenal. Pilihan: {pilihan}.") from None
