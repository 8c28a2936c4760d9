from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.akun.akses import alasan_tidak_boleh_isi, ambil_opd_tahun, tolak_bila
from sakip.alur.models import dokumen_triwulan
from sakip.jejak.catat import Konflik

from ..forms import IsianTriwulanForm
from ..hitung import NAMA_PERIODE, kelompok_isian, lengkapi_angka
from ..models import TRIWULAN_CHOICES
from ..ubah import simpan_triwulan


def isi_triwulan(request, slug, tahun, triwulan):
    """The quarter's values (triwulan 0: the year's own values) of an OPD."""
    opd = ambil_opd_tahun(request.user, slug, tahun)
    if triwulan not in range(5):
        raise Http404("Triwulan harus 0 sampai 4")
    dokumen = dokumen_triwulan(triwulan)
    terkunci = alasan_tidak_boleh_isi(request.user, opd, tahun, dokumen)
    if request.method == "POST":
        tolak_bila(terkunci)
    kelompok = kelompok_isian(opd, tahun, triwulan)
    form = IsianTriwulanForm(request.POST or None, isian=[i for k in kelompok for i in k.isian])
    if request.method == "POST" and form.is_valid():
        perubahan = form.perubahan()
        try:
            simpan_triwulan(request.user, opd, tahun, triwulan, perubahan)
        except Konflik as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, f"{len(perubahan)} nilai disimpan.")
            return redirect(reverse("isi-triwulan", args=[opd.slug, tahun, triwulan]))
    return render(
        request,
        "pengukuran/isi_triwulan.html",
        {
            "opd": opd,
            "tahun": tahun,
            "triwulan": triwulan,
            "daftar_triwulan": TRIWULAN_CHOICES,
            "nama_periode": NAMA_PERIODE[triwulan],
            "dokumen": dokumen,
            "form": form,
            "kelompok": form.per_kelompok(lengkapi_angka(kelompok, tahun, triwulan)),
            "terkunci": terkunci,
        },
    )
