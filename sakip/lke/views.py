"""The worksheet page of an OPD and year: the OPD's self-assessment and the evaluator's
answers side by side, the evidence, the scores per component and the total with its
grade. Who may write which side is decided in `akun.akses`. The same views serve the
Pemda's own evaluation (`pemda=True` from the URL): the Pemda is then the one evaluated
(`opd` below), its suggestions drawn from its OPD's evaluations."""

from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip.akun.akses import (
    alasan_tidak_boleh_evaluasi_lke,
    alasan_tidak_boleh_jawab_lke,
    alasan_tidak_boleh_kriteria_lokal,
    ambil_opd_tahun,
    ambil_pemda_lke,
    boleh_lihat_rekap_lke,
    tolak_bila,
)
from sakip.halaman import asal_post, asal_tampil
from sakip.instansi.models import Pemda
from sakip.jejak.catat import Konflik, asal_bagian
from sakip.kinerja.lke_periksa import periksa_jawaban
from sakip.pengukuran.bukti import BuktiError

from .buku import XLSX, ekspor
from .hitung import keadaan, pemda_dari
from .lembar import berkas
from .models import Bukti
from .saran import saran, saran_pemda
from .ubah import (
    BIDANG_EVALUATOR,
    BIDANG_OPD,
    LkeError,
    asal_jawaban,
    buka_evaluasi,
    hapus_bukti,
    selesaikan,
    simpan_jawaban,
    tambah_bukti,
    tambah_kriteria_lokal,
    terima_saran,
)

# The page of each kind of evidence that sakip holds for the OPD (and year).
HALAMAN_BUKTI = {
    Bukti.Jenis.RENSTRA: ("rencana-opd", False),
    Bukti.Jenis.IKU: ("tabel-iku", True),
    Bukti.Jenis.PK: ("dokumen", True),
    Bukti.Jenis.TRIWULAN: ("alur", True),
    Bukti.Jenis.LKJIP: ("dokumen", True),
    Bukti.Jenis.REVIU: ("reviu", True),
    Bukti.Jenis.JEJAK: ("jejak", False),
}


# The URL names of the worksheet's actions, for an OPD and for the Pemda's own.
NAMA_OPD = {
    "lembar": "lke",
    "simpan": "lke-simpan",
    "tambah": "lke-tambah-bukti",
    "bukti": "lke-bukti",
    "hapus": "lke-hapus-bukti",
    "selesai": "lke-selesai",
    "terima": "lke-terima-saran",
}
NAMA_PEMDA = {k: v.replace("lke", "lke-pemda", 1) for k, v in NAMA_OPD.items()}


def _nama(opd):
    return NAMA_PEMDA if isinstance(opd, Pemda) else NAMA_OPD


def _ambil(request, slug, tahun, pemda):
    """The one evaluated: an OPD the user sees for the year, or the Pemda itself."""
    if pemda:
        return ambil_pemda_lke(request.user, slug)
    return ambil_opd_tahun(request.user, slug, tahun)


def _saran(opd, tahun, lembar):
    if _nama(opd) is NAMA_PEMDA:
        return saran_pemda(opd, tahun, lembar)
    return saran(opd, tahun, lembar)


def alamat_tautan(jenis, rujukan, opd, tahun):
    """Where a link of kind `jenis` opens: its page in sakip, or the outside address. On
    the Pemda's own evaluation only outside links and the OPD's evaluations open."""
    if jenis == Bukti.Jenis.TAUTAN:
        return rujukan if rujukan.startswith(("https://", "http://")) else None
    if jenis == Bukti.Jenis.LKE_OPD:
        return reverse("lke", args=[rujukan, tahun])
    if _nama(opd) is NAMA_PEMDA:
        return None
    nama, dengan_tahun = HALAMAN_BUKTI[jenis]
    return reverse(nama, args=[opd.slug, tahun] if dengan_tahun else [opd.slug])


