"""Pages for entering a plan's content (periode, misi, tujuan, sasaran, indicators with the
formula editor) and its targets — an OPD's Renstra or the Pemda's own RPJMD/RPD — and
setting an OPD's Perjanjian Kinerja.

Everybody who sees the plan sees these forms (read-only, with the reason). Who may save is
one rule, `akses.alasan_tidak_boleh_ubah_rencana` (403 otherwise): an OPD's Renstra its
operator while the document is open, the Pemda's plan its Admin Pemda (no workflow
document). What is saved, and its audit trail, is in `ubah.py`."""

from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from sakip.akun.akses import (
    alasan_tidak_boleh_ubah_pk_pejabat,
    alasan_tidak_boleh_ubah_rencana,
    ambil_opd,
    ambil_opd_pengisi,
    ambil_opd_tahun,
    ambil_pemda,
    boleh_kelola_pemda,
    boleh_lihat_opd,
    boleh_ubah_data_opd,
    syarat_periode_terlihat,
)
from sakip.alur.kunci import tahap_dokumen
from sakip.alur.models import Dokumen
from sakip.anggaran.pohon_kinerja import anggaran_simpul
from sakip.halaman import halaman_form, halaman_hapus
from sakip.jejak.catat import Konflik
from sakip.pengukuran.penjelasan import periksa_rumus
from sakip.pengukuran.pk import (
    AlasanWajib,
    PenandatanganTidakSah,
    daftar_pk_pejabat,
    indikator_pk,
    tetapkan_pk_tercatat,
)

from .. import ubah
from ..forms import (
    IndikatorForm,
    MisiForm,
    PeriodeBaruForm,
    PeriodeForm,
    PKForm,
    PKPejabatForm,
    SasaranForm,
    TargetForm,
    TujuanForm,
    TurunanForm,
    kunci_induk,
)
from ..models import Indikator, Misi, Periode, PerjanjianKinerja, Sasaran, Tujuan
from ..pohon import jalur_periode, pasang_turunan, sasaran_bawah, tingkat_anak, tujuan_lengkap

# --- fetching, scoped to what the user sees (404 otherwise) -----------------------------


def _ambil(model, jalur, *terkait):
    """A fetcher of `model` by pk among the objects whose period (at lookup path `jalur`)
    the user sees: an OPD's Renstra, or their Pemda's own plan."""

    def ambil(user, pk):
        daftar = model.objects.filter(syarat_periode_terlihat(user, jalur)).select_related(
            f"{jalur}opd__pemda", f"{jalur}pemda", *terkait
        )
        return get_object_or_404(daftar, pk=pk)

    return ambil


_periode = _ambil(Periode, "")
_misi = _ambil(Misi, "periode__")
_tujuan = _ambil(Tujuan, "periode__")
_sasaran = _ambil(Sasaran, "tujuan__periode__")
_indikator = _ambil(Indikator, "periode__", "tujuan", "sasaran__tujuan")


def _simpul(user, pk, bawah_saja=False):
    """A sasaran of any level (or `bawah_saja` only a node below a sasaran: sasaran program,
    kegiatan, individu) among the plans the user sees."""
    terlihat = Q()
    for jalur in jalur_periode(bawah_saja):
        terlihat |= syarat_periode_terlihat(user, jalur)
    return get_object_or_404(Sasaran.objects.filter(terlihat), pk=pk)


def _turunan(user, pk):
    return _simpul(user, pk, bawah_saja=True)


# --- shared flow ------------------------------------------------------------------------


# Refusals of saving shown on the form: a PK revision without a reason, targets of a
# composite indicator.
_TOLAK = {
    AlasanWajib: "alasan",
    ubah.TargetKomposit: None,
    PenandatanganTidakSah: "pihak_pertama",
}


