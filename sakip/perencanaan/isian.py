"""Pages for entering an OPD's Renstra content (tujuan, sasaran, indicators with the formula
editor), its targets per year and quarter, and setting its Perjanjian Kinerja.

Everybody who sees the OPD sees these forms (read-only, with the reason); only its operator
may save, and only while the document is open (`akses.periksa_isi`, 403 otherwise). What is
saved, and its audit trail, is in `ubah.py`."""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from sakip.akun.akses import ambil_opd, opd_terlihat, periksa_isi
from sakip.alur.kunci import tahap_dokumen
from sakip.alur.models import Dokumen
from sakip.jejak.catat import Konflik

from . import ubah
from .forms import IndikatorForm, PKForm, SasaranForm, TargetForm, TujuanForm
from .models import Indikator, Periode, PerjanjianKinerja, Sasaran, Tujuan
from .penjelasan import periksa_rumus
from .pk import indikator_pk
from .pohon import tujuan_lengkap

# --- fetching, scoped to what the user sees (404 otherwise) -----------------------------


def _periode(user, pk):
    return get_object_or_404(
        Periode.objects.filter(opd__in=opd_terlihat(user)).select_related("opd__pemda"), pk=pk
    )


def _tujuan(user, pk):
    return get_object_or_404(
        Tujuan.objects.filter(periode__opd__in=opd_terlihat(user)).select_related(
            "periode__opd__pemda"
        ),
        pk=pk,
    )


def _sasaran(user, pk):
    return get_object_or_404(
        Sasaran.objects.filter(tujuan__periode__opd__in=opd_terlihat(user)).select_related(
            "tujuan__periode__opd__pemda"
        ),
        pk=pk,
    )


def _indikator(user, pk):
    return get_object_or_404(
        Indikator.objects.filter(periode__opd__in=opd_terlihat(user)).select_related(
            "periode__opd__pemda", "tujuan", "sasaran__tujuan"
        ),
        pk=pk,
    )


# --- shared flow ------------------------------------------------------------------------


def _alasan_tolak(user, opd, tahun, dokumen):
    """None when the user may change the document now, else why not (shown on the page)."""
    try:
        periksa_isi(user, opd, tahun, dokumen)
    except PermissionDenied as e:
        return str(e)
    return None


def _asal_post(request):
    """The values the form showed (hidden input `asal`, JSON), for optimistic locking."""
    try:
        return json.loads(request.POST.get("asal") or "null")
    except ValueError:
        return None


def _asal_tampil(request, asal):
    """On a refused save the page keeps the values it first showed, so that saving again
    still detects the other person's change."""
    if request.method == "POST" and "asal" in request.POST:
        return request.POST["asal"]
    return json.dumps(asal)


def _halaman_form(request, *, opd, tahun, dokumen, form, simpan, asal, kembali, template, isi):
    """Show `form`; on POST check the right to change, validate and save through
    `simpan(form, asal)`. A conflict keeps what the user typed and says why."""
    alasan = _alasan_tolak(request.user, opd, tahun, dokumen)
    if request.method == "POST":
        periksa_isi(request.user, opd, tahun, dokumen)
        if form.is_valid():
            try:
                pesan = simpan(form, _asal_post(request))
            except Konflik as e:
                form.add_error(None, str(e))
            except ubah.AlasanWajib as e:
                form.add_error("alasan", str(e))
            except ubah.TargetKomposit as e:
                form.add_error(None, str(e))
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
            "asal_json": _asal_tampil(request, asal),
            "kembali": kembali,
            **isi,
        },
    )


def _kembali(opd):
    return reverse("isian-opd", args=[opd.slug])


def _pesan(berubah, teks):
    return f"{teks} disimpan." if berubah else "Tidak ada perubahan yang perlu disimpan."


# --- the OPD's entry page ---------------------------------------------------------------


