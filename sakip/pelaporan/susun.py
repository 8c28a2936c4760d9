"""Builders: each turns stored data into a Dokumen, taking every number from the engine
services (`pengukuran.hitung`, `anggaran.hitung`). One function per document kind."""

from django.utils import timezone

from sakip.anggaran.hitung import (
    BarisUrusan,
    pohon_anggaran,
    rfk_berurusan,
)
from sakip.evaluasi.models import SimpulanReviu
from sakip.instansi.hitung import (
    inspektur,
    kepala_daerah,
    kepala_opd,
    pejabat_kepala_daerah,
)
from sakip.kinerja.angka import format_angka
from sakip.kinerja.predikat import skala
from sakip.pengukuran.hitung import DataKinerja
from sakip.pengukuran.penjelasan import rumus_dalam_kata, variabel_opd
from sakip.pengukuran.pk import indikator_pk, pk_berlaku
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import PerjanjianKinerja
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, tujuan_lengkap

from .dokumen import (
    Dokumen,
    HalamanBaru,
    Judul,
    Kop,
    Paragraf,
    Penandatangan,
    Tabel,
    TandaTangan,
    persen,
    rupiah,
    tanggal_indonesia,
    teks,
    ukuran,
)

NAMA_TRIWULAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _nilai(nilai, ind, kolom_satuan=False):
    """A value of indicator `ind` in its unit (`angka.format_nilai`); the unit word is left
    out where the table has its own Satuan column."""
    return ukuran(nilai, ind.satuan, ind.jenis, tulis_satuan=not kolom_satuan)


def _rumus(ind, data, variabel):
    """The formula in words: the user's own wording, else the stored formula read aloud with
    each variable's name (`variabel`: {code: Variabel}), never its code."""
    if komponen := data.komponen.get(ind.pk):
        return "Rata-rata: " + "; ".join(k.nama for k in komponen)
    if ind.rumus_uraian:
        return ind.rumus_uraian
    if ind.rumus:
        return rumus_dalam_kata(ind.rumus, variabel)
    return "Realisasi dicatat langsung (tanpa rumus)"


def _sumber(ind):
    return ", ".join(
        x for x in (ind.get_asal_data_display(), ind.get_jenis_data_display(), ind.sumber_data) if x
    )


def iku(opd, tahun):
    """Indikator Kinerja Utama (like seeds 001 and 003): the IKU of the plan in force, with
    formula, data source, baseline, yearly targets and end condition, then their capaian."""
    dok = Dokumen("Indikator Kinerja Utama", f"{opd.nama}\nTahun {tahun}")
    periode = periode_berlaku(opd, tahun)
    variabel = variabel_opd(opd)
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
                        teks(_rumus(ind, data, variabel)),
                        teks(ind.satuan),
                        teks(_sumber(ind)),
                        _nilai(ind.baseline_nilai, ind, True),
                        *[_nilai(data.target_indikator(ind, t)[0], ind, True) for t in tahun_p],
                        _nilai(ind.target_akhir, ind, True),
                    ]
                    for n, (tj, ss, ind) in enumerate(susunan, start=1)
                ],
            )
        )
    dok.tambah(Judul(f"Capaian Indikator Kinerja Utama {tahun}"))
    dok.tambah(_tabel_capaian(opd, tahun, f"Capaian IKU {opd.nama} {tahun}"))
    dok.tambah(_tabel_skala(opd))
    dok.tambah(TandaTangan((_kepala(opd),)))
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
                _nilai(b.nilai.target, b.nilai.indikator, True),
                _nilai(b.nilai.realisasi, b.nilai.indikator, True),
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


