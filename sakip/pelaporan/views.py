from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.akun.akses import (
    alasan_tidak_boleh_ubah_profil,
    ambil_dokumen_pemda_unduh,
    ambil_opd,
    ambil_opd_dokumen,
    ambil_opd_tahun,
    ambil_pemda_dokumen,
    ambil_pemda_kelola,
    boleh_kelola_pemda,
    boleh_ubah_data_opd,
    periksa_isi,
)
from sakip.alur.models import Dokumen, StatusDokumenPemda
from sakip.alur.terbit import dokumen_terbit, jenis_terbit
from sakip.alur.ubah import LANGKAH_PEMDA, langkah_pemda
from sakip.halaman import asal_post, asal_tampil, halaman, halaman_form
from sakip.jejak.catat import Konflik
from sakip.pengukuran.pk import daftar_pk_pejabat

from .forms import AnalisisForm, KopForm, NarasiForm, ProfilForm, TanggalForm
from .hitung import gaya_pemda, isian_analisis, narasi_awal, profil_opd
from .jenis import JENIS, NAMA
from .models import KopDokumen
from .pemda import NAMA_PEMDA
from .periksa import sebelum_mencetak
from .render import FORMAT, PENYUSUN, data_gambar
from .siap import susun_dokumen, susun_dokumen_pemda, susun_pk_pejabat
from .ubah import (
    asal_analisis,
    asal_kop,
    asal_narasi,
    asal_profil,
    setujui_dokumen_pemda,
    simpan_analisis,
    simpan_kop,
    simpan_narasi,
    simpan_profil,
)


def tanggal_pilihan(request):
    """The document date chosen on the Dokumen page (?tanggal=YYYY-MM-DD), or None."""
    form = TanggalForm(request.GET)
    return form.cleaned_data["tanggal"] if form.is_valid() else None


