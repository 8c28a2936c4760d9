"""The LKjIP as the report itself, in the order of PermenPANRB 53/2014 and seed 004 (the
Tebing Tinggi LKjIP 2022): cover, Pernyataan Telah Direviu (once the review is concluded),
Kata Pengantar, Ikhtisar Eksekutif, Daftar Isi, BAB I Pendahuluan (from the OPD profile),
BAB II Perencanaan Kinerja, BAB III Akuntabilitas Kinerja, BAB IV Penutup and the annexes.
Every figure comes from the engine; a section whose data does not exist is left out or
says so in plain words, never printed as if it did.

Layout: the cover is a `Sampul`; the front matter (kata pengantar signed by the Kepala,
ikhtisar, daftar isi/tabel/gambar) is numbered in roman and the body starts at `MulaiIsi`;
each chapter (`bagian.bab`) and the annexes start on a new page (`HalamanBaru`)."""

from functools import cached_property, partial

from sakip.anggaran.hitung import efisiensi_sasaran, pohon_anggaran, tabel_keluaran
from sakip.evaluasi.reviu import reviu_tuntas
from sakip.kinerja.angka import format_angka, format_nilai, format_persen, format_rupiah
from sakip.kinerja.capaian import Polaritas, hitung_capaian, rata_rata
from sakip.kinerja.predikat import skala
from sakip.pengukuran.pk import pk_berlaku
from sakip.pengukuran.tersimpan import capaian_per_sasaran
from sakip.perencanaan.lintas import diterima_tahun, sebut_simpul

from . import grafik
from .bagian import (
    DataLaporan,
    bab,
    bersampul,
    daftar,
    daftar_isi,
    dalam_satuan,
    kata_pengantar,
    nama_rencana,
    nama_sasaran,
    paragraf,
    rumus,
    sebut,
    tabel_capaian,
    tabel_skala,
)
from .dokumen import (
    Gambar,
    HalamanBaru,
    Judul,
    Paragraf,
    Tabel,
    angka,
    persen,
    rupiah,
    teks,
    ukuran,
)
from .hitung import analisis_tahun
from .models import Narasi, ProfilOPD
from .susun import pernyataan_reviu, pk, rfk
from .uraian import judul_kelompok, uraian_per_kelompok


class _Data(DataLaporan):
    """What the report reads, once."""

    @cached_property
    def narasi(self):
        return {n.bagian: n.teks for n in Narasi.objects.filter(opd=self.opd, tahun=self.tahun)}

    @cached_property
    def anggaran(self):
        return pohon_anggaran(self.opd, self.tahun)

    @cached_property
    def efisiensi(self):
        return {e.sasaran.pk: e for e in efisiensi_sasaran(self.opd, self.tahun, self.anggaran)}

    @cached_property
    def pk(self):
        return pk_berlaku(self.opd, self.tahun)

    @cached_property
    def kepala(self):
        """The official who signs as head of the OPD: the PK's first party (else
        `bagian.kepala` takes the head in the officials records)."""
        return self.pk.pihak_pertama if self.pk else None

    @cached_property
    def analisis(self):
        return analisis_tahun((b.nilai.indikator for b in self.baris), self.tahun)


def lkjip(opd, tahun):
    """LKjIP (PermenPANRB 53/2014) of `opd` for `tahun`."""
    d = _Data(opd, tahun)
    dok = bersampul(
        "Laporan Kinerja Instansi Pemerintah (LKjIP)", opd, tahun, f"Tahun Anggaran {tahun}"
    )
    if reviu_tuntas(opd, tahun):
        pernyataan_reviu(dok, opd, tahun)
    _kata_pengantar(dok, d)
    _ikhtisar(dok, d)
    daftar_isi(dok)
    _bab_i(dok, d)
    _bab_ii(dok, d)
    _bab_iii(dok, d)
    _bab_iv(dok, d)
    _lampiran(dok, d)
    return dok


# --- front matter -----------------------------------------------------------------------


