"""The Rencana Aksi of an OPD's year: the page, an action's entry and delete pages, and the
quarterly report of an action with its evidence."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from sakip.akun.akses import (
    alasan_tidak_boleh_ubah_aksi,
    ambil_opd_pengisi,
    boleh_lihat_opd,
    boleh_ubah_data_opd,
    pejabat_pengisi,
)
from sakip.halaman import halaman_form, halaman_hapus
from sakip.kinerja.triwulan import nama_triwulan
from sakip.pengukuran.pk import daftar_pk_pejabat

from . import ubah
from .forms import AksiForm, LaporanAksiForm
from .hitung import indikator_rencana, rencana_aksi
from .models import Aksi, LaporanAksi


def _kembali(opd, tahun, indikator=None):
    alamat = reverse("rencana-aksi", args=[opd.slug, tahun])
    return f"{alamat}#indikator-{indikator.pk}" if indikator else alamat


def _ambil_aksi(user, pk):
    """An action of a Rencana Aksi the user may see (`akses.ambil_opd_pengisi`), 404 otherwise."""
    aksi = get_object_or_404(
        Aksi.objects.select_related("opd__pemda", "indikator", "penanggung_jawab", "sub_kegiatan"),
        pk=pk,
    )
    ambil_opd_pengisi(user, aksi.opd.slug, aksi.tahun)
    return aksi


def _isi(user, opd, tahun, **lain):
    """What every page shows: the OPD, the year, and whether the user reaches them only as
    the official filling their own actions (no links to the OPD's other pages)."""
    return {"opd": opd, "tahun": tahun, "pejabat_saja": not boleh_lihat_opd(user, opd), **lain}


def _alasan(user, aksi, triwulan=None):
    return alasan_tidak_boleh_ubah_aksi(
        user, aksi.opd, aksi.tahun, triwulan, {aksi.penanggung_jawab_id}
    )


def rencana(request, slug, tahun):
    opd = ambil_opd_pengisi(request.user, slug, tahun)
    pejabat = pejabat_pengisi(request.user, opd)
    # The PK of the official the user fills for, when they hold one this year: linked.
    pk_sendiri = (
        next(
            (b.pejabat.kode for b in daftar_pk_pejabat(opd, tahun) if b.pejabat.pk == pejabat),
            None,
        )
        if pejabat
        else None
    )
    daftar = rencana_aksi(opd, tahun)
    alasan = alasan_tidak_boleh_ubah_aksi(request.user, opd, tahun)
    for ind in daftar:
        for t in ind.triwulan:
            for a in t.aksi:
                a.boleh_ubah = not alasan and not _alasan(request.user, a.aksi)
    return render(
        request,
        "aksi/rencana.html",
        _isi(
            request.user,
            opd,
            tahun,
            daftar=daftar,
            alasan_tolak=alasan,
            operator=boleh_ubah_data_opd(request.user, opd),
            pk_sendiri=pk_sendiri,
        ),
    )


def _form_aksi(request, aksi, alasan):
    form = AksiForm(request.POST or None, aksi=aksi, pengguna=request.user)
    if not aksi.pk and (pejabat := pejabat_pengisi(request.user, aksi.opd)):
        form.initial.setdefault("penanggung_jawab", pejabat)

    def simpan(form, asal):
        alasan_ubah = form.cleaned_data.get("alasan", "")
        if ubah.simpan_aksi(request.user, aksi, form.nilai(), asal, alasan_ubah):
            return "Aksi disimpan."
        return "Tidak ada perubahan yang perlu disimpan."

    return halaman_form(
        request,
        opd=aksi.opd,
        form=form,
        simpan=simpan,
        asal=ubah.asal_aksi(aksi),
        kembali=_kembali(aksi.opd, aksi.tahun, aksi.indikator),
        template="aksi/aksi.html",
        periksa=lambda _: alasan,
        isi=_isi(request.user, aksi.opd, aksi.tahun, aksi=aksi, ind=aksi.indikator),
    )


def aksi_baru(request, slug, tahun, indikator):
    opd = ambil_opd_pengisi(request.user, slug, tahun)
    ind = next((i for _, i in indikator_rencana(opd, tahun) if i.pk == indikator), None)
    if ind is None:
        raise Http404("Indikator ini tidak termasuk rencana aksi tahun ini")
    triwulan = request.GET.get("triwulan")
    aksi = Aksi(
        opd=opd,
        tahun=tahun,
        indikator=ind,
        triwulan=int(triwulan) if triwulan in {"1", "2", "3", "4"} else 1,
    )
    return _form_aksi(request, aksi, alasan_tidak_boleh_ubah_aksi(request.user, opd, tahun))


def aksi_ubah(request, pk):
    aksi = _ambil_aksi(request.user, pk)
    return _form_aksi(request, aksi, _alasan(request.user, aksi))


def aksi_hapus(request, pk):
    aksi = _ambil_aksi(request.user, pk)
    return halaman_hapus(
        request,
        aksi,
        hapus_objek=ubah.hapus_aksi,
        asal=ubah.asal_aksi(aksi),
        uraian=f"Aksi «{aksi.uraian}»",
        alasan=_alasan(request.user, aksi),
        kembali=_kembali(aksi.opd, aksi.tahun, aksi.indikator),
        template="aksi/hapus.html",
        isi=_isi(request.user, aksi.opd, aksi.tahun),
    )


def laporan(request, pk, triwulan):
    aksi = _ambil_aksi(request.user, pk)
    if triwulan not in (1, 2, 3, 4):
        raise Http404("Triwulan tidak dikenal")
    lap = LaporanAksi.objects.filter(aksi=aksi, triwulan=triwulan).first() or LaporanAksi(
        aksi=aksi, triwulan=triwulan
    )
    form = LaporanAksiForm(request.POST or None, request.FILES or None, laporan=lap)
    alasan = _alasan(request.user, aksi, triwulan)

    def simpan(form, asal):
        d = form.cleaned_data
        ubah.simpan_laporan(request.user, lap, form.nilai(), asal, d["berkas"], d["keterangan"])
        return f"Laporan {nama_triwulan(triwulan)} disimpan."

    return halaman_form(
        request,
        opd=aksi.opd,
        form=form,
        simpan=simpan,
        asal=ubah.asal_laporan(lap),
        kembali=_kembali(aksi.opd, aksi.tahun, aksi.indikator),
        template="aksi/laporan.html",
        periksa=lambda _: alasan,
        isi=_isi(
            request.user,
            aksi.opd,
            aksi.tahun,
            aksi=aksi,
            ind=aksi.indikator,
            triwulan=triwulan,
            nama_triwulan=nama_triwulan(triwulan),
            bukti=list(lap.bukti.all()) if lap.pk else [],
        ),
    )


def unduh_bukti(request, pk, bukti):
    """An evidence file of one of the action's reports, to whoever sees the action."""
    aksi = _ambil_aksi(request.user, pk)
    b = get_object_or_404(
        aksi.indikator.bukti_set.filter(laporan_aksi_set__aksi=aksi).distinct(), pk=bukti
    )
    try:
        berkas = b.berkas.open("rb")
    except FileNotFoundError:
        raise Http404("Berkas bukti dukung tidak ditemukan di penyimpanan.") from None
    return FileResponse(berkas, as_attachment=True, filename=b.nama_asli, content_type=b.jenis_isi)
