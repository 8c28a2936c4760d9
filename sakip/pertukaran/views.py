"""The workbook pages: download, upload with a preview of every change, and confirmation.

An upload is stored under MEDIA_ROOT/impor/<random>.xlsx only once it reads without error
and changes something; the user's file name is kept in the session (for the audit reason),
never used as a path. The confirmation compares the stored file again and applies it only
when the changes are still those previewed. The file is removed once applied or cancelled;
previews nobody confirmed or cancelled are removed a day later, when the next upload is
stored."""

import re
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip.akun.akses import ambil_opd_tahun, boleh_ubah_data_opd, tolak_kecuali
from sakip.jejak.catat import Konflik

from .buku_kerja import BukuKerjaError, bandingkan, buat_buku, terapkan
from .forms import UnggahBukuKerjaForm

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_TOKEN = re.compile(r"[0-9a-f]{32}")
UMUR_UNGGAHAN = 24 * 60 * 60  # seconds an unconfirmed upload is kept


def _operator(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    tolak_kecuali(
        boleh_ubah_data_opd(request.user, opd),
        "Hanya operator OPD ini yang dapat mengimpor buku kerja.",
    )
    return opd


def _folder():
    return Path(settings.MEDIA_ROOT) / "impor"


def _berkas(token):
    return _folder() / f"{token}.xlsx"


def _simpan_unggahan(data):
    """Store an upload for its confirmation; drop the abandoned ones on the way."""
    batas = time.time() - UMUR_UNGGAHAN
    for lama in _folder().glob("*.xlsx"):
        try:
            if lama.stat().st_mtime < batas:
                lama.unlink()
        except FileNotFoundError:
            pass  # removed meanwhile by another request
    token = uuid.uuid4().hex
    tujuan = _berkas(token)
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    tujuan.write_bytes(data)
    return token


def halaman(request, slug, tahun, form=None, status=200):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    boleh = boleh_ubah_data_opd(request.user, opd)
    konteks = {
        "opd": opd,
        "tahun": tahun,
        "form": (form or UnggahBukuKerjaForm()) if boleh else None,
    }
    return render(request, "pertukaran/buku_kerja.html", konteks, status=status)


def unduh(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    respons = HttpResponse(buat_buku(opd, tahun), content_type=XLSX)
    respons["Content-Disposition"] = f'attachment; filename="buku-kerja-{opd.slug}-{tahun}.xlsx"'
    return respons


def _pratinjau(request, opd, tahun, hasil, nama, token=None, berubah=False):
    konteks = {
        "opd": opd,
        "tahun": tahun,
        "hasil": hasil,
        "nama": nama,
        "token": token,
        "berubah": berubah,
        "hapus": sum(p.tindakan == "hapus" for p in hasil.perubahan),
    }
    return render(request, "pertukaran/pratinjau.html", konteks, status=400 if hasil.galat else 200)


@require_POST
def unggah(request, slug, tahun):
    opd = _operator(request, slug, tahun)
    form = UnggahBukuKerjaForm(request.POST, request.FILES)
    if not form.is_valid():
        return halaman(request, slug, tahun, form=form, status=400)
    berkas = form.cleaned_data["berkas"]
    nama = Path(berkas.name).name[:200]
    data = berkas.read()
    try:
        hasil = bandingkan(request.user, opd, tahun, data)
    except BukuKerjaError as e:
        form.add_error("berkas", str(e))
        return halaman(request, slug, tahun, form=form, status=400)
    if hasil.galat:
        return _pratinjau(request, opd, tahun, hasil, nama)
    if not hasil.perubahan:
        messages.success(request, f"{nama}: tidak ada perubahan dibandingkan data tersimpan.")
        return redirect(reverse("buku-kerja", args=[opd.slug, tahun]))
    token = _simpan_unggahan(data)
    request.session[f"buku-kerja:{token}"] = {
        "opd": opd.pk,
        "tahun": tahun,
        "nama": nama,
        "sidik": hasil.sidik,
    }
    return _pratinjau(request, opd, tahun, hasil, nama, token)


def _pratinjau_sesi(request, opd, tahun):
    """(token, session key, preview info) of the upload this session previewed for the OPD
    and year; info is None when there is none (any more)."""
    token = request.POST.get("token", "")
    kunci = f"buku-kerja:{token}"
    info = request.session.get(kunci) if _TOKEN.fullmatch(token) else None
    if not info or (info["opd"], info["tahun"]) != (opd.pk, tahun) or not _berkas(token).exists():
        messages.error(request, "Pratinjau impor tidak ditemukan atau sudah dipakai; unggah ulang.")
        return token, kunci, None
    return token, kunci, info


@require_POST
def batal(request, slug, tahun):
    opd = _operator(request, slug, tahun)
    token, kunci, info = _pratinjau_sesi(request, opd, tahun)
    if info:
        del request.session[kunci]
        _berkas(token).unlink(missing_ok=True)
        messages.success(request, f"Impor {info['nama']} dibatalkan; tidak ada yang disimpan.")
    return redirect(reverse("buku-kerja", args=[opd.slug, tahun]))


@require_POST
def konfirmasi(request, slug, tahun):
    opd = _operator(request, slug, tahun)
    token, kunci, info = _pratinjau_sesi(request, opd, tahun)
    kembali = redirect(reverse("buku-kerja", args=[opd.slug, tahun]))
    if not info:
        return kembali
    berkas = _berkas(token)
    try:
        hasil, diterapkan = terapkan(
            request.user, opd, tahun, berkas.read_bytes(), info["nama"], info["sidik"]
        )
    except (Konflik, BukuKerjaError) as e:
        messages.error(request, f"Tidak ada yang disimpan. {e}")
        return kembali
    if not diterapkan and not hasil.galat:
        # The stored data changed since the preview: show the changes as they now are.
        info["sidik"] = hasil.sidik
        request.session[kunci] = info
        return _pratinjau(request, opd, tahun, hasil, info["nama"], token, berubah=True)
    del request.session[kunci]
    berkas.unlink(missing_ok=True)
    if not diterapkan:
        return _pratinjau(request, opd, tahun, hasil, info["nama"])
    messages.success(
        request, f"{len(hasil.perubahan)} perubahan dari {info['nama']} telah disimpan."
    )
    return kembali
