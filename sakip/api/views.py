"""The read-only API (`/api/`): thin GET functions over the portal's read services
(`portal.baca`, the one engine's numbers) and `akun.akses`, which decides what the caller
reads: without a token what the portal shows, with a user's token what that user sees.
Answers are JSON whose figures carry every digit (`json_angka`, as `sakip capaian --format
json`); errors are JSON too, in Indonesian, as {"detail": "..."}."""

from pathlib import Path as Jalur
from typing import Annotated

import ninja
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from ninja import NinjaAPI, Path, Query, Schema
from ninja.errors import AuthenticationError, Throttled, ValidationError
from ninja.openapi.docs import DocsBase
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.renderers import BaseRenderer

from sakip.akun.akses import (
    ambil_indikator_api,
    ambil_opd_api,
    ambil_pemda_api,
    capaian_terlihat,
    opd_api,
    pemda_api,
    tahun_kinerja_pemda_terbit,
    tahun_terlihat,
    triwulan_terlihat,
)
from sakip.dasar.teks import alasan_404
from sakip.kinerja.angka import json_angka
from sakip.portal import baca

from . import skema
from .batas import BatasAPI
from .token import TokenAPI

# --- the answers -----------------------------------------------------------------------------


class Angka(BaseRenderer):
    """JSON with Decimals as numbers at full precision (`json_angka`)."""

    media_type = "application/json"

    def render(self, request, data, *, response_status):
        return json_angka(data)


class Dokumentasi(DocsBase):
    """The Swagger UI page, in Indonesian, from the files django-ninja ships (served by
    `berkas`: no CDN, it works without the internet)."""

    def render_page(self, request, api, **kwargs):
        konteks = {"skema": self.get_openapi_url(api, kwargs)}
        return render(request, "api/dokumentasi.html", konteks)


BERKAS_NINJA = Jalur(ninja.__file__).parent / "static" / "ninja"
BERKAS = {
    "swagger-ui.css": "text/css",
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui-init.js": "text/javascript",
}


@login_not_required
def tidak_ada(request, sisa=""):
    """Any other address under /api/: a 404 in JSON, as the API's own."""
    return JsonResponse({"detail": "Alamat API ini tidak ada. Lihat /api/docs."}, status=404)


@login_not_required
def berkas(request, nama):
    """Swagger UI's own files, from the installed django-ninja (only these)."""
    if nama not in BERKAS:
        return tidak_ada(request)
    respons = HttpResponse((BERKAS_NINJA / nama).read_bytes(), content_type=BERKAS[nama])
    respons["Cache-Control"] = "public, max-age=86400"
    return respons


# What each answer is, in the schema (django-ninja writes the HTTP reason in English).
KETERANGAN = {
    200: "Berhasil",
    401: "Token tidak dikenal atau sudah dicabut",
    404: "Tidak ada, atau belum disetujui",
    422: "Parameter tidak sah",
    429: "Terlalu banyak permintaan; tunggu sebanyak detik di Retry-After",
}