def _halaman_form(request, periode, *, tahun=None, dokumen=Dokumen.RENSTRA, isi, **kwargs):
    """The shared entry-page flow for a part of `periode`, checked by the one rule of who
    may change it (`dokumen` of `tahun` for an OPD's Renstra, by default the Renstra of the
    period's first year)."""
    return halaman_form(
        request,
        opd=periode.opd,
        periksa=lambda user: alasan_tidak_boleh_ubah_rencana(user, periode, tahun, dokumen),
        tolak=_TOLAK,
        isi={**_kepala(periode), **isi},
        **kwargs,
    )


def _kembali(periode):
    """The entry page a part of `periode` returns to: its OPD's, or the Pemda's."""
    if periode.opd_id:
        return reverse("isian-opd", args=[periode.opd.slug])
    return reverse("isian-pemda", args=[periode.pemda.slug])


def _kepala(periode):
    """What the page header needs beyond the OPD: for the Pemda's plan, the Pemda and a
    link back to its entry page."""
    if periode.opd_id:
        return {}
    return {"pemda": periode.pemda, "remah": [(_kembali(periode), "Isian rencana Pemda")]}


def _pesan(berubah, teks):
    return f"{teks} disimpan." if berubah else "Tidak ada perubahan yang perlu disimpan."


# --- the entry pages: an OPD's Renstra, the Pemda's own plan ----------------------------


def _daftar_periode(user, **pemilik):
    """The periods of an OPD or of the Pemda (opd None), each with its tree, its Renstra
    stage (OPD only) and why the user may only read it."""
    daftar = []
    for p in (
        Periode.objects.filter(**pemilik)
        .select_related("induk", "opd", "pemda")
        .prefetch_related("misi_set")
    ):
        # The Renstra stage is read once, for the page and for the access rule.
        tahap = tahap_dokumen(p.opd, p.tahun_awal, Dokumen.RENSTRA) if p.opd_id else None
        tujuan = tujuan_lengkap(p)
        if p.opd_id:  # only an OPD's sasaran cascade further
            tujuan = pasang_turunan(list(tujuan), sasaran_bawah([p], dengan_anggaran=True))
        daftar.append(
            {
                "periode": p,
                "tujuan": tujuan,
                "tahap": tahap,
                "alasan_tolak": alasan_tidak_boleh_ubah_rencana(user, p, tahap=tahap),
            }
        )
    return daftar


def isian_opd(request, slug):
    opd = ambil_opd(request.user, slug)
    periode = _daftar_periode(request.user, opd=opd)
    tahun = sorted(
        {t for x in periode for t in range(x["periode"].tahun_awal, x["periode"].tahun_akhir + 1)}
    )
    pk = {}
    for x in PerjanjianKinerja.objects.filter(opd=opd, pemegang=None).order_by("tahun", "versi"):
        pk[x.tahun] = x
    return render(
        request,
        "perencanaan/isian/opd.html",
        {
            "opd": opd,
            "daftar_periode": periode,
            "daftar_pk": [(t, pk.get(t)) for t in tahun],
            "boleh_tambah_periode": boleh_ubah_data_opd(request.user, opd),
        },
    )


def isian_pemda(request, slug):
    """The Pemda's own plans (RPJMD/RPD and supplements): whoever sees the Pemda reads
    them here; its Admin Pemda enters them."""
    pemda = ambil_pemda(request.user, slug)
    return render(
        request,
        "perencanaan/isian/pemda.html",
        {
            "pemda": pemda,
            "daftar_periode": _daftar_periode(request.user, pemda=pemda, opd__isnull=True),
            "boleh_tambah_periode": boleh_kelola_pemda(request.user, pemda),
        },
    )


# --- the period, its misi, tujuan and sasaran --------------------------------------------

# What each part of the Renstra is entered with: its form, audited fields and save.
_BAGIAN = {
    Periode: (PeriodeForm, ubah.BIDANG_PERIODE, ubah.simpan_periode),
    Misi: (MisiForm, ubah.BIDANG_MISI, ubah.simpan_misi),
    Tujuan: (TujuanForm, ubah.BIDANG_TUJUAN, ubah.simpan_tujuan),
    Sasaran: (SasaranForm, ubah.BIDANG_SASARAN, ubah.simpan_sasaran),
}