def _kata_pengantar(dok, d):
    opd, tahun = d.opd, d.tahun
    muat = ["capaian kinerja"]
    if d.pk:
        muat[0] += f" atas Perjanjian Kinerja tahun {tahun}"
    muat.append("penjelasan capaian setiap indikator kinerja utama")
    if d.anggaran[0]:
        muat.append("realisasi anggaran")
    muat.append("permasalahan yang dihadapi beserta solusinya")
    kata_pengantar(
        dok,
        opd,
        [
            "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya "
            f"Laporan Kinerja Instansi Pemerintah (LKjIP) {opd.nama} Tahun {tahun}. Laporan "
            "ini disusun sebagai wujud pertanggungjawaban pelaksanaan tugas dan fungsi, sesuai "
            "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
            "Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan "
            "Reformasi Birokrasi Nomor 53 Tahun 2014.",
            f"Laporan ini memuat {', '.join(muat[:-1])} serta {muat[-1]}.",
            "Kami menyadari laporan ini masih memiliki kekurangan. Kritik dan saran yang "
            "membangun kami harapkan untuk penyempurnaan laporan di masa mendatang.",
        ],
        d.kepala,
    )


def _ringkasan_angka(d):
    baris = d.baris
    terukur = [b.nilai.capaian.nilai for b in baris if b.nilai.capaian.nilai is not None]
    if not terukur:
        return (
            f"Pada tahun {d.tahun} belum ada indikator kinerja utama {d.opd.nama} yang "
            "capaiannya dapat dihitung."
        )
    tercapai = sum(1 for c in terukur if c >= 100)
    rata = rata_rata(terukur).nilai
    kalimat = (
        f"Pada tahun {d.tahun}, {d.opd.nama} mengukur {len(terukur)} dari {len(baris)} indikator "
        f"kinerja utama; {tercapai} mencapai atau melampaui target dan "
        f"{len(terukur) - tercapai} belum mencapai target."
    )
    if rata is not None:
        kalimat += f" Rata-rata capaian indikator yang terukur adalah {format_angka(rata)}%."
    return kalimat


def _kalimat_anggaran(d):
    program, total = d.anggaran
    if not program:
        return ""
    s = total.serapan
    if s.realisasi is None:
        return f"Pagu anggaran tahun {d.tahun} sebesar {format_rupiah(s.pagu)}."
    return (
        f"Realisasi anggaran tahun {d.tahun} sebesar {format_rupiah(s.realisasi)} dari pagu "
        f"{format_rupiah(s.pagu)} ({format_persen(s.persen)})."
    )


def _ikhtisar(dok, d):
    dok.tambah(HalamanBaru())
    dok.tambah(Judul("IKHTISAR EKSEKUTIF"))
    if "ringkasan" in d.narasi:
        paragraf(dok, d.narasi["ringkasan"])
    dok.tambah(Paragraf(" ".join(k for k in (_ringkasan_angka(d), _kalimat_anggaran(d)) if k)))
    per_sasaran = capaian_per_sasaran(d.opd, d.tahun, d.baris)
    if per_sasaran:
        dok.tambah(
            Tabel(
                "Capaian sasaran strategis",
                ["Sasaran strategis", "Capaian (%)"],
                [[teks(c.sasaran.nama), persen(c.capaian.nilai)] for c in per_sasaran],
            )
        )


# --- BAB I ------------------------------------------------------------------------------


