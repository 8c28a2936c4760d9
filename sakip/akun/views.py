from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from sakip.halaman import asal_post, asal_tampil, halaman
from sakip.jejak.catat import Konflik

from . import ubah
from .akses import (
    alasan_tidak_boleh_hapus_peran,
    alasan_tidak_boleh_kelola_akun,
    alasan_wajib_ganti_kata_sandi,
    ambil_pemda_kelola,
    ambil_token,
    tolak_bila,
)
from .forms import (
    FormAkun,
    FormAturUlang,
    FormGantiKataSandi,
    FormHapusPeran,
    FormMasuk,
    FormPejabat,
    FormPenggunaBaru,
    FormPeran,
    FormStatus,
    FormToken,
)
from .hitung import pengguna_pemda, token_pengguna
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

    def get_context_data(self, **kwargs):
        # Why the user was led here, when they must change it before anything else.
        wajib = alasan_wajib_ganti_kata_sandi(self.request.user)
        return super().get_context_data(**kwargs, wajib=wajib)

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


def _pengguna_kelola(request, slug, pk):
    """(Pemda, user holding a role there) for its Admin Pemda; 404 for a user of no role
    in that Pemda."""
    pemda = _pemda_kelola(request, slug)
    return pemda, get_object_or_404(pengguna_pemda(pemda), pk=pk)


def daftar_pengguna(request, slug):
    pemda = _pemda_kelola(request, slug)
    pengguna = halaman(request, pengguna_pemda(pemda))
    return render(
        request, "akun/pengguna.html", {"pemda": pemda, "halaman": pengguna, "daftar": pengguna}
    )


def pengguna_baru(request, slug):
    pemda = _pemda_kelola(request, slug)
    form = FormPenggunaBaru(request.POST or None, pemda=pemda)
    if request.method == "POST" and form.is_valid():
        pengguna = ubah.buat_pengguna(request.user, pemda, form)
        messages.success(request, f"Pengguna {pengguna.get_username()} dibuat.")
        return redirect("kelola-pengguna", pemda.slug, pengguna.pk)
    return render(request, "akun/pengguna_baru.html", {"pemda": pemda, "form": form})


def _halaman_kelola(request, pemda, pengguna, kode=200, **form):
    """The page of one user: roles, password reset, (de)activation; `form` holds a
    refused form shown again with its errors."""
    return render(
        request,
        "akun/kelola.html",
        {
            "pemda": pemda,
            "pengguna": pengguna,
            "form_peran": form.get("peran")
            or FormPeran(
                pemda=pemda, pengguna=pengguna, oleh=request.user, prefix=f"p{pengguna.pk}"
            ),
            "form_atur_ulang": form.get("atur_ulang") or FormAturUlang(),
            "form_status": form.get("aktif")
            or FormStatus(initial={"aktif": "0" if pengguna.is_active else "1"}),
            "form_pejabat": form.get("pejabat")
            or FormPejabat(pemda=pemda, initial={"pejabat": pengguna.pejabat_id}),
            "tidak_boleh": alasan_tidak_boleh_kelola_akun(request.user, pengguna),
            # Each role with why it may not be removed (None when it may).
            "peran": [
                (r, alasan_tidak_boleh_hapus_peran(request.user, r))
                for r in pengguna.peran_di_pemda
            ],
        },
        status=kode,
    )


def kelola_pengguna(request, slug, pk):
    pemda, pengguna = _pengguna_kelola(request, slug, pk)
    return _halaman_kelola(request, pemda, pengguna)


@require_POST
def tambah_peran(request, slug, pk):
    pemda, pengguna = _pengguna_kelola(request, slug, pk)
    form = FormPeran(
        request.POST, pemda=pemda, pengguna=pengguna, oleh=request.user, prefix=f"p{pengguna.pk}"
    )
    if not form.is_valid():
        return _halaman_kelola(request, pemda, pengguna, 400, peran=form)
    d = form.cleaned_data
    peran = ubah.tambah_peran(request.user, pemda, pengguna, d["jenis"], d["opd"], d["alasan"])
    messages.success(request, f"{peran} ditambahkan untuk {pengguna.get_username()}.")
    return redirect("kelola-pengguna", pemda.slug, pengguna.pk)


@require_POST
def hapus_peran(request, slug, pk):
    pemda = _pemda_kelola(request, slug)
    peran = get_object_or_404(Peran.objects.select_related("pengguna", "opd"), pk=pk, pemda=pemda)
    form = FormHapusPeran(request.POST)
    if alasan := alasan_tidak_boleh_hapus_peran(request.user, peran):
        messages.error(request, alasan)
    elif not form.is_valid():
        messages.error(request, " ".join(e for es in form.errors.values() for e in es))
    else:
        ubah.hapus_peran(request.user, peran, form.cleaned_data["alasan"])
        messages.success(request, f"{peran} dihapus dari {peran.pengguna.get_username()}.")
        if not Peran.objects.filter(pengguna=peran.pengguna_id, pemda=pemda).exists():
            # Without a role here the user is no longer one of this Pemda's users.
            return redirect("pengguna-pemda", pemda.slug)
    return redirect("kelola-pengguna", pemda.slug, peran.pengguna_id)


