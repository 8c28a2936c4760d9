from collections import defaultdict

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from sakip.akun.akses import (
    ambil_indikator,
    ambil_opd,
    ambil_opd_tahun,
    ambil_pemda,
    boleh_kelola_pemda,
    boleh_lihat_jejak_pemda,
    boleh_ubah_data_opd,
    opd_terlihat,
    pejabat_pengisi,
    pemda_terlihat,
)
from sakip.alur.hitung import triwulan_isian
from sakip.alur.tugas import tugas
from sakip.anggaran.hitung import serapan_triwulan, tahun_anggaran, tahun_struktur
from sakip.dasar.grafik import dasbor, tren
from sakip.halaman import halaman
from sakip.kinerja.capaian import perubahan
from sakip.kinerja.rumus import parse
from sakip.pengukuran.hitung import (
    NAMA_PERIODE,
    DataKinerja,
    teks_sampai,
    variabel_rumus,
)
from sakip.pengukuran.models import NilaiVariabel
from sakip.pengukuran.ringkasan import rata_rata_tahunan, tahun_rencana
from sakip.pengukuran.tersimpan import baris_capaian, capaian_per_sasaran

from ..models import Periode
from ..pohon import tahun_periode, tujuan_lengkap


@login_not_required
def beranda(request):
    """The Pemda the user sees, a page at a time, each with the OPD the user sees there, and
    the Rencana Aksi of the official the user fills for (`akses.pejabat_pengisi`); a
    visitor who is not signed in goes to the public portal."""
    if not request.user.is_authenticated:
        return redirect("portal")
    pejabat = request.user.pejabat
    if pejabat and not pejabat_pengisi(request.user, pejabat.opd):
        pejabat = None
    pemda = halaman(request, pemda_terlihat(request.user))
    opd = defaultdict(list)
    for o in opd_terlihat(request.user).filter(pemda__in=[p.pk for p in pemda]):
        opd[o.pemda_id].append(o)
    return render(
        request,
        "perencanaan/beranda.html",
        {
            "halaman": pemda,
            "daftar_pemda": [(p, opd[p.pk]) for p in pemda],
            "tugas": tugas(request.user),
            "pejabat": pejabat,
            "tahun_aksi": tahun_periode(Periode.objects.filter(opd=pejabat.opd)) if pejabat else [],
        },
    )


def _periode_dengan_pohon(**pemilik):
    periode = Periode.objects.filter(**pemilik).select_related("induk", "penandatangan")
    return [(p, tujuan_lengkap(p)) for p in periode]


def rencana_pemda(request, slug):
    pemda = ambil_pemda(request.user, slug)
    return render(
        request,
        "perencanaan/rencana_pemda.html",
        {
            "pemda": pemda,
            "daftar_opd": opd_terlihat(request.user).filter(pemda=pemda),
            "daftar_periode": _periode_dengan_pohon(pemda=pemda, opd__isnull=True),
            "boleh_kelola": boleh_kelola_pemda(request.user, pemda),
            "boleh_lihat_jejak": boleh_lihat_jejak_pemda(request.user, pemda),
            "tahun_kinerja": tahun_rencana(pemda),
            "tahun_pohon": tahun_periode(Periode.objects.filter(pemda=pemda, opd__isnull=True)),
            "tahun_jendela": range(timezone.localdate().year - 1, timezone.localdate().year + 2),
        },
    )


def rencana_opd(request, slug):
    opd = ambil_opd(request.user, slug)
    periode = _periode_dengan_pohon(opd=opd)
    tahun = sorted({t for p, _ in periode for t in range(p.tahun_awal, p.tahun_akhir + 1)})
    dipilih = _tahun_dasbor(request, tahun)
    return render(
        request,
        "perencanaan/rencana_opd.html",
        {
            "opd": opd,
            "daftar_periode": periode,
            "daftar_tahun": tahun,
            "tahun_anggaran": tahun_anggaran(opd),
            "tahun_struktur": tahun_struktur(opd),
            "tahun_dasbor": dipilih,
            "dasbor": dipilih
            and dasbor(
                opd.nama,
                dipilih,
                [(c.sasaran.nama, c.capaian.nilai) for c in capaian_per_sasaran(opd, dipilih)],
                rata_rata_tahunan(opd.pemda, {t: [opd] for t in tahun if t <= dipilih}),
                serapan_triwulan([opd], dipilih),
            ),
        },
    )