def daftar(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    tanggal = tanggal_pilihan(request)
    return render(
        request,
        "pelaporan/daftar.html",
        {
            "opd": opd,
            "tahun": tahun,
            "dokumen": NAMA.items(),
            "pk_pejabat": daftar_pk_pejabat(opd, tahun),
            "format": list(FORMAT),
            "boleh_tulis": boleh_ubah_data_opd(request.user, opd),
            "kekurangan": sebelum_mencetak(opd, tahun, NAMA),
            "form_tanggal": TanggalForm(initial={"tanggal": tanggal}),
            "kueri": f"?tanggal={tanggal.isoformat()}" if tanggal else "",
        },
    )


def ubah_narasi(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    periksa_isi(request.user, opd, tahun, Dokumen.LKJIP)
    awal = narasi_awal(opd, tahun)
    form = NarasiForm(request.POST or None, initial={b: t for b, (t, _) in awal.items()})
    if request.method == "POST" and form.is_valid():
        try:
            simpan_narasi(request.user, opd, tahun, form.cleaned_data, asal_post(request))
        except Konflik as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, f"Narasi laporan {tahun} disimpan.")
            return redirect(reverse("dokumen", args=[opd.slug, tahun]))
    dari_lalu = sorted({t for _, t in awal.values() if t != tahun})
    return render(
        request,
        "pelaporan/narasi.html",
        {
            "opd": opd,
            "tahun": tahun,
            "form": form,
            "dari_lalu": dari_lalu,
            "asal_json": asal_tampil(request, asal_narasi(opd, tahun)),
        },
    )


def ubah_analisis(request, slug, tahun):
    """The OPD's analysis of success or failure and solution per indicator (LKjIP Bab III),
    next to the engine's figures and the paragraph the report composes from them. Locked
    with the year's LKjIP, like the narrative."""
    opd = ambil_opd_tahun(request.user, slug, tahun)
    kelompok = isian_analisis(opd, tahun)
    form = AnalisisForm(request.POST or None, kelompok=kelompok)

    def simpan(form, asal):
        if berubah := simpan_analisis(request.user, opd, tahun, form.nilai(), asal):
            return f"Analisis {berubah} indikator untuk LKjIP {tahun} disimpan."
        return "Tidak ada perubahan yang perlu disimpan."

    return halaman_form(
        request,
        form=form,
        simpan=simpan,
        asal=asal_analisis(form.isian),
        kembali=reverse("dokumen", args=[opd.slug, tahun]),
        template="pelaporan/analisis.html",
        opd=opd,
        tahun=tahun,
        dokumen=Dokumen.LKJIP,
        isi={"tahun": tahun},
    )


def ubah_profil(request, slug):
    """The OPD profile: Bab I of every year's LKjIP and IKU, kept once."""
    opd = ambil_opd(request.user, slug)
    profil = profil_opd(opd)
    form = ProfilForm(request.POST or None, instance=profil)

    def simpan(form, asal):
        if simpan_profil(request.user, profil, form.nilai(), asal):
            return "Profil OPD disimpan."
        return "Tidak ada perubahan yang perlu disimpan."

    kembali = reverse("rencana-opd", args=[opd.slug])
    return halaman_form(
        request,
        form=form,
        simpan=simpan,
        asal=asal_profil(profil),
        kembali=kembali,
        template="perencanaan/isian/form.html",
        opd=opd,
        periksa=lambda user: alasan_tidak_boleh_ubah_profil(user, opd),
        isi={
            "judul": "Profil OPD",
            "keterangan": "Profil ini menjadi Bab I Pendahuluan pada LKjIP dan IKU setiap "
            "tahun; tulislah latar belakang yang berlaku untuk keduanya. Bagian yang kosong "
            "tidak dicetak; sistematika dokumen disusun otomatis.",
        },
    )


@login_not_required
def publik(request):
    """Approved documents, which anyone may download, signed in or not."""
    terbit = halaman(request, dokumen_terbit())
    return render(
        request,
        "pelaporan/publik.html",
        {
            "halaman": terbit,
            "dokumen": [(s.opd, s.tahun, j, NAMA[j]) for s in terbit for j in jenis_terbit(s)],
        },
    )


@login_not_required
def unduh(request, slug, tahun, jenis, format):
    """A document: any of an OPD the user sees, a published one for everyone else."""
    opd = ambil_opd_dokumen(request.user, slug, tahun, jenis)
    if jenis not in JENIS or format not in FORMAT:
        raise Http404("Dokumen tidak dikenal")
    isi = PENYUSUN[format](susun_dokumen(jenis, opd, tahun, tanggal_pilihan(request)))
    respons = HttpResponse(isi, content_type=FORMAT[format])
    respons["Content-Disposition"] = f'attachment; filename="{jenis}-{opd.slug}-{tahun}.{format}"'
    return respons


@login_not_required
def unduh_pk_pejabat(request, slug, tahun, kode, format):
    """The PK of an official of the OPD's cascade (?versi=N: an earlier version), for
    whoever may download the OPD's PK of the year (published: everyone), and for the
    official themselves (`akses.ambil_opd_dokumen`)."""
    opd = ambil_opd_dokumen(request.user, slug, tahun, "pk", kode)
    baris = next((b for b in daftar_pk_pejabat(opd, tahun) if b.pejabat.kode == kode), None)
    if baris is None or format not in FORMAT:
        raise Http404("Dokumen tidak dikenal")
    nomor = request.GET.get("versi", "")
    nomor_versi = int(nomor) if nomor.isdigit() else None
    if nomor_versi is not None and nomor_versi not in {v.versi for v in baris.versi}:
        raise Http404("Versi tidak ada")
    dok = susun_pk_pejabat(opd, tahun, baris.pejabat, nomor_versi, tanggal_pilihan(request))
    nama = f"pk-{opd.slug}-{tahun}-{kode}" + (f"-versi-{nomor_versi}" if nomor_versi else "")
    respons = HttpResponse(PENYUSUN[format](dok), content_type=FORMAT[format])
    respons["Content-Disposition"] = f'attachment; filename="{nama}.{format}"'
    return respons


def daftar_pemda(request, slug, tahun):
    """The Pemda's own documents of the year, for its Admin Pemda (who approves and
    reopens them) and Inspektorat."""
    pemda = ambil_pemda_dokumen(request.user, slug, tahun)
    status = {s.dokumen: s for s in StatusDokumenPemda.objects.filter(pemda=pemda, tahun=tahun)}
    return render(
        request,
        "pelaporan/daftar_pemda.html",
        {
            "pemda": pemda,
            "tahun": tahun,
            "dokumen": [(j, nama, status.get(j)) for j, nama in NAMA_PEMDA.items()],
            "format": list(FORMAT),
            "boleh_kelola": boleh_kelola_pemda(request.user, pemda),
        },
    )


HASIL_LANGKAH = {
    "ajukan": "diajukan; Admin Pemda lain yang menyetujuinya",
    "setujui": "disetujui dan terbit",
    "buka": "dikembalikan ke draf",
}


def langkah_dokumen_pemda(request, slug, tahun, jenis):
    """Submit, approve (and so publish) or send back to draft a Pemda document: POST only."""
    pemda = ambil_pemda_dokumen(request.user, slug, tahun)
    langkah = request.POST.get("langkah")
    if request.method != "POST" or jenis not in NAMA_PEMDA or langkah not in LANGKAH_PEMDA:
        raise Http404("Dokumen tidak dikenal")
    try:
        if langkah == "setujui":
            setujui_dokumen_pemda(request.user, pemda, tahun, jenis)
        else:
            alasan = request.POST.get("alasan", "")
            langkah_pemda(request.user, pemda, tahun, jenis, langkah, alasan=alasan)
        messages.success(request, f"{NAMA_PEMDA[jenis]} {tahun} {HASIL_LANGKAH[langkah]}.")
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    return redirect("dokumen-pemda", pemda.slug, tahun)


@login_not_required
def unduh_pemda(request, slug, tahun, jenis, format):
    """A Pemda document: as approved (public), else a draft from the live data for its
    Admin Pemda and Inspektorat."""
    pemda, disetujui = ambil_dokumen_pemda_unduh(request.user, slug, tahun, jenis)
    if jenis not in NAMA_PEMDA or format not in FORMAT:
        raise Http404("Dokumen tidak dikenal")
    if disetujui:
        isi = bytes(getattr(disetujui, format))
    else:
        dok = susun_dokumen_pemda(jenis, pemda, tahun, tanggal_pilihan(request))
        isi = PENYUSUN[format](dok)
    respons = HttpResponse(isi, content_type=FORMAT[format])
    respons["Content-Disposition"] = f'attachment; filename="{jenis}-{pemda.slug}-{tahun}.{format}"'
    return respons


def kop_dokumen(request, slug):
    """The Admin Pemda sets the letterhead, font and place printed on every document."""
    pemda = ambil_pemda_kelola(
        request.user, slug, "Hanya Admin Pemda yang dapat mengatur kop dan huruf dokumen."
    )
    kop = KopDokumen.objects.filter(pemda=pemda).first()
    awal = {"baris": "", "huruf": KopDokumen.Huruf.ARIAL, "ukuran": 12, "tempat": ""}
    if kop:
        awal = {k: getattr(kop, k) for k in awal}
    form = KopForm(request.POST or None, request.FILES or None, initial=awal)
    if request.method == "POST" and form.is_valid():
        try:
            asal = asal_post(request, baru=kop is None)
            simpan_kop(request.user, pemda, form.data_kop(), asal)
        except Konflik as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, "Kop dan huruf dokumen disimpan.")
            return redirect("kop-dokumen", pemda.slug)
    gaya = gaya_pemda(pemda)
    return render(
        request,
        "pelaporan/kop.html",
        {
            "pemda": pemda,
            "form": form,
            "gaya": gaya,
            "logo": data_gambar(gaya.logo),
            "asal_json": asal_tampil(request, asal_kop(pemda)),
        },
    )
