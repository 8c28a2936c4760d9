"""Evidence files of an indicator: list, upload, download, delete."""

from django import forms
from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sakip.akun.akses import (
    alasan_bukan_operator,
    ambil_indikator,
    boleh_ubah_data_opd,
    periksa_isi,
    tolak_bila,
    tolak_kecuali,
)
from sakip.alur.models import dokumen_triwulan

from ..bukti import DITERIMA, BuktiError, periksa_berkas
from ..models import TRIWULAN_CHOICES, BuktiDukung
from ..ubah import hapus_bukti, unggah_bukti


class FormBukti(forms.Form):
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

    def __init__(self, *args, indikator, **kwargs):
        super().__init__(*args, **kwargs)
        p = indikator.periode
        self.fields["tahun"].choices = [(t, t) for t in range(p.tahun_awal, p.tahun_akhir + 1)]

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
    ind = ambil_indikator(request.user, pk)
    form = FormBukti(request.POST or None, request.FILES or None, indikator=ind)
    status = 200
    if request.method == "POST":
        opd = _opd_pengisi(ind)
        if form.is_valid():
            d = form.cleaned_data
            periksa_isi(request.user, opd, d["tahun"], dokumen_triwulan(d["triwulan"]))
            b = unggah_bukti(request.user, ind, d["tahun"], d["triwulan"], d["berkas"], opd=opd)
            messages.success(request, f"Bukti dukung {b.nama_asli} diunggah.")
            return redirect("bukti-dukung", ind.pk)
        # Tell a user who may not upload at all rather than what is wrong with the file.
        tolak_bila(alasan_bukan_operator(request.user, opd))
        status = 400
    opd = ind.periode.opd
    return render(
        request,
        "pengukuran/bukti.html",
        {
            "ind": ind,
            "daftar": ind.bukti_set.select_related("diunggah_oleh"),
            "form": form,
            "boleh_unggah": opd is not None and boleh_ubah_data_opd(request.user, opd),
        },
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
