"""Export of one Pemda (with its OPDs) to the canonical data format; the result
re-imports to the same data (see test_it_round_trips)."""

from django.db.models import F

from sakip.kinerja.capaian import Agregasi
from sakip.kinerja.pohon import CaraGabung
from sakip.pelaporan.models import ProfilOPD
from sakip.pengukuran.models import Variabel
from sakip.perencanaan.models import Periode

from . import impor_aksi, impor_anggaran, impor_lintas
from .impor import FORMAT


def _tanpa_kosong(d):
    """Drop empty entries to keep files short; a zero is data and stays."""
    return {
        k: v
        for k, v in d.items()
        if not (v is None or v is False or (isinstance(v, str | list | dict) and not v))
    }


def _waktu(tahun, triwulan):
    return tahun if triwulan == 0 else f"{tahun}-T{triwulan}"


def _pejabat(qs):
    return [
        _tanpa_kosong(
            {
                "kode": p.kode,
                "nama": p.nama,
                "nip": p.nip,
                "pangkat": p.pangkat,
                "golongan": p.golongan,
                "jabatan": p.jabatan,
                "tercetak": p.tercetak,
            }
        )
        for p in qs.order_by("id")
    ]


def _variabel(qs):
    hasil = []
    for v in qs.order_by("id").prefetch_related("nilai_set"):
        hasil.append(
            _tanpa_kosong(
                {
                    "kode": v.kode,
                    "nama": v.nama,
                    "satuan": v.satuan,
                    "agregasi": None if v.agregasi == Agregasi.JUMLAH else v.agregasi,
                    "sumber": v.sumber,
                    "nilai": {_waktu(n.tahun, n.triwulan): n.nilai for n in v.nilai_set.all()},
                }
            )
        )
    return hasil


def _rentang(nilai, atas):
    return nilai if atas is None else [nilai, atas]


def _indikator(ind):
    return _tanpa_kosong(
        {
            "kode": ind.kode,
            "nama": ind.nama,
            "satuan": ind.satuan,
            "jenis": ind.jenis,
            "polaritas": ind.polaritas,
            "rumus": ind.rumus,
            "rumus_uraian": ind.rumus_uraian,
            "komponen": [k.kode for k in ind.komponen.order_by("urutan", "id")],
            "asal_data": ind.asal_data,
            "jenis_data": ind.jenis_data,
            "sumber_data": ind.sumber_data,
            "baseline": (
                {"tahun": ind.baseline_tahun, "nilai": ind.baseline_nilai}
                if ind.baseline_tahun is not None
                else None
            ),
            "target": {
                _waktu(t.tahun, t.triwulan): _rentang(t.nilai, t.nilai_atas)
                for t in ind.target_set.all()
            },
            "target_akhir": _rentang(ind.target_akhir, ind.target_akhir_atas),
            "standar_nasional": ind.standar_nasional,
            "agregasi": None if ind.agregasi == Agregasi.TERAKHIR else ind.agregasi,
            "iku": ind.iku,
            "realisasi": {_waktu(r.tahun, r.triwulan): r.nilai for r in ind.realisasi_set.all()},
            "analisis": {
                a.tahun: _tanpa_kosong({"analisis": a.analisis, "solusi": a.solusi})
                for a in ind.analisis_set.order_by("tahun")
            },
            "dilaporkan": [
                _tanpa_kosong(
                    {
                        "tahun": d.tahun,
                        "sumber": d.sumber,
                        "target": d.target,
                        "realisasi": d.realisasi,
                        "capaian": d.capaian,
                        "kategori": d.kategori,
                        "satuan": d.satuan,
                        "nama": d.nama,
                    }
                )
                for d in ind.dilaporkan_set.order_by("id")
            ],
        }
    )


def _melayani(sasaran):
    if sasaran is None:
        return None
    return f"{sasaran.tujuan.periode.kode}/{sasaran.tujuan.nomor}/{sasaran.nomor}"


def _turunan(s):
    """A node below a sasaran (sasaran program, kegiatan, individu) and its own."""
    return _tanpa_kosong(
        {
            "tingkat": s.tingkat,
            "nomor": s.nomor,
            "nama": s.nama,
            "penanggung_jawab": s.penanggung_jawab.kode if s.penanggung_jawab else None,
            "indikator": [_indikator(i) for i in s.indikator_set.all()],
            "anak": [_turunan(a) for a in s.anak_set.all()],
        }
    )