def _bab_i(dok, d):
    nomor = bab(dok, 1, "PENDAHULUAN")
    if "pendahuluan" in d.narasi:
        paragraf(dok, d.narasi["pendahuluan"])
    p = d.profil or ProfilOPD(opd=d.opd)
    nomor(dok, "Latar Belakang")
    paragraf(
        dok,
        p.latar_belakang
        or (
            f"Laporan ini menyajikan capaian kinerja {d.opd.nama} tahun {d.tahun} terhadap "
            "Perjanjian Kinerja, disusun menurut Peraturan Menteri PANRB Nomor 53 Tahun 2014."
        ),
    )
    bagian = [
        ("Tugas, Fungsi dan Struktur Organisasi", [p.tugas_fungsi, p.struktur_organisasi]),
        ("Keadaan Pegawai", [p.pegawai]),
        ("Sarana dan Prasarana", [p.sarana_prasarana]),
        ("Aspek Strategis dan Permasalahan Utama", [p.isu_strategis]),
    ]
    for judul, isi in bagian:
        if any(isi):
            nomor(dok, judul)
            for t in isi:
                paragraf(dok, t)
    if hukum := p.daftar_dasar_hukum():
        nomor(dok, "Landasan Hukum")
        dok.tambah(Paragraf(f"Landasan hukum penyusunan LKjIP {d.opd.nama} adalah:"))
        dok.tambah(Paragraf(daftar(hukum)))
    nomor(dok, "Sistematika Penyajian")
    for kalimat in _sistematika(d, [j for j, isi in bagian if any(isi)], bool(hukum)):
        dok.tambah(Paragraf(kalimat))


def _sistematika(d, bagian_profil, ada_hukum):
    isi_bab_i = ["latar belakang", *(b.lower() for b in bagian_profil)]
    if ada_hukum:
        isi_bab_i.append("landasan hukum")
    bab_ii = ["rencana strategis (visi, misi, tujuan dan sasaran)", f"rencana kinerja {d.tahun}"]
    if d.pk:
        bab_ii.append(f"Perjanjian Kinerja {d.tahun}")
    if d.anggaran[0]:
        bab_ii.append("program dan anggarannya")
    bab_iii = "capaian kinerja organisasi per sasaran strategis beserta analisisnya"
    if d.anggaran[0]:
        bab_iii += ", realisasi anggaran dan tingkat efisiensi penggunaan sumber daya"
    return [
        f"BAB I Pendahuluan memuat {sebut(isi_bab_i)}.",
        f"BAB II Perencanaan Kinerja memuat {sebut(bab_ii)}.",
        f"BAB III Akuntabilitas Kinerja memuat {bab_iii}.",
        "BAB IV Penutup memuat simpulan atas capaian kinerja serta langkah perbaikan ke depan.",
        f"Lampiran memuat {sebut(_isi_lampiran(d))}.",
    ]


# --- BAB II -----------------------------------------------------------------------------


