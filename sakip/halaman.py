"""The shared web pieces every app's pages use: the flow of an entry page that saves
through the audit trail, and pagination.

The form carries the values it showed in one hidden JSON input `asal`; `catat.simpan` and
`catat.hapus` compare them with what is stored and raise `Konflik` when someone saved in
between. Everybody who sees the data sees the form (read-only, with the reason); only a user
allowed by `akses.alasan_tidak_boleh_isi` (or the page's own check) may save (403 otherwise).

List pages show PER_HALAMAN rows and the shared pager (templates/_halaman.html), whose
links keep the page's other parameters (filters)."""

import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from sakip.akun.akses import alasan_tidak_boleh_isi, tolak_bila
from sakip.jejak.catat import Konflik, konflik
from sakip.jejak.terkait import TidakBolehDihapus, data_terkait


def asal_post(request, *, baru=False):
    """The values the form showed (hidden input `asal`, a JSON object), for optimistic
    locking. A save that cannot be checked is refused as a conflict (reload the page): the
    input missing, or anything but an object; JSON null only from a page that showed no
    record (`baru`)."""
    try:
        asal = json.loads(request.POST["asal"])
    except (KeyError, ValueError):
        raise konflik() from None
    if isinstance(asal, dict) or (baru and asal is None):
        return asal
    raise konflik()


def asal_tampil(request, asal):
    """On a refused save the page keeps the values it first showed, so that saving again
    still detects the other person's change."""
    if request.method == "POST" and "asal" in request.POST:
        return request.POST["asal"]
    return json.dumps(asal)


def halaman_form(
    request,
    *,
    form,
    simpan,
    asal,
    kembali,
    template,
    isi,
    opd=None,
    tahun=None,
    dokumen=None,
    tolak=None,
    periksa=None,
):
    """Show `form`; on POST check the right to change `dokumen` of `opd`, validate and save
    through `simpan(form, asal)`, which returns the success message. A conflict, or an
    exception listed in `tolak` (class → form field, None for the whole form), keeps what
    the user typed and says why. The form must offer `kunci_semua()` (read-only display).

    `periksa(user)`, when given, replaces the check of the OPD's document (pages with no
    workflow document, such as the Pemda's own): it returns why the user may not save, or
    None when they may."""
    tolak = tolak or {}
    if periksa:
        alasan = periksa(request.user)
    else:
        alasan = alasan_tidak_boleh_isi(request.user, opd, tahun, dokumen)
    if request.method == "POST":
        tolak_bila(alasan)
        if form.is_valid():
            try:
                pesan = simpan(form, asal_post(request, baru=asal is None))
            except (Konflik, *tolak) as e:
                form.add_error(tolak.get(type(e)), str(e))
            else:
                messages.success(request, pesan)
                return redirect(kembali)
    if alasan:
        form.kunci_semua()
    return render(
        request,
        template,
        {
            "opd": opd,
            "form": form,
            "alasan_tolak": alasan,
            "asal_json": asal_tampil(request, asal),
            "kembali": kembali,
            **isi,
        },
    )


def halaman_hapus(
    request, obj, *, hapus_objek, asal, uraian, alasan, kembali, template, isi, terkait=None
):
    """The delete page of one record. It refuses on sight while something refers to it
    (`terkait(obj)`, by default `terkait.data_terkait`: the same check the delete makes),
    else asks for confirmation carrying the shown values (`asal`). On POST the user must be
    allowed (`alasan`: why not, None when they are; 403 otherwise), then
    `hapus_objek(user, obj, asal)` deletes through the trail; a conflict or a refusal
    (`TidakBolehDihapus`) is shown on the page."""
    galat = None
    if request.method == "POST":
        tolak_bila(alasan)
        try:
            hapus_objek(request.user, obj, asal_post(request))
        except (Konflik, TidakBolehDihapus) as e:
            galat = str(e)
        else:
            messages.success(request, f"{uraian} dihapus.")
            return redirect(kembali)
    return render(
        request,
        template,
        {
            "objek": obj,
            "uraian": uraian,
            "terkait": (terkait or data_terkait)(obj),
            "alasan_tolak": alasan,
            "galat": galat,
            "asal_json": asal_tampil(request, asal),
            "kembali": kembali,
            **isi,
        },
    )


PER_HALAMAN = 50


def halaman(request, daftar, per_halaman=PER_HALAMAN):
    """The page of `daftar` (an ordered queryset or a list) named by `?page=`; the last
    page for a number past the end, the first for anything else."""
    return Paginator(daftar, per_halaman).get_page(request.GET.get("page"))