def rfk(opd, tahun, triwulan=4, pohon=None):
    """Realisasi Fisik dan Keuangan at the end of a quarter, as the RFK annex lays it out:
    programs under their urusan and bidang urusan, each line with its bobot (share of the
    OPD's budget) and its weighted physical progress (the total row: the OPD's). `pohon`:
    the year's budget tree when the caller (the LKjIP) built it already."""
    baris = rfk_berurusan(opd, tahun, triwulan, pohon)
    dok = Dokumen(
        "Realisasi Fisik dan Keuangan",
        f"{opd.nama}\nTahun {tahun}, Triwulan {NAMA_TRIWULAN[triwulan]}",
    )
    kolom = [
        "Kode",
        "Program / kegiatan / sub kegiatan",
        "Anggaran (Rp)",
        f"Realisasi triwulan {NAMA_TRIWULAN[triwulan]} (Rp)",
        "Realisasi s.d. triwulan lalu (Rp)",
        "Total realisasi (Rp)",
        "Keuangan (%)",
        "Bobot (%)",
        "Fisik (%)",
        "Fisik tertimbang (%)",
        "Sisa anggaran (Rp)",
    ]

    def isi(b):
        if isinstance(b, BarisUrusan):
            # A heading: the code, and the name only where the nomenklatur gives one.
            return [teks(b.kode), teks(b.nama)] + [teks(None)] * (len(kolom) - 2)
        return [
            teks(b.simpul.pos.kode if b.simpul.pos else ""),
            teks(b.simpul.pos.nama if b.simpul.pos else "TOTAL"),
            rupiah(b.simpul.serapan.pagu),
            rupiah(b.triwulan_ini),
            rupiah(b.sampai_triwulan_lalu),
            rupiah(b.serapan.realisasi if b.serapan else None),
            persen(b.serapan.persen if b.serapan else None),
            persen(b.bobot),
            persen(b.fisik.nilai),
            persen(b.fisik_tertimbang),
            rupiah(b.serapan.sisa if b.serapan else None),
        ]

    dok.tambah(
        Tabel(
            f"RFK {tahun} Triwulan {NAMA_TRIWULAN[triwulan]}",
            kolom,
            # The total alone (a year with no budget) is no table.
            [isi(b) for b in (baris if len(baris) > 1 else [])],
        )
    )
    dok.tambah(TandaTangan((_kepala(opd),)))
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
            isi += [_nilai(n.target, ind, True), _nilai(n.realisasi, ind, True)]
            isi.append(persen(n.capaian.nilai))
        isi += [_nilai(b.nilai.target, ind, True), _nilai(b.nilai.realisasi, ind, True)]
        isi.append(persen(b.nilai.capaian.nilai))
        baris.append(isi)
    dok.tambah(Tabel(f"Capaian kinerja per triwulan {tahun}", kolom, baris))
    dok.tambah(TandaTangan((_kepala(opd),)))
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
                        _nilai(ind.baseline_nilai, ind, True),
                        *[_nilai(data.target_indikator(ind, t)[0], ind, True) for t in tahun_p],
                        _nilai(ind.target_akhir, ind, True),
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
    dok.tambah(TandaTangan((_kepala(opd),)))
    return dok


def pernyataan_reviu(dok, opd, tahun):
    """The Inspektorat's statement that the report was reviewed, printed only once the
    review is concluded (`reviu_tuntas`): the standard text, the reviewer's own conclusion,
    place and date of the conclusion, and the Inspektur from the officials records."""
    simpulan = SimpulanReviu.objects.get(opd=opd, tahun=tahun)
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
    dok.tambah(Paragraf(simpulan.teks))
    pejabat = Penandatangan.untuk(inspektur(opd.pemda), f"Inspektur {opd.pemda.nama}")
    dok.tambah(TandaTangan((pejabat,), tanggal=timezone.localtime(simpulan.pada).date()))
    dok.tambah(HalamanBaru())


def _kepala(opd):
    """The head of the OPD as the one who signs: from the officials records, else the
    title alone with room for the name written by hand."""
    return Penandatangan.untuk(kepala_opd(opd), f"Kepala {opd.nama}")


def pk(opd, tahun, pohon=None):
    """Perjanjian Kinerja: the statement of both parties (officials from the records), the
    sasaran/indicator/target table of the version in force, the programme budgets, and the
    history of versions. `pohon`: the year's budget tree when the caller (the LKjIP) built it
    already."""
    dok = Dokumen("Perjanjian Kinerja", f"{opd.nama}\nTahun {tahun}")
    dok.tambah(Kop(opd.nama))
    versi = pk_berlaku(opd, tahun)
    # The parties as set in the PK, else the officials in the records.
    pertama = (versi and versi.pihak_pertama) or kepala_opd(opd)
    kedua = (versi and versi.pihak_kedua) or pejabat_kepala_daerah(opd.pemda)
    jabatan_pertama = pertama.jabatan if pertama else f"Kepala {opd.nama}"
    jabatan_kedua = kedua.jabatan if kedua else kepala_daerah(opd.pemda)
    if versi is None:
        dok.tambah(
            Paragraf(
                f"Perjanjian Kinerja tahun {tahun} belum ditetapkan. Dokumen ini adalah "
                f"rancangan yang memuat target kinerja tahun {tahun} menurut rencana strategis "
                "yang berlaku."
            )
        )
    elif versi.versi > 1:
        dok.tambah(
            Paragraf(f"Perjanjian Kinerja Perubahan (versi {versi.versi}). {versi.alasan}".strip())
        )
    dok.tambah(
        Paragraf(
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
            "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:\n"
            + (f"Nama: {pertama.nama}\n" if pertama else "")
            + f"Jabatan: {jabatan_pertama}\n"
            "selanjutnya disebut pihak pertama;\n"
            + (f"Nama: {kedua.nama}\n" if kedua else "")
            + f"Jabatan: {jabatan_kedua}\n"
            "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.\n"
            "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai "
            "lampiran perjanjian ini. Pihak kedua akan melakukan supervisi dan evaluasi terhadap "
            "capaian kinerja dari perjanjian ini."
        )
    )
    dok.tambah(
        TandaTangan(
            (
                Penandatangan.untuk(kedua, jabatan_kedua, "PIHAK KEDUA,"),
                Penandatangan.untuk(pertama, jabatan_pertama, "PIHAK PERTAMA,"),
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
                [teks(n), teks(s.nama), teks(i.nama), teks(i.satuan), _nilai(t, i, True)]
                for n, (s, i, t) in enumerate(target, start=1)
            ],
        )
    )
    program, total = pohon or pohon_anggaran(opd, tahun)
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