def _bab_ii(dok, d):
    nomor = bab(dok, 2, "PERENCANAAN KINERJA")
    tahun = d.tahun
    for p, susunan in d.susunan:
        no = nomor(dok, "Rencana Strategis")
        kalimat = f"{d.opd.nama} berpedoman pada {nama_rencana(p)}"
        dok.tambah(
            Paragraf(kalimat + (f", ditetapkan dengan {p.dasar_hukum}." if p.dasar_hukum else "."))
        )
        sub = 0
        if p.visi:
            sub += 1
            dok.tambah(Judul(f"{no}.{sub}. Visi", 3))
            dok.tambah(Paragraf(f"“{p.visi}”"))
        misi = [m.teks for m in p.misi_set.order_by("nomor")]
        if misi:
            sub += 1
            dok.tambah(Judul(f"{no}.{sub}. Misi", 3))
            dok.tambah(Paragraf(daftar(misi)))
        if susunan:
            sub += 1
            tahun_p = list(range(p.tahun_awal, p.tahun_akhir + 1))
            dok.tambah(Judul(f"{no}.{sub}. Tujuan dan Sasaran", 3))
            dok.tambah(
                Tabel(
                    f"Tujuan, sasaran, indikator dan target {p.tahun_awal}–{p.tahun_akhir}",
                    [
                        "No",
                        "Tujuan",
                        "Sasaran",
                        "Indikator kinerja",
                        "Satuan",
                        *[f"Target {t}" for t in tahun_p],
                    ],
                    [
                        [
                            teks(n),
                            teks(tj.nama),
                            teks(ss.nama if ss else ""),
                            teks(ind.nama),
                            teks(ind.satuan),
                            *[
                                dalam_satuan(d.data.target_indikator(ind, t)[0], ind, True)
                                for t in tahun_p
                            ],
                        ]
                        for n, (tj, ss, ind) in enumerate(susunan, start=1)
                    ],
                )
            )
    rencana = [(tj, ss, i) for _, s in d.susunan for tj, ss, i in s]
    if rencana:
        nomor(dok, f"Rencana Kinerja Tahun {tahun}")
        dok.tambah(
            Tabel(
                f"Rencana kinerja tahun {tahun}",
                ["No", "Tujuan", "Sasaran strategis", "Indikator kinerja", "Satuan", "Target"],
                [
                    [
                        teks(n),
                        teks(tj.nama),
                        teks(ss.nama if ss else ""),
                        teks(ind.nama),
                        teks(ind.satuan),
                        dalam_satuan(d.data.target_indikator(ind, tahun)[0], ind, True),
                    ]
                    for n, (tj, ss, ind) in enumerate(rencana, start=1)
                ],
            )
        )
    nomor(dok, f"Perjanjian Kinerja Tahun {tahun}")
    if d.pk is None:
        dok.tambah(Paragraf(f"Perjanjian Kinerja tahun {tahun} belum ditetapkan."))
    else:
        if d.pk.versi > 1:
            dok.tambah(
                Paragraf(
                    f"Perjanjian Kinerja Perubahan (versi {d.pk.versi}). {d.pk.alasan}".strip()
                )
            )
        target = d.pk.target_set.select_related("indikator__sasaran")
        dok.tambah(
            Tabel(
                f"Perjanjian Kinerja {tahun}",
                ["No", "Sasaran strategis", "Indikator kinerja", "Satuan", "Target"],
                [
                    [
                        teks(n),
                        teks(t.indikator.sasaran.nama if t.indikator.sasaran else ""),
                        teks(t.indikator.nama),
                        teks(t.indikator.satuan),
                        dalam_satuan(t.nilai, t.indikator, True),
                    ]
                    for n, t in enumerate(target, start=1)
                ],
            )
        )
    program, total = d.anggaran
    if program:
        nomor(dok, f"Program, Kegiatan dan Sub Kegiatan Tahun {tahun}")
        dok.tambah(
            Tabel(
                f"Program, kegiatan dan sub kegiatan {tahun}",
                [
                    "Kode",
                    "Program / kegiatan / sub kegiatan",
                    "Indikator kinerja",
                    "Target",
                    "Anggaran (Rp)",
                ],
                [
                    [
                        teks(s.pos.kode),
                        teks(s.pos.nama),
                        teks(s.pos.keluaran),
                        teks(
                            format_nilai(s.pos.target_keluaran, s.pos.satuan_keluaran)
                            if s.pos.target_keluaran is not None
                            else ""
                        ),
                        rupiah(s.serapan.pagu),
                    ]
                    for pr in program
                    for s in pr.semua()
                ]
                + [[teks(""), teks("Jumlah"), teks(""), teks(""), rupiah(total.serapan.pagu)]],
            )
        )


# --- BAB III ----------------------------------------------------------------------------


def _tiga(n, ind):
    if n is None:
        return [dalam_satuan(None, ind), dalam_satuan(None, ind), persen(None)]
    return [dalam_satuan(n.target, ind), dalam_satuan(n.realisasi, ind), persen(n.capaian.nilai)]


def _terhadap_standar(n):
    return persen(
        hitung_capaian(
            n.indikator.standar_nasional, n.realisasi, Polaritas(n.indikator.polaritas)
        ).nilai
    )


