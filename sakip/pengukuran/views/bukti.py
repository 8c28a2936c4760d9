"""Evidence files of an indicator: list, upload, download, delete."""

from django import forms
from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sakip.akun.akses import (
    alasan_bukan_operator,
    alasan_tidak_boleh_isi,
    ambil_indikator,
    boleh_ubah_data_opd,
    periksa_isi,
    tolak_bila,
    tolak_kecuali,
)
from sakip.alur.hitung import triwulan_isian
from sakip.alur.models import dokumen_triwulan
from sakip.dasar.bidang import FormDasar

from ..bukti import DITERIMA, BuktiError, periksa_berkas
from ..models import TRIWULAN_CHOICES, BuktiDukung
from ..ubah import hapus_bukti, unggah_bukti


class FormBukti(FormDasar):
    tahun = forms.TypedChoiceField(label="Tahun", coerce=int)
    triwulan = forms.TypedChoiceField(label="Periode", choices=TRIWULAN_CHOICES, coerce=int)
    berkas = forms.FileField(
        label="Berkas",
        help_text=f"{DITERIMA}, paling besar 10 MB.",
        widget=forms.FileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,.docx,.xlsx"}),
        error_messages={
            "required": "Pilih berkas yang akan diunggah.",
            "empty": "Berkas kosong.",
        },
    )
    keterangan = forms.CharField(
        label="Keterangan",
        max_length=BuktiDukung._meta.get_field("keterangan").max_length,
        required=False,
        help_text="Apa isi berkas ini, mis. «Rekap kartu kuning Maret» atau nomor dan tanggal "
        "surat. Boleh dikosongkan.",
    )

    def __init__(self, *args, indikator, opd, pengguna, **kwargs):
        super().__init__(*args, **kwargs)
        self.opd, self.pengguna = opd, pengguna
        p = indikator.periode
        self.fields["tahun"].choices = [(t, t) for t in range(p.tahun_awal, p.tahun_akhir + 1)]
        # The quarter being filled now: its window is open, or the calendar's.
        tahun, triwulan = triwulan_isian(opd.pemda, p.tahun_awal, p.tahun_akhir)
        self.initial.setdefault("tahun", tahun)
        self.initial.setdefault("triwulan", triwulan)

    def clean(self):
        """A quarter submitted, approved or outside its filling window takes no file: said
        next to the quarter chosen, with whatever else is wrong."""
        d = super().clean()
        if "tahun" in d and "triwulan" in d:
            dokumen = dokumen_triwulan(d["triwulan"])
            if alasan := alasan_tidak_boleh_isi(self.pengguna, self.opd, d["tahun"], dokumen):
                self.add_error("triwulan", alasan)
        return d

    def clean_berkas(self):
        try:
            periksa_berkas(self.cleaned_data["berkas"])
        except BuktiError as e:
            raise forms.ValidationError(str(e)) from None
        return self.cleaned_data["berkas"]


def _opd_pengisi(ind):
    """The OPD whose operators provide the indicator's evidence."""
    opd = ind.periode.opd
    tolak_kecuali(opd is not None, "Bukti dukung hanya dapat diunggah untuk indikator OPD.")
    return opd


def daftar(request, pk):
    """The indicator's evidence, and for its OPD's operator the upload form. What keeps a
    file out (its content, a quarter locked or outside its filling window) is said on the
    form, next to the choice to change."""
    ind = ambil_indikator(request.user, pk)
    opd = ind.periode.opd
    boleh_unggah = opd is not None and boleh_ubah_data_opd(request.user, opd)
    form = (
        FormBukti(
            request.POST or None,
            request.FILES or None,
            indikator=ind,
            opd=opd,
            pengguna=request.user,
        )
        if boleh_unggah
        else None
    )
    status = 200
    if request.method == "POST":
        tolak_bila(alasan_bukan_operator(request.user, _opd_pengisi(ind)))
        if form.is_valid():
            d = form.cleaned_data
            b = unggah_bukti(
                request.user,
                ind,
                d["tahun"],
                d["triwulan"],
                d["berkas"],
                opd=opd,
                keterangan=d["keterangan"],
            )
            messages.success(request, f"Bukti dukung {b.nama_asli} diunggah.")
            return redirect("bukti-dukung", ind.pk)
        status = 400
    daftar = list(ind.bukti_set.select_related("diunggah_oleh"))
    if boleh_unggah:
        # Delete only where the quarter is still open; one answer per quarter.
        terkunci = {
            (t, q): alasan_tidak_boleh_isi(request.user, opd, t, dokumen_triwulan(q))
            for t, q in {(b.tahun, b.triwulan) for b in daftar}
        }
        for b in daftar:
            b.terkunci = terkunci[(b.tahun, b.triwulan)]
    return render(
        request,
        "pengukuran/bukti.html",
        {"ind": ind, "opd": opd, "daftar": daftar, "form": form, "boleh_unggah": boleh_unggah},
        status=status,
    )


def _ambil_bukti(request, pk):
    b = get_object_or_404(BuktiDukung.objects.only("indikator_id"), pk=pk)
    ind = ambil_indikator(request.user, b.indikator_id)
    return BuktiDukung.objects.select_related("indikator").get(pk=pk), ind


def unduh(request, pk):
    b, _ = _ambil_bukti(request, pk)
    try:
        berkas = b.berkas.open("rb")
    except FileNotFoundError:
        raise Http404("Berkas bukti dukung tidak ditemukan di penyimpanan.") from None
    return FileResponse(berkas, as_attachment=True, filename=b.nama_asli, content_type=b.jenis_isi)


@require_POST
def hapus(request, pk):
    b, ind = _ambil_bukti(request, pk)
    opd = _opd_pengisi(ind)
    periksa_isi(request.user, opd, b.tahun, dokumen_triwulan(b.triwulan))
    hapus_bukti(request.user, b, opd=opd)
    messages.success(request, f"Bukti dukung {b.nama_asli} dihapus.")
    return redirect("bukti-dukung", ind.pk)
