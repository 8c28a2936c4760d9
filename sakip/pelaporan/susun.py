"""Builders: each turns stored data into a Dokumen, taking every number from the engine
services (`pengukuran.hitung`, `anggaran.hitung`). One function per document kind."""

from functools import partial

from django.utils import formats

from sakip.anggaran.hitung import efisiensi_sasaran, pohon_anggaran, tabel_keluaran, tabel_rfk
from sakip.evaluasi.reviu import reviu_tuntas
from sakip.kinerja.angka import format_angka
from sakip.kinerja.capaian import Polaritas, hitung_capaian, rata_rata
from sakip.kinerja.predikat import skala
from sakip.pelaporan.models import AnalisisIndikator, Narasi
from sakip.pengukuran.hitung import DataKinerja, capaian_sasaran
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import PerjanjianKinerja
from sakip.perencanaan.pk import indikator_pk, kepala_daerah, pk_berlaku
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, tujuan_lengkap

from . import grafik
from .dokumen import (
    Dokumen,
    Gambar,
    HalamanBaru,
    Judul,
    Kop,
    Paragraf,
    Penandatangan,
    Tabel,
    TandaTangan,
    angka,
    persen,
    rupiah,
    teks,
)
from .pejabat import inspektur, kepala_daerah_pihak, kepala_opd

NAMA_TRIWULAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _rumus(ind, data):
    if komponen := data.komponen.get(ind.pk):
        return "Rata-rata: " + "; ".join(k.nama for k in komponen)
    return ind.rumus_uraian or ind.rumus or "Diisi langsung"


def _sumber(ind):
    return ", ".join(
        x for x in (ind.get_asal_data_display(), ind.get_jenis_data_display(), ind.sumber_data) if x
    )


def iku(opd, tahun):
    """Indikator Kinerja Utama (like seeds 001 and 003): the IKU of the plan in force, with
    formula, data source, baseline, yearly targets and end condition, then their capaian."""
    dok = Dokumen("Indikator Kinerja Utama", f"{opd.nama}\nTahun {tahun}")
    periode = periode_berlaku(opd, tahun)
    for p in periode:
        tahun_p = list(range(p.tahun_awal, p.tahun_akhir + 1))
        susunan = [(tj, ss, i) for tj, ss, i in indikator_pohon(tujuan_lengkap(p)) if i.iku]
        data = DataKinerja(i for _, _, i in susunan)
        dok.tambah(Judul(f"Indikator Kinerja Utama berdasarkan {p.nama}"))
        dok.tambah(
            Tabel(
                f"Indikator Kinerja Utama {opd.nama} {p.tahun_awal}–{p.tahun_akhir}",
                [
                    "No",
                    "Tujuan",
                    "Sasaran",
                    "Indikator",
                    "Rumus",
                    "Satuan",
                    "Sumber data",
                    "Kondisi awal",
                    *[f"Target {t}" for t in tahun_p],
                    "Kondisi akhir",
                ],
                [
                    [
                        teks(n),
                        teks(tj.nama),
                        teks(ss.nama if ss else "(indikator tujuan)"),
                        teks(ind.nama),
                        teks(_rumus(ind, data)),
                        teks(ind.satuan),
                        teks(_sumber(ind)),
                        angka(ind.baseline_nilai),
                        *[angka(data.target_indikator(ind, t)[0]) for t in tahun_p],
                        angka(ind.target_akhir),
                    ]
                    for n, (tj, ss, ind) in enumerate(susunan, start=1)
                ],
            )
        )
    dok.tambah(Judul(f"Capaian Indikator Kinerja Utama {tahun}"))
    dok.tambah(_tabel_capaian(opd, tahun, f"Capaian IKU {opd.nama} {tahun}"))
    dok.tambah(_tabel_skala(opd))
    dok.tambah(TandaTangan((kepala_opd(opd),)))
    return dok