def _bab_iii(dok, d):
    nomor = bab(dok, 3, "AKUNTABILITAS KINERJA")
    tahun, baris = d.tahun, d.baris
    sasaran = [b for b in baris if b.sasaran]
    no = nomor(dok, "Capaian Kinerja Organisasi")
    if "akuntabilitas" in d.narasi:
        paragraf(dok, d.narasi["akuntabilitas"])
    dok.tambah(
        Paragraf(
            f"Pengukuran tingkat capaian kinerja tahun {tahun} dilakukan dengan membandingkan "
            "realisasi dengan target setiap indikator; capaian dinilai dengan skala predikat "
            f"{skala(d.opd.pemda.skala_predikat).nama} berikut."
        )
    )
    dok.tambah(tabel_skala(d.opd))
    if not baris:
        dok.tambah(Paragraf(f"Belum ada indikator kinerja utama yang berlaku pada tahun {tahun}."))
    else:
        dok.tambah(tabel_capaian(baris, "Capaian Indikator Kinerja Utama", dengan_sumber=True))
        dok.tambah(
            Tabel(
                "Rumusan indikator dan formulasi perhitungan",
                ["No", "Sasaran", "Indikator kinerja", "Formulasi"],
                [
                    [
                        teks(n),
                        teks(nama_sasaran(b)),
                        teks(b.nilai.indikator.nama),
                        teks(rumus(b.nilai.indikator, d.data, d.variabel)),
                    ]
                    for n, b in enumerate(baris, start=1)
                ],
            )
        )
    if any(b.nilai.capaian.nilai is not None for b in baris):
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
    if sasaran:
        _perbandingan(dok, d, sasaran)
    sub = _per_sasaran_uraian(dok, d, no)
    _lintas(dok, d, f"{no}.{sub + 1}")
    program, total = d.anggaran
    if program:
        nomor(dok, "Realisasi Anggaran")
        dok.tambah(Paragraf(_kalimat_anggaran(d)))
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
        nomor(dok, "Tingkat Efisiensi Penggunaan Sumber Daya")
        if d.efisiensi:
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
                        for e in d.efisiensi.values()
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
                        ukuran(k.simpul.pos.target_keluaran, k.simpul.pos.satuan_keluaran),
                        ukuran(k.simpul.pos.realisasi_keluaran, k.simpul.pos.satuan_keluaran),
                        persen(k.capaian_keluaran.nilai),
                        rupiah(k.simpul.serapan.pagu),
                        rupiah(k.simpul.serapan.realisasi),
                        persen(k.simpul.serapan.persen),
                        angka(k.efisiensi.nilai),
                    ]
                    for k in tabel_keluaran(d.opd, tahun, d.anggaran)
                ],
            )
        )


def _perbandingan(dok, d, sasaran):
    """Comparisons with the previous year, the Renstra end target and the national
    standard where one is recorded (seed Tabel 8–10)."""
    tahun = d.tahun
    lalu = {
        n.indikator.pk: n for n in (d.data.nilai(b.nilai.indikator, tahun - 1) for b in sasaran)
    }
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
                    *_tiga(lalu.get(b.nilai.indikator.pk), b.nilai.indikator),
                    *_tiga(b.nilai, b.nilai.indikator),
                ]
                for b in sasaran
            ],
        )
    )
    seri = []
    for b in sasaran:
        ind = b.nilai.indikator
        daftar_tahun = list(range(ind.periode.tahun_awal, ind.periode.tahun_akhir + 1))
        nilai = [d.data.nilai(ind, t) for t in daftar_tahun]
        if any(n.realisasi is not None for n in nilai):
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
                    dalam_satuan(b.nilai.realisasi, b.nilai.indikator),
                    dalam_satuan(b.nilai.indikator.target_akhir, b.nilai.indikator),
                    persen(d.data.kemajuan(b.nilai.indikator, tahun).nilai),
                ]
                for b in sasaran
            ],
        )
    )
    standar = [b for b in sasaran if b.nilai.indikator.standar_nasional is not None]
    if standar:
        dok.tambah(
            Tabel(
                "Perbandingan capaian dengan standar nasional",
                ["Indikator", f"Realisasi {tahun}", "Standar nasional", "Capaian (%)"],
                [
                    [
                        teks(b.nilai.indikator.nama),
                        dalam_satuan(b.nilai.realisasi, b.nilai.indikator),
                        dalam_satuan(b.nilai.indikator.standar_nasional, b.nilai.indikator),
                        _terhadap_standar(b.nilai),
                    ]
                    for b in standar
                ],
            )
        )
    else:
        dok.tambah(
            Paragraf(
                "Standar nasional belum tercatat untuk indikator sasaran tahun ini, sehingga "
                "perbandingan dengan standar nasional tidak disajikan."
            )
        )