def isian_opd(request, slug):
    opd = ambil_opd(request.user, slug)
    periode = []
    for p in Periode.objects.filter(opd=opd).select_related("induk"):
        periode.append(
            {
                "periode": p,
                "tujuan": tujuan_lengkap(p),
                "tahap": tahap_dokumen(opd, p.tahun_awal, Dokumen.RENSTRA),
                "alasan_tolak": _alasan_tolak(request.user, opd, p.tahun_awal, Dokumen.RENSTRA),
            }
        )
    tahun = sorted(
        {t for x in periode for t in range(x["periode"].tahun_awal, x["periode"].tahun_akhir + 1)}
    )
    pk = {}
    for x in PerjanjianKinerja.objects.filter(opd=opd).order_by("tahun", "versi"):
        pk[x.tahun] = x
    return render(
        request,
        "perencanaan/isian/opd.html",
        {
            "opd": opd,
            "daftar_periode": periode,
            "daftar_pk": [(t, pk.get(t)) for t in tahun],
        },
    )


# --- tujuan and sasaran -----------------------------------------------------------------


def _form_tujuan(request, periode, tujuan):
    opd = periode.opd
    awal = TujuanForm.awal(tujuan) if tujuan.pk else None
    form = TujuanForm(request.POST or None, initial=awal, periode=periode)

    def simpan(form, asal):
        berubah = ubah.simpan_tujuan(request.user, tujuan, form.nilai(), asal)
        return _pesan(berubah, "Tujuan")

    return _halaman_form(
        request,
        opd=opd,
        tahun=periode.tahun_awal,
        dokumen=Dokumen.RENSTRA,
        form=form,
        simpan=simpan,
        asal=ubah.asal_dari(tujuan, ubah.BIDANG_TUJUAN),
        kembali=_kembali(opd),
        template="perencanaan/isian/form.html",
        isi={
            "judul": f"Ubah tujuan {tujuan.nomor}" if tujuan.pk else "Tambah tujuan",
            "periode": periode,
            "objek": tujuan if tujuan.pk else None,
            "jenis_hapus": "tujuan",
        },
    )


def tujuan_baru(request, periode):
    periode = _periode(request.user, periode)
    return _form_tujuan(request, periode, Tujuan(periode=periode))


def tujuan_ubah(request, pk):
    tujuan = _tujuan(request.user, pk)
    return _form_tujuan(request, tujuan.periode, tujuan)


def _form_sasaran(request, tujuan, sasaran):
    periode = tujuan.periode
    opd = periode.opd
    awal = SasaranForm.awal(sasaran) if sasaran.pk else None
    form = SasaranForm(request.POST or None, initial=awal, periode=periode)

    def simpan(form, asal):
        berubah = ubah.simpan_sasaran(request.user, sasaran, form.nilai(), asal)
        return _pesan(berubah, "Sasaran")

    return _halaman_form(
        request,
        opd=opd,
        tahun=periode.tahun_awal,
        dokumen=Dokumen.RENSTRA,
        form=form,
        simpan=simpan,
        asal=ubah.asal_dari(sasaran, ubah.BIDANG_SASARAN),
        kembali=_kembali(opd),
        template="perencanaan/isian/form.html",
        isi={
            "judul": f"Ubah sasaran {sasaran.nomor}" if sasaran.pk else "Tambah sasaran",
            "periode": periode,
            "induk": f"Tujuan {tujuan.nomor}: {tujuan.nama}",
            "objek": sasaran if sasaran.pk else None,
            "jenis_hapus": "sasaran",
        },
    )


def sasaran_baru(request, tujuan):
    tujuan = _tujuan(request.user, tujuan)
    return _form_sasaran(request, tujuan, Sasaran(tujuan=tujuan))


def sasaran_ubah(request, pk):
    sasaran = _sasaran(request.user, pk)
    return _form_sasaran(request, sasaran.tujuan, sasaran)


# --- indicators and the formula editor --------------------------------------------------


