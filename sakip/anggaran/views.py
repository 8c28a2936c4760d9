from django.contrib import messages
from django.db.models import Max
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from sakip.akun.akses import (
    alasan_tidak_boleh_isi,
    ambil_opd,
    ambil_sub_kegiatan,
    boleh_ubah_data_opd,
    opd_terlihat,
    periksa_isi,
)
from sakip.alur.models import Dokumen, dokumen_triwulan
from sakip.halaman import asal_post, asal_tampil, halaman_form, halaman_hapus
from sakip.jejak.catat import Konflik, nilai_objek
from sakip.kinerja.triwulan import nama_triwulan

from . import ubah
from .forms import BarisAnggaranForm, RealisasiKeluaranForm, RealisasiTriwulanForm
from .hitung import (
    efisiensi_sasaran,
    pohon_anggaran,
    rfk_berurusan,
    tabel_keluaran,
    tahun_anggaran,
    tahun_struktur,
)
from .models import ProgramKegiatan


def _cek_tahun(opd, tahun):
    daftar = tahun_anggaran(opd)
    if tahun not in daftar:
        raise Http404("Belum ada anggaran OPD ini pada tahun tersebut")
    return daftar


def pohon(request, slug, tahun):
    opd = ambil_opd(request.user, slug)
    daftar_tahun = tahun_anggaran(opd)
    if tahun not in daftar_tahun:
        return _belum_ada(request, opd, tahun, daftar_tahun)
    program, total = pohon_anggaran(opd, tahun)
    baris = [s for p in program for s in p.semua()]
    return render(
        request,
        "anggaran/pohon.html",
        {
            "opd": opd,
            "tahun": tahun,
            "daftar_tahun": daftar_tahun,
            "baris": baris,
            "total": total,
            "boleh_isi": boleh_ubah_data_opd(request.user, opd),
        },
    )


def _belum_ada(request, opd, tahun, tahun_ada):
    """A year of the OPD's plan without a budget yet: the way to its structure for whoever
    may enter it, who does for everybody else (404 for a year outside the plan)."""
    if tahun not in tahun_struktur(opd):
        raise Http404("Tidak ada periode perencanaan maupun anggaran OPD ini pada tahun tersebut")
    return render(
        request,
        "anggaran/belum_ada.html",
        {
            "opd": opd,
            "tahun": tahun,
            "tahun_anggaran": tahun_ada,
            "alasan_tolak": alasan_tidak_boleh_isi(request.user, opd, tahun, Dokumen.PK),
        },
    )


def rfk(request, slug, tahun):
    opd = ambil_opd(request.user, slug)
    _cek_tahun(opd, tahun)
    triwulan = request.GET.get("triwulan", "4")
    if triwulan not in ("1", "2", "3", "4"):
        raise Http404("Triwulan harus 1 sampai 4")
    return render(
        request,
        "anggaran/rfk.html",
        {
            "opd": opd,
            "tahun": tahun,
            "triwulan": int(triwulan),
            "baris": rfk_berurusan(opd, tahun, int(triwulan)),
        },
    )


def efisiensi(request, slug, tahun):
    opd = ambil_opd(request.user, slug)
    _cek_tahun(opd, tahun)
    pohon = pohon_anggaran(opd, tahun)  # both tables read the same tree
    return render(
        request,
        "anggaran/efisiensi.html",
        {
            "opd": opd,
            "tahun": tahun,
            "baris": efisiensi_sasaran(opd, tahun, pohon),
            "keluaran": tabel_keluaran(opd, tahun, pohon),
        },
    )


def isi_realisasi(request, pk):
    sub = ambil_sub_kegiatan(request.user, pk, ubah=True)
    form = RealisasiTriwulanForm(request.POST or None, sub=sub)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        periksa_isi(request.user, sub.opd, sub.tahun, dokumen_triwulan(d["triwulan"]))
        try:
            ubah.catat_realisasi(
                request.user, sub, d["triwulan"], d["keuangan"], d["fisik"], asal_post(request)
            )
        except Konflik as e:
            form.add_error(None, str(e))
        else:
            messages.success(
                request, f"Realisasi {nama_triwulan(d['triwulan'])} untuk {sub.kode} disimpan."
            )
            return redirect(reverse("anggaran", args=[sub.opd.slug, sub.tahun]))
    return render(
        request,
        "anggaran/isi_realisasi.html",
        {
            "sub": sub,
            "form": form,
            "tercatat": sub.realisasi_keuangan_set.all(),
            "fisik": sub.realisasi_fisik_set.all(),
            "asal_json": asal_tampil(request, ubah.asal_realisasi(sub)),
        },
    )


# --- entering the structure: program, kegiatan, sub kegiatan lines ---------------------

JENIS_BARIS = {
    "program": ProgramKegiatan.Tingkat.PROGRAM,
    "kegiatan": ProgramKegiatan.Tingkat.KEGIATAN,
    "sub-kegiatan": ProgramKegiatan.Tingkat.SUB_KEGIATAN,
}


