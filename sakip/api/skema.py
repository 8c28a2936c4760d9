"""The API's answers as typed schemas (Pydantic, through django-ninja): they give the
OpenAPI schema, and the views fill them from the read services' plain data. A figure is a
JSON number with every digit the engine has, as `sakip capaian --format json` writes it
(`kinerja.angka.json_angka`, the API's renderer); the schema says number."""

from decimal import Decimal
from typing import Annotated

from ninja import Schema
from pydantic import WithJsonSchema

Angka = Annotated[Decimal, WithJsonSchema({"type": "number"})]


class PemdaRingkas(Schema):
    slug: str
    nama: str


class OPDRingkas(Schema):
    slug: str
    nama: str
    pemda: str  # the Pemda's slug


class AngkaTahun(Schema):
    tahun: int
    target: Angka | None
    target_atas: Angka | None
    realisasi: Angka | None
    capaian: Angka | None
    predikat: str | None


class IKUPemda(Schema):
    """An indicator of the Pemda's own plan (RPJMD/RPD) in its IKU, with its figures of
    each year whose LKjIP Pemda is approved."""

    id: int
    kode: str
    nama: str
    satuan: str
    tujuan: str
    sasaran: str | None
    per_tahun: list[AngkaTahun]


class PemdaRinci(Schema):
    slug: str
    nama: str
    opd: list[OPDRingkas]
    iku: list[IKUPemda]  # empty until a LKjIP Pemda is approved


class OPDRinci(Schema):
    slug: str
    nama: str
    pemda: PemdaRingkas
    tahun: list[int]  # the years the caller reads


class IndikatorRingkas(Schema):
    id: int
    kode: str
    nama: str
    satuan: str
    polaritas: str
    iku: bool


class Sasaran(Schema):
    id: int
    nama: str
    indikator: list[IndikatorRingkas]


class Tujuan(Schema):
    id: int
    nama: str
    indikator: list[IndikatorRingkas]
    sasaran: list[Sasaran]


class IndikatorTarget(IndikatorRingkas):
    tujuan: str
    sasaran: str | None
    tahun: int
    target: Angka | None
    target_atas: Angka | None


class BarisCapaian(Schema):
    """The keys of `sakip capaian --format json`, with the indicator's id, year and quarter
    (0: the year)."""

    indikator_id: int
    tahun: int
    triwulan: int
    tujuan: str
    sasaran: str | None
    indikator: str
    satuan: str
    polaritas: str
    target: Angka | None
    realisasi: Angka | None
    capaian: Angka | None
    predikat: str | None
    catatan: str | None


class AngkaTahun(Schema):
    tahun: int
    triwulan: int
    target: Angka | None
    target_atas: Angka | None
    realisasi: Angka | None
    capaian: Angka | None
    predikat: str | None
    catatan: str | None
    terbit: bool  # realisasi, capaian and predikat are given


class IndikatorRinci(IndikatorRingkas):
    opd: str
    rumus: str  # the formula as written for people ("a ÷ b × 100"), "" without one
    rumus_uraian: str
    sumber_data: str
    per_tahun: list[AngkaTahun]
    triwulan: list[AngkaTahun]


class BarisAnggaran(Schema):
    kode: str
    nama: str
    pagu: Angka
    realisasi: Angka | None
    persen: Angka | None


class RealisasiTriwulan(Schema):
    triwulan: int
    realisasi: Angka | None


class Anggaran(Schema):
    opd: str
    tahun: int
    total: BarisAnggaran
    program: list[BarisAnggaran]
    triwulan: list[RealisasiTriwulan]


class Unduhan(Schema):
    pdf: str
    docx: str
    xlsx: str


class Dokumen(Schema):
    opd: str
    pemda: str
    tahun: int
    jenis: str
    nama: str
    unduh: Unduhan


class Galat(Schema):
    detail: str


# --- from the read services' data ------------------------------------------------------------


def catatan(daftar):
    """Notes as `sakip capaian` joins them."""
    return "; ".join(daftar) or None


def indikator_ringkas(ind):
    return {
        "id": ind.pk,
        "kode": ind.kode,
        "nama": ind.nama,
        "satuan": ind.satuan,
        "polaritas": ind.polaritas,
        "iku": ind.iku,
    }


def baris_capaian(b, a):
    """A `portal.baca.BarisIndikator` with its `Angka` `a`, as `sakip capaian` gives it."""
    return {
        "indikator_id": b.indikator.pk,
        "tahun": a.tahun,
        "triwulan": a.triwulan,
        "tujuan": b.tujuan.nama,
        "sasaran": b.sasaran.nama if b.sasaran else None,
        "indikator": b.indikator.nama,
        "satuan": b.indikator.satuan,
        "polaritas": b.indikator.polaritas,
        "target": a.target,
        "realisasi": a.realisasi,
        "capaian": a.capaian,
        "predikat": a.predikat,
        "catatan": catatan(a.catatan),
    }


def angka_tahun(a):
    return {**a.__dict__, "catatan": catatan(a.catatan)}


def pohon(daftar):
    """`portal.baca.pohon` as nested objects."""
    return [
        {
            "id": t.pk,
            "nama": t.nama,
            "indikator": [indikator_ringkas(b.indikator) for b in sendiri],
            "sasaran": [
                {
                    "id": s.pk,
                    "nama": s.nama,
                    "indikator": [indikator_ringkas(b.indikator) for b in bs],
                }
                for s, bs in sasaran
            ],
        }
        for t, sendiri, sasaran in daftar
    ]