def _form_indikator(request, ind):
    periode = ind.periode
    opd = periode.opd
    awal = IndikatorForm.awal(ind) if ind.pk else {"agregasi": "terakhir", "urutan": 0}
    form = IndikatorForm(request.POST or None, initial=awal, indikator=ind)

    def simpan(form, asal):
        berubah = ubah.simpan_indikator(request.user, ind, form.nilai(), asal)
        return _pesan(berubah, "Indikator")

    induk = ind.sasaran or ind.tujuan
    cek_awal = periksa_rumus(form["rumus"].value() or "", opd)
    if cek_awal.get("kolom"):
        cek_awal["tanda"] = " " * (cek_awal["kolom"] - 1) + "^"
    return _halaman_form(
        request,
        opd=opd,
        tahun=periode.tahun_awal,
        dokumen=Dokumen.RENSTRA,
        form=form,
        simpan=simpan,
        asal=ubah.asal_dari(ind, ubah.BIDANG_INDIKATOR),
        kembali=_kembali(opd),
        template="perencanaan/isian/indikator.html",
        isi={
            "judul": f"Ubah indikator {ind.kode}" if ind.pk else "Tambah indikator",
            "periode": periode,
            "induk": f"{'Sasaran' if ind.sasaran_id else 'Tujuan'} {induk.nomor}: {induk.nama}",
            "objek": ind if ind.pk else None,
            "jenis_hapus": "indikator",
            "cek_awal": cek_awal,
            "url_periksa": reverse("isian-periksa-rumus", args=[opd.slug]),
        },
    )


def indikator_baru(request, jenis, induk):
    if jenis == "tujuan":
        tujuan = _tujuan(request.user, induk)
        ind = Indikator(periode=tujuan.periode, tujuan=tujuan)
    elif jenis == "sasaran":
        sasaran = _sasaran(request.user, induk)
        ind = Indikator(periode=sasaran.tujuan.periode, sasaran=sasaran)
    else:
        raise Http404
    return _form_indikator(request, ind)


def indikator_ubah(request, pk):
    return _form_indikator(request, _indikator(request.user, pk))


@require_GET
def cek_rumus(request, slug):
    """The live check of the formula editor: JSON, no side effects."""
    opd = ambil_opd(request.user, slug)
    rumus = request.GET.get("rumus", "")
    hasil = periksa_rumus(rumus[:4000], opd)
    return JsonResponse(hasil, json_dumps_params={"ensure_ascii": False})


# --- deleting ---------------------------------------------------------------------------

_HAPUS = {
    "tujuan": (_tujuan, ubah.hapus_tujuan, ubah.BIDANG_TUJUAN, ubah.uraian_tujuan),
    "sasaran": (_sasaran, ubah.hapus_sasaran, ubah.BIDANG_SASARAN, ubah.uraian_sasaran),
    "indikator": (_indikator, ubah.hapus_indikator, ubah.BIDANG_INDIKATOR, ubah.uraian_indikator),
}


def hapus(request, jenis, pk):
    if jenis not in _HAPUS:
        raise Http404
    ambil, fungsi, bidang, uraian = _HAPUS[jenis]
    obj = ambil(request.user, pk)
    opd = ubah.opd_dari(obj)
    periode = obj.tujuan.periode if isinstance(obj, Sasaran) else obj.periode
    alasan = _alasan_tolak(request.user, opd, periode.tahun_awal, Dokumen.RENSTRA)
    galat = None
    if request.method == "POST":
        periksa_isi(request.user, opd, periode.tahun_awal, Dokumen.RENSTRA)
        try:
            fungsi(request.user, obj, _asal_post(request))
        except (Konflik, ubah.TidakBolehDihapus) as e:
            galat = str(e)
        else:
            messages.success(request, f"{uraian(obj)} dihapus.")
            return redirect(_kembali(opd))
    return render(
        request,
        "perencanaan/isian/hapus.html",
        {
            "opd": opd,
            "objek": obj,
            "uraian": uraian(obj),
            "terkait": ubah.data_terkait(
                obj, kecuali=("target_set",) if jenis == "indikator" else ()
            ),
            "alasan_tolak": alasan,
            "galat": galat,
            "dengan_target": jenis == "indikator" and obj.target_set.exists(),
            "asal_json": _asal_tampil(request, ubah.asal_dari(obj, bidang)),
            "kembali": _kembali(opd),
        },
    )


