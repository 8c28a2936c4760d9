"""Helpers shared by the test modules of the planning entry pages (isian)."""

import html
import json

from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.instansi.models import OPD
from sakip.jejak.catat import nilai_objek
from sakip.jejak.models import Jejak
from sakip.kinerja.angka import format_tepat
from sakip.perencanaan.forms import kunci_induk
from sakip.perencanaan.models import Indikator
from sakip.perencanaan.ubah import BIDANG_PERIODE, asal_indikator

OPD_TEBING = "disnakerind-tebing-tinggi"
# kesempatan-kerja: sasaran 1 of the Suplemen Renstra 2021–2022 (positive, formula over
# `ditempatkan`, targets 2021: 60, 2022: 65).
KODE = "kesempatan-kerja"
# Everyone but Tebing's operator, with the status their save gets.
DITOLAK_TEBING = [
    ("kepala-tebing", 403),
    ("admin-tebing", 403),
    ("inspektorat-tebing", 403),
    ("operator-jambi", 404),
    ("publik-tebing", 404),
]


def opd():
    return OPD.objects.get(slug=OPD_TEBING)


def indikator(kode=KODE):
    return Indikator.objects.get(kode=kode, periode__opd__slug=OPD_TEBING)


def indikator_baru(kode, nama):
    """A new empty indicator beside `indikator()`: no targets, nothing refers to it."""
    ind = indikator()
    return Indikator.objects.create(
        periode=ind.periode,
        sasaran=ind.sasaran,
        kode=kode,
        nama=nama,
        satuan="%",
        jenis="persentase",
        polaritas="positif",
    )


def kunci(tahun, dokumen=Dokumen.RENSTRA, tahap=Tahap.DIAJUKAN):
    StatusDokumen.objects.update_or_create(
        opd=opd(), tahun=tahun, dokumen=dokumen, defaults={"tahap": tahap}
    )


def asal(obj, bidang):
    return json.dumps(nilai_objek(obj, bidang))


def jejak_baru(sebelum):
    return list(Jejak.objects.filter(pk__gt=sebelum).order_by("id"))


def jejak_terakhir():
    j = Jejak.objects.order_by("-id").first()
    return j.pk if j else 0


def teks(r):
    """A response's text as the user reads it (entities decoded)."""
    return html.unescape(r.content.decode())


def _angka(nilai):
    return "" if nilai is None else format_tepat(nilai)


def data_indikator(ind, **ubah):
    """What the indicator form posts when saved as shown, with `ubah` changed."""
    data = {
        "asal": json.dumps(asal_indikator(ind)),
        "kode": ind.kode,
        "nama": ind.nama,
        "induk": kunci_induk(ind),
        "komponen": list(ind.komponen.values_list("pk", flat=True)),
        "satuan": ind.satuan,
        "jenis": ind.jenis,
        "polaritas": ind.polaritas,
        "rumus": ind.rumus,
        "rumus_uraian": ind.rumus_uraian,
        "asal_data": ind.asal_data,
        "jenis_data": ind.jenis_data,
        "sumber_data": ind.sumber_data,
        "baseline_tahun": ind.baseline_tahun or "",
        "baseline_nilai": _angka(ind.baseline_nilai),
        "target_akhir": _angka(ind.target_akhir),
        "target_akhir_atas": _angka(ind.target_akhir_atas),
        "standar_nasional": _angka(ind.standar_nasional),
        "agregasi": ind.agregasi,
        "iku": "on" if ind.iku else "",
        "urutan": str(ind.urutan),
    }
    data.update(ubah)
    return data


def url_indikator(ind):
    return f"/rencana/indikator/{ind.pk}/"


def url_periode(p):
    return f"/rencana/periode/{p.pk}/"


def data_periode(p, **ubah):
    """What the period form posts when saved as shown, with `ubah` changed."""
    data = {
        "asal": asal(p, BIDANG_PERIODE),
        "nama": p.nama,
        "visi": p.visi,
        "dasar_hukum": p.dasar_hukum,
        "tanggal_penetapan": p.tanggal_penetapan.isoformat() if p.tanggal_penetapan else "",
        "penandatangan": p.penandatangan_id or "",
    }
    data.update(ubah)
    return data