def _opd_struktur(user, slug, tahun):
    opd = ambil_opd(user, slug)
    daftar = tahun_struktur(opd)
    if tahun not in daftar:
        raise Http404("Tidak ada periode perencanaan maupun anggaran OPD ini pada tahun tersebut")
    return opd, daftar


def _baris(user, pk):
    return get_object_or_404(
        ProgramKegiatan.objects.filter(opd__in=opd_terlihat(user)).select_related(
            "opd__pemda", "induk"
        ),
        pk=pk,
    )


def _kembali_struktur(pos):
    return reverse("struktur-anggaran", args=[pos.opd.slug, pos.tahun])


def struktur(request, slug, tahun):
    opd, daftar_tahun = _opd_struktur(request.user, slug, tahun)
    program, _ = pohon_anggaran(opd, tahun)
    return render(
        request,
        "anggaran/struktur.html",
        {
            "opd": opd,
            "tahun": tahun,
            "daftar_tahun": daftar_tahun,
            "ada_anggaran": tahun in tahun_anggaran(opd),
            "baris": [s.pos for p in program for s in p.semua()],
            "alasan_tolak": alasan_tidak_boleh_isi(request.user, opd, tahun, Dokumen.PK),
            "alasan_keluaran": alasan_tidak_boleh_isi(
                request.user, opd, tahun, dokumen_triwulan(4)
            ),
        },
    )


def _form_baris(request, pos, awal=None):
    form = BarisAnggaranForm(request.POST or None, initial=awal, pos=pos)
    label = pos.get_tingkat_display().lower()

    def simpan(form, asal):
        sasaran = form.cleaned_data.get("sasaran", ())
        if ubah.simpan_baris(request.user, pos, form.nilai(), sasaran, asal):
            return f"{label.capitalize()} {form.cleaned_data['kode']} disimpan."
        return "Tidak ada perubahan yang perlu disimpan."

    return halaman_form(
        request,
        opd=pos.opd,
        tahun=pos.tahun,
        dokumen=Dokumen.PK,
        form=form,
        simpan=simpan,
        asal=ubah.asal_baris(pos),
        kembali=_kembali_struktur(pos),
        template="anggaran/baris.html",
        isi={
            "tahun": pos.tahun,
            "judul": f"Ubah {label} {pos.kode}" if pos.pk else f"Tambah {label}",
            "pos": pos,
        },
    )


def baris_baru(request, slug, tahun, jenis):
    opd, _ = _opd_struktur(request.user, slug, tahun)
    if jenis not in JENIS_BARIS:
        raise Http404("Jenis baris anggaran tidak dikenal")
    pos = ProgramKegiatan(opd=opd, tahun=tahun, tingkat=JENIS_BARIS[jenis])
    terakhir = ProgramKegiatan.objects.filter(opd=opd, tahun=tahun).aggregate(m=Max("urutan"))
    # New lines go after the existing ones.
    awal = {"urutan": (terakhir["m"] or 0) + 1, "induk": request.GET.get("induk")}
    return _form_baris(request, pos, awal)


def baris_ubah(request, pk):
    return _form_baris(request, _baris(request.user, pk))


def baris_hapus(request, pk):
    pos = _baris(request.user, pk)
    return halaman_hapus(
        request,
        pos,
        hapus_objek=ubah.hapus_baris,
        asal=ubah.asal_baris(pos),
        uraian=ubah.uraian(pos),
        terkait=ubah.terkait_baris,
        alasan=alasan_tidak_boleh_isi(request.user, pos.opd, pos.tahun, Dokumen.PK),
        kembali=_kembali_struktur(pos),
        template="anggaran/hapus_baris.html",
        isi={"opd": pos.opd, "tahun": pos.tahun, "pos": pos},
    )


def isi_keluaran(request, pk):
    """The output realisation of a sub kegiatan: annual data, entered with Triwulan IV."""
    sub = ambil_sub_kegiatan(request.user, pk)
    form = RealisasiKeluaranForm(
        request.POST or None, initial={"realisasi_keluaran": sub.realisasi_keluaran}
    )

    def simpan(form, asal):
        nilai = form.cleaned_data["realisasi_keluaran"]
        if ubah.simpan_realisasi_keluaran(request.user, sub, nilai, asal):
            return f"Realisasi keluaran {sub.kode} disimpan."
        return "Tidak ada perubahan yang perlu disimpan."

    return halaman_form(
        request,
        opd=sub.opd,
        tahun=sub.tahun,
        dokumen=dokumen_triwulan(4),
        form=form,
        simpan=simpan,
        asal=nilai_objek(sub, ubah.BIDANG_REALISASI_KELUARAN),
        kembali=_kembali_struktur(sub),
        template="anggaran/isi_keluaran.html",
        isi={"tahun": sub.tahun, "sub": sub},
    )