def alamat_bukti(bukti, opd, tahun):
    """Where an evidence item is opened: its page in sakip, the outside link, or the file."""
    if bukti.jenis == Bukti.Jenis.BERKAS:
        return reverse(_nama(opd)["bukti"], args=[opd.slug, tahun, bukti.pk])
    return alamat_tautan(bukti.jenis, bukti.rujukan, opd, tahun)


def _tampil_saran(s, opd, tahun):
    """A suggestion with its links as (label, address) for the page."""
    if s is None:
        return None
    tautan = [
        (
            Bukti.Jenis(jenis).label + (f": {rujukan}" if rujukan else ""),
            alamat_tautan(jenis, rujukan, opd, tahun),
        )
        for jenis, rujukan in s.bukti
    ]
    return {"saran": s, "tautan": tautan}


def _peringatan(k, saran_data):
    """The consistency warnings of both sides' answers, by side and by criterion."""
    didukung = {kode: s.jawaban for kode, s in saran_data.items()}
    hasil = {}
    for pihak in ("opd", "evaluator"):
        jawaban = {kode: getattr(j, f"jawaban_{pihak}") for kode, j in k.jawaban.items()}
        hasil[pihak] = periksa_jawaban(k.lembar, jawaban, didukung)
    return hasil


def _jenis_tautan(pemda):
    """The kinds of link evidence offered: the Pemda's own evaluation links outside or to
    its OPD's evaluations; an OPD's links to its own pages or outside."""
    if pemda:
        return (Bukti.Jenis.LKE_OPD, Bukti.Jenis.TAUTAN)
    return set(Bukti.Jenis.values) - {Bukti.Jenis.BERKAS, Bukti.Jenis.LKE_OPD}


def _hak(user, opd, k):
    return {
        "opd": alasan_tidak_boleh_jawab_lke(user, opd, k.selesai) is None,
        "evaluator": alasan_tidak_boleh_evaluasi_lke(user, opd, k.selesai) is None,
        "lokal": alasan_tidak_boleh_kriteria_lokal(user, pemda_dari(opd)) is None,
        "rekap": boleh_lihat_rekap_lke(user, pemda_dari(opd)),
    }


def lembar_kerja(request, slug, tahun, status=200, pemda=False):
    """The worksheet page; after a refused save (`status` 400/409) the inputs keep what was
    sent and the form the values it first showed, so nothing typed is lost."""
    opd = _ambil(request, slug, tahun, pemda)
    isian = request.POST if request.method == "POST" else {}
    k = keadaan(opd, tahun)
    hak = _hak(request.user, opd, k)
    hasil_opd, hasil_evaluator = k.hasil("opd"), k.hasil("evaluator")
    saran_data = _saran(opd, tahun, k.lembar)
    peringatan = _peringatan(k, saran_data)
    diperingatkan = {p.kode for daftar in peringatan.values() for p in daftar}
    bidang = (BIDANG_OPD if hak["opd"] else ()) + (BIDANG_EVALUATOR if hak["evaluator"] else ())
    komponen = []
    for kom, h_opd, h_ev in zip(
        k.lembar.komponen, hasil_opd.komponen, hasil_evaluator.komponen, strict=True
    ):
        sub = []
        for s, s_opd, s_ev in zip(
            kom.subkomponen, h_opd.subkomponen, h_ev.subkomponen, strict=True
        ):
            baris = []
            for kriteria in s.kriteria:
                jawaban = k.jawaban.get(kriteria.kode)
                bukti = [
                    (b, alamat_bukti(b, opd, tahun))
                    for b in (jawaban.bukti_set.all() if jawaban else [])
                ]
                tampil = {
                    b: isian.get(f"{b}-{kriteria.kode}", getattr(jawaban, b) if jawaban else "")
                    for b in BIDANG_OPD + BIDANG_EVALUATOR
                }
                baris.append(
                    {
                        "kriteria": kriteria,
                        "jawaban": jawaban,
                        "bukti": bukti,
                        "tampil": tampil,
                        "saran": _tampil_saran(saran_data.get(kriteria.kode), opd, tahun),
                        "diperingatkan": kriteria.kode in diperingatkan,
                    }
                )
            sub.append({"sub": s, "opd": s_opd, "evaluator": s_ev, "baris": baris})
        komponen.append({"kom": kom, "opd": h_opd, "evaluator": h_ev, "sub": sub})
    asal = asal_tampil(
        request,
        {
            kriteria.kode: asal_jawaban(k.jawaban.get(kriteria.kode), bidang)
            for kriteria in k.lembar.semua_kriteria()
        },
    )
    konteks = {
        "opd": opd,
        "tahun": tahun,
        "keadaan": k,
        "hak": hak,
        "komponen": komponen,
        "hasil_opd": hasil_opd,
        "hasil_evaluator": hasil_evaluator,
        "asal": asal,
        "jenis_bukti": [c for c in Bukti.Jenis.choices if c[0] in _jenis_tautan(pemda)],
        "pemda": pemda,
        "mandiri": "Pemda" if pemda else "OPD",
        "nama": _nama(opd),
        "subkomponen": [s for kom in k.lembar.komponen for s in kom.subkomponen],
        "skala": berkas(k.lembar.versi).skala,
        "peringatan": peringatan,
        "jumlah_saran": len(saran_data),
    }
    return render(request, "lke/lembar.html", konteks, status=status)


