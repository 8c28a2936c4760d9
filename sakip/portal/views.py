"""The public portal's pages: anyone may read them, signed in or not (`login_not_required`).
What they show is decided in `sakip.akun.akses` and read by `baca.py`; the pages only
render it."""

import csv

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from sakip.akun.akses import (
    ambil_indikator_terbit,
    ambil_opd_terbit,
    ambil_pemda_terbit,
    tahun_terbit,
    tahun_terbit_pemda,
)
from sakip.dasar.grafik import dasbor, tren
from sakip.kinerja.angka import json_angka
from sakip.kinerja.triwulan import nama_triwulan

from . import baca


@login_not_required
def beranda(request):
    return render(request, "portal/beranda.html", {"daftar_pemda": baca.daftar_pemda(), "q": ""})


@login_not_required
def cari(request):
    q = request.GET.get("q", "").strip()[:100]
    return render(request, "portal/cari.html", {"q": q, "hasil": baca.cari(q) if q else None})


@login_not_required
def pemda_terbaru(request, slug):
    tahun = tahun_terbit_pemda(ambil_pemda_terbit(slug))
    if not tahun:
        raise Http404("Belum ada data tahunan yang disetujui.")
    return redirect("portal-pemda", slug, max(tahun))


@login_not_required
def pemda(request, slug, tahun):
    h = baca.halaman_pemda(ambil_pemda_terbit(slug, tahun), tahun)
    grafik = dasbor(
        h.pemda.nama,
        tahun,
        [(b.opd.nama, b.ringkasan.rata_rata.nilai) for b in h.opd if b.ringkasan],
        h.rata_per_tahun,
        h.serapan,
        "Rata-rata capaian IKU per perangkat daerah",
    )
    return render(request, "portal/pemda.html", {"h": h, "dasbor": grafik})


@login_not_required
def opd_terbaru(request, slug):
    opd = ambil_opd_terbit(slug)
    tahun = tahun_terbit(opd)
    if not tahun:
        raise Http404("Belum ada data tahunan yang disetujui.")
    return redirect("portal-opd", slug, max(tahun))


@login_not_required
def opd(request, slug, tahun):
    h = baca.halaman_opd(ambil_opd_terbit(slug, tahun), tahun)
    grafik = dasbor(
        h.opd.nama,
        tahun,
        [(c.sasaran.nama, c.capaian.nilai) for c in h.per_sasaran],
        h.rata_per_tahun,
        h.serapan,
    )
    return render(request, "portal/opd.html", {"h": h, "dasbor": grafik})


@login_not_required
def indikator(request, pk):
    halaman = baca.halaman_indikator(ambil_indikator_terbit(pk))
    grafik = tren(
        "Target dan realisasi per tahun",
        [(a.tahun, a.realisasi if a.terbit else None, a.target) for a in halaman.per_tahun],
        halaman.indikator.satuan,
        halaman.indikator.jenis,
    )
    return render(request, "portal/indikator.html", {"h": halaman, "grafik": grafik})


KOLOM_CSV = ["tahun", "periode", "target", "target_atas", "realisasi", "capaian", "predikat"]


@login_not_required
def indikator_csv(request, pk):
    """The indicator's published figures as CSV (comma-separated, decimal point, every
    digit the engine has, as `sakip capaian --format json`); empty where not approved."""
    halaman = baca.halaman_indikator(ambil_indikator_terbit(pk))
    respons = HttpResponse(content_type="text/csv; charset=utf-8")
    respons["Content-Disposition"] = f'attachment; filename="indikator-{pk}.csv"'
    tulis = csv.writer(respons)
    tulis.writerow(KOLOM_CSV)
    baris = list(halaman.per_tahun)
    baris += [a for daftar in halaman.triwulan.values() for a in daftar]
    for a in sorted(baris, key=lambda a: (a.tahun, a.triwulan)):
        nilai = (a.target, a.target_atas, a.realisasi, a.capaian)
        angka = ["" if n is None else json_angka(n) for n in nilai]
        tulis.writerow([a.tahun, nama_triwulan(a.triwulan), *angka, a.predikat or ""])
    return respons
