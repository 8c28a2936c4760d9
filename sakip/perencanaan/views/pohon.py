"""The pohon kinerja page: the OPD's tree for a year as an indented table, with its gaps."""

from django.http import Http404, HttpResponse
from django.shortcuts import render

from sakip.akun.akses import ambil_opd_tahun, capaian_terbit, opd_terlihat
from sakip.anggaran.pohon_kinerja import pohon_kinerja
from sakip.dasar import grafik
from sakip.kinerja.pohon import SEBUTAN, datar, warna
from sakip.kinerja.predikat import skala
from sakip.pelaporan.pohon import dokumen_pohon
from sakip.pelaporan.render import FORMAT, PENYUSUN

from ..models import Periode


def _terlihat(user, tahun):
    """Whether the user may see a crosscutting partner's figures of `tahun`: an OPD they
    see, or one whose figures of the year are public."""
    dilihat = set(opd_terlihat(user).values_list("pk", flat=True))
    return lambda mitra: mitra.pk in dilihat or capaian_terbit(mitra, tahun)


def unduh(request, slug, tahun, format):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    if format not in ("xlsx", "pdf"):
        raise Http404("Format tidak dikenal")
    dok = dokumen_pohon(opd, tahun, _terlihat(request.user, tahun))
    respons = HttpResponse(PENYUSUN[format](dok), content_type=FORMAT[format])
    respons["Content-Disposition"] = (
        f'attachment; filename="pohon-kinerja-{opd.slug}-{tahun}.{format}"'
    )
    return respons


def pohon(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    hasil = pohon_kinerja(opd, tahun, _terlihat(request.user, tahun))
    s = skala(opd.pemda.skala_predikat)
    baris = [
        {
            "simpul": x,
            "kedalaman": k,
            "sebutan": SEBUTAN[x.tingkat],
            "capaian": hasil.capaian(x),
            "warna": warna(s, hasil.capaian(x)),
        }
        for k, x in datar(hasil.akar)
    ]

    def gambar(x):
        return grafik.pohon(
            f"Pohon kinerja {SEBUTAN[x.tingkat].lower()} {x.nomor} {x.nama}",
            x,
            SEBUTAN,
            hasil.capaian,
            lambda nilai: warna(s, nilai),
            lambda y: y.serapan.pagu if y.serapan is not None else None,
        )

    # One drawing per OPD sasaran, each in its own collapsible branch under its tujuan.
    cabang = [(b, [(a, gambar(a)) for a in b["simpul"].anak]) for b in baris if b["kedalaman"] == 0]
    tahun_lain = sorted(
        {t for p in Periode.objects.filter(opd=opd) for t in range(p.tahun_awal, p.tahun_akhir + 1)}
    )
    return render(
        request,
        "perencanaan/pohon_kinerja.html",
        {
            "opd": opd,
            "tahun": tahun,
            "baris": baris,
            "cabang": cabang,
            "celah": hasil.celah(),
            "sub_lepas": hasil.sub_lepas,
            "tahun_lain": tahun_lain,
            "gabung": opd.pemda.get_gabung_capaian_display(),
        },
    )
