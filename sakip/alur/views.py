from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip.akun.akses import ambil_opd_tahun, ambil_pemda, boleh_kelola_pemda, tolak_kecuali
from sakip.halaman import asal_post, asal_tampil
from sakip.jejak.catat import Konflik
from sakip.jejak.models import Jejak

from .forms import JendelaForm, LangkahForm
from .hitung import dokumen_tahun, jendela_tahun
from .kunci import alasan_terkunci
from .langkah import langkah_terhalang, langkah_tersedia, syarat_dokumen
from .models import Dokumen, Tahap
from .ubah import asal_jendela, atur_jendela, jalankan


def halaman(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    baris = []
    semua_jendela = jendela_tahun(opd.pemda_id, tahun)  # read once for the four quarters
    for dokumen, kunci, status in dokumen_tahun(opd, tahun):
        tahap = Tahap(status.tahap) if status else Tahap.DRAF
        syarat = syarat_dokumen(opd, kunci, dokumen, tahap)
        tertahan = {n: alasan for n, _, _, alasan in syarat}
        baris.append(
            {
                "dokumen": dokumen,
                "tahun": kunci,
                "tahap": tahap,
                "status": status,
                # The preconditions of the steps ahead, met or not, for every viewer.
                "syarat": syarat,
                # Each step with why it is held back (None when it may be taken).
                "langkah": [
                    (n, s, tertahan.get(n))
                    for n, s in langkah_tersedia(request.user, opd, tahap, status)
                ],
                "terhalang": langkah_terhalang(request.user, opd, tahap, status),
                "terkunci": alasan_terkunci(
                    opd, kunci, dokumen, tahap=tahap, semua_jendela=semua_jendela
                ),
            }
        )
    id_status = [str(b["status"].pk) for b in baris if b["status"]]
    riwayat = Jejak.objects.filter(opd=opd, objek="status dokumen", objek_id__in=id_status)
    return render(
        request,
        "alur/halaman.html",
        {"opd": opd, "tahun": tahun, "baris": baris, "riwayat": riwayat[:50]},
    )


@require_POST
def langkah(request, slug, tahun, dokumen):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    if dokumen not in Dokumen.values:
        raise Http404("Dokumen tidak dikenal")
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
    tahun_halaman = request.POST.get("kembali", "")
    return redirect(
        reverse("alur", args=[opd.slug, int(tahun_halaman) if tahun_halaman.isdigit() else tahun])
    )


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
