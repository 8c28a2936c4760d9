"""Builders: each turns stored data into a Dokumen, taking every number from the engine
services (`pengukuran.hitung`, `anggaran.hitung`). One function per document kind."""

from collections import Counter

from django.utils import timezone

from sakip.anggaran.hitung import (
    BarisUrusan,
    anggaran_periode,
    pohon_anggaran,
    rfk_berurusan,
)
from sakip.anggaran.models import ProgramKegiatan
from sakip.anggaran.pohon_kinerja import anggaran_simpul
from sakip.evaluasi.models import SimpulanReviu
from sakip.instansi.hitung import (
    inspektur,
    kepala_daerah,
    kepala_opd,
    pejabat_kepala_daerah,
)
from sakip.kinerja.anggaran import jumlah_diketahui
from sakip.kinerja.triwulan import nama_triwulan, singkatan_triwulan
from sakip.pengukuran.hitung import DataKinerja
from sakip.pengukuran.pk import (
    indikator_pk,
    pemegang_dari,
    pk_berlaku,
    riwayat_pk,
)
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import Periode
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, tujuan_lengkap

# The builders' short names for the cells and the signature the bound reports share too.
from .bagian import dalam_satuan as _nilai
from .bagian import kepala as _kepala
from .dokumen import (
    LANJUT,
    Dokumen,
    HalamanBaru,
    Judul,
    JudulNaskah,
    Kop,
    Paragraf,
    Penandatangan,
    Rincian,
    Sampul,
    Tabel,
    TandaTangan,
    persen,
    rupiah,
    tanggal_indonesia,
    teks,
    ukuran,
)