def _per_sasaran_uraian(dok, d, no):
    """Per sasaran (or tujuan, for a tujuan's own indicators): the composed paragraph of
    each indicator next to the OPD's own analysis, then the sub kegiatan that supported
    the sasaran and its efficiency. Returns how many subsections it wrote."""
    kelompok = uraian_per_kelompok(d.baris, d.data, d.tahun)
    sub = 0
    for sub, ((tujuan, sasaran), isi) in enumerate(kelompok.items(), start=1):
        dok.tambah(Judul(f"{no}.{sub}. {judul_kelompok(tujuan, sasaran)}", 3))
        for n, kalimat in isi:
            dok.tambah(Paragraf(kalimat))
            if a := d.analisis.get(n.indikator.pk):
                dok.tambah(Paragraf(f"Analisis keberhasilan/kegagalan: {a.analisis}"))
                if a.solusi:
                    dok.tambah(Paragraf(f"Solusi yang dilakukan: {a.solusi}"))
        e = d.efisiensi.get(sasaran.pk) if sasaran else None
        if e is None:
            continue
        dok.tambah(
            Tabel(
                f"Program, kegiatan dan sub kegiatan pendukung sasaran {sasaran.nama}",
                [
                    "Sub kegiatan",
                    "Indikator keluaran",
                    "Capaian keluaran (%)",
                    "Menunjang/tidak menunjang",
                ],
                [
                    [
                        teks(f"{s.pos.kode} {s.pos.nama}"),
                        teks(s.pos.keluaran),
                        persen(keluaran.nilai),
                        teks("Menunjang" if ya else "Tidak menunjang"),
                    ]
                    for s, keluaran, ya in e.dukungan()
                ],
            )
        )
        if e.serapan.realisasi is not None and e.efisiensi.nilai is not None:
            dok.tambah(
                Paragraf(
                    f"Anggaran sub kegiatan pendukung sasaran ini sebesar "
                    f"{format_rupiah(e.serapan.pagu)} terealisasi "
                    f"{format_rupiah(e.serapan.realisasi)} ({format_persen(e.serapan.persen)}); "
                    f"dengan capaian kinerja {format_persen(e.capaian_kinerja.nilai)}, tingkat "
                    f"efisiensinya {format_angka(e.efisiensi.nilai)}."
                )
            )
    return sub


def _sebut(simpul):
    return sebut_simpul(simpul) if simpul else "–"


def _lintas(dok, d, nomor):
    """The crosscutting links of the year both OPD accepted, from this OPD's side: the
    sasaran other OPD contribute to and those it contributes to. Left out when there is
    none. The partner's figures are the partner's to report, in its own LKjIP."""
    daftar = diterima_tahun(d.opd, d.tahun)
    if not daftar:
        return
    dok.tambah(Judul(f"{nomor}. Keterkaitan Lintas OPD (Crosscutting)", 3))
    didukung = sum(1 for _, usulan in daftar if usulan)
    kalimat = []
    if didukung:
        kalimat.append(
            f"{didukung} sasaran {d.opd.nama} dicapai bersama perangkat daerah lain yang "
            "telah menyepakati kontribusinya"
        )
    if len(daftar) - didukung:
        kalimat.append(
            f"{d.opd.nama} berkontribusi pada {len(daftar) - didukung} sasaran perangkat "
            "daerah lain"
        )
    dok.tambah(
        Paragraf(
            f"Pada tahun {d.tahun}, " + "; ".join(kalimat) + ". Keterkaitan lintas perangkat "
            "daerah (crosscutting) berikut diusulkan oleh satu pihak dan diterima oleh pihak "
            "lainnya; capaian masing-masing sasaran dilaporkan oleh perangkat daerah pemiliknya."
        )
    )
    dok.tambah(
        Tabel(
            f"Keterkaitan lintas OPD (crosscutting) tahun {d.tahun}",
            [
                "No",
                f"Sasaran {d.opd.singkatan or 'OPD'}",
                "Peran",
                "Perangkat daerah mitra",
                "Sasaran mitra",
                "Bentuk kontribusi",
            ],
            [
                [
                    teks(n),
                    teks(_sebut(k.sasaran if usulan else k.sasaran_mitra)),
                    teks("Didukung oleh mitra" if usulan else "Mendukung mitra"),
                    teks((k.opd_mitra if usulan else k.opd).nama),
                    teks(_sebut(k.sasaran_mitra if usulan else k.sasaran)),
                    teks(k.catatan or "–"),
                ]
                for n, (k, usulan) in enumerate(daftar, start=1)
            ],
            melintang=False,  # short texts that wrap: it stays in its chapter
        )
    )