def _periode(qs):
    hasil = []
    for p in qs.order_by("id"):
        misi = list(p.misi_set.all())
        tujuan = []
        for tj in p.tujuan_set.all():
            tujuan.append(
                _tanpa_kosong(
                    {
                        "nomor": tj.nomor,
                        "nama": tj.nama,
                        "misi": tj.misi.nomor if tj.misi else None,
                        "melayani": _melayani(tj.melayani),
                        "indikator": [_indikator(i) for i in tj.indikator_set.all()],
                        "sasaran": [
                            _tanpa_kosong(
                                {
                                    "nomor": ss.nomor,
                                    "nama": ss.nama,
                                    "melayani": _melayani(ss.melayani),
                                    "indikator": [_indikator(i) for i in ss.indikator_set.all()],
                                    "anak": [_turunan(a) for a in ss.anak_set.all()],
                                }
                            )
                            for ss in tj.sasaran_set.all()
                        ],
                    }
                )
            )
        hasil.append(
            _tanpa_kosong(
                {
                    "kode": p.kode,
                    "jenis": p.jenis,
                    "nama": p.nama,
                    "tahun_awal": p.tahun_awal,
                    "tahun_akhir": p.tahun_akhir,
                    "induk": p.induk.kode if p.induk else None,
                    "visi": p.visi,
                    "dasar_hukum": p.dasar_hukum,
                    "tanggal_penetapan": p.tanggal_penetapan,
                    "penandatangan": p.penandatangan.kode if p.penandatangan else None,
                    "misi": [m.teks for m in misi],
                    "tujuan": tujuan,
                }
            )
        )
    return hasil


def _pk(opd):
    return [
        _tanpa_kosong(
            {
                "tahun": pk.tahun,
                # An official's PK (cascade): its holder; the OPD's own PK has none.
                **({"pemegang": pk.pemegang.kode} if pk.pemegang_id else {}),
                "versi": pk.versi,
                "tanggal": pk.tanggal,
                "pihak_pertama": pk.pihak_pertama.kode if pk.pihak_pertama else None,
                "pihak_kedua": pk.pihak_kedua.kode if pk.pihak_kedua else None,
                "alasan": pk.alasan,
                "target": {
                    f"{t.indikator.periode.kode}/{t.indikator.kode}": _rentang(
                        t.nilai, t.nilai_atas
                    )
                    for t in pk.target_set.select_related("indikator__periode")
                },
            }
        )
        # The OPD's own PK (no holder) first on every database.
        for pk in opd.perjanjian_kinerja_set.select_related("pemegang").order_by(
            "tahun", F("pemegang__kode").asc(nulls_first=True), "versi"
        )
    ]


def _narasi(opd):
    hasil = {}
    for n in opd.narasi_set.order_by("tahun", "id"):
        hasil.setdefault(n.tahun, {})[n.bagian] = n.teks
    return hasil


def _profil(opd):
    profil = ProfilOPD.objects.filter(opd=opd).first()
    if profil is None:
        return None
    isi = {b: getattr(profil, b) for b in ProfilOPD.BIDANG}
    isi["dasar_hukum"] = profil.daftar_dasar_hukum()
    return _tanpa_kosong(isi)


def ekspor_pemda(pemda) -> dict:
    return {
        "format": FORMAT,
        "pemda": _tanpa_kosong(
            {
                "slug": pemda.slug,
                "nama": pemda.nama,
                "jenis": pemda.jenis,
                "provinsi": pemda.provinsi,
                "skala_predikat": pemda.skala_predikat,
                "batas_capaian": pemda.batas_capaian,
                "gabung_capaian": (
                    None if pemda.gabung_capaian == CaraGabung.SENDIRI else pemda.gabung_capaian
                ),
                "nomenklatur": [
                    {"kode": n.kode, "nama": n.nama} for n in pemda.nomenklatur_set.all()
                ],
                "pejabat": _pejabat(pemda.pejabat_set.filter(opd__isnull=True)),
                "variabel": _variabel(Variabel.objects.filter(pemda=pemda, opd__isnull=True)),
                "periode": _periode(Periode.objects.filter(pemda=pemda, opd__isnull=True)),
                "opd": [
                    _tanpa_kosong(
                        {
                            "slug": opd.slug,
                            "nama": opd.nama,
                            "singkatan": opd.singkatan,
                            "pejabat": _pejabat(opd.pejabat_set.all()),
                            "variabel": _variabel(opd.variabel_set.all()),
                            "periode": _periode(opd.periode_set.all()),
                            "anggaran": impor_anggaran.ekspor(opd, _tanpa_kosong),
                            "narasi": _narasi(opd),
                            "profil": _profil(opd),
                            "perjanjian_kinerja": _pk(opd),
                            "rencana_aksi": impor_aksi.ekspor(opd, _tanpa_kosong),
                        }
                    )
                    for opd in pemda.opd_set.order_by("id")
                ],
                "crosscutting": impor_lintas.ekspor(pemda, _tanpa_kosong),
            }
        ),
    }