@require_POST
@never_cache
def atur_ulang_kata_sandi(request, slug, pk):
    """Reset the password; the temporary one is shown on this answer only (never stored in
    a page that can be reloaded from a cache)."""
    pemda, pengguna = _pengguna_kelola(request, slug, pk)
    tolak_bila(alasan_tidak_boleh_kelola_akun(request.user, pengguna))
    form = FormAturUlang(request.POST)
    if not form.is_valid():
        return _halaman_kelola(request, pemda, pengguna, 400, atur_ulang=form)
    sementara = ubah.atur_ulang_kata_sandi(request.user, pengguna, form.cleaned_data["alasan"])
    return render(
        request,
        "akun/kata_sandi_sementara.html",
        {"pemda": pemda, "pengguna": pengguna, "sementara": sementara},
    )


@require_POST
def status_pengguna(request, slug, pk):
    pemda, pengguna = _pengguna_kelola(request, slug, pk)
    tolak_bila(alasan_tidak_boleh_kelola_akun(request.user, pengguna))
    form = FormStatus(request.POST)
    if not form.is_valid():
        return _halaman_kelola(request, pemda, pengguna, 400, aktif=form)
    aktif = form.cleaned_data["aktif"]
    nama = pengguna.get_username()
    if ubah.atur_status(request.user, pengguna, aktif, form.cleaned_data["alasan"]):
        messages.success(
            request,
            f"Akun {nama} diaktifkan kembali."
            if aktif
            else f"Akun {nama} dinonaktifkan: ia tidak dapat masuk lagi sampai diaktifkan kembali.",
        )
    else:
        messages.error(request, f"Akun {nama} sudah {'aktif' if aktif else 'nonaktif'}.")
    return redirect("kelola-pengguna", pemda.slug, pengguna.pk)


def akun(request):
    """The user's own account: their roles, e-mail address, reminders setting and API tokens."""
    pengguna = request.user
    form = FormAkun(
        request.POST or None,
        initial={"email": pengguna.email, "terima_pengingat": pengguna.terima_pengingat},
    )
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            diubah = ubah.ubah_akun(pengguna, d["email"], d["terima_pengingat"], asal_post(request))
        except Konflik as e:
            form.add_error(None, str(e))
        else:
            if diubah:
                messages.success(request, "Pengaturan akun disimpan.")
            return redirect("akun")
    return _halaman_akun(request, form)


def _halaman_akun(request, form=None, form_token=None, kode=200):
    """The account page; `form`/`form_token` hold a refused form shown with its errors."""
    pengguna = request.user
    form = form or FormAkun(
        initial={"email": pengguna.email, "terima_pengingat": pengguna.terima_pengingat}
    )
    return render(
        request,
        "akun/akun.html",
        {
            "form": form,
            "asal_json": asal_tampil(request, ubah.asal_akun(pengguna)),
            "form_token": form_token or FormToken(),
            "daftar_token": token_pengguna(pengguna),
        },
        status=kode,
    )


@require_POST
@never_cache
def buat_token(request):
    """Make an API token of the user's own; it is shown on this answer only."""
    form = FormToken(request.POST)
    if not form.is_valid():
        return _halaman_akun(request, form_token=form, kode=400)
    token, teks = ubah.buat_token(request.user, form.cleaned_data["nama"])
    return render(request, "akun/token_baru.html", {"token": token, "teks": teks})


@require_POST
def cabut_token(request, pk):
    token = ambil_token(request.user, pk)
    if ubah.cabut_token(request.user, token):
        messages.success(request, f"Token {token} dicabut: permintaan dengannya kini ditolak.")
    else:
        messages.error(request, f"Token {token} sudah dicabut.")
    return redirect("akun")


@require_POST
def pejabat_pengguna(request, slug, pk):
    """Link the account to its official's record (for the Rencana Aksi), or unlink it."""
    pemda, pengguna = _pengguna_kelola(request, slug, pk)
    tolak_bila(alasan_tidak_boleh_kelola_akun(request.user, pengguna))
    form = FormPejabat(request.POST, pemda=pemda)
    if not form.is_valid():
        return _halaman_kelola(request, pemda, pengguna, 400, pejabat=form)
    pejabat = form.cleaned_data["pejabat"]
    if ubah.tautkan_pejabat(request.user, pengguna, pejabat, form.cleaned_data["alasan"]):
        messages.success(
            request,
            f"Akun {pengguna.get_username()} ditautkan ke {pejabat.nama}."
            if pejabat
            else f"Tautan akun {pengguna.get_username()} ke data pejabat dilepas.",
        )
    return redirect("kelola-pengguna", pemda.slug, pengguna.pk)
