"""The pohon kinerja pages: an OPD's tree for a year, and the Pemda's whole tree (its RPJMD
or RPD down through every OPD serving it), each drawn and as an indented table, with its
gaps. Both pages share `_konteks` and the template `perencanaan/_pohon.html`."""

from django.http import Http404, HttpResponse
from django.shortcuts import render

from sakip.akun.akses import ambil_opd_tahun, ambil_pemda_pohon, capaian_terbit, opd_terlihat
from sakip.anggaran.pohon_kinerja import pohon_kinerja, pohon_kinerja_pemda
from sakip.dasar import grafik
from sakip.kinerja.pohon import SASARAN, SEBUTAN, datar, warna
from sakip.kinerja.predikat import skala
from sakip.pelaporan.pohon import dokumen_pohon, dokumen_pohon_pemda
from sakip.pelaporan.render import FORMAT, PENYUSUN

from ..models import Periode
from ..pohon import tahun_periode


def _terlihat(user, tahun):
    """Whether the user may see a crosscutting partner's figures of `tahun`: an OPD they
    see, or one whose figures of the year are public."""
    dilihat = set(opd_terlihat(user).values_list("pk", flat=True))
    return lambda mitra: mitra.pk in dilihat or capaian_terbit(mitra, tahun)


def _unduh(dokumen, nama, format):
    if format not in ("xlsx", "pdf"):
        raise Http404("Format tidak dikenal")
    respons = HttpResponse(PENYUSUN[format](dokumen()), content_type=FORMAT[format])
    respons["Content-Disposition"] = f'attachment; filename="pohon-kinerja-{nama}.{format}"'
    return respons


def unduh(request, slug, tahun, format):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    terlihat = _terlihat(request.user, tahun)
    return _unduh(lambda: dokumen_pohon(opd, tahun, terlihat), f"{opd.slug}-{tahun}", format)


def unduh_pemda(request, slug, tahun, format):
    pemda = ambil_pemda_pohon(request.user, slug, tahun)
    return _unduh(lambda: dokumen_pohon_pemda(pemda, tahun), f"{pemda.slug}-{tahun}", format)


def _konteks(hasil, pemda):
    """What both pages show of a tree: the table's rows (node, depth, colour) and the
    branches to fold, each OPD sasaran drawn (`grafik.pohon`) under the nodes above it."""
    s = skala(pemda.skala_predikat)

    def baris(x, kedalaman=0):
        nilai = hasil.capaian(x)
        return {
            "simpul": x,
            "kedalaman": kedalaman,
            "sebutan": SEBUTAN[x.tingkat],
            "capaian": nilai,
            "warna": warna(s, nilai),
        }

    def gambar(x):
        return grafik.pohon(
            f"Pohon kinerja {SEBUTAN[x.tingkat].lower()} {x.nomor} {x.nama}",
            x,
            SEBUTAN,
            hasil.capaian,
            lambda nilai: warna(s, nilai),
            lambda y: y.serapan.pagu if y.serapan is not None else None,
        )

    def cabang(x):
        if x.tingkat == SASARAN and x.opd:  # an OPD sasaran: drawn whole
            return {"b": baris(x), "svg": gambar(x), "anak": []}
        return {"b": baris(x), "svg": None, "anak": [cabang(a) for a in x.anak]}

    return {
        "baris": [baris(x, k) for k, x in datar(hasil.akar)],
        "cabang": [cabang(x) for x in hasil.akar],
        "celah": hasil.celah(),
        "gabung": pemda.get_gabung_capaian_display(),
    }


def pohon(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    konteks = _konteks(pohon_kinerja(opd, tahun, _terlihat(request.user, tahun)), opd.pemda)
    tahun_lain = tahun_periode(Periode.objects.filter(opd=opd))
    konteks |= {"opd": opd, "tahun": tahun, "tahun_lain": tahun_lain}
    return render(request, "perencanaan/pohon_kinerja.html", konteks)


def pohon_pemda(request, slug, tahun):
    pemda = ambil_pemda_pohon(request.user, slug, tahun)
    konteks = _konteks(pohon_kinerja_pemda(pemda, tahun), pemda)
    konteks |= {
        "pemda": pemda,
        "tahun": tahun,
        "tahun_lain": tahun_periode(Periode.objects.filter(pemda=pemda, opd__isnull=True)),
    }
    return render(request, "perencanaan/pohon_kinerja_pemda.html", konteks)
