from django.http import Http404, HttpResponse
from django.shortcuts import render

from sakip.akun.akses import ambil_opd_tahun
from sakip.kinerja.reviu import ATURAN
from sakip.pelaporan.render import FORMAT, PENYUSUN

from .laporan import laporan_reviu
from .reviu import reviu_opd


def unduh_laporan(request, slug, tahun, format):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    if format not in ("docx", "pdf"):
        raise Http404("Format tidak dikenal")
    respons = HttpResponse(PENYUSUN[format](laporan_reviu(opd, tahun)), content_type=FORMAT[format])
    respons["Content-Disposition"] = f'attachment; filename="reviu-{opd.slug}-{tahun}.{format}"'
    return respons


def reviu(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    temuan = reviu_opd(opd, tahun)
    return render(
        request,
        "evaluasi/reviu.html",
        {"opd": opd, "tahun": tahun, "temuan": temuan, "aturan": ATURAN.values()},
    )