def _tahun_dasbor(request, daftar_tahun):
    """The dashboard's year: `?tahun=` when the plans cover it, else the latest year they
    cover up to this one (the first when they all lie ahead); None without a plan."""
    diminta = request.GET.get("tahun", "")
    if diminta.isdigit() and int(diminta) in daftar_tahun:
        return int(diminta)
    lalu = [t for t in daftar_tahun if t <= timezone.localdate().year]
    return (lalu or daftar_tahun or [None])[-1 if lalu else 0]


def tabel_iku(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    baris = baris_capaian(opd, tahun, hanya_iku=True)
    rata_sasaran = {c.sasaran.pk: c.capaian for c in capaian_per_sasaran(opd, tahun, baris)}
    tabel = [
        {
            "baris": b,
            "tujuan_baru": i == 0 or b.tujuan != baris[i - 1].tujuan,
            "sasaran_baru": i == 0 or b.sasaran != baris[i - 1].sasaran,
            "capaian_sasaran": rata_sasaran.get(b.sasaran.pk) if b.sasaran else None,
        }
        for i, b in enumerate(baris)
    ]
    tahun_lain = sorted(
        {t for p in Periode.objects.filter(opd=opd) for t in range(p.tahun_awal, p.tahun_akhir + 1)}
    )
    return render(
        request,
        "perencanaan/tabel_iku.html",
        {"opd": opd, "tahun": tahun, "tabel": tabel, "tahun_lain": tahun_lain},
    )


def indikator(request, pk):
    ind = ambil_indikator(request.user, pk)
    periode = ind.periode
    data = DataKinerja([ind])
    komponen = list(ind.komponen.all())
    kuartal = _triwulan_berisi(ind)
    per_tahun = []
    for tahun in range(periode.tahun_awal, periode.tahun_akhir + 1):
        per_tahun.append(
            {
                "nilai": data.nilai(ind, tahun),
                "triwulan": [data.nilai(ind, tahun, q) for q in range(1, 5)]
                if tahun in kuartal
                else [],
                "kemajuan": data.kemajuan(ind, tahun),
                "sampai": teks_sampai(data.sampai_triwulan(ind, tahun)),
                "perubahan": perubahan(
                    data.realisasi_indikator(ind, tahun)[0],
                    data.realisasi_indikator(ind, tahun - 1)[0],
                ),
            }
        )
    return render(
        request,
        "perencanaan/indikator.html",
        {
            "ind": ind,
            "periode": periode,
            "rumus": parse(ind.rumus).describe() if ind.rumus else "",
            "variabel": variabel_rumus(ind),
            "komponen": komponen,
            "per_tahun": per_tahun,
            "dilaporkan": ind.dilaporkan_set.all(),
            "isi_data": _isi_data(ind, komponen),
            "boleh_isi": periode.opd is not None and boleh_ubah_data_opd(request.user, periode.opd),
            "grafik": tren(
                "Tren realisasi terhadap target",
                [(r["nilai"].tahun, r["nilai"].realisasi, r["nilai"].target) for r in per_tahun],
                ind.satuan,
                ind.jenis,
            ),
        },
    )


def _isi_data(ind, komponen):
    """The entry page (and its quarter) where the indicator's values are entered now;
    None for a Pemda's indicator, a composite (`komponen`) or a qualitative one: nothing is
    entered for them."""
    periode = ind.periode
    if periode.opd is None or komponen or ind.jenis == ind.Jenis.KUALITATIF:
        return None
    tahun, triwulan = triwulan_isian(periode.pemda, periode.tahun_awal, periode.tahun_akhir)
    return {
        "url": reverse("isi-triwulan", args=[periode.opd.slug, tahun, triwulan]) + f"#ind-{ind.pk}",
        "periode": f"{NAMA_PERIODE[triwulan]} {tahun}",
    }


def _triwulan_berisi(ind):
    """Years for which quarterly values exist, directly or in the formula's variables."""
    tahun = set(ind.realisasi_set.filter(triwulan__gt=0).values_list("tahun", flat=True))
    tahun |= set(ind.target_set.filter(triwulan__gt=0).values_list("tahun", flat=True))
    tahun |= set(
        NilaiVariabel.objects.filter(variabel__in=variabel_rumus(ind), triwulan__gt=0).values_list(
            "tahun", flat=True
        )
    )
    return tahun