def _form_bagian(request, obj, *, periode, judul=None, induk=None):
    """The form page of one part of `periode` (the period itself, a misi, tujuan or
    sasaran), new when `obj` is unsaved; an OPD's locked with the period's Renstra."""
    form_class, bidang, simpan_bagian = _BAGIAN[type(obj)]
    jenis = obj._meta.verbose_name
    awal = form_class.awal(obj) if obj.pk else None
    form = form_class(request.POST or None, initial=awal, periode=periode)

    def simpan(form, asal):
        berubah = simpan_bagian(request.user, obj, form.nilai(), asal)
        return _pesan(berubah, jenis.capitalize())

    return _halaman_form(
        request,
        periode,
        form=form,
        simpan=simpan,
        asal=ubah.asal_dari(obj, bidang),
        kembali=_kembali(periode),
        template="perencanaan/isian/form.html",
        isi={
            "judul": judul or (f"Ubah {jenis} {obj.nomor}" if obj.pk else f"Tambah {jenis}"),
            "periode": periode,
            "induk": induk,
            "jenis_hapus": jenis,
            "url_hapus": reverse("isian-hapus", args=[jenis, obj.pk])
            if obj.pk and jenis in _HAPUS
            else None,
        },
    )


def periode_baru(request, slug, jenis="opd"):
    """A new Renstra (or supplement) of an OPD, or a new RPJMD/RPD (or supplement) of the
    Pemda (`jenis` "pemda"). A Renstra belongs to the Renstra document of its first year,
    known once the form is valid, and a supplement also needs its parent's Renstra open;
    until then only the role is checked."""
    if jenis == "opd":
        opd = ambil_opd(request.user, slug)
        periode = Periode(pemda=opd.pemda, opd=opd)
    else:
        periode = Periode(pemda=ambil_pemda(request.user, slug), opd=None)
    form = PeriodeBaruForm(request.POST or None, periode=periode)
    if form.is_bound and form.is_valid():
        periode.tahun_awal = form.cleaned_data["tahun_awal"]
        periode.induk = form.cleaned_data["induk"]

    def simpan(form, asal):
        ubah.simpan_periode(request.user, periode, form.nilai(), asal)
        return f"{ubah.uraian_periode(periode)} dibuat."

    return _halaman_form(
        request,
        periode,
        form=form,
        simpan=simpan,
        asal=None,
        kembali=_kembali(periode),
        template="perencanaan/isian/form.html",
        isi={"judul": f"Tambah periode {form.dokumen}"},
    )


def periode_ubah(request, pk):
    periode = _periode(request.user, pk)
    return _form_bagian(request, periode, periode=periode, judul=f"Ubah periode {periode.nama}")


def misi_baru(request, periode):
    periode = _periode(request.user, periode)
    return _form_bagian(request, Misi(periode=periode), periode=periode)


def misi_ubah(request, pk):
    misi = _misi(request.user, pk)
    return _form_bagian(request, misi, periode=misi.periode)


def tujuan_baru(request, periode):
    periode = _periode(request.user, periode)
    return _form_bagian(request, Tujuan(periode=periode), periode=periode)


def tujuan_ubah(request, pk):
    tujuan = _tujuan(request.user, pk)
    return _form_bagian(request, tujuan, periode=tujuan.periode)


def _induk_sasaran(tujuan):
    return f"Tujuan {tujuan.nomor}: {tujuan.nama}"


def sasaran_baru(request, tujuan):
    tujuan = _tujuan(request.user, tujuan)
    return _form_bagian(
        request, Sasaran(tujuan=tujuan), periode=tujuan.periode, induk=_induk_sasaran(tujuan)
    )


def sasaran_ubah(request, pk):
    sasaran = _sasaran(request.user, pk)
    tujuan = sasaran.tujuan
    return _form_bagian(request, sasaran, periode=tujuan.periode, induk=_induk_sasaran(tujuan))


