from decimal import Decimal
from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip.akun.akses import (
    alasan_tidak_boleh_terima_temuan,
    ambil_opd_tahun,
    boleh_mereviu,
    boleh_unggah_reviu,
    tolak_bila,
    tolak_kecuali,
)
from sakip.halaman import asal_post, asal_tampil
from sakip.jejak.catat import Konflik
from sakip.kinerja.angka import format_angka
from sakip.kinerja.reviu import ATURAN
from sakip.pelaporan.laporan_reviu import laporan_reviu
from sakip.pelaporan.render import FORMAT, PENYUSUN

from .forms import SimpulanForm, TanggapanForm, UnggahForm
from .kelompok import id_temuan, kelompokkan
from .models import DokumenReviu, SimpulanReviu
from .reviu import galat_terbuka, reviu_dengan_tanggapan
from .reviu_dokumen import dari_json
from .ubah import asal_simpulan, simpan_dokumen, simpan_simpulan, terima_semua


def unduh_laporan(request, slug, tahun, format):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    if format not in ("docx", "pdf"):
        raise Http404("Format tidak dikenal")
    respons = HttpResponse(PENYUSUN[format](laporan_reviu(opd, tahun)), content_type=FORMAT[format])
    respons["Content-Disposition"] = f'attachment; filename="reviu-{opd.slug}-{tahun}.{format}"'
    return respons


def reviu(request, slug, tahun, unggah=None, form_simpulan=None, status=200):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    daftar = reviu_dengan_tanggapan(opd, tahun)
    mereviu = boleh_mereviu(request.user, opd)
    simpulan = SimpulanReviu.objects.filter(opd=opd, tahun=tahun).first()
    ringkasan = kelompokkan(daftar)
    tidak_boleh = (
        alasan_tidak_boleh_terima_temuan(request.user, opd, tahun, daftar) if mereviu else None
    )
    konteks = {
        "opd": opd,
        "tahun": tahun,
        "ringkasan": ringkasan,
        "id_kelompok": [k.id for k in ringkasan.kelompok],
        # The group a redirect returns to (after an acceptance) is shown open.
        "buka": request.GET.get("buka", ""),
        "terbuka": len(galat_terbuka(daftar)),
        "aturan": ATURAN.values(),
        "mereviu": mereviu,
        # Why the reviewer may no longer accept findings (the review is concluded).
        "tidak_boleh_terima": tidak_boleh,
        "boleh_terima": mereviu and tidak_boleh is None,
        "simpulan": simpulan,
        "form_simpulan": form_simpulan
        or SimpulanForm(initial={"teks": simpulan.teks if simpulan else ""}),
        "asal_simpulan": asal_tampil(request, asal_simpulan(simpulan)),
        "form_unggah": (unggah or UnggahForm()) if boleh_unggah_reviu(request.user, opd) else None,
        "dokumen": DokumenReviu.objects.filter(opd=opd, tahun=tahun).select_related(
            "diunggah_oleh"
        ),
    }
    return render(request, "evaluasi/reviu.html", konteks, status=status)


@require_POST
def unggah(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    tolak_kecuali(
        boleh_unggah_reviu(request.user, opd),
        "Hanya Inspektorat atau staf OPD ini yang dapat mengunggah.",
    )
    form = UnggahForm(request.POST, request.FILES)
    if not form.is_valid():
        return reviu(request, slug, tahun, unggah=form, status=400)
    dok = simpan_dokumen(request.user, opd, tahun, form.cleaned_data["berkas"], form.hasil)
    return redirect(reverse("dokumen-reviu", args=[opd.slug, tahun, dok.pk]))


def dokumen(request, slug, tahun, pk):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    dok = get_object_or_404(DokumenReviu, opd=opd, tahun=tahun, pk=pk)
    # What the upload found, stored then: the file is not read again per view.
    hasil = dari_json(dok.nama_asli, dok.hasil) if dok.hasil is not None else None
    konteks = {"opd": opd, "tahun": tahun, "dok": dok, "hasil": hasil}
    if hasil:
        konteks["ringkasan"] = kelompokkan([(t, None) for t in hasil.temuan])
    return render(request, "evaluasi/dokumen.html", konteks)


def _reviewer(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    tolak_kecuali(
        boleh_mereviu(request.user, opd),
        "Hanya Inspektorat Pemda ini yang dapat menanggapi hasil reviu.",
    )
    return opd


@require_POST
def tanggapi(request, slug, tahun):
    """Accept one finding, or the open findings of one group, with one reason; back to
    the group, open, with the message in it."""
    opd = _reviewer(request, slug, tahun)
    daftar = reviu_dengan_tanggapan(opd, tahun)
    tolak_bila(alasan_tidak_boleh_terima_temuan(request.user, opd, tahun, daftar))
    form = TanggapanForm(request.POST, temuan=[t for t, _ in daftar])
    kelompok = id_temuan(request.POST.get("aturan", ""), request.POST.get("lokasi", ""))
    if not form.is_valid():
        pesan = " ".join(e for es in form.errors.values() for e in es)
        messages.error(request, pesan, extra_tags=kelompok)
    else:
        d = form.cleaned_data
        try:
            n, akibat = terima_semua(
                request.user, opd, tahun, d["aturan"], d["lokasi"], d["alasan"], daftar
            )
        except Konflik as e:
            messages.error(request, str(e), extra_tags=kelompok)
        else:
            jumlah = format_angka(Decimal(n), 0)  # a count: "1.024", never "1.024,00"
            pesan = f"{jumlah} temuan {d['aturan']} diterima"
            if akibat:
                pesan += f", beserta {format_angka(Decimal(akibat), 0)} temuan akibatnya"
            messages.success(request, f"{pesan}.", extra_tags=kelompok)
    tujuan = reverse("reviu", args=[opd.slug, tahun])
    return redirect(f"{tujuan}?{urlencode({'buka': kelompok})}#{kelompok}")


@require_POST
def simpulan(request, slug, tahun):
    opd = _reviewer(request, slug, tahun)
    form = SimpulanForm(request.POST)
    if not form.is_valid():
        # Empty, or a control character (sakip.dasar.teks): the form says which.
        messages.error(request, " ".join(e for es in form.errors.values() for e in es))
        return redirect(reverse("reviu", args=[opd.slug, tahun]))
    try:
        berubah = simpan_simpulan(
            request.user, opd, tahun, form.cleaned_data["teks"], asal_post(request)
        )
    except Konflik as e:
        # Keep what the reviewer typed, and the values first shown (see the other change).
        form.add_error(None, str(e))
        return reviu(request, slug, tahun, form_simpulan=form, status=409)
    messages.success(
        request, "Simpulan reviu disimpan." if berubah else "Simpulan reviu tidak berubah."
    )
    return redirect(reverse("reviu", args=[opd.slug, tahun]))
