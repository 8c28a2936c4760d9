from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.akun.akses import ambil_opd, ambil_sub_kegiatan, boleh_ubah_data_opd, periksa_isi
from sakip.alur.models import dokumen_triwulan

from . import realisasi
from .forms import RealisasiTriwulanForm
from .hitung import efisiensi_sasaran, pohon_anggaran, tabel_keluaran, tabel_rfk, tahun_anggaran


def _cek_tahun(opd, tahun):
    daftar = tahun_anggaran(opd)
    if tahun not in daftar:
        raise Http404("Belum ada anggaran OPD ini pada tahun tersebut")
    return daftar


def pohon(request, slug, tahun):
    opd = ambil_opd(request.user, slug)
    daftar_tahun = _cek_tahun(opd, tahun)
    program, total = pohon_anggaran(opd, tahun)
    baris = [s for p in program for s in p.semua()]
    return render(
        request,
        "anggaran/pohon.html",
        {
            "opd": opd,
            "tahun": tahun,
            "daftar_tahun": daftar_tahun,
            "baris": baris,
            "total": total,
            "boleh_isi": boleh_ubah_data_opd(request.user, opd),
        },
    )


def rfk(request, slug, tahun):
    opd = ambil_opd(request.user, slug)
    _cek_tahun(opd, tahun)
    triwulan = request.GET.get("triwulan", "4")
    if triwulan not in ("1", "2", "3", "4"):
        raise Http404("Triwulan harus 1 sampai 4")
    return render(
        request,
        "anggaran/rfk.html",
        {
            "opd": opd,
            "tahun": tahun,
            "triwulan": int(triwulan),
            "baris": tabel_rfk(opd, tahun, int(triwulan)),
        },
    )


def efisiensi(request, slug, tahun):
    opd = ambil_opd(request.user, slug)
    _cek_tahun(opd, tahun)
    return render(
        request,
        "anggaran/efisiensi.html",
        {
            "opd": opd,
            "tahun": tahun,
            "baris": efisiensi_sasaran(opd, tahun),
            "keluaran": tabel_keluaran(opd, tahun),
        },
    )


def isi_realisasi(request, pk):
    sub = ambil_sub_kegiatan(request.user, pk, ubah=True)
    form = RealisasiTriwulanForm(request.POST or None, sub=sub)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        periksa_isi(request.user, sub.opd, sub.tahun, dokumen_triwulan(d["triwulan"]))
        realisasi.catat(request.user, sub, d["triwulan"], d["keuangan"], d["fisik"])
        messages.success(request, f"Realisasi triwulan {d['triwulan']} untuk {sub.kode} disimpan.")
        return redirect(reverse("anggaran", args=[sub.opd.slug, sub.tahun]))
    return render(
        request,
        "anggaran/isi_realisasi.html",
        {
            "sub": sub,
            "form": form,
            "tercatat": sub.realisasi_keuangan_set.all(),
            "fisik": sub.realisasi_fisik_set.all(),
        },
    )
