"""The evaluation report (LHE) of an OPD's year with its recommendations and their
follow-up, and the Pemda's recap of every OPD's score. Who may write what is decided in
`akun.akses`; the writes are in `ubah`."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip.akun.akses import (
    alasan_tidak_boleh_rekomendasi,
    alasan_tidak_boleh_tindak_lanjut,
    ambil_opd_tahun,
    ambil_pemda_rekap_lke,
    tolak_bila,
)
from sakip.kinerja.lke import ARTI_PREDIKAT
from sakip.pelaporan.render import FORMAT, PENYUSUN

from .forms import NilaiForm, RekomendasiForm, TindakLanjutForm
from .hitung import keadaan
from .lhe import kelemahan
from .lhe import lhe as dokumen_lhe
from .models import Rekomendasi
from .rekap import dokumen_rekap, grafik
from .rekap import rekap as baris_rekap
from .ubah import (
    LkeError,
    buka_evaluasi,
    catat_tindak_lanjut,
    nilai_tindak_lanjut,
    tambah_rekomendasi,
)


def _hak(user, opd):
    return {
        "inspektorat": alasan_tidak_boleh_rekomendasi(user, opd) is None,
        "opd": alasan_tidak_boleh_tindak_lanjut(user, opd) is None,
    }


def lhe(request, slug, tahun, form=None, status=200):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    k = keadaan(opd, tahun)
    hasil = k.hasil("evaluator")
    rekomendasi = (
        Rekomendasi.objects.filter(evaluasi=k.evaluasi).prefetch_related(
            "tindak_lanjut_set__dicatat_oleh"
        )
        if k.evaluasi
        else []
    )
    konteks = {
        "opd": opd,
        "tahun": tahun,
        "keadaan": k,
        "hasil": hasil,
        "arti": ARTI_PREDIKAT[hasil.predikat],
        "kelemahan": kelemahan(k),
        "rekomendasi": rekomendasi,
        "hak": _hak(request.user, opd),
        "form": form or RekomendasiForm(),
        "form_tindak_lanjut": TindakLanjutForm(),
        "form_nilai": NilaiForm(),
    }
    return render(request, "lke/lhe.html", konteks, status=status)


def unduh(request, slug, tahun, format):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    if format not in ("docx", "pdf"):
        raise Http404("Format tidak dikenal")
    respons = HttpResponse(PENYUSUN[format](dokumen_lhe(opd, tahun)), content_type=FORMAT[format])
    respons["Content-Disposition"] = f'attachment; filename="lhe-{opd.slug}-{tahun}.{format}"'
    return respons


def _kembali(opd, tahun, nomor=None):
    jangkar = f"#rekomendasi-{nomor}" if nomor else ""
    return redirect(reverse("lhe", args=[opd.slug, tahun]) + jangkar)


@require_POST
def tambah(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    tolak_bila(alasan_tidak_boleh_rekomendasi(request.user, opd))
    form = RekomendasiForm(request.POST)
    if not form.is_valid():
        return lhe(request, slug, tahun, form=form, status=400)
    try:
        r = tambah_rekomendasi(
            request.user, buka_evaluasi(request.user, opd, tahun), **form.cleaned_data
        )
    except LkeError as e:
        messages.error(request, str(e))
        return _kembali(opd, tahun)
    messages.success(request, f"Rekomendasi {r.nomor} ditambahkan.")
    return _kembali(opd, tahun, r.nomor)


def _rekomendasi(request, slug, tahun, pk):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    r = get_object_or_404(Rekomendasi, pk=pk, evaluasi__opd=opd, evaluasi__tahun=tahun)
    return opd, r


def _tulis(request, slug, tahun, pk, alasan, Form, tulis, berhasil):
    """A POST on one recommendation: checked (`alasan`), validated (`Form`), written."""
    opd, r = _rekomendasi(request, slug, tahun, pk)
    tolak_bila(alasan(request.user, opd))
    form = Form(request.POST)
    if not form.is_valid():
        messages.error(
            request,
            "Periksa isian: "
            + "; ".join(
                f"{form.fields[f].label}: {' '.join(e)}"
                for f, e in form.errors.items()
                if f in form.fields
            ),
        )
        return _kembali(opd, tahun, r.nomor)
    try:
        tulis(request.user, r, **form.cleaned_data)
    except LkeError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, berhasil.format(nomor=r.nomor))
    return _kembali(opd, tahun, r.nomor)


@require_POST
def tindak_lanjut(request, slug, tahun, pk):
    return _tulis(
        request,
        slug,
        tahun,
        pk,
        alasan_tidak_boleh_tindak_lanjut,
        TindakLanjutForm,
        catat_tindak_lanjut,
        "Tindak lanjut rekomendasi {nomor} dicatat dan menunggu penilaian Inspektorat.",
    )


@require_POST
def nilai(request, slug, tahun, pk):
    return _tulis(
        request,
        slug,
        tahun,
        pk,
        alasan_tidak_boleh_rekomendasi,
        NilaiForm,
        nilai_tindak_lanjut,
        "Penilaian tindak lanjut rekomendasi {nomor} disimpan.",
    )


def rekap(request, slug, tahun):
    pemda = ambil_pemda_rekap_lke(request.user, slug)
    urut = request.GET.get("urut", "nilai")
    turun = request.GET.get("arah", "turun") != "naik"
    baris = baris_rekap(pemda, tahun, urut, turun)
    sendiri = keadaan(pemda, tahun)
    return render(
        request,
        "lke/rekap.html",
        {
            "sendiri": sendiri,
            "hasil_sendiri": sendiri.hasil("evaluator"),
            "pemda": pemda,
            "tahun": tahun,
            "baris": baris,
            "grafik": grafik(baris),
            "urut": urut,
            "turun": turun,
        },
    )


def rekap_xlsx(request, slug, tahun):
    pemda = ambil_pemda_rekap_lke(request.user, slug)
    respons = HttpResponse(
        PENYUSUN["xlsx"](dokumen_rekap(pemda, tahun)), content_type=FORMAT["xlsx"]
    )
    respons["Content-Disposition"] = f'attachment; filename="rekap-lke-{pemda.slug}-{tahun}.xlsx"'
    return respons
