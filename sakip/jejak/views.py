from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from sakip.akun.akses import ambil_opd, ambil_pemda, boleh_lihat_jejak_pemda, tolak_kecuali

from . import daftar
from .forms import SaringJejakForm
from .models import Jejak

PER_HALAMAN = 50

EKSPOR = {
    "xlsx": (
        daftar.ke_xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    "csv": (daftar.ke_csv, "text/csv; charset=utf-8"),
}


@require_safe
def jejak(request, slug):
    """The audit trail of one OPD, for everyone who may see the OPD; read only."""
    opd = ambil_opd(request.user, slug)
    return _halaman(
        request, daftar.jejak_opd(opd), opd.slug, opd.nama, reverse("rencana-opd", args=[opd.slug])
    )


@require_safe
def jejak_pemda(request, slug):
    """Every audit record of a Pemda (its OPD, users, roles, filling windows), for the
    Admin Pemda and the Inspektorat; read only."""
    pemda = ambil_pemda(request.user, slug)
    tolak_kecuali(
        boleh_lihat_jejak_pemda(request.user, pemda),
        "Hanya Admin Pemda dan Inspektorat yang melihat jejak audit Pemda.",
    )
    return _halaman(
        request,
        Jejak.objects.filter(pemda=pemda),
        pemda.slug,
        pemda.nama,
        reverse("rencana-pemda", args=[pemda.slug]),
    )


def _halaman(request, semua, slug, nama, kembali):
    form = SaringJejakForm(request.GET or None, semua=semua)
    saringan = {}
    if form.is_bound:
        form.is_valid()
        saringan = {k: v for k, v in form.cleaned_data.items() if v}
    qs = daftar.saring(semua, **saringan)

    format = request.GET.get("format")
    if format in EKSPOR:
        buat, jenis = EKSPOR[format]
        r = HttpResponse(buat(qs), content_type=jenis)
        r["Content-Disposition"] = (
            f'attachment; filename="jejak-{slug}-{timezone.localdate():%Y%m%d}.{format}"'
        )
        return r

    halaman = Paginator(qs, PER_HALAMAN).get_page(request.GET.get("page"))
    return render(
        request,
        "jejak/daftar.html",
        {
            "nama": nama,
            "kembali": kembali,
            "form": form,
            "halaman": halaman,
            "baris": daftar.halaman(list(halaman)),
        },
    )
