"""The pohon kinerja page: the OPD's tree for a year as an indented table, with its gaps."""

from django.shortcuts import render

from sakip.akun.akses import ambil_opd_tahun
from sakip.anggaran.pohon_kinerja import pohon_kinerja
from sakip.kinerja.pohon import SEBUTAN, datar, warna
from sakip.kinerja.predikat import skala

from ..models import Periode


def pohon(request, slug, tahun):
    opd = ambil_opd_tahun(request.user, slug, tahun)
    hasil = pohon_kinerja(opd, tahun)
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
            "celah": hasil.celah(),
            "sub_lepas": hasil.sub_lepas,
            "tahun_lain": tahun_lain,
            "gabung": opd.pemda.get_gabung_capaian_display(),
        },
    )
