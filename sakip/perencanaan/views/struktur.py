"""Pages where the Admin Pemda keeps the whole Pemda: its settings, its OPD and its
officials (`/pemda/<slug>/pengaturan/`, `.../opd/`, `.../pejabat/`).

Whoever sees the Pemda reads them (the forms read-only, with the reason; only the OPD and
officials they may see); only its Admin Pemda saves (403 otherwise). Another Pemda's
pages answer 404. What is saved, and its audit trail, is in `struktur.py`."""

from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from sakip.akun.akses import (
    alasan_tidak_boleh_kelola_pemda,
    ambil_pemda,
    boleh_kelola_pemda,
    opd_terlihat,
)
from sakip.halaman import halaman_form, halaman_hapus
from sakip.instansi.models import OPD, Pejabat

from .. import struktur
from ..forms import OPDForm, PejabatForm, PemdaForm
from ..ubah import asal_dari
from .isian import TEMPLATE_HAPUS


def _form(request, pemda, obj, form, *, bidang, simpan_objek, benda, kembali, nama_kembali, **isi):
    """The form page of the Pemda itself, one of its OPD or officials (`benda` names it in
    the success message), through the shared entry-page flow (optimistic locking, one audit
    record)."""

    def simpan(form, asal):
        if simpan_objek(request.user, obj, form.nilai(), asal):
            return f"{benda} disimpan."
        return "Tidak ada perubahan yang perlu disimpan."

    return halaman_form(
        request,
        form=form,
        simpan=simpan,
        asal=asal_dari(obj, bidang),
        kembali=kembali,
        template="perencanaan/isian/form.html",
        periksa=lambda user: alasan_tidak_boleh_kelola_pemda(user, pemda),
        isi={"pemda": pemda, "remah": [(kembali, nama_kembali)], **isi},
    )


# --- settings ---------------------------------------------------------------------------


def pengaturan(request, slug):
    pemda = ambil_pemda(request.user, slug)
    form = PemdaForm(request.POST or None, initial=PemdaForm.awal(pemda))
    return _form(
        request,
        pemda,
        pemda,
        form,
        bidang=struktur.BIDANG_PEMDA,
        simpan_objek=struktur.simpan_pemda,
        benda="Pengaturan Pemda",
        judul=f"Pengaturan {pemda.nama}",
        kembali=reverse("rencana-pemda", args=[pemda.slug]),
        nama_kembali="Halaman Pemda",
        keterangan="Skala predikat dan batas capaian berlaku untuk semua capaian Pemda ini; "
        "mengubahnya menghitung ulang capaian yang tersimpan.",
    )


# --- OPD --------------------------------------------------------------------------------


def _daftar_opd(user, pemda):
    return opd_terlihat(user).filter(pemda=pemda)


def daftar_opd(request, slug):
    pemda = ambil_pemda(request.user, slug)
    return render(
        request,
        "perencanaan/struktur/opd.html",
        {
            "pemda": pemda,
            "daftar": _daftar_opd(request.user, pemda),
            "boleh": boleh_kelola_pemda(request.user, pemda),
        },
    )


def ubah_opd(request, slug, opd=None):
    pemda = ambil_pemda(request.user, slug)
    if opd is None:
        obj = OPD(pemda=pemda)
    else:
        obj = get_object_or_404(_daftar_opd(request.user, pemda), slug=opd)
    form = OPDForm(request.POST or None, initial=OPDForm.awal(obj) if obj.pk else None, opd=obj)
    return _form(
        request,
        pemda,
        obj,
        form,
        bidang=struktur.BIDANG_OPD,
        simpan_objek=struktur.simpan_opd,
        benda="OPD",
        judul=f"Ubah OPD {obj.nama}" if obj.pk else "Tambah OPD",
        kembali=reverse("opd-pemda", args=[pemda.slug]),
        nama_kembali="OPD",
        url_hapus=reverse("opd-hapus", args=[pemda.slug, obj.slug]) if obj.pk else None,
        jenis_hapus="OPD",
    )


def hapus_opd(request, slug, opd):
    pemda = ambil_pemda(request.user, slug)
    obj = get_object_or_404(_daftar_opd(request.user, pemda), slug=opd)
    kembali = reverse("opd-pemda", args=[pemda.slug])
    return halaman_hapus(
        request,
        obj,
        hapus_objek=struktur.hapus_opd,
        asal=asal_dari(obj, struktur.BIDANG_OPD),
        uraian=struktur.uraian_opd(obj),
        terkait=struktur.terkait_opd,
        template=TEMPLATE_HAPUS,
        alasan=alasan_tidak_boleh_kelola_pemda(request.user, pemda),
        kembali=kembali,
        isi={"pemda": pemda, "remah": [(kembali, "OPD")]},
    )


# --- officials --------------------------------------------------------------------------


def _daftar_pejabat(user, pemda):
    """The Pemda's officials and those of the OPD the user sees."""
    return Pejabat.objects.filter(
        Q(opd__isnull=True) | Q(opd__in=opd_terlihat(user)), pemda=pemda
    ).select_related("opd")


def daftar_pejabat(request, slug):
    pemda = ambil_pemda(request.user, slug)
    return render(
        request,
        "perencanaan/struktur/pejabat.html",
        {
            "pemda": pemda,
            "daftar": _daftar_pejabat(request.user, pemda).order_by("opd__nama", "nama"),
            "boleh": boleh_kelola_pemda(request.user, pemda),
        },
    )


def ubah_pejabat(request, slug, pk=None):
    pemda = ambil_pemda(request.user, slug)
    if pk is None:
        obj = Pejabat(pemda=pemda)
    else:
        obj = get_object_or_404(_daftar_pejabat(request.user, pemda), pk=pk)
    form = PejabatForm(
        request.POST or None, initial=PejabatForm.awal(obj) if obj.pk else None, pejabat=obj
    )
    return _form(
        request,
        pemda,
        obj,
        form,
        bidang=struktur.BIDANG_PEJABAT,
        simpan_objek=struktur.simpan_pejabat,
        benda="Pejabat",
        judul=f"Ubah pejabat {obj.nama}" if obj.pk else "Tambah pejabat",
        kembali=reverse("pejabat-pemda", args=[pemda.slug]),
        nama_kembali="Pejabat",
        url_hapus=reverse("pejabat-hapus", args=[pemda.slug, obj.pk]) if obj.pk else None,
        jenis_hapus="pejabat",
    )


def hapus_pejabat(request, slug, pk):
    pemda = ambil_pemda(request.user, slug)
    obj = get_object_or_404(_daftar_pejabat(request.user, pemda), pk=pk)
    kembali = reverse("pejabat-pemda", args=[pemda.slug])
    return halaman_hapus(
        request,
        obj,
        hapus_objek=struktur.hapus_pejabat,
        asal=asal_dari(obj, struktur.BIDANG_PEJABAT),
        uraian=struktur.uraian_pejabat(obj),
        template=TEMPLATE_HAPUS,
        alasan=alasan_tidak_boleh_kelola_pemda(request.user, pemda),
        kembali=kembali,
        isi={"pemda": pemda, "remah": [(kembali, "Pejabat")]},
    )