# --- BAB IV and annexes -----------------------------------------------------------------


def _bab_iv(dok, d):
    bab(dok, 4, "PENUTUP")
    if "penutup" in d.narasi:
        paragraf(dok, d.narasi["penutup"])
    else:
        # The closing chapter nobody wrote: what the figures say, in plain words (the
        # Dokumen page asks for the OPD's own conclusions).
        dok.tambah(
            Paragraf(
                f"Laporan Kinerja {d.opd.nama} Tahun {d.tahun} ini merupakan "
                f"pertanggungjawaban atas pelaksanaan Perjanjian Kinerja tahun {d.tahun}. "
                + " ".join(k for k in (_ringkasan_angka(d), _kalimat_anggaran(d)) if k)
            )
        )
        dok.tambah(
            Paragraf(
                "Capaian setiap sasaran beserta perbandingannya diuraikan pada Bab III dan "
                "menjadi bahan perbaikan perencanaan serta pelaksanaan program pada tahun "
                "berikutnya."
            )
        )


def _isi_lampiran(d):
    isi = []
    if d.pk:
        isi.append(f"Perjanjian Kinerja {d.tahun}")
    isi.append("data pendukung realisasi indikator")
    if d.anggaran[0]:
        isi.append(f"Realisasi Fisik dan Keuangan {d.tahun}")
    return isi


def _lampiran(dok, d):
    dok.tambah(HalamanBaru())
    dok.tambah(Judul("LAMPIRAN"))
    n = 0
    if d.pk:
        n += 1
        dok.tambah(Judul(f"Lampiran {n}. Perjanjian Kinerja Tahun {d.tahun}", 2))
        for blok in pk(d.opd, d.tahun, d.anggaran).isi:
            dok.tambah(blok)
    n += 1
    dok.tambah(Judul(f"Lampiran {n}. Data Pendukung Realisasi", 2))
    pendukung = [
        (b.nilai.indikator, v, t, nilai)
        for b in d.baris
        if b.nilai.sumber_realisasi == "rumus"
        for v, t, nilai in d.data.data_pendukung(b.nilai.indikator, d.tahun)
    ]
    langsung = [b.nilai for b in d.baris if b.nilai.sumber_realisasi == "langsung"]
    if pendukung:
        dok.tambah(
            Tabel(
                f"Data pendukung realisasi indikator {d.tahun}",
                ["Indikator", "Data", "Tahun", "Nilai", "Sumber"],
                [
                    [
                        teks(ind.nama),
                        teks(v.nama),
                        teks(t),
                        ukuran(nilai, v.satuan),
                        teks(v.sumber),
                    ]
                    for ind, v, t, nilai in pendukung
                ],
            )
        )
    if langsung:
        dok.tambah(
            Paragraf(
                "Realisasi berikut diisi langsung, tanpa data variabel: "
                + "; ".join(
                    f"{n.indikator.nama} ({dalam_satuan(n.realisasi, n.indikator).teks()})"
                    for n in langsung
                )
                + "."
            )
        )
    if not pendukung and not langsung:
        dok.tambah(Paragraf(f"Belum ada realisasi indikator tahun {d.tahun}."))
    if d.anggaran[0]:
        n += 1
        dok.tambah(Judul(f"Lampiran {n}. Realisasi Fisik dan Keuangan Tahun {d.tahun}", 2))
        for t in rfk(d.opd, d.tahun, pohon=d.anggaran).tabel:
            dok.tambah(t)