# --- the levels below an OPD sasaran ---------------------------------------------------


def _sebut(s):
    return f"{s.get_tingkat_display()} {s.nomor}: {s.nama}"


def _form_turunan(request, simpul):
    """The form page of a node below an OPD sasaran (new when unsaved): its place, owner
    and budget lines; locked with its plan's Renstra, like the sasaran above it."""
    periode = ubah.periode_dari(simpul)
    if not periode.opd_id:
        raise Http404("Hanya sasaran Renstra OPD yang diturunkan (cascading)")
    jenis = simpul.get_tingkat_display().lower()
    form = TurunanForm(request.POST or None, simpul=simpul, periode=periode)

    def simpan(form, asal):
        anggaran = form.cleaned_data["anggaran"]
        berubah = ubah.simpan_turunan(request.user, simpul, form.nilai(), anggaran, asal)
        return _pesan(berubah, jenis.capitalize())

    return _halaman_form(
        request,
        periode,
        form=form,
        simpan=simpan,
        asal=ubah.asal_turunan(simpul),
        kembali=_kembali(periode),
        template="perencanaan/isian/form.html",
        isi={
            "judul": f"Ubah {jenis} {simpul.nomor}" if simpul.pk else f"Tambah {jenis}",
            "periode": periode,
            "induk": f"Melayani {_sebut(simpul.induk)}",
            "jenis_hapus": jenis,
            "url_hapus": reverse("isian-hapus", args=["turunan", simpul.pk]) if simpul.pk else None,
        },
    )


def turunan_baru(request, induk):
    """A new node one level below `induk`: a sasaran program under an OPD sasaran, a
    sasaran kegiatan under a sasaran program, a sasaran individu under a sasaran kegiatan."""
    induk = _simpul(request.user, induk)
    tingkat = tingkat_anak(induk.tingkat)
    if tingkat is None:
        raise Http404("Sasaran individu tidak diturunkan lagi")
    return _form_turunan(request, Sasaran(induk=induk, tingkat=tingkat))


def turunan_ubah(request, pk):
    return _form_turunan(request, _turunan(request.user, pk))


# --- indicators and the formula editor --------------------------------------------------


def _form_indikator(request, ind):
    periode = ind.periode
    pemilik = periode.opd or periode.pemda
    jenis = "opd" if periode.opd_id else "pemda"
    awal = (
        IndikatorForm.awal(ind)
        if ind.pk
        else {"agregasi": "terakhir", "urutan": 0, "induk": kunci_induk(ind)}
    )
    form = IndikatorForm(request.POST or None, initial=awal, indikator=ind)

    def simpan(form, asal):
        berubah = ubah.simpan_indikator(request.user, ind, form.nilai(), asal)
        return _pesan(berubah, "Indikator")

    induk = ind.sasaran or ind.tujuan
    cek_awal = periksa_rumus(form["rumus"].value() or "", pemilik)
    if cek_awal.get("kolom"):
        cek_awal["tanda"] = " " * (cek_awal["kolom"] - 1) + "^"
    return _halaman_form(
        request,
        periode,
        form=form,
        simpan=simpan,
        asal=ubah.asal_indikator(ind),
        kembali=_kembali(periode),
        template="perencanaan/isian/indikator.html",
        isi={
            "judul": f"Ubah indikator {ind.kode}" if ind.pk else "Tambah indikator",
            "periode": periode,
            "induk": _sebut(induk) if ind.sasaran_id else f"Tujuan {induk.nomor}: {induk.nama}",
            "objek": ind if ind.pk else None,
            "url_hapus": reverse("isian-hapus", args=["indikator", ind.pk]) if ind.pk else None,
            "cek_awal": cek_awal,
            "url_periksa": reverse(f"isian-periksa-rumus-{jenis}", args=[pemilik.slug]),
            "url_variabel_baru": reverse(f"variabel-{jenis}-baru", args=[pemilik.slug]),
        },
    )


