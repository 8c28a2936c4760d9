from django.http import Http404, HttpResponse
from django.shortcuts import render

from sakip.akun.akses import ambil_opd
from sakip.perencanaan.pohon import periode_berlaku

from .render import FORMAT, PENYUSUN
from .susun import JENIS

NAMA = {
    "iku": "Indikator Kinerja Utama",
    "renstra": "Tabel Rencana Strategis",
    "pk": "Perjanjian Kinerja",
    "lkjip": "Laporan Kinerja Instansi Pemerintah (LKjIP)",
    "rfk": "Realisasi Fisik dan Keuangan (RFK)",
    "triwulan": "Laporan Kinerja Triwulan",
}


def _ambil(request, slug, tahun):
    opd = ambil_opd(request.user, slug)
    if not periode_berlaku(opd, tahun):
        raise Http404("Tidak ada periode perencanaan yang berlaku pada tahun ini")
    return opd


def daftar(request, slug, tahun):
    opd = _ambil(request, slug, tahun)
    return render(
        request,
        "pelaporan/daftar.html",
        {"opd": opd, "tahun": tahun, "dokumen": NAMA.items(), "format": list(FORMAT)},
    )


def unduh(request, slug, tahun, jenis, format):
    opd = _ambil(request, slug, tahun)
    if jenis not in JENIS or format not in FORMAT:
        raise Http404("Dokumen tidak dikenal")
    isi = PENYUSUN[format](JENIS[jenis](opd, tahun))
    respons = HttpResponse(isi, content_type=FORMAT[format])
    respons["Content-Disposition"] = f'attachment; filename="{jenis}-{opd.slug}-{tahun}.{format}"'
    return respons
