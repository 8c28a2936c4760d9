from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.akun.akses import ambil_opd_tahun, ambil_pemda, boleh_kelola_pemda, tolak_kecuali
from sakip.halaman import asal_post, asal_tampil
from sakip.jejak.catat import Konflik
from sakip.jejak.models import Jejak

from .forms import JendelaForm, LangkahForm
from .hitung import dokumen_tahun, jendela_tahun
from .keputusan import bahan_keputusan
from .kunci import alasan_terkunci
from .langkah import langkah_terhalang, langkah_tersedia, syarat_dokumen
from .models import Dokumen, StatusDokumen, Tahap
from .ubah import asal_jendela, atur_jendela, jalankan


def _baris(user, opd, dokumen, tahun, status, semua_jendela=None):
    """A document as the workflow pages show it: its stage, the preconditions of the steps
    ahead, the steps this user may take (each with why it is held back, or None), those the
    separation of duties refuses them, and why its content is locked."""
    tahap = Tahap(status.tahap) if status else Tahap.DRAF
    syarat = syarat_dokumen(opd, tahun, dokumen, tahap)
    tertahan = {n: alasan for n, _, _, alasan in syarat}
    return {
        "dokumen": dokumen,
        "tahun": tahun,
        "tahap": tahap,
        "status": status,
        # The preconditions of the steps ahead, met or not, for every viewer.
        "syarat": syarat,
        "langkah": [(n, s, tertahan.get(n)) for n, s in langkah_tersedia(user, opd, tahap, status)],
        "terhalang": langkah_terhalang(user, opd, tahap, status),
        "terkunci": alasan_terkunci(opd, tahun, dokumen, tahap=tahap, semua_jendela=semua_jendela),
    }


def _riwayat(opd, status):
    return Jejak.objects.filter(
        opd=opd, objek="status dokumen", objek_id__in=[str(s.pk) for s in status]
    )


def halaman(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    semua_jendela = jendela_tahun(opd.pemda_id, tahun)  # read once for the four quarters
    baris = [
        _baris(request.user, opd, dokumen, kunci, status, semua_jendela)
        for dokumen, kunci, status in dokumen_tahun(opd, tahun)
    ]
    riwayat = _riwayat(opd, [b["status"] for b in baris if b["status"]])
    return render(
        request,
        "alur/halaman.html",
        {"opd": opd, "tahun": tahun, "baris": baris, "riwayat": riwayat[:50]},
    )


def dokumen(request, slug, tahun, dokumen):
    """One document: what it lacks and the data it is decided on, next to the steps the
    user may take (GET); taking one of them (POST)."""
    opd = ambil_opd_tahun(request.user, slug, tahun)
    if dokumen not in Dokumen.values:
        raise Http404("Dokumen tidak dikenal")
    dokumen = Dokumen(dokumen)
    if request.method == "POST":
        return _langkah(request, opd, tahun, dokumen)
    status = (
        StatusDokumen.objects.filter(opd=opd, tahun=tahun, dokumen=dokumen)
        .select_related("diajukan_oleh", "diverifikasi_oleh")
        .first()
    )
    b = _baris(request.user, opd, dokumen, tahun, status)
    bahan = bahan_keputusan(opd, tahun, dokumen, status)
    langkah = [
        {
            "nama": n,
            "langkah": s,
            "tertahan": tertahan,
            "kelengkapan": s.kekurangan is not None,
            "alasan": _label_alasan(s, bahan.kekurangan),
        }
        for n, s, tertahan in b["langkah"]
    ]
    return render(
        request,
        "alur/dokumen.html",
        {
            "opd": opd,
            "tahun": tahun,
            "b": b,
            "langkah": langkah,
            # Whoever may submit reads the gaps first; whoever decides, the figures.
            "kelengkapan_dulu": any(lk["kelengkapan"] for lk in langkah),
            "bahan": bahan,
            "riwayat": _riwayat(opd, [status] if status else [])[:50],
        },
    )


def _label_alasan(langkah, kekurangan):
    """The label of the step's reason field, or "" when it asks none."""
    if langkah.perlu_alasan:
        return f"Alasan {langkah.label.lower()}"
    if langkah.kekurangan and kekurangan:
        return "Alasan mengajukan dengan kekurangan"
    return ""


def _langkah(request, opd, tahun, dokumen):
    form = LangkahForm(request.POST)
    tolak_kecuali(form.is_valid(), "Langkah tidak dikenal.")
    d = form.cleaned_data
    try:
        status = jalankan(request.user, opd, tahun, dokumen, d["langkah"], d["alasan"])
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    else:
        messages.success(
            request,
            f"{status.get_dokumen_display()} {tahun} kini berstatus {status.get_tahap_display()}.",
        )
    return redirect(reverse("dokumen-alur", args=[opd.slug, tahun, dokumen.value]))


def jendela(request, slug, tahun):
    pemda = ambil_pemda(request.user, slug)
    boleh = boleh_kelola_pemda(request.user, pemda)
    if request.method == "POST":
        tolak_kecuali(boleh, "Hanya Admin Pemda yang dapat mengatur jendela pengisian.")
    ada = jendela_tahun(pemda, tahun)
    forms = {
        t: JendelaForm(
            request.POST or None,
            prefix=f"tw{t}",
            initial={"mulai": j.mulai, "selesai": j.selesai} if j else {},
        )
        for t, j in ada.items()
    }
    galat = None
    if request.method == "POST" and all(f.is_valid() for f in forms.values()):
        tanggal = {
            t: (f.cleaned_data["mulai"], f.cleaned_data["selesai"]) for t, f in forms.items()
        }
        try:
            atur_jendela(request.user, pemda, tahun, tanggal, asal_post(request))
        except Konflik as e:
            galat = str(e)
        else:
            messages.success(request, f"Jendela pengisian {tahun} disimpan.")
            return redirect(reverse("jendela", args=[pemda.slug, tahun]))
    return render(
        request,
        "alur/jendela.html",
        {
            "pemda": pemda,
            "tahun": tahun,
            "forms": forms.items(),
            "boleh": boleh,
            "galat": galat,
            "asal_json": asal_tampil(request, asal_jendela(ada)),
        },
    )