def indikator_baru(request, jenis, induk):
    if jenis == "tujuan":
        tujuan = _tujuan(request.user, induk)
        ind = Indikator(periode=tujuan.periode, tujuan=tujuan)
    elif jenis == "sasaran":
        # A sasaran of any level: a node below an OPD sasaran has indicators of its own.
        sasaran = _simpul(request.user, induk)
        ind = Indikator(periode=ubah.periode_dari(sasaran), sasaran=sasaran)
    else:
        raise Http404
    return _form_indikator(request, ind)


def indikator_ubah(request, pk):
    return _form_indikator(request, _indikator(request.user, pk))


@require_GET
def cek_rumus(request, slug, jenis="opd"):
    """The live check of the formula editor of an OPD's or the Pemda's indicators: JSON,
    no side effects."""
    pemilik = (ambil_opd if jenis == "opd" else ambil_pemda)(request.user, slug)
    rumus = request.GET.get("rumus", "")
    hasil = periksa_rumus(rumus[:4000], pemilik)
    return JsonResponse(hasil, json_dumps_params={"ensure_ascii": False})


# --- deleting ---------------------------------------------------------------------------

TEMPLATE_HAPUS = "perencanaan/isian/hapus.html"

_HAPUS = {
    "misi": (_misi, ubah.hapus_misi, ubah.BIDANG_MISI, ubah.uraian_misi, None),
    "tujuan": (_tujuan, ubah.hapus_tujuan, ubah.BIDANG_TUJUAN, ubah.uraian_tujuan, None),
    "sasaran": (_sasaran, ubah.hapus_sasaran, ubah.BIDANG_SASARAN, ubah.uraian_sasaran, None),
    "turunan": (_turunan, ubah.hapus_turunan, ubah.BIDANG_TURUNAN, ubah.uraian_sasaran, None),
    "indikator": (
        _indikator,
        ubah.hapus_indikator,
        ubah.BIDANG_INDIKATOR,
        ubah.uraian_indikator,
        ubah.terkait_indikator,
    ),
}


def hapus(request, jenis, pk):
    if jenis not in _HAPUS:
        raise Http404
    ambil, fungsi, bidang, uraian, terkait = _HAPUS[jenis]
    obj = ambil(request.user, pk)
    periode = ubah.periode_dari(obj)
    return halaman_hapus(
        request,
        obj,
        hapus_objek=fungsi,
        asal=ubah.asal_dari(obj, bidang),
        uraian=uraian(obj),
        terkait=terkait,
        alasan=alasan_tidak_boleh_ubah_rencana(request.user, periode),
        kembali=_kembali(periode),
        template=TEMPLATE_HAPUS,
        isi={
            "opd": periode.opd,
            "dengan_target": jenis == "indikator" and obj.target_set.exists(),
            **_kepala(periode),
        },
    )


# --- targets ----------------------------------------------------------------------------


