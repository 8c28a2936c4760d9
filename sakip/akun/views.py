from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST

from sakip.halaman import halaman

from . import ubah
from .akses import alasan_tidak_boleh_hapus_peran, ambil_pemda_kelola
from .forms import FormGantiKataSandi, FormMasuk, FormPenggunaBaru, FormPeran
from .hitung import pengguna_pemda
from .models import Peran


class Masuk(auth_views.LoginView):
    """Login with the rate limit of `sakip.akun.batas` (429 while locked)."""

    authentication_form = FormMasuk

    def form_invalid(self, form):
        respons = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, "dibatasi"):
            respons.status_code = 429
        return respons


class GantiKataSandi(auth_views.PasswordChangeView):
    form_class = FormGantiKataSandi
    template_name = "akun/kata_sandi.html"
    success_url = reverse_lazy("beranda")

    @transaction.atomic
    def form_valid(self, form):
        respons = super().form_valid(form)
        ubah.catat_kata_sandi(self.request.user, form.user)
        messages.success(self.request, "Kata sandi berhasil diganti.")
        return respons


def _pemda_kelola(request, slug):
    """The Pemda whose users the current user manages."""
    return ambil_pemda_kelola(
        request.user, slug, "Hanya Admin Pemda yang dapat mengelola pengguna."
    )


def daftar_pengguna(request, slug):
    pemda = _pemda_kelola(request, slug)
    pengguna = halaman(request, pengguna_pemda(pemda))
    form = [
        FormPeran(pemda=pemda, pengguna=p, oleh=request.user, prefix=f"p{p.pk}") for p in pengguna
    ]
    if form:  # the OPD options, read once for every row's form
        pilihan = list(form[0].fields["opd"].choices)
        for f in form[1:]:
            f.fields["opd"].choices = pilihan
    return render(
        request,
        "akun/pengguna.html",
        {"pemda": pemda, "halaman": pengguna, "daftar": list(zip(pengguna, form, strict=True))},
    )


def pengguna_baru(request, slug):
    pemda = _pemda_kelola(request, slug)
    form = FormPenggunaBaru(request.POST or None, pemda=pemda)
    if request.method == "POST" and form.is_valid():
        pengguna = ubah.buat_pengguna(request.user, pemda, form)
        messages.success(request, f"Pengguna {pengguna.get_username()} dibuat.")
        return redirect("pengguna-pemda", pemda.slug)
    return render(request, "akun/pengguna_baru.html", {"pemda": pemda, "form": form})


@require_POST
def tambah_peran(request, slug, pk):
    pemda = _pemda_kelola(request, slug)
    pengguna = get_object_or_404(pengguna_pemda(pemda), pk=pk)
    form = FormPeran(
        request.POST, pemda=pemda, pengguna=pengguna, oleh=request.user, prefix=f"p{pengguna.pk}"
    )
    if form.is_valid():
        peran = ubah.tambah_peran(
            request.user, pemda, pengguna, form.cleaned_data["jenis"], form.cleaned_data["opd"]
        )
        messages.success(request, f"{peran} ditambahkan untuk {pengguna.get_username()}.")
        return redirect("pengguna-pemda", pemda.slug)
    return render(
        request,
        "akun/pengguna_peran.html",
        {"pemda": pemda, "pengguna": pengguna, "form": form},
        status=400,
    )


@require_POST
def hapus_peran(request, slug, pk):
    pemda = _pemda_kelola(request, slug)
    peran = get_object_or_404(Peran.objects.select_related("pengguna", "opd"), pk=pk, pemda=pemda)
    if alasan := alasan_tidak_boleh_hapus_peran(request.user, peran):
        messages.error(request, alasan)
    else:
        ubah.hapus_peran(request.user, peran)
        messages.success(request, f"{peran} dihapus dari {peran.pengguna.get_username()}.")
    return redirect("pengguna-pemda", pemda.slug)