def _tabel_capaian(opd, tahun, judul, dengan_sumber=False):
    baris = baris_capaian(opd, tahun, hanya_iku=True)
    return Tabel(
        judul,
        [
            "No",
            "Sasaran",
            "Indikator",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian (%)",
            "Predikat",
            "Catatan",
        ],
        [
            [
                teks(n),
                teks(b.sasaran.nama if b.sasaran else b.tujuan.nama),
                teks(b.nilai.indikator.nama),
                teks(b.nilai.indikator.satuan),
                angka(b.nilai.target),
                angka(b.nilai.realisasi),
                persen(b.nilai.capaian.nilai),
                teks(b.nilai.predikat or "–"),
                teks("; ".join(b.nilai.catatan)),
            ]
            for n, b in enumerate(baris, start=1)
        ],
    )


def _tabel_skala(opd):
    s = skala(opd.pemda.skala_predikat)
    return Tabel(
        f"Skala predikat capaian ({s.nama})",
        ["Predikat", "Rentang capaian (%)"],
        [[teks(p.label), teks(_rentang(p))] for p in reversed(s.pita)],
    )


def _rentang(p):
    bawah = "" if p.bawah is None else ("≥ " if p.bawah_inklusif else "> ") + format_angka(p.bawah)
    atas = "" if p.atas is None else ("≤ " if p.atas_inklusif else "< ") + format_angka(p.atas)
    return " dan ".join(x for x in (bawah, atas) if x)


def rfk(opd, tahun, triwulan=4):
    """Realisasi Fisik dan Keuangan at the end of a quarter, as the RFK annex lays it out."""
    dok = Dokumen(
        "Realisasi Fisik dan Keuangan",
        f"{opd.nama}\nTahun {tahun}, Triwulan {NAMA_TRIWULAN[triwulan]}",
    )
    dok.tambah(
        Tabel(
            f"RFK {tahun} Triwulan {NAMA_TRIWULAN[triwulan]}",
            [
                "Kode",
                "Program / kegiatan / sub kegiatan",
                "Anggaran (Rp)",
                f"Realisasi triwulan {NAMA_TRIWULAN[triwulan]} (Rp)",
                "Realisasi s.d. triwulan lalu (Rp)",
                "Total realisasi (Rp)",
                "Keuangan (%)",
                "Fisik (%)",
                "Sisa anggaran (Rp)",
            ],
            [
                [
                    teks(b.simpul.pos.kode if b.simpul.pos else ""),
                    teks(b.simpul.pos.nama if b.simpul.pos else "TOTAL"),
                    rupiah(b.simpul.serapan.pagu),
                    rupiah(b.triwulan_ini),
                    rupiah(b.sampai_triwulan_lalu),
                    rupiah(b.serapan.realisasi if b.serapan else None),
                    persen(b.serapan.persen if b.serapan else None),
                    persen(b.fisik.nilai),
                    rupiah(b.serapan.sisa if b.serapan else None),
                ]
                for b in tabel_rfk(opd, tahun, triwulan)
            ],
        )
    )
    dok.tambah(TandaTangan((kepala_opd(opd),)))
    return dok


def triwulan(opd, tahun):
    """Quarterly performance report: per indicator, target, realisation and capaian for
    Triwulan I–IV and the year."""
    dok = Dokumen("Laporan Kinerja Triwulan", f"{opd.nama}\nTahun {tahun}")
    baris_tahun = baris_capaian(opd, tahun, hanya_iku=True)
    data = DataKinerja(b.nilai.indikator for b in baris_tahun)
    kolom = ["Indikator", "Satuan"]
    for q in (1, 2, 3, 4):
        kolom += [
            f"Target TW {NAMA_TRIWULAN[q]}",
            f"Realisasi TW {NAMA_TRIWULAN[q]}",
            f"Capaian TW {NAMA_TRIWULAN[q]} (%)",
        ]
    kolom += ["Target tahunan", "Realisasi tahunan", "Capaian tahunan (%)"]
    baris = []
    for b in baris_tahun:
        ind = b.nilai.indikator
        isi = [teks(ind.nama), teks(ind.satuan)]
        for q in (1, 2, 3, 4):
            n = data.nilai(ind, tahun, q)
            isi += [angka(n.target), angka(n.realisasi), persen(n.capaian.nilai)]
        isi += [angka(b.nilai.target), angka(b.nilai.realisasi), persen(b.nilai.capaian.nilai)]
        baris.append(isi)
    dok.tambah(Tabel(f"Capaian kinerja per triwulan {tahun}", kolom, baris))
    dok.tambah(TandaTangan((kepala_opd(opd),)))
    return dok


