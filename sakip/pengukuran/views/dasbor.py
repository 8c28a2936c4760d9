from django.shortcuts import render
from django.views.decorators.http import require_safe

from sakip.akun.akses import ambil_pemda, opd_terlihat

from ..ringkasan import ringkasan_pemda, tahun_rencana


@require_safe
def dasbor_pemda(request, slug, tahun):
    """How the IKU of each OPD the user sees in the Pemda fared in `tahun`."""
    pemda = ambil_pemda(request.user, slug)
    opd = opd_terlihat(request.user).filter(pemda=pemda)
    return render(
        request,
        "pengukuran/dasbor_pemda.html",
        {
            "pemda": pemda,
            "tahun": tahun,
            "ringkasan": ringkasan_pemda(pemda, opd, tahun),
            "tahun_lain": tahun_rencana(pemda),
        },
    )