def rfk(opd, tahun, triwulan=4, pohon=None):
    """Realisasi Fisik dan Keuangan at the end of a quarter, as the RFK annex lays it out:
    programs under their urusan and bidang urusan, each line with its bobot (share of the
    OPD's budget) and its weighted physical progress (the total row: the OPD's). `pohon`:
    the year's budget tree when the caller (the LKjIP) built it already."""
    baris = rfk_berurusan(opd, tahun, triwulan, pohon)
    dok = Dokumen(
        "Realisasi Fisik dan Keuangan",
        f"{opd.nama}\nTahun {tahun}, {nama_triwulan(triwulan)}",
    )
    kolom = [
        "Kode",
        "Program / kegiatan / sub kegiatan",
        "Anggaran (Rp)",
        f"Realisasi {nama_triwulan(triwulan)} (Rp)",
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
            f"RFK {tahun} {nama_triwulan(triwulan)}",
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
            # 17 columns: the short name
            f"Target {singkatan_triwulan(q)}",
            f"Realisasi {singkatan_triwulan(q)}",
            f"Capaian {singkatan_triwulan(q)} (%)",
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
    """The Renstra in force in `tahun` as its tables are printed (Suplemen Renstra
    2021–2022 of seed 004, seed 001): a cover with the period; tujuan, sasaran and
    indicators with the kondisi awal, the target of each year and the kondisi akhir, each
    tujuan and sasaran printed once and numbered 1, 1.1; the programs with their kegiatan
    and sub kegiatan, output indicator, target and pagu of each year with a budget in
    columns, and the totals; signed by the official who adopted it, on its date."""
    periode = periode_berlaku(opd, tahun)
    judul = (
        "Suplemen Rencana Strategis"
        if periode and all(p.jenis == Periode.Jenis.SUPLEMEN_RENSTRA for p in periode)
        else "Rencana Strategis"
    )
    masa = f"{periode[0].tahun_awal}–{periode[-1].tahun_akhir}" if periode else str(tahun)
    dok = Dokumen(judul, f"{opd.nama}\nTahun {masa}")
    dok.tambah(Sampul(judul, (opd.nama, f"Pemerintah {opd.pemda.nama}"), masa))
    if not periode:
        dok.tambah(Paragraf(f"Belum ada rencana strategis yang berlaku pada tahun {tahun}."))
    for p in periode:
        dok.tambah(Judul(p.nama))
        if p.dasar_hukum:
            dok.tambah(Paragraf(f"Ditetapkan dengan {p.dasar_hukum}."))
        dok.tambah(Judul("Tujuan, Sasaran, Indikator dan Target Kinerja", 2))
        dok.tambah(_tabel_tujuan_renstra(p))
        dok.tambah(Judul("Program, Kegiatan dan Pagu", 2))
        _tabel_program_renstra(dok, opd, p)
        penanda = Penandatangan.dari(p.penandatangan) if p.penandatangan else _kepala(opd)
        dok.tambah(TandaTangan((penanda,), tanggal=p.tanggal_penetapan))
    return dok


def _tabel_tujuan_renstra(p):
    tahun_p = list(range(p.tahun_awal, p.tahun_akhir + 1))
    susunan = list(indikator_pohon(tujuan_lengkap(p)))
    data = DataKinerja(i for _, _, i in susunan)
    # The kondisi awal's year in the header when the indicators share one (none recorded:
    # the year before the period); several years: each value says its own.
    tahun_dasar = {i.baseline_tahun for _, _, i in susunan if i.baseline_nilai is not None}
    satu_tahun = len(tahun_dasar) <= 1
    dasar = f" ({min(tahun_dasar, default=p.tahun_awal - 1)})" if satu_tahun else ""

    def kondisi_awal(ind):
        sel = _nilai(ind.baseline_nilai, ind, True)
        if satu_tahun or ind.baseline_nilai is None:
            return sel
        return teks(f"{sel.teks()} ({ind.baseline_tahun})")

    # Numbers by position: tujuan 1, 2 …; the sasaran of tujuan 1: 1.1, 1.2 …
    nomor_tujuan, nomor_sasaran, sasaran_tujuan = {}, {}, Counter()
    baris = []
    for tj, ss, ind in susunan:
        nt = nomor_tujuan.setdefault(tj.pk, str(len(nomor_tujuan) + 1))
        if ss is not None and ss.pk not in nomor_sasaran:
            sasaran_tujuan[tj.pk] += 1
            nomor_sasaran[ss.pk] = f"{nt}.{sasaran_tujuan[tj.pk]}"
        baris.append(
            (
                (
                    (tj.pk, teks(nt)),
                    (tj.pk, teks(tj.nama)),
                    (
                        ss and ss.pk,
                        teks(f"{nomor_sasaran[ss.pk]} {ss.nama}" if ss else "Indikator tujuan"),
                    ),
                ),
                [
                    teks(ind.nama),
                    teks(ind.satuan),
                    kondisi_awal(ind),
                    *[_nilai(data.target_indikator(ind, t)[0], ind, True) for t in tahun_p],
                    _nilai(ind.target_akhir, ind, True),
                ],
            )
        )
    return Tabel(
        f"Tujuan, sasaran, indikator dan target kinerja {p.tahun_awal}–{p.tahun_akhir}",
        [
            "No",
            "Tujuan",
            "Sasaran",
            "Indikator",
            "Satuan",
            f"Kondisi awal{dasar}",
            *[f"Target {t}" for t in tahun_p],
            f"Kondisi akhir ({p.tahun_akhir})",
        ],
        _berkelompok(baris),
        melintang=True,
    )


def _tabel_program_renstra(dok, opd, p):
    """Programs, kegiatan and sub kegiatan of the period, one row each (matched by code
    across years), the sub kegiatan with their output indicator; for each year with a
    budget the output target and the pagu in columns of their own, then the pagu summed
    over those years. The years without a budget are named in a sentence, not printed as
    empty columns (they would squeeze the names of a five-year table)."""
    tahun_p = list(range(p.tahun_awal, p.tahun_akhir + 1))
    baris, total = anggaran_periode(opd, tahun_p)
    if not baris:
        dok.tambah(
            Paragraf(
                f"Belum ada anggaran yang tercatat untuk tahun {p.tahun_awal}–{p.tahun_akhir}."
            )
        )
        return
    if tanpa := [str(t) for t in tahun_p if t not in total]:
        dok.tambah(Paragraf(f"Anggaran tahun {', '.join(tanpa)} belum tercatat."))
    jumlah = len(total) > 1  # the sum over the years, when there are several

    def isi(b):
        sel = [teks(b.pos.kode), teks(b.pos.nama), teks(b.pos.keluaran)]
        for t in total:
            s = b.tahun.get(t)  # None: not budgeted that year
            if b.pos.tingkat != ProgramKegiatan.Tingkat.SUB_KEGIATAN:
                sel.append(teks(""))  # only a sub kegiatan has an output target
            elif s is None:
                sel.append(ukuran(None, ""))
            else:
                sel.append(ukuran(s.pos.target_keluaran, s.pos.satuan_keluaran))
            sel.append(rupiah(s.serapan.pagu if s else None))
        return sel + ([rupiah(b.jumlah_pagu)] if jumlah else [])

    akhir = [teks(""), teks("Jumlah"), teks("")]
    for simpul in total.values():
        akhir += [teks(""), rupiah(simpul.serapan.pagu)]
    if jumlah:
        akhir.append(rupiah(jumlah_diketahui(s.serapan.pagu for s in total.values())))
    dok.tambah(
        Tabel(
            f"Program, kegiatan dan sub kegiatan {p.tahun_awal}–{p.tahun_akhir}",
            [
                "Kode",
                "Program / kegiatan / sub kegiatan",
                "Indikator keluaran",
                *[k for t in total for k in (f"Target {t}", f"Pagu {t} (Rp)")],
                *(["Jumlah pagu (Rp)"] if jumlah else []),
            ],
            [isi(b) for b in baris] + [akhir],
            melintang=True,  # as Renstra tables are printed: the whole document landscape
        )
    )


def _berkelompok(baris):
    """Table rows from (groups, cells): `groups` are the leading columns as (key, cell),
    outermost first (the tujuan, then the sasaran). A group cell the row shares with the
    row above (same key, and same keys before it) continues that cell (`LANJUT`), so a
    tujuan or sasaran is printed once over its indicators."""
    hasil, sebelum = [], []
    for kelompok, isi in baris:
        kunci = [k for k, _ in kelompok]
        sama = 0
        while sama < len(kunci) and sama < len(sebelum) and kunci[sama] == sebelum[sama]:
            sama += 1
        hasil.append([LANJUT if i < sama else sel for i, (_, sel) in enumerate(kelompok)] + isi)
        sebelum = kunci
    return hasil


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


def pk(opd, tahun, pohon=None):
    """Perjanjian Kinerja as officials sign it (PermenPANRB 53/2014): under the letterhead
    the statement of both parties (officials from the records), their signatures; then, on
    a page of its own, the annex with the sasaran, indicators and targets of the version in
    force (each sasaran once over its indicators), the programs and their budget, signed
    again, and the history of versions. A revision is titled PK Perubahan with its reason;
    a year without a PK is a draft of the Renstra's targets and says so. `pohon`: the
    year's budget tree when the caller (the LKjIP) built it already."""
    versi = pk_berlaku(opd, tahun)
    judul = f"Perjanjian Kinerja {'Perubahan ' if versi and versi.versi > 1 else ''}Tahun {tahun}"
    dok = Dokumen(judul if versi else f"Rancangan {judul}", f"{opd.nama}\nTahun {tahun}")
    dok.tambah(Kop(opd.nama))
    dok.tambah(JudulNaskah(dok.judul.upper()))
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
    ttd = _naskah_pk(dok, versi, pertama, jabatan_pertama, kedua, jabatan_kedua)
    # The annex, on a page of its own, signed again.
    dok.tambah(HalamanBaru())
    instansi = [opd.nama.upper()]
    if opd.pemda.nama.upper() not in instansi[0]:
        instansi.append(f"PEMERINTAH {opd.pemda.nama.upper()}")
    dok.tambah(JudulNaskah("\n".join([dok.judul.upper(), *instansi])))
    dok.tambah(_tabel_target_pk(opd, tahun, versi))
    program, total = pohon or pohon_anggaran(opd, tahun)
    dok.tambah(
        Tabel(
            f"Program dan anggaran {tahun}",
            ["No", "Program", "Anggaran (Rp)", "Keterangan"],
            [
                [teks(n), teks(p.pos.nama), rupiah(p.serapan.pagu), teks(_sumber_dana(p))]
                for n, p in enumerate(program, start=1)
            ]
            # A year without a budget: no table, a sentence says so (`Dokumen.tambah`).
            + (
                [[teks(""), teks("Jumlah"), rupiah(total.serapan.pagu), teks("")]]
                if program
                else []
            ),
        )
    )
    dok.tambah(ttd)
    _riwayat_pk(dok, list(riwayat_pk(opd, tahun)))
    return dok


def pk_pejabat(opd, tahun, pejabat, nomor_versi=None):
    """The Perjanjian Kinerja of an official of the cascade (administrator, pengawas,
    individu), laid out as the OPD's: the statement of the official (or the Plt./Plh.
    signing for the position) and their direct superior, the signatures; the annex with the
    sasaran of the nodes they own, their indicators and targets (the version's snapshot, or
    the plan's for a draft), the sub kegiatan of the year's budget under those nodes with
    their pagu and its sum (`anggaran.pohon_kinerja.anggaran_simpul`), signed again, and
    the history of versions. `nomor_versi`: an earlier version, else the latest."""
    riwayat = list(riwayat_pk(opd, tahun, pejabat))
    versi = next((v for v in riwayat if v.versi == nomor_versi), None) if nomor_versi else None
    versi = versi or (riwayat[-1] if riwayat else None)
    pemegang = pemegang_dari(opd, tahun, pejabat)
    judul = f"Perjanjian Kinerja {'Perubahan ' if versi and versi.versi > 1 else ''}Tahun {tahun}"
    dok = Dokumen(
        judul if versi else f"Rancangan {judul}",
        f"{pejabat.jabatan}\n{opd.nama}\nTahun {tahun}",
    )
    dok.tambah(Kop(opd.nama))
    dok.tambah(JudulNaskah(dok.judul.upper()))
    pertama = (versi and versi.pihak_pertama) or pejabat
    kedua = (versi and versi.pihak_kedua) or (pemegang.atasan if pemegang else None)
    kedua = kedua or kepala_opd(opd)
    if versi is None:
        dok.tambah(
            Paragraf(
                f"Perjanjian Kinerja tahun {tahun} {pejabat.jabatan} belum ditetapkan. Dokumen "
                f"ini adalah rancangan yang memuat target kinerja tahun {tahun} menurut rencana "
                "yang berlaku."
            )
        )
    ttd = _naskah_pk(
        dok,
        versi,
        pertama,
        pertama.jabatan,
        kedua,
        kedua.jabatan if kedua else f"Kepala {opd.nama}",
        langsung=True,
    )
    dok.tambah(HalamanBaru())
    dok.tambah(
        JudulNaskah("\n".join([dok.judul.upper(), pejabat.jabatan.upper(), opd.nama.upper()]))
    )
    indikator = pemegang.indikator() if pemegang else []
    dok.tambah(_tabel_target_pk(opd, tahun, versi, indikator, kolom="Sasaran"))
    if pemegang:
        simpul = pemegang.simpul
    else:
        simpul = list(
            {t.indikator.sasaran for t in versi.target_set.select_related("indikator__sasaran")}
        )
    anggaran = anggaran_simpul(opd, tahun, simpul)
    dok.tambah(
        Tabel(
            f"Kegiatan dan anggaran {tahun}",
            ["No", "Kode", "Sub kegiatan", "Anggaran (Rp)"],
            [
                [teks(n), teks(d.pos.kode), teks(d.pos.nama), rupiah(d.serapan.pagu)]
                for n, d in enumerate(anggaran.sub, start=1)
            ]
            + (
                [[teks(""), teks(""), teks("Jumlah"), rupiah(anggaran.pagu)]]
                if anggaran.sub
                else []
            ),
        )
    )
    dok.tambah(ttd)
    _riwayat_pk(dok, riwayat)
    return dok


def _riwayat_pk(dok, riwayat):
    """The history of a PK's versions, when it was revised."""
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


def _naskah_pk(dok, versi, pertama, jabatan_pertama, kedua, jabatan_kedua, langsung=False):
    """The statement of a PK (PermenPANRB 53/2014 wording) under its title: a revision's
    reason, both parties with their jabatan (`langsung`: the second is the first's direct
    superior, as for an official of the cascade), the promises, and the two signatures,
    returned to be added again under the annex."""
    if versi is not None and versi.versi > 1:
        dok.tambah(
            Paragraf(
                f"Perubahan ke-{versi.versi - 1} (versi {versi.versi}) atas Perjanjian Kinerja "
                f"tahun {versi.tahun}."
                + (f" Alasan perubahan: {versi.alasan}" if versi.alasan else "")
            )
        )
    # The wording of the PermenPANRB 53/2014 format.
    dok.tambah(
        Paragraf(
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
            "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
        )
    )
    dok.tambah(Rincian((("Nama", pertama.nama if pertama else ""), ("Jabatan", jabatan_pertama))))
    dok.tambah(Paragraf("selanjutnya disebut pihak pertama."))
    dok.tambah(Rincian((("Nama", kedua.nama if kedua else ""), ("Jabatan", jabatan_kedua))))
    atasan = "atasan langsung" if langsung else "atasan"
    dok.tambah(Paragraf(f"selaku {atasan} pihak pertama, selanjutnya disebut pihak kedua."))
    dok.tambah(
        Paragraf(
            "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai "
            "lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah "
            "seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan "
            "kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami."
        )
    )
    dok.tambah(
        Paragraf(
            "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan "
            "evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan "
            "yang diperlukan dalam rangka pemberian penghargaan dan sanksi."
        )
    )
    ttd = TandaTangan(
        (
            Penandatangan.untuk(kedua, jabatan_kedua, "PIHAK KEDUA,"),
            Penandatangan.untuk(pertama, jabatan_pertama, "PIHAK PERTAMA,"),
        ),
        tanggal=versi.tanggal if versi else None,
    )
    dok.tambah(ttd)
    return ttd


def _tabel_target_pk(opd, tahun, versi, indikator=None, kolom="Sasaran strategis"):
    """Sasaran, indicators and targets of the version in force (for a draft: the plan's
    targets of `indikator`, by default the OPD's PK indicators), each sasaran numbered and
    printed once over its indicators."""
    if versi:
        target = [
            (t.indikator.sasaran, t.indikator, t.nilai)
            for t in versi.target_set.select_related("indikator__sasaran")
        ]
    else:
        indikator = indikator_pk(opd, tahun) if indikator is None else indikator
        data = DataKinerja(indikator)
        target = [(i.sasaran, i, data.target_indikator(i, tahun)[0]) for i in indikator]
    # Indicators stay under their sasaran even when their stored order interleaves them.
    per_sasaran = {}
    for s, i, t in target:
        per_sasaran.setdefault(s, []).append((i, t))
    return Tabel(
        f"Sasaran, indikator dan target kinerja {tahun}",
        ["No", kolom, "Indikator kinerja", "Satuan", "Target"],
        _berkelompok(
            (
                ((s.pk, teks(n)), (s.pk, teks(s.nama))),
                [teks(i.nama), teks(i.satuan), _nilai(t, i, True)],
            )
            for n, (s, isi) in enumerate(per_sasaran.items(), start=1)
            for i, t in isi
        ),
    )


def _sumber_dana(program):
    """The program's budget is the APBD of the year, as revised when one of its sub
    kegiatan has a revised pagu."""
    if any(d.pos.pagu_perubahan is not None for d in program.daun()):
        return "APBD Perubahan"
    return "APBD"