def renstra(opd, tahun):
    """Renstra tables of the plan in force in `tahun`: every indicator with its targets for
    the period, and the budget per program and kegiatan for the years that have one."""
    dok = Dokumen("Tabel Rencana Strategis", opd.nama)
    for p in periode_berlaku(opd, tahun):
        tahun_p = list(range(p.tahun_awal, p.tahun_akhir + 1))
        susunan = list(indikator_pohon(tujuan_lengkap(p)))
        data = DataKinerja(i for _, _, i in susunan)
        dok.tambah(Judul(p.nama))
        dok.tambah(
            Tabel(
                f"Tujuan, sasaran, indikator dan target {p.tahun_awal}–{p.tahun_akhir}",
                [
                    "Tujuan",
                    "Sasaran",
                    "Indikator",
                    "Satuan",
                    "Kondisi awal",
                    *[f"Target {t}" for t in tahun_p],
                    "Kondisi akhir",
                ],
                [
                    [
                        teks(tj.nama),
                        teks(ss.nama if ss else "(indikator tujuan)"),
                        teks(ind.nama),
                        teks(ind.satuan),
                        angka(ind.baseline_nilai),
                        *[angka(data.target_indikator(ind, t)[0]) for t in tahun_p],
                        angka(ind.target_akhir),
                    ]
                    for tj, ss, ind in susunan
                ],
            )
        )
        for t in tahun_p:
            program, total = pohon_anggaran(opd, t)
            if not program:
                continue
            dok.tambah(
                Tabel(
                    f"Program dan kegiatan {t}",
                    ["Kode", "Program / kegiatan", "Pagu (Rp)"],
                    [
                        [teks(s.pos.kode), teks(s.pos.nama), rupiah(s.serapan.pagu)]
                        for pr in program
                        for s in pr.semua()
                        if s.pos.tingkat < 5
                    ]
                    + [[teks(""), teks("Jumlah"), rupiah(total.serapan.pagu)]],
                )
            )
    dok.tambah(TandaTangan((kepala_opd(opd),)))
    return dok


