"""Crosscutting links (keterkaitan lintas OPD): the OPD's list (proposed by it and asked of
it, with their status), the proposal form, and one link's page where the partner accepts
or refuses and the proposer withdraws. Access and the right to act: `akun.akses`."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.akun.akses import (
    alasan_tidak_boleh_putus_lintas,
    alasan_tidak_boleh_tarik_lintas,
    alasan_tidak_boleh_usul_lintas,
    ambil_lintas,
    ambil_opd,
    tolak_bila,
)
from sakip.halaman import asal_post, asal_tampil, halaman_form
from sakip.jejak.catat import Konflik, nilai_objek

from .. import ubah
from ..forms import PutusanLintasForm, UsulLintasForm
from ..lintas import keterkaitan_opd


def _baris(user, opd, k):
    usulan = k.opd_id == opd.pk
    return {
        "k": k,
        "usulan": usulan,
        "mitra": k.opd_mitra if usulan else k.opd,
        "boleh_putus": alasan_tidak_boleh_putus_lintas(user, k) is None,
        "boleh_tarik": alasan_tidak_boleh_tarik_lintas(user, k) is None,
    }


def daftar(request, slug):
    opd = ambil_opd(request.user, slug)
    baris = [_baris(request.user, opd, k) for k in keterkaitan_opd(opd)]
    return render(
        request,
        "perencanaan/lintas/daftar.html",
        {
            "opd": opd,
            "usulan": [b for b in baris if b["usulan"]],
            "permintaan": [b for b in baris if not b["usulan"]],
            "boleh_usul": alasan_tidak_boleh_usul_lintas(request.user, opd) is None,
        },
    )


def usul(request, slug):
    opd = ambil_opd(request.user, slug)
    form = UsulLintasForm(request.POST or None, opd=opd)

    def simpan(form, asal):
        d = form.cleaned_data
        k = ubah.usulkan_lintas(
            request.user, opd, d["sasaran"], d["opd_mitra"], d["sasaran_mitra"], d["catatan"]
        )
        return f"Usulan keterkaitan dikirim ke {k.opd_mitra.nama}; menunggu keputusannya."

    return halaman_form(
        request,
        opd=opd,
        form=form,
        simpan=simpan,
        asal=None,
        periksa=lambda user: alasan_tidak_boleh_usul_lintas(user, opd),
        tolak={ubah.LintasDitolak: None},
        kembali=reverse("lintas-opd", args=[opd.slug]),
        template="perencanaan/lintas/usul.html",
        isi={},
    )


def rinci(request, slug, pk):
    opd, k = ambil_lintas(request.user, slug, pk)
    form = PutusanLintasForm(request.POST or None, keterkaitan=k)
    if request.method == "POST":
        tindakan = request.POST.get("tindakan")
        if tindakan == "tarik":
            tolak_bila(alasan_tidak_boleh_tarik_lintas(request.user, k))
        else:
            tolak_bila(alasan_tidak_boleh_putus_lintas(request.user, k))
        if form.is_valid():
            d = form.cleaned_data
            try:
                asal = asal_post(request)
                if tindakan == "tarik":
                    ubah.tarik_lintas(request.user, k, d["alasan"], asal=asal)
                else:
                    ubah.putus_lintas(
                        request.user,
                        k,
                        tindakan == "terima",
                        d["alasan"],
                        d["sasaran_mitra"],
                        asal=asal,
                    )
            except (Konflik, ubah.LintasDitolak) as e:
                form.add_error(None, str(e))
            else:
                k.refresh_from_db()
                messages.success(request, f"Keterkaitan {k.get_status_display().lower()}.")
                return redirect("lintas-opd", opd.slug)
    return render(
        request,
        "perencanaan/lintas/rinci.html",
        {
            "opd": opd,
            "b": _baris(request.user, opd, k),
            "form": form,
            "asal_json": asal_tampil(request, nilai_objek(k, ubah.BIDANG_LINTAS)),
        },
    )