def unduh_xlsx(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    respons = HttpResponse(ekspor(opd, tahun), content_type=XLSX)
    respons["Content-Disposition"] = f'attachment; filename="lke-{opd.slug}-{tahun}.xlsx"'
    return respons


def _kembali(opd, tahun, jangkar=""):
    return redirect(reverse(_nama(opd)["lembar"], args=[opd.slug, tahun]) + jangkar)


@require_POST
def simpan(request, slug, tahun, pemda=False):
    opd = _ambil(request, slug, tahun, pemda)
    k = keadaan(opd, tahun)
    pihak = request.POST.get("pihak")
    if pihak == "evaluator":
        tolak_bila(alasan_tidak_boleh_evaluasi_lke(request.user, opd, k.selesai))
        bidang = BIDANG_EVALUATOR
    else:
        tolak_bila(alasan_tidak_boleh_jawab_lke(request.user, opd, k.selesai))
        bidang = BIDANG_OPD
    try:
        asal = asal_post(request)
        berubah = 0
        with transaction.atomic():
            evaluasi = k.evaluasi
            for kriteria in k.lembar.semua_kriteria():
                kunci = [f"{b}-{kriteria.kode}" for b in bidang]
                if not all(x in request.POST for x in kunci):
                    continue
                # Browsers send a textarea's lines ending in CRLF.
                nilai = {
                    b: request.POST[x].replace("\r\n", "\n").strip()
                    for b, x in zip(bidang, kunci, strict=True)
                }
                if evaluasi is None and not any(nilai.values()):
                    continue  # an untouched page creates no evaluation
                evaluasi = evaluasi or buka_evaluasi(request.user, opd, tahun)
                berubah += simpan_jawaban(
                    request.user,
                    evaluasi,
                    k.lembar,
                    kriteria.kode,
                    nilai,
                    asal=asal_bagian(asal, kriteria.kode),
                )
    except (Konflik, LkeError) as e:
        messages.error(request, f"Tidak ada yang disimpan. {e}")
        return lembar_kerja(
            request, slug, tahun, status=409 if isinstance(e, Konflik) else 400, pemda=pemda
        )
    messages.success(request, f"{berubah} jawaban disimpan." if berubah else "Tidak ada perubahan.")
    return _kembali(opd, tahun)


def _bukti_opd(request, slug, tahun, pemda):
    opd = _ambil(request, slug, tahun, pemda)
    k = keadaan(opd, tahun)
    tolak_bila(alasan_tidak_boleh_jawab_lke(request.user, opd, k.selesai))
    return opd, k


@require_POST
def tambah(request, slug, tahun, pemda=False):
    opd, k = _bukti_opd(request, slug, tahun, pemda)
    kode = request.POST.get("kode", "")
    if k.lembar.kriteria(kode) is None:
        raise Http404("Kriteria tidak ada pada lembar kerja ini")
    try:
        with transaction.atomic():
            evaluasi = buka_evaluasi(request.user, opd, tahun)
            tambah_bukti(
                request.user,
                evaluasi,
                kode,
                request.POST.get("jenis", ""),
                request.POST.get("rujukan", "").strip()[:500],
                request.FILES.get("berkas"),
            )
    except (BuktiError, LkeError) as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"Bukti kriteria {kode} ditambahkan.")
    return _kembali(opd, tahun, f"#k-{kode}")