def lkjip(opd, tahun):
    """LKjIP (PermenPANRB 53/2014): the tables of Bab II and III with every figure from the
    engine."""
    dok = Dokumen("Laporan Kinerja Instansi Pemerintah (LKjIP)", f"{opd.nama}\nTahun {tahun}")
    baris = baris_capaian(opd, tahun, hanya_iku=True)
    sebelumnya = {b.nilai.indikator.pk: b.nilai for b in baris_capaian(opd, tahun - 1, True)}
    narasi = {n.bagian: n.teks for n in Narasi.objects.filter(opd=opd, tahun=tahun)}
    if reviu_tuntas(opd, tahun):
        pernyataan_reviu(dok, opd, tahun)
    dok.tambah(Judul("Ringkasan Eksekutif"))
    if "ringkasan" in narasi:
        dok.tambah(Paragraf(narasi["ringkasan"]))
    dok.tambah(Paragraf(_ringkasan_angka(opd, tahun, baris)))
    dok.tambah(Judul("Bab I Pendahuluan"))
    dok.tambah(
        Paragraf(
            narasi.get(
                "pendahuluan",
                f"Laporan ini menyajikan capaian kinerja {opd.nama} tahun {tahun} terhadap "
                "Perjanjian Kinerja, disusun menurut Peraturan Menteri PANRB Nomor 53 Tahun 2014.",
            )
        )
    )
    dok.tambah(Judul("Bab II Perencanaan Kinerja"))
    dok.tambah(
        Tabel(
            f"Perjanjian Kinerja {tahun}",
            ["No", "Sasaran strategis", "Indikator kinerja", "Target"],
            [
                [
                    teks(n),
                    teks(b.sasaran.nama if b.sasaran else b.tujuan.nama),
                    teks(b.nilai.indikator.nama),
                    angka(b.nilai.target),
                ]
                for n, b in enumerate((b for b in baris if b.sasaran), start=1)
            ],
        )
    )
    dok.tambah(Judul("Bab III Akuntabilitas Kinerja"))
    if "akuntabilitas" in narasi:
        dok.tambah(Paragraf(narasi["akuntabilitas"]))
    dok.tambah(_tabel_capaian(opd, tahun, "Capaian Indikator Kinerja Utama"))
    dok.tambah(_tabel_skala(opd))
    dok.tambah(
        Gambar(
            partial(
                grafik.capaian_per_indikator,
                [b.nilai.indikator.nama for b in baris],
                [b.nilai.capaian.nilai for b in baris],
            ),
            f"Grafik capaian indikator kinerja utama {tahun} terhadap target (100%)",
        )
    )
    dok.tambah(
        Tabel(
            "Perbandingan capaian kinerja dengan tahun lalu",
            [
                "Indikator",
                f"Target {tahun - 1}",
                f"Realisasi {tahun - 1}",
                f"Capaian {tahun - 1} (%)",
                f"Target {tahun}",
                f"Realisasi {tahun}",
                f"Capaian {tahun} (%)",
            ],
            [
                [
                    teks(b.nilai.indikator.nama),
                    *_tiga(sebelumnya.get(b.nilai.indikator.pk)),
                    *_tiga(b.nilai),
                ]
                for b in baris
                if b.sasaran
            ],
        )
    )
    data = DataKinerja(b.nilai.indikator for b in baris)
    seri = []
    for b in baris:
        ind = b.nilai.indikator
        daftar_tahun = list(range(ind.periode.tahun_awal, ind.periode.tahun_akhir + 1))
        nilai = [data.nilai(ind, t) for t in daftar_tahun]
        if b.sasaran and any(n.realisasi is not None for n in nilai):
            seri.append(
                (ind.nama, daftar_tahun, [n.realisasi for n in nilai], [n.target for n in nilai])
            )
    if seri:
        dok.tambah(Gambar(partial(grafik.tren, seri), "Tren realisasi dan target per indikator"))
    dok.tambah(
        Tabel(
            "Kemajuan capaian dibandingkan dengan target akhir Renstra",
            ["Indikator", f"Realisasi {tahun}", "Target akhir", "Tingkat kemajuan (%)"],
            [
                [
                    teks(b.nilai.indikator.nama),
                    angka(b.nilai.realisasi),
                    angka(b.nilai.indikator.target_akhir),
                    persen(data.kemajuan(b.nilai.indikator, tahun).nilai),
                ]
                for b in baris
                if b.sasaran
            ],
        )
    )
    dok.tambah(
        Tabel(
            "Perbandingan capaian dengan standar nasional",
            ["Indikator", f"Realisasi {tahun}", "Standar nasional", "Capaian (%)"],
            [
                [
                    teks(b.nilai.indikator.nama),
                    angka(b.nilai.realisasi),
                    angka(b.nilai.indikator.standar_nasional)
                    if b.nilai.indikator.standar_nasional is not None
                    else teks("Nihil"),
                    _terhadap_standar(b.nilai),
                ]
                for b in baris
                if b.sasaran
            ],
        )
    )
    analisis = {
        a.indikator_id: a
        for a in AnalisisIndikator.objects.filter(
            indikator__in=[b.nilai.indikator for b in baris], tahun=tahun
        )
    }
    dok.tambah(
        Tabel(
            "Analisis keberhasilan dan kegagalan serta solusi",
            [
                "Sasaran",
                "Indikator",
                "Target",
                "Realisasi",
                "Capaian (%)",
                "Analisis keberhasilan/kegagalan",
                "Solusi yang dilakukan",
            ],
            [
                [
                    teks(b.sasaran.nama),
                    teks(b.nilai.indikator.nama),
                    angka(b.nilai.target),
                    angka(b.nilai.realisasi),
                    persen(b.nilai.capaian.nilai),
                    teks(getattr(analisis.get(b.nilai.indikator.pk), "analisis", "Belum diisi")),
                    teks(getattr(analisis.get(b.nilai.indikator.pk), "solusi", "")),
                ]
                for b in baris
                if b.sasaran
            ],
        )
    )
    per_sasaran = {}
    for b in baris:
        if b.sasaran:
            per_sasaran.setdefault(b.sasaran, []).append(b.nilai)
    dok.tambah(
        Tabel(
            "Capaian sasaran strategis",
            ["Sasaran strategis", "Capaian (%)"],
            [[teks(s.nama), persen(capaian_sasaran(n).nilai)] for s, n in per_sasaran.items()],
        )
    )
    program, total = pohon_anggaran(opd, tahun)
    if program:
        dok.tambah(Judul("Realisasi anggaran", 2))
        dok.tambah(
            Tabel(
                "Capaian anggaran program, kegiatan dan sub kegiatan",
                [
                    "Kode",
                    "Program / kegiatan / sub kegiatan",
                    "Anggaran (Rp)",
                    "Realisasi (Rp)",
                    "Capaian (%)",
                ],
                [
                    [
                        teks(s.pos.kode),
                        teks(s.pos.nama),
                        rupiah(s.serapan.pagu),
                        rupiah(s.serapan.realisasi),
                        persen(s.serapan.persen),
                    ]
                    for pr in program
                    for s in pr.semua()
                ]
                + [
                    [
                        teks(""),
                        teks("Jumlah"),
                        rupiah(total.serapan.pagu),
                        rupiah(total.serapan.realisasi),
                        persen(total.serapan.persen),
                    ]
                ],
            )
        )
        efisiensi = efisiensi_sasaran(opd, tahun)
        dok.tambah(
            Tabel(
                "Program, kegiatan dan sub kegiatan pendukung sasaran",
                [
                    "Sasaran",
                    "Capaian (%)",
                    "Sub kegiatan",
                    "Indikator keluaran",
                    "Capaian keluaran (%)",
                    "Menunjang/tidak menunjang",
                ],
                [
                    [
                        teks(e.sasaran.nama),
                        persen(e.capaian_kinerja.nilai),
                        teks(f"{s.pos.kode} {s.pos.nama}"),
                        teks(s.pos.keluaran),
                        persen(keluaran.nilai),
                        teks("Menunjang" if ya else "Tidak menunjang"),
                    ]
                    for e in efisiensi
                    for s, keluaran, ya in e.dukungan()
                ],
            )
        )
        dok.tambah(Judul("Tingkat efisiensi penggunaan sumber daya", 2))
        dok.tambah(
            Tabel(
                "Perbandingan pencapaian kinerja dan anggaran per sasaran",
                [
                    "Sasaran",
                    "Capaian kinerja (%)",
                    "Anggaran (Rp)",
                    "Realisasi (Rp)",
                    "Capaian anggaran (%)",
                    "Tingkat efisiensi",
                ],
                [
                    [
                        teks(e.sasaran.nama),
                        persen(e.capaian_kinerja.nilai),
                        rupiah(e.serapan.pagu),
                        rupiah(e.serapan.realisasi),
                        persen(e.serapan.persen),
                        angka(e.efisiensi.nilai),
                    ]
                    for e in efisiensi
                ],
            )
        )
        dok.tambah(
            Tabel(
                "Pencapaian kinerja dan anggaran sub kegiatan",
                [
                    "Kode",
                    "Sub kegiatan",
                    "Target keluaran",
                    "Realisasi keluaran",
                    "Capaian keluaran (%)",
                    "Anggaran (Rp)",
                    "Realisasi (Rp)",
                    "Capaian anggaran (%)",
                    "Tingkat efisiensi",
                ],
                [
                    [
                        teks(k.simpul.pos.kode),
                        teks(k.simpul.pos.nama),
                        angka(k.simpul.pos.target_keluaran),
                        angka(k.simpul.pos.realisasi_keluaran),
                        persen(k.capaian_keluaran.nilai),
                        rupiah(k.simpul.serapan.pagu),
                        rupiah(k.simpul.serapan.realisasi),
                        persen(k.simpul.serapan.persen),
                        angka(k.efisiensi.nilai),
                    ]
                    for k in tabel_keluaran(opd, tahun)
                ],
            )
        )
    dok.tambah(Judul("Bab IV Penutup"))
    dok.tambah(
        Paragraf(
            narasi.get(
                "penutup",
                "Bagian ini diisi oleh OPD: simpulan keberhasilan dan kegagalan, permasalahan "
                "dan kendala utama, serta strategi pemecahan masalah.",
            )
        )
    )
    dok.tambah(TandaTangan((kepala_opd(opd),)))
    if program:
        dok.tambah(Judul("Lampiran: Realisasi Fisik dan Keuangan"))
        for t in rfk(opd, tahun).tabel:
            dok.tambah(t)
    return dok


