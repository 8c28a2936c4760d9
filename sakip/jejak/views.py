from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from sakip.akun.akses import ambil_opd

from . import daftar
from .forms import SaringJejakForm

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
    semua = daftar.jejak_opd(opd)
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
        nama = f"jejak-{opd.slug}-{timezone.localdate():%Y%m%d}.{format}"
        r["Content-Disposition"] = f'attachment; filename="{nama}"'
        return r

    halaman = Paginator(qs, PER_HALAMAN).get_page(request.GET.get("page"))
    return render(
        request,
        "jejak/daftar.html",
        {
            "opd": opd,
            "form": form,
            "halaman": halaman,
            "baris": [(j, daftar.perubahan(j)) for j in halaman],
        },
    )