def _bukti(k, pk):
    if k.evaluasi is None:
        raise Http404("Belum ada evaluasi")
    return get_object_or_404(Bukti, pk=pk, jawaban__evaluasi=k.evaluasi)


@require_POST
def hapus(request, slug, tahun, pk, pemda=False):
    opd, k = _bukti_opd(request, slug, tahun, pemda)
    bukti = _bukti(k, pk)
    kode = bukti.jawaban.kode
    try:
        hapus_bukti(request.user, bukti)
    except (Konflik, LkeError) as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"Bukti kriteria {kode} dihapus.")
    return _kembali(opd, tahun, f"#k-{kode}")


def unduh(request, slug, tahun, pk, pemda=False):
    opd = _ambil(request, slug, tahun, pemda)
    bukti = _bukti(keadaan(opd, tahun), pk)
    if not bukti.berkas:
        raise Http404("Bukti ini bukan berkas")
    return FileResponse(
        bukti.berkas.open("rb"),
        as_attachment=True,
        filename=bukti.nama_asli,
        content_type=bukti.jenis_isi,
    )


@require_POST
def selesai(request, slug, tahun, pemda=False):
    opd = _ambil(request, slug, tahun, pemda)
    k = keadaan(opd, tahun)
    tolak_bila(alasan_tidak_boleh_evaluasi_lke(request.user, opd, k.selesai))
    try:
        with transaction.atomic():
            selesaikan(request.user, buka_evaluasi(request.user, opd, tahun), k.hasil("evaluator"))
    except LkeError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, "Evaluasi diselesaikan dan dikunci.")
    return _kembali(opd, tahun)


@require_POST
def kriteria_lokal(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    tolak_bila(alasan_tidak_boleh_kriteria_lokal(request.user, opd.pemda))
    uraian = request.POST.get("uraian", "").strip()
    if not uraian:
        messages.error(request, "Tuliskan uraian kriteria lokal.")
        return _kembali(opd, tahun)
    try:
        baru = tambah_kriteria_lokal(
            request.user,
            opd.pemda,
            request.POST.get("subkomponen", ""),
            uraian,
            request.POST.get("skala", ""),
            versi=keadaan(opd, tahun).lembar.versi,
        )
    except LkeError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"Kriteria lokal {baru.subkomponen}.{baru.nomor} ditambahkan.")
    return _kembali(opd, tahun)


@require_POST
def terima(request, slug, tahun, pemda=False):
    """The evaluator accepts the suggestion of one criterion (`kode`), or of every criterion
    the evaluator has not answered yet (`kode` "semua")."""
    opd = _ambil(request, slug, tahun, pemda)
    k = keadaan(opd, tahun)
    tolak_bila(alasan_tidak_boleh_evaluasi_lke(request.user, opd, k.selesai))
    daftar = _saran(opd, tahun, k.lembar)
    kode = request.POST.get("kode", "")
    if kode == "semua":
        pilih = [
            s for c, s in daftar.items() if not (c in k.jawaban and k.jawaban[c].jawaban_evaluator)
        ]
    elif kode in daftar:
        pilih = [daftar[kode]]
    else:
        raise Http404("Tidak ada saran untuk kriteria ini")
    try:
        with transaction.atomic():
            evaluasi = buka_evaluasi(request.user, opd, tahun)
            for s in pilih:
                terima_saran(request.user, evaluasi, k.lembar, s)
    except LkeError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"{len(pilih)} saran diterima sebagai jawaban evaluator.")
    return _kembali(opd, tahun, f"#k-{kode}" if kode != "semua" else "")