def pernyataan_reviu(dok, opd, tahun):
    """The Inspektorat's statement that the report was reviewed (the official is taken from
    the Pemda's records, not retyped)."""
    dok.tambah(HalamanBaru())
    dok.tambah(Kop(f"Inspektorat {opd.pemda.nama}"))
    dok.tambah(Judul("Pernyataan Telah Direviu"))
    dok.tambah(
        Paragraf(
            f"Kami telah mereviu Laporan Kinerja {opd.nama} untuk tahun anggaran {tahun} sesuai "
            "Pedoman Reviu atas Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan "
            f"Kinerja menjadi tanggung jawab {opd.nama}. Reviu bertujuan untuk memberikan "
            "keyakinan terbatas bahwa laporan kinerja telah disajikan secara akurat, andal, "
            "dan valid."
        )
    )
    dok.tambah(TandaTangan((inspektur(opd.pemda),)))
    dok.tambah(HalamanBaru())


def _ringkasan_angka(opd, tahun, baris):
    terukur = [b.nilai.capaian.nilai for b in baris if b.nilai.capaian.nilai is not None]
    tercapai = sum(1 for c in terukur if c >= 100)
    rata = rata_rata(terukur).nilai
    kalimat = (
        f"Pada tahun {tahun}, {opd.nama} mengukur {len(terukur)} dari {len(baris)} indikator "
        f"kinerja utama; {tercapai} mencapai atau melampaui target dan "
        f"{len(terukur) - tercapai} belum mencapai target."
    )
    if rata is not None:
        kalimat += f" Rata-rata capaian indikator yang terukur adalah {format_angka(rata)}%."
    return kalimat


