from django.http import Http404
from django.shortcuts import render

from sakip.akun.akses import ambil_opd
from sakip.kinerja.reviu import ATURAN
from sakip.perencanaan.pohon import periode_berlaku

from .reviu import reviu_opd


def reviu(request, slug, tahun):
    opd = ambil_opd(request.user, slug)
    if not periode_berlaku(opd, tahun):
        raise Http404("Tidak ada periode perencanaan yang berlaku pada tahun ini")
    temuan = reviu_opd(opd, tahun)
    return render(
        request,
        "evaluasi/reviu.html",
        {"opd": opd, "tahun": tahun, "temuan": temuan, "aturan": ATURAN.values()},
    )