def target(request, pk, tahun=None):
    """Yearly targets of the period (Renstra), or the quarterly targets of one year (its
    Perjanjian Kinerja / rencana aksi)."""
    ind = _indikator(request.user, pk)
    periode = ind.periode
    tahun_periode = list(range(periode.tahun_awal, periode.tahun_akhir + 1))
    if tahun is None:
        waktu = [(t, 0) for t in tahun_periode]
        dokumen, tahun_dok = Dokumen.RENSTRA, periode.tahun_awal
    elif not periode.opd_id:
        raise Http404("Target triwulan (rencana aksi) hanya untuk Renstra OPD")
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

    return _halaman_form(
        request,
        periode,
        tahun=tahun_dok,
        dokumen=dokumen,
        form=form,
        simpan=simpan,
        asal=ubah.asal_target(ind, waktu),
        kembali=request.path,
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


def _simpan_pk(user, opd, tahun, terakhir, nama, pemegang=None):
    """The save step of a PK form (the OPD's, or an official's when `pemegang`): a new
    version, refused when another user set one since the page was opened."""

    def simpan(form, asal):
        d = form.cleaned_data
        if asal is not None and asal.get("versi") != (terakhir.versi if terakhir else None):
            raise Konflik(
                f"{nama} telah ditetapkan oleh pengguna lain sejak halaman ini dibuka. "
                "Muat ulang halaman untuk melihat versi terbaru."
            )
        baru = tetapkan_pk_tercatat(
            user,
            opd,
            tahun,
            tanggal=d["tanggal"],
            pihak_pertama=d["pihak_pertama"],
            pihak_kedua=d["pihak_kedua"],
            alasan=d.get("alasan", ""),
            pemegang=pemegang,
        )
        return f"{nama} versi {baru.versi} ditetapkan."

    return simpan


def pk(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    versi = list(
        PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun, pemegang=None)
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
    return halaman_form(
        request,
        opd=opd,
        tahun=tahun,
        dokumen=Dokumen.PK,
        tolak=_TOLAK,
        form=form,
        simpan=_simpan_pk(request.user, opd, tahun, terakhir, f"Perjanjian Kinerja {tahun}"),
        asal={"versi": terakhir.versi if terakhir else None},
        kembali=request.path,
        template="perencanaan/isian/pk.html",
        isi={
            "tahun": tahun,
            "daftar_versi": versi,
            "terakhir": terakhir,
            "indikator": indikator_pk(opd, tahun),
            "daftar_pejabat": daftar_pk_pejabat(opd, tahun),
            "tahap": tahap_dokumen(opd, tahun, Dokumen.PK),
        },
    )


def pk_pejabat(request, slug, tahun, kode):
    """The PK of one official of the cascade: their nodes, targets and budget, every
    version (each downloadable), and setting or revising it (the OPD's operator, or the
    official themselves where the Pemda allows it, while the year's PK document is open:
    `akses.alasan_tidak_boleh_ubah_pk_pejabat`). The official who sees no more of the OPD
    (`akses.ambil_opd_pengisi`) gets no links to its other pages."""
    opd = ambil_opd_pengisi(request.user, slug, tahun, kode)
    baris = next((b for b in daftar_pk_pejabat(opd, tahun) if b.pejabat.kode == kode), None)
    if baris is None:
        raise Http404("Pejabat ini tidak memegang simpul cascading maupun PK tahun ini")
    pejabat, pemegang, terakhir = baris.pejabat, baris.pemegang, baris.berlaku
    atasan = pemegang.atasan if pemegang else None
    awal = (
        {"pihak_pertama": terakhir.pihak_pertama_id, "pihak_kedua": terakhir.pihak_kedua_id}
        if terakhir
        else None
    )
    form = PKPejabatForm(
        request.POST or None,
        initial=awal,
        opd=opd,
        revisi=terakhir is not None,
        pemegang=pejabat,
        atasan=atasan,
    )

    nama = f"Perjanjian Kinerja {tahun} {pejabat.nama}"
    if pemegang is None:
        # No node any more: its PKs stay readable, no new version can be set.
        def periksa(user):
            return f"{pejabat.nama} tidak lagi memegang simpul cascading tahun {tahun}."
    else:

        def periksa(user):
            return alasan_tidak_boleh_ubah_pk_pejabat(user, opd, tahun, pejabat.pk)

    return halaman_form(
        request,
        opd=opd,
        periksa=periksa,
        tolak=_TOLAK,
        form=form,
        simpan=_simpan_pk(request.user, opd, tahun, terakhir, nama, pemegang),
        asal={"versi": terakhir.versi if terakhir else None},
        kembali=request.path,
        template="perencanaan/isian/pk_pejabat.html",
        isi={
            "tahun": tahun,
            "baris": baris,
            "terakhir": terakhir,
            "anggaran": anggaran_simpul(opd, tahun, pemegang.simpul) if pemegang else None,
            "pejabat_saja": not boleh_lihat_opd(request.user, opd),
        },
    )