def _terhadap_standar(nilai):
    standar = nilai.indikator.standar_nasional
    if standar is None:
        return teks("Nihil")
    return persen(
        hitung_capaian(standar, nilai.realisasi, Polaritas(nilai.indikator.polaritas)).nilai
    )


def _tiga(n):
    if n is None:
        return [angka(None), angka(None), persen(None)]
    return [angka(n.target), angka(n.realisasi), persen(n.capaian.nilai)]


def pk(opd, tahun):
    """Perjanjian Kinerja: the statement of both parties (officials from the records), the
    sasaran/indicator/target table of the version in force, the programme budgets, and the
    history of versions."""
    dok = Dokumen("Perjanjian Kinerja", f"{opd.nama}\nTahun {tahun}")
    dok.tambah(Kop(opd.nama))
    versi = pk_berlaku(opd, tahun)
    pertama = versi.pihak_pertama if versi else None
    kedua = versi.pihak_kedua if versi else None
    nama_kedua = kedua.nama if kedua else "(nama belum dicatat)"
    jabatan_kedua = kedua.jabatan if kedua else kepala_daerah(opd.pemda)
    if versi is None:
        dok.tambah(
            Paragraf(
                "Perjanjian Kinerja tahun ini belum ditetapkan; tabel di bawah memuat "
                "target rencana yang berlaku."
            )
        )
    elif versi.versi > 1:
        dok.tambah(Paragraf(f"Perjanjian Kinerja Perubahan (versi {versi.versi}). {versi.alasan}"))
    dok.tambah(
        Paragraf(
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
            "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:\n"
            f"Nama: {pertama.nama if pertama else '(nama belum dicatat)'}\n"
            f"Jabatan: {pertama.jabatan if pertama else 'Kepala ' + opd.nama}\n"
            "selanjutnya disebut pihak pertama;\n"
            f"Nama: {nama_kedua}\nJabatan: {jabatan_kedua}\n"
            "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.\n"
            "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai "
            "lampiran perjanjian ini. Pihak kedua akan melakukan supervisi dan evaluasi terhadap "
            "capaian kinerja dari perjanjian ini."
        )
    )
    if versi and versi.tanggal:
        dok.tambah(Paragraf(f"Ditetapkan tanggal {tanggal_indonesia(versi.tanggal)}."))
    dok.tambah(
        TandaTangan(
            (
                Penandatangan.dari(kedua, "PIHAK KEDUA,")
                if kedua
                else kepala_daerah_pihak(opd.pemda, "PIHAK KEDUA,"),
                Penandatangan.dari(pertama, "PIHAK PERTAMA,")
                if pertama
                else kepala_opd(opd, "PIHAK PERTAMA,"),
            ),
            tanggal=versi.tanggal if versi else None,
        )
    )
    if versi:
        target = [
            (t.indikator.sasaran, t.indikator, t.nilai)
            for t in versi.target_set.select_related("indikator__sasaran")
        ]
    else:
        indikator = indikator_pk(opd, tahun)
        data = DataKinerja(indikator)
        target = [(i.sasaran, i, data.target_indikator(i, tahun)[0]) for i in indikator]
    dok.tambah(
        Tabel(
            f"Sasaran, indikator dan target kinerja {tahun}",
            ["No", "Sasaran strategis", "Indikator kinerja", "Satuan", "Target"],
            [
                [teks(n), teks(s.nama), teks(i.nama), teks(i.satuan), angka(t)]
                for n, (s, i, t) in enumerate(target, start=1)
            ],
        )
    )
    program, total = pohon_anggaran(opd, tahun)
    if program:
        dok.tambah(
            Tabel(
                f"Program dan anggaran {tahun}",
                ["No", "Program", "Anggaran (Rp)"],
                [
                    [teks(n), teks(p.pos.nama), rupiah(p.serapan.pagu)]
                    for n, p in enumerate(program, start=1)
                ]
                + [[teks(""), teks("Jumlah"), rupiah(total.serapan.pagu)]],
            )
        )
    riwayat = list(PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun).order_by("versi"))
    if len(riwayat) > 1:
        dok.tambah(
            Tabel(
                "Riwayat Perjanjian Kinerja",
                ["Versi", "Tanggal", "Keterangan"],
                [
                    [
                        teks(v.versi),
                        teks(tanggal_indonesia(v.tanggal) if v.tanggal else "–"),
                        teks(v.alasan or "Perjanjian awal"),
                    ]
                    for v in riwayat
                ],
            )
        )
    return dok


def tanggal_indonesia(tanggal):
    return formats.date_format(tanggal, "j F Y")


JENIS = {
    "iku": iku,
    "renstra": renstra,
    "pk": pk,
    "lkjip": lkjip,
    "rfk": rfk,
    "triwulan": triwulan,
}