# --- targets ----------------------------------------------------------------------------


def target(request, pk, tahun=None):
    """Yearly targets of the period (Renstra), or the quarterly targets of one year (its
    Perjanjian Kinerja / rencana aksi)."""
    ind = _indikator(request.user, pk)
    periode = ind.periode
    opd = periode.opd
    tahun_periode = list(range(periode.tahun_awal, periode.tahun_akhir + 1))
    if tahun is None:
        waktu = [(t, 0) for t in tahun_periode]
        dokumen, tahun_dok = Dokumen.RENSTRA, periode.tahun_awal
    elif tahun in tahun_periode:
        waktu = [(tahun, q) for q in range(1, 5)]
        dokumen, tahun_dok = Dokumen.PK, tahun
    else:
        raise Http404("Tahun di luar periode indikator ini")
    tersimpan = ubah.target_tersimpan(ind, set(waktu))
    tampil_atas = ind.polaritas == "rentang" or any(
        t.nilai_atas is not None for t in tersimpan.values()
    )
    form = TargetForm(
        request.POST or None,
        initial=TargetForm.awal(tersimpan),
        indikator=ind,
        waktu=waktu,
        tampil_atas=tampil_atas,
    )
    komposit = ind.komponen.exists()

    def simpan(form, asal):
        berubah = ubah.simpan_target(request.user, ind, form.isian(), asal)
        return f"{berubah} target diubah." if berubah else _pesan(0, "")

    kembali = request.path
    return _halaman_form(
        request,
        opd=opd,
        tahun=tahun_dok,
        dokumen=dokumen,
        form=form,
        simpan=simpan,
        asal=ubah.asal_target(ind, waktu),
        kembali=kembali,
        template="perencanaan/isian/target.html",
        isi={
            "ind": ind,
            "periode": periode,
            "tahun": tahun,
            "tahun_periode": tahun_periode,
            "komposit": komposit,
            "dokumen": dokumen,
        },
    )


# --- Perjanjian Kinerja -----------------------------------------------------------------


def pk(request, slug, tahun):
    opd = ambil_opd(request.user, slug)
    if not Periode.objects.filter(opd=opd, tahun_awal__lte=tahun, tahun_akhir__gte=tahun).exists():
        raise Http404("Tidak ada periode perencanaan yang berlaku pada tahun ini")
    versi = list(
        PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun)
        .select_related("pihak_pertama", "pihak_kedua")
        .prefetch_related("target_set__indikator")
        .order_by("-versi")
    )
    terakhir = versi[0] if versi else None
    awal = (
        {"pihak_pertama": terakhir.pihak_pertama_id, "pihak_kedua": terakhir.pihak_kedua_id}
        if terakhir
        else None
    )
    form = PKForm(request.POST or None, initial=awal, opd=opd, revisi=bool(versi))

    def simpan(form, asal):
        d = form.cleaned_data
        if asal is not None and asal.get("versi") != (terakhir.versi if terakhir else None):
            raise Konflik(
                f"Perjanjian Kinerja {tahun} telah ditetapkan oleh pengguna lain sejak halaman "
                "ini dibuka. Muat ulang halaman untuk melihat versi terbaru."
            )
        baru = ubah.tetapkan_pk_tercatat(
            request.user,
            opd,
            tahun,
            tanggal=d["tanggal"],
            pihak_pertama=d["pihak_pertama"],
            pihak_kedua=d["pihak_kedua"],
            alasan=d.get("alasan", ""),
        )
        return f"Perjanjian Kinerja {tahun} versi {baru.versi} ditetapkan."

    return _halaman_form(
        request,
        opd=opd,
        tahun=tahun,
        dokumen=Dokumen.PK,
        form=form,
        simpan=simpan,
        asal={"versi": terakhir.versi if terakhir else None},
        kembali=request.path,
        template="perencanaan/isian/pk.html",
        isi={
            "tahun": tahun,
            "daftar_versi": versi,
            "terakhir": terakhir,
            "indikator": indikator_pk(opd, tahun),
        },
    )
