"""Pages for the data variables formulas read: an OPD's (`/opd/<slug>/variabel/`, kept by
its operator) and the Pemda-wide ones (`/pemda/<slug>/variabel/`, kept by the Admin Pemda).
One set of views serves both (`Lingkup`); everybody who sees the OPD or Pemda reads them.
What is checked is in `aturan.py`, what is saved in `ubah.py`."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from sakip.akun.akses import (
    ambil_opd,
    ambil_pemda,
    boleh_kelola_pemda,
    boleh_ubah_data_opd,
    indikator_terlihat,
    tolak_bila,
)
from sakip.halaman import PER_HALAMAN, asal_post, asal_tampil, halaman
from sakip.instansi.models import OPD, Pemda
from sakip.jejak.catat import Konflik
from sakip.perencanaan.ubah import asal_dari

from .. import aturan, hitung, ubah
from ..forms import VariabelForm
from ..models import Variabel

AGREGASI = dict(VariabelForm.base_fields["agregasi"].choices)

# Marks the message of a saved or deleted variable: the list page that shows it tells the
# formula editors open in other tabs to check their formula again (`variabel.html`).
VARIABEL_BERUBAH = "variabel-berubah"


@dataclass(frozen=True)
class Lingkup:
    """Whose variables a page shows: an OPD's, or the Pemda's own (opd None)."""

    jenis: str  # "opd" or "pemda", as in the URL names
    pemda: Pemda
    opd: OPD | None
    alasan_tolak: str | None  # why the user may only read, None when they may change

    @property
    def nama(self):
        return self.opd.nama if self.opd else self.pemda.nama

    @property
    def slug(self):
        return (self.opd or self.pemda).slug

    def url(self, aksi="", pk=None):
        nama = f"variabel-{self.jenis}" + (f"-{aksi}" if aksi else "")
        return reverse(nama, args=[self.slug] + ([pk] if pk else []))

    @property
    def url_baru(self):
        return self.url("baru")

    def variabel(self):
        return Variabel.objects.filter(pemda=self.pemda, opd=self.opd)


def _lingkup(user, jenis, slug):
    if jenis == "opd":
        opd = ambil_opd(user, slug)
        boleh = boleh_ubah_data_opd(user, opd)
        return Lingkup(
            jenis,
            opd.pemda,
            opd,
            None if boleh else "Hanya operator OPD ini yang dapat mengubah variabelnya.",
        )
    pemda = ambil_pemda(user, slug)
    boleh = boleh_kelola_pemda(user, pemda)
    return Lingkup(
        jenis,
        pemda,
        None,
        None if boleh else "Hanya Admin Pemda yang dapat mengubah variabel tingkat Pemda.",
    )


def _terlihat(user, indikator):
    """The pks of those of `indikator` the user may see: where a variable is used is
    shown without naming other OPDs' indicators to an OPD's staff."""
    return set(
        indikator_terlihat(user)
        .filter(pk__in=[i.pk for i in indikator])
        .values_list("pk", flat=True)
    )


def _dipakai(indikator, terlihat):
    """(the indicators shown, how many others)"""
    tampil = [i for i in indikator if i.pk in terlihat]
    return tampil, len(indikator) - len(tampil)


def _variabel_nilai(lingkup):
    # A GROUP BY drops the model's ordering: a page needs it.
    return lingkup.variabel().annotate(jumlah_nilai=Count("nilai_set")).order_by("kode")


def _baris(lingkup, variabel, pakai, terlihat):
    """One table row per variable: where it is used and how many values it has."""
    baris = []
    for v in variabel:
        dipakai, lainnya = _dipakai(pakai.get(v.pk, []), terlihat)
        baris.append(
            {
                "v": v,
                "agregasi": AGREGASI[v.agregasi],
                "dipakai": dipakai,
                "lainnya": lainnya,
                "url": lingkup.url("ubah", v.pk),
            }
        )
    return baris


def daftar(request, jenis, slug):
    """A page of the variables; on an OPD's page, also the first page of the Pemda-wide
    variables its formulas may read (read-only here, all of them on the Pemda's page)."""
    lingkup = _lingkup(request.user, jenis, slug)
    variabel = halaman(request, _variabel_nilai(lingkup))
    pemda, variabel_pemda = None, []
    if lingkup.opd:
        pemda = _lingkup(request.user, "pemda", lingkup.pemda.slug)
        variabel_pemda = Paginator(_variabel_nilai(pemda), PER_HALAMAN).page(1)
    pakai = hitung.pemakaian(lingkup.pemda)
    tampil = [i for v in [*variabel, *variabel_pemda] for i in pakai.get(v.pk, [])]
    terlihat = _terlihat(request.user, tampil)
    return render(
        request,
        "pengukuran/variabel.html",
        {
            "lingkup": lingkup,
            "halaman": variabel,
            "baris": _baris(lingkup, variabel, pakai, terlihat),
            "baris_pemda": _baris(pemda, variabel_pemda, pakai, terlihat) if pemda else None,
            "halaman_pemda": variabel_pemda,
            "url_pemda": reverse("variabel-pemda", args=[lingkup.pemda.slug]),
        },
    )


def _variabel(lingkup, pk):
    return get_object_or_404(lingkup.variabel().select_related("opd", "pemda"), pk=pk)


def ubah_variabel(request, jenis, slug, pk=None):
    """Add (no pk; `?kode=` fills in the code, as linked from the formula editor) or
    change a variable. Those who may not change it see the form read-only."""
    lingkup = _lingkup(request.user, jenis, slug)
    v = _variabel(lingkup, pk) if pk else Variabel(pemda=lingkup.pemda, opd=lingkup.opd)
    awal = VariabelForm.awal(v) if pk else {"kode": request.GET.get("kode", "")}
    form = VariabelForm(request.POST or None, initial=awal)
    if request.method == "POST":
        tolak_bila(lingkup.alasan_tolak)
        if form.is_valid():
            try:
                berubah = ubah.simpan_variabel(
                    request.user, v, form.nilai(), asal_post(request, baru=not pk)
                )
            except Konflik as e:
                form.add_error(None, str(e))
            except aturan.VariabelDitolak as e:
                for bidang, pesan in e.galat.items():
                    form.add_error(bidang, pesan)
            else:
                uraian = aturan.uraian_variabel(Variabel(**form.nilai()))
                if berubah:
                    messages.success(request, f"{uraian} disimpan.", extra_tags=VARIABEL_BERUBAH)
                else:
                    messages.success(request, "Tidak ada perubahan.")
                return redirect(lingkup.url())
    if lingkup.alasan_tolak:
        form.kunci_semua()
    pemakai = hitung.pemakai(v)
    dipakai, lainnya = _dipakai(pemakai, _terlihat(request.user, pemakai))
    return render(
        request,
        "pengukuran/variabel_form.html",
        {
            "lingkup": lingkup,
            "form": form,
            "objek": v if pk else None,
            "dipakai": dipakai,
            "lainnya": lainnya,
            "jumlah_nilai": v.nilai_set.count() if pk else 0,
            "url_hapus": lingkup.url("hapus", pk) if pk else None,
            "asal_json": asal_tampil(request, asal_dari(v, ubah.BIDANG_VARIABEL)),
        },
    )


def hapus_variabel(request, jenis, slug, pk):
    """Confirm and delete; a variable with values needs the box ticked that says they go
    too."""
    lingkup = _lingkup(request.user, jenis, slug)
    v = _variabel(lingkup, pk)
    jumlah = v.nilai_set.count()
    galat = None
    if request.method == "POST":
        tolak_bila(lingkup.alasan_tolak)
        if jumlah and not request.POST.get("setuju"):
            galat = "Centang persetujuan bahwa nilai variabel ini ikut terhapus."
        else:
            try:
                ubah.hapus_variabel(request.user, v, asal_post(request))
            except Konflik as e:
                galat = str(e)
            except aturan.VariabelDitolak as e:
                galat = e.galat[None]
            else:
                messages.success(
                    request, f"{aturan.uraian_variabel(v)} dihapus.", extra_tags=VARIABEL_BERUBAH
                )
                return redirect(lingkup.url())
    return render(
        request,
        "pengukuran/variabel_hapus.html",
        {
            "lingkup": lingkup,
            "objek": v,
            "uraian": aturan.uraian_variabel(v),
            "jumlah_nilai": jumlah,
            "tahun_nilai": sorted(set(v.nilai_set.values_list("tahun", flat=True))),
            "tidak_boleh": aturan.alasan_tidak_dihapus(v),
            "galat": galat,
            "asal_json": asal_tampil(
                request, {**asal_dari(v, ubah.BIDANG_VARIABEL), "jumlah_nilai": jumlah}
            ),
        },
    )