class APISakip(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        skema = super().get_openapi_schema(*args, **kwargs)
        for operasi in (o for jalur in skema["paths"].values() for o in jalur.values()):
            operasi["security"] = [{}, {"TokenAPI": []}]  # the token is optional
            for kode, jawaban in operasi["responses"].items():
                jawaban["description"] = KETERANGAN[int(kode)]
        return skema


api = APISakip(
    title="API sakip",
    version="1",
    description=(
        "API baca-saja e-SAKIP: Pemda, OPD, pohon kinerja, indikator dan target, capaian per "
        "tahun dan per triwulan, ringkasan anggaran, dokumen yang terbit. Tanpa token: hanya "
        "yang sudah disetujui (seperti portal publik). Dengan token pribadi (halaman Akun "
        "saya): apa yang boleh dilihat pemilik token. Angka ditulis dengan semua digitnya."
    ),
    urls_namespace="api",
    auth=TokenAPI(),
    throttle=BatasAPI(),
    renderer=Angka(),
    docs=Dokumentasi(),
    docs_url="/docs",
    docs_decorator=login_not_required,
)

# Errors every operation may answer, each {"detail": "..."} in Indonesian: 401 an unknown or
# revoked token, 404 nothing there or not yet approved, 422 a parameter refused, 429 too
# many requests.
GALAT = dict.fromkeys((401, 404, 422, 429), skema.Galat)


def _galat(request, pesan, status):
    return api.create_response(request, {"detail": pesan}, status=status)


@api.exception_handler(Http404)
def _tidak_ada(request, exc):
    return _galat(request, alasan_404(exc) or "Tidak ditemukan.", 404)


@api.exception_handler(AuthenticationError)
def _token_ditolak(request, exc):
    respons = _galat(
        request,
        "Token tidak dikenal, sudah dicabut, atau pemiliknya nonaktif. Buat token baru di "
        "halaman Akun saya, atau kirim permintaan tanpa token untuk data publik.",
        401,
    )
    respons["WWW-Authenticate"] = "Bearer"
    return respons


@api.exception_handler(Throttled)
def _dibatasi(request, exc):
    return _galat(
        request, f"Terlalu banyak permintaan. Coba lagi dalam {exc.wait or 1:.0f} detik.", 429
    )


PESAN_VALIDASI = {
    "missing": "wajib diisi",
    "int_parsing": "harus bilangan bulat",
    "int_type": "harus bilangan bulat",
    "greater_than_equal": "paling kecil {ge}",
    "less_than_equal": "paling besar {le}",
    "greater_than": "harus lebih dari {gt}",
    "less_than": "harus kurang dari {lt}",
}


@api.exception_handler(ValidationError)
def _tidak_sah(request, exc):
    bagian = []
    for e in exc.errors:
        nama = str(e.get("loc", ["?"])[-1])
        pesan = PESAN_VALIDASI.get(e.get("type"), "tidak sah")
        bagian.append(f"{nama} {pesan.format(**e.get('ctx', {}))}")
    return _galat(request, "Parameter tidak sah: " + "; ".join(bagian) + ".", 422)


# Path parameters, with an example of the demo's (Tebing Tinggi 2022 is approved throughout)
# for the docs page and for the requests schemathesis builds from the schema.
Slug = Annotated[str, Path(example="disnakerind-tebing-tinggi")]
SlugPemda = Annotated[str, Path(example="kota-tebing-tinggi")]
Tahun = Annotated[int, Path(example=2022)]


# --- Pemda and OPD ---------------------------------------------------------------------------


@api.get("/pemda/", response={200: list[skema.PemdaRingkas], **GALAT}, tags=["Pemda dan OPD"])
@paginate(LimitOffsetPagination)
def daftar_pemda(request):
    """Pemerintah daerah yang dapat dibaca."""
    return [{"slug": p.slug, "nama": p.nama} for p in pemda_api(request.auth)]


def _opd(o):
    return {"slug": o.slug, "nama": o.nama, "pemda": o.pemda.slug}


@api.get("/pemda/{slug}/", response={200: skema.PemdaRinci, **GALAT}, tags=["Pemda dan OPD"])
def pemda(request, slug: SlugPemda):
    """Satu Pemda dengan OPD-nya yang dapat dibaca, dan IKU RPJMD/RPD-nya dengan angka
    setiap tahun yang LKjIP Pemda-nya telah disetujui (rencana yang berlaku pada tahun
    terakhir itu)."""
    pemda, _ = ambil_pemda_api(request.auth, slug)
    opd = opd_api(request.auth).filter(pemda=pemda)
    terbit = tahun_kinerja_pemda_terbit(pemda)
    iku = baca.halaman_pemda(pemda, terbit[-1]).iku if terbit else []
    return {
        "slug": pemda.slug,
        "nama": pemda.nama,
        "opd": [_opd(o) for o in opd],
        "iku": [_iku_pemda(b) for b in iku],
    }


def _iku_pemda(b):
    i = b.indikator
    return {
        "id": i.pk,
        "kode": i.kode,
        "nama": i.nama,
        "satuan": i.satuan,
        "tujuan": b.tujuan.nama,
        "sasaran": b.sasaran.nama if b.sasaran else None,
        "per_tahun": [
            {
                "tahun": t,
                "target": a.target,
                "target_atas": a.target_atas,
                "realisasi": a.realisasi,
                "capaian": a.capaian,
                "predikat": a.predikat,
            }
            for t, a in b.per_tahun.items()
        ],
    }


class SaringOPD(Schema):
    pemda: str | None = None  # a Pemda's slug


@api.get("/opd/", response={200: list[skema.OPDRingkas], **GALAT}, tags=["Pemda dan OPD"])
@paginate(LimitOffsetPagination)
def daftar_opd(request, saring: Query[SaringOPD]):
    """Perangkat daerah yang dapat dibaca (`pemda`: hanya OPD Pemda itu)."""
    opd = opd_api(request.auth)
    if saring.pemda:
        opd = opd.filter(pemda__slug=saring.pemda)
    return [_opd(o) for o in opd]


@api.get("/opd/{slug}/", response={200: skema.OPDRinci, **GALAT}, tags=["Pemda dan OPD"])
def opd(request, slug: Slug):
    """Satu OPD dan tahun-tahun datanya yang dapat dibaca."""
    opd, semua = ambil_opd_api(request.auth, slug)
    return {
        "slug": opd.slug,
        "nama": opd.nama,
        "pemda": {"slug": opd.pemda.slug, "nama": opd.pemda.nama},
        "tahun": tahun_terlihat(opd, semua),
    }


# --- plans, indicators, capaian --------------------------------------------------------------


def _baris(request, slug, tahun):
    """(OPD, whether all is seen, its indicator rows of the year)."""
    opd, semua = ambil_opd_api(request.auth, slug, tahun)
    return opd, semua, baca.baris_opd(opd, tahun, semua)


@api.get(
    "/opd/{slug}/{int:tahun}/pohon/",
    response={200: list[skema.Tujuan], **GALAT},
    tags=["Rencana dan capaian"],
)
def pohon(request, slug: Slug, tahun: Tahun):
    """Pohon kinerja rencana yang berlaku pada tahun itu: tujuan, sasaran, indikatornya."""
    _, _, baris = _baris(request, slug, tahun)
    return skema.pohon(baca.pohon(baris))


@api.get(
    "/opd/{slug}/{int:tahun}/indikator/",
    response={200: list[skema.IndikatorTarget], **GALAT},
    tags=["Rencana dan capaian"],
)
@paginate(LimitOffsetPagination)
def indikator_opd(request, slug: Slug, tahun: Tahun):
    """Indikator rencana yang berlaku pada tahun itu, dengan targetnya tahun itu."""
    _, _, baris = _baris(request, slug, tahun)
    return [
        {
            **skema.indikator_ringkas(b.indikator),
            "tujuan": b.tujuan.nama,
            "sasaran": b.sasaran.nama if b.sasaran else None,
            "tahun": tahun,
            "target": b.angka.target,
            "target_atas": b.angka.target_atas,
        }
        for b in baris
    ]


@api.get(
    "/opd/{slug}/{int:tahun}/capaian/",
    response={200: list[skema.BarisCapaian], **GALAT},
    tags=["Rencana dan capaian"],
)
@paginate(LimitOffsetPagination)
def capaian(request, slug: Slug, tahun: Tahun):
    """Capaian tahunan setiap indikator, angka yang sama dengan `sakip capaian`. Realisasi,
    capaian dan predikat kosong (null) bila data tahun itu belum disetujui."""
    _, _, baris = _baris(request, slug, tahun)
    return [skema.baris_capaian(b, b.angka) for b in baris]


@api.get(
    "/opd/{slug}/{int:tahun}/capaian/triwulan/{int:triwulan}/",
    response={200: list[skema.BarisCapaian], **GALAT},
    tags=["Rencana dan capaian"],
)
@paginate(LimitOffsetPagination)
def capaian_triwulan(request, slug: Slug, tahun: Tahun, triwulan: Annotated[int, Path(example=4)]):
    """Capaian satu triwulan (1–4) setiap indikator; tanpa token hanya triwulan yang sudah
    disetujui."""
    opd, semua, baris = _baris(request, slug, tahun)
    if triwulan not in triwulan_terlihat(opd, tahun, semua):
        raise Http404(f"Data triwulan {triwulan} tahun {tahun} {opd.nama} belum disetujui.")
    angka = baca.angka_triwulan(baris, tahun, triwulan)
    return [skema.baris_capaian(b, a) for b, a in zip(baris, angka, strict=True)]


@api.get("/indikator/{int:id}/", response={200: skema.IndikatorRinci, **GALAT}, tags=["Indikator"])
def indikator(request, id: int):
    """Satu indikator: rumus, sumber data, target dan capaian setiap tahun periodenya, dan
    triwulan yang disetujui pada tahun yang belum lengkap."""
    ind, semua = ambil_indikator_api(request.auth, id)
    h = baca.halaman_indikator(ind, semua)
    triwulan = [a for daftar in h.triwulan.values() for a in daftar]
    return {
        **skema.indikator_ringkas(ind),
        "opd": h.opd.slug,
        "rumus": h.rumus,
        "rumus_uraian": ind.rumus_uraian,
        "sumber_data": ind.sumber_data,
        "per_tahun": [skema.angka_tahun(a) for a in h.per_tahun],
        "triwulan": [skema.angka_tahun(a) for a in triwulan],
    }


# --- budget and documents --------------------------------------------------------------------


@api.get(
    "/opd/{slug}/{int:tahun}/anggaran/",
    response={200: skema.Anggaran, **GALAT},
    tags=["Anggaran dan dokumen"],
)
def anggaran(request, slug: Slug, tahun: Tahun):
    """Pagu per program; realisasi dan serapan tahunan bila capaian tahun itu disetujui, dan
    realisasi setiap triwulan yang disetujui."""
    opd, semua = ambil_opd_api(request.auth, slug, tahun)
    r = baca.ringkasan_anggaran(
        opd, tahun, capaian_terlihat(opd, tahun, semua), triwulan_terlihat(opd, tahun, semua)
    )
    return {
        "opd": opd.slug,
        "tahun": tahun,
        "total": r.total.__dict__,
        "program": [p.__dict__ for p in r.program],
        "triwulan": [{"triwulan": q, "realisasi": n} for q, n in r.triwulan.items()],
    }


class SaringDokumen(Schema):
    pemda: str | None = None  # a Pemda's slug
    opd: str | None = None  # an OPD's slug


@api.get("/dokumen/", response={200: list[skema.Dokumen], **GALAT}, tags=["Anggaran dan dokumen"])
@paginate(LimitOffsetPagination)
def dokumen(request, saring: Query[SaringDokumen]):
    """Dokumen yang sudah disetujui dan terbit (sama bagi semua, dengan atau tanpa token),
    terbaru dahulu, dengan alamat unduhannya."""
    pilih = {}
    if saring.pemda:
        pilih["pemda"] = pemda_api(request.auth).filter(slug=saring.pemda)
    if saring.opd:
        pilih["opd"] = opd_api(request.auth).filter(slug=saring.opd)

    def unduh(d, format):
        alamat = reverse("unduh-dokumen", args=[d.opd.slug, d.tahun, d.jenis, format])
        return request.build_absolute_uri(alamat)

    return [
        {
            "opd": d.opd.slug,
            "pemda": d.opd.pemda.slug,
            "tahun": d.tahun,
            "jenis": d.jenis,
            "nama": d.nama,
            "unduh": {f: unduh(d, f) for f in ("pdf", "docx", "xlsx")},
        }
        for d in baca.dokumen_publik(**pilih)
    ]
