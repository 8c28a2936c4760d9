"""The IKU (Indikator Kinerja Utama) as the document itself, like seeds 001 (the PPU IKU
2025) and 003 (the Jambi IKU 2025): cover, Kata Pengantar signed by the Kepala, Daftar Isi
and Daftar Tabel, BAB I Pendahuluan (from the OPD profile), BAB II Visi, Misi, Tujuan dan
Sasaran (of the Pemda's plan and the Pemda's tujuan and sasaran the OPD serves, then the
OPD's own), BAB III Indikator Kinerja Utama (the key indicators based on the RPJMD/RPD and
on the Renstra, then the year's capaian) and BAB IV Penutup.

Every figure comes from the engine. A section whose data does not exist is left out or says
so in a sentence, never printed as if it did; the Dokumen page's checklist (`periksa.py`)
says what to fill."""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q

from sakip.kinerja.predikat import skala
from sakip.perencanaan.models import Indikator
from sakip.perencanaan.pohon import periode_pemda_berlaku

from .bagian import (
    TANPA_RUMUS,
    DataLaporan,
    bab,
    bersampul,
    daftar,
    daftar_isi,
    dalam_satuan,
    kata_pengantar,
    nama_rencana,
    paragraf,
    rumus,
    sebut,
    sumber_data,
    tabel_capaian,
    tabel_skala,
    tanda_tangan,
)
from .dokumen import Paragraf, Tabel, teks
from .models import ProfilOPD

JUDUL = "Indikator Kinerja Utama (IKU)"
# The OPD profile's texts Bab I prints (the LKjIP prints them all).
PROFIL_IKU = ("latar_belakang", "dasar_hukum", "tugas_fungsi", "struktur_organisasi")


class _Data(DataLaporan):
    """What the IKU reads, once."""

    @cached_property
    def iku(self):
        """(periode, [(tujuan, sasaran or None, indikator)]) of the key indicators of every
        plan in force."""
        return [(p, [x for x in s if x[2].iku]) for p, s in self.susunan]

    @cached_property
    def rencana_pemda(self):
        """The Pemda's plans (RPJMD/RPD) in force in the year."""
        return periode_pemda_berlaku(self.opd.pemda, self.tahun)

    @cached_property
    def visi(self):
        """(visi, the plan it is stated in): the Pemda's plan's, else the Renstra's; or None."""
        for p in (*self.rencana_pemda, *self.periode):
            if p.visi:
                return p.visi, p
        return None

    @cached_property
    def misi(self):
        """([misi], the plan they are stated in), like the visi."""
        for p in (*self.rencana_pemda, *self.periode):
            if misi := [m.teks for m in p.misi_set.order_by("nomor")]:
                return misi, p
        return None

    @cached_property
    def dilayani(self):
        """The Pemda's sasaran that the OPD's tujuan and sasaran serve (`melayani`), in the
        Pemda plan's order."""
        sasaran = {}
        for _, daftar_tujuan in self.pohon:
            for tj in daftar_tujuan:
                for s in (tj.melayani, *(ss.melayani for ss in tj.sasaran_set.all())):
                    if s is not None:
                        sasaran[s.pk] = s
        return sorted(
            sasaran.values(),
            key=lambda s: (
                s.tujuan.periode.tahun_awal,
                s.tujuan.periode_id,
                s.tujuan.urutan,
                s.tujuan_id,
                s.urutan,
                s.pk,
            ),
        )

    @cached_property
    def indikator_pemda(self):
        """(Pemda plan, [(tujuan, sasaran or None, indikator)]): the indicators of the
        Pemda's tujuan and sasaran the OPD serves, per plan, each tujuan's own first."""
        tujuan_ids = {s.tujuan_id for s in self.dilayani}
        semua = Indikator.objects.filter(
            Q(tujuan__in=tujuan_ids) | Q(sasaran__in=[s.pk for s in self.dilayani])
        ).select_related("periode__pemda", "periode__opd")
        per_tujuan, per_sasaran = {}, {}
        for ind in semua:
            if ind.tujuan_id:
                per_tujuan.setdefault(ind.tujuan_id, []).append(ind)
            else:
                per_sasaran.setdefault(ind.sasaran_id, []).append(ind)
        hasil, sudah = {}, set()
        for s in self.dilayani:
            baris = hasil.setdefault(s.tujuan.periode, [])
            if s.tujuan_id not in sudah:
                sudah.add(s.tujuan_id)
                baris += [(s.tujuan, None, i) for i in per_tujuan.get(s.tujuan_id, [])]
            baris += [(s.tujuan, s, i) for i in per_sasaran.get(s.pk, [])]
        return [(p, baris) for p, baris in hasil.items() if baris]

    def indikator_dibaca(self):
        return [*super().indikator_dibaca(), *(i for _, b in self.indikator_pemda for *_, i in b)]

    @cached_property
    def terukur(self):
        """Whether any key indicator has a realisation for the year."""
        return any(b.nilai.realisasi is not None for b in self.baris)


def iku(opd, tahun):
    """The IKU of `opd` in force in `tahun`, with the year's capaian."""
    d = _Data(opd, tahun)
    dok = bersampul(JUDUL, opd, tahun, f"Tahun {tahun}")
    _kata_pengantar(dok, d)
    daftar_isi(dok)
    _bab_i(dok, d)
    _bab_ii(dok, d)
    _bab_iii(dok, d)
    _bab_iv(dok, d)
    return dok


def _rencana(d):
    """The OPD's plans in force, named: "Renstra … 2024–2026"."""
    return sebut(nama_rencana(p) for p in d.periode) if d.periode else ""


def _dasar(d):
    """The plans the key indicators rest on, by kind: ["RPD", "Renstra"]."""
    jenis = [p.get_jenis_display() for p, _ in d.indikator_pemda]
    jenis += [p.get_jenis_display() for p in d.periode]
    return list(dict.fromkeys(jenis))


# --- front matter -------------------------------------------------------------------------


def _kata_pengantar(dok, d):
    opd, tahun = d.opd, d.tahun
    pembuka = (
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya dokumen "
        f"{JUDUL} {opd.nama} Tahun {tahun}."
    )
    if d.periode:
        pembuka += (
            " IKU ini menetapkan ukuran keberhasilan tujuan dan sasaran strategis dalam "
            f"{_rencana(d)}"
        )
        if d.indikator_pemda:
            pembuka += ", sekaligus indikator " + sebut(
                nama_rencana(p) for p, _ in d.indikator_pemda
            )
            pembuka += " yang pencapaiannya kami dukung"
        pembuka += "."
    muat = [
        "indikator kinerja utama beserta rumus perhitungan, kondisi awal, target setiap tahun "
        "dan kondisi akhir periode"
    ]
    if d.terukur:
        muat.append(f"capaiannya pada tahun {tahun}")
    kata_pengantar(
        dok,
        opd,
        [
            pembuka,
            f"Dokumen ini memuat {sebut(muat)}. IKU menjadi acuan kami dalam menyusun rencana "
            "kerja, Perjanjian Kinerja dan laporan kinerja, serta dalam menilai keberhasilan "
            "organisasi dari tahun ke tahun.",
            "Terima kasih kami sampaikan kepada semua pihak yang telah membantu penyusunan "
            "dokumen ini. Saran untuk penyempurnaannya kami terima dengan terbuka.",
        ],
    )


# --- BAB I --------------------------------------------------------------------------------


def _bab_i(dok, d):
    nomor = bab(dok, 1, "PENDAHULUAN")
    p = d.profil or ProfilOPD(opd=d.opd)
    dicetak = []  # the sections printed, for the sistematika
    if p.latar_belakang:
        nomor(dok, "Latar Belakang")
        paragraf(dok, p.latar_belakang)
        dicetak.append("latar belakang")
    nomor(dok, "Maksud dan Tujuan")
    _maksud(dok, d)
    dicetak.append("maksud dan tujuan")
    if hukum := p.daftar_dasar_hukum():
        nomor(dok, "Landasan Hukum")
        dok.tambah(Paragraf(f"Landasan hukum penyusunan IKU {d.opd.nama} adalah:"))
        dok.tambah(Paragraf(daftar(hukum)))
        dicetak.append("landasan hukum")
    for judul, isi in (
        ("Tugas Pokok dan Fungsi", p.tugas_fungsi),
        ("Susunan Organisasi", p.struktur_organisasi),
    ):
        if isi:
            nomor(dok, judul)
            paragraf(dok, isi)
            dicetak.append(judul.lower())
    nomor(dok, "Sistematika Penyajian")
    for kalimat in _sistematika(d, dicetak):
        dok.tambah(Paragraf(kalimat))


def _maksud(dok, d):
    dok.tambah(
        Paragraf(
            "Indikator Kinerja Utama adalah ukuran keberhasilan dari tujuan dan sasaran "
            "strategis instansi pemerintah. Setiap instansi pemerintah menetapkannya sesuai "
            "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 "
            "tentang Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi "
            "Pemerintah, sebagai bagian dari Sistem Akuntabilitas Kinerja Instansi Pemerintah "
            "(Peraturan Presiden Nomor 29 Tahun 2014)."
        )
    )
    selama = f" selama {_rencana(d)}" if d.periode else ""
    dok.tambah(
        Paragraf(
            f"Dokumen ini dimaksudkan untuk menetapkan ukuran keberhasilan {d.opd.nama}"
            f"{selama}. Tujuannya agar pimpinan dan seluruh jajaran memperoleh informasi "
            "kinerja yang diperlukan untuk mengelola kinerja organisasi, serta dasar yang jelas "
            "untuk menilai dan memperbaiki pencapaian tujuan dan sasaran."
        )
    )


def _sistematika(d, bab_i):
    bab_ii = []
    if d.visi or d.misi:
        bab_ii.append("visi dan misi")
    if d.dilayani:
        bab_ii.append(f"tujuan dan sasaran Pemerintah {d.opd.pemda.nama} yang didukung")
    bab_ii.append(f"tujuan dan sasaran {d.opd.nama} beserta indikatornya")
    return [
        f"BAB I Pendahuluan memuat {sebut([*bab_i, 'sistematika penyajian'], 'serta')}.",
        f"BAB II Visi, Misi, Tujuan dan Sasaran memuat {sebut(bab_ii, 'serta')}.",
        "BAB III Indikator Kinerja Utama memuat indikator kinerja utama berdasarkan "
        f"{sebut(_dasar(d) or ['Renstra'])} serta capaiannya pada tahun {d.tahun}.",
        "BAB IV Penutup memuat penegasan kedudukan IKU sebagai acuan perencanaan, pengukuran "
        "dan pelaporan kinerja.",
    ]


# --- BAB II -------------------------------------------------------------------------------


def _milik(p, opd):
    """Whose plan: "Pemerintah Kota Jambi dalam RPD …" or "dalam Renstra …"."""
    pemilik = f"Pemerintah {opd.pemda.nama} " if p.opd_id is None else ""
    return f"{pemilik}dalam {nama_rencana(p)}"


def _bab_ii(dok, d):
    nomor = bab(dok, 2, "VISI, MISI, TUJUAN DAN SASARAN")
    visi, misi = d.visi, d.misi
    if visi or misi:
        nomor(dok, "Visi dan Misi")
    if visi:
        dok.tambah(Paragraf(f"Visi {_milik(visi[1], d.opd)} adalah:"))
        dok.tambah(Paragraf(f"“{visi[0]}”"))
    if misi:
        dok.tambah(Paragraf(f"Misi yang ditetapkan {_milik(misi[1], d.opd)} adalah:"))
        dok.tambah(Paragraf(daftar(misi[0])))
    if d.dilayani:
        nomor(dok, f"Tujuan dan Sasaran Pemerintah {d.opd.pemda.nama} yang Didukung")
        rencana = sebut(dict.fromkeys(nama_rencana(s.tujuan.periode) for s in d.dilayani))
        dok.tambah(
            Paragraf(f"Tujuan dan sasaran {rencana} yang pencapaiannya didukung oleh {d.opd.nama}:")
        )
        per_tujuan = {}
        for s in d.dilayani:
            per_tujuan.setdefault(s.tujuan, []).append(s)
        for tujuan, sasaran in per_tujuan.items():
            dok.tambah(
                Paragraf(
                    "\n".join(
                        [
                            f"Tujuan {tujuan.nomor}: {tujuan.nama}",
                            *(f"Sasaran {s.nomor}: {s.nama}" for s in sasaran),
                        ]
                    )
                )
            )
    nomor(dok, f"Tujuan dan Sasaran {d.opd.nama}")
    ada = False
    for p, daftar_tujuan in d.pohon:
        if not daftar_tujuan:
            continue
        ada = True
        dok.tambah(Paragraf(f"Tujuan dan sasaran {nama_rencana(p)} beserta indikatornya:"))
        for tj in daftar_tujuan:
            dok.tambah(Paragraf(_butir(f"Tujuan {tj.nomor}: {tj.nama}", "tujuan", tj)))
            for ss in tj.sasaran_set.all():
                dok.tambah(Paragraf(_butir(f"Sasaran {ss.nomor}: {ss.nama}", "sasaran", ss)))
    if not ada:
        dok.tambah(
            Paragraf(
                f"Belum ada tujuan dan sasaran {d.opd.nama} yang tercatat untuk tahun {d.tahun}."
            )
        )


def _butir(judul, jenis, induk):
    """A tujuan or sasaran with its indicators, one per line."""
    indikator = [f"– {i.nama}" for i in induk.indikator_set.all()]
    if not indikator:
        return judul
    return "\n".join([judul, f"Indikator {jenis}:", *indikator])


# --- BAB III ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Kolom:
    """The optional columns a table of indicators prints: one that no indicator of the table
    fills is left out, and the chapter's opening says why."""

    rumus: bool
    awal: bool
    sumber: bool

    @classmethod
    def dari(cls, d, indikator):
        return cls(
            rumus=any(rumus(i, d.data, d.variabel) != TANPA_RUMUS for i in indikator),
            awal=any(d.data.kondisi_awal(i)[1] is not None for i in indikator),
            sumber=any(sumber_data(i) for i in indikator),
        )

    def keterangan(self, jenis):
        """The sentence saying which columns the table of `jenis` leaves out, or ""."""
        kurang, kolom = [], []
        if not self.rumus:
            kurang.append("realisasi setiap indikator dicatat langsung tanpa rumus perhitungan")
            kolom.append("rumus perhitungan")
        if not self.awal:
            kurang.append("kondisi awal indikatornya belum tercatat")
            kolom.append("kondisi awal")
        if not kurang:
            return ""
        return (
            f"Pada tabel {jenis}, {sebut(kurang)}, sehingga kolom {sebut(kolom)} tidak disajikan."
        )


def _kondisi_awal(d, indikator, kolom_satuan):
    """The baseline column: its header and a cell per indicator. One year for all goes in
    the header ("Kondisi awal (2022)"); otherwise each value carries its year."""
    awal = {i.pk: d.data.kondisi_awal(i) for i in indikator}
    tahun = {t for t, n in awal.values() if n is not None}
    if len(tahun) == 1:
        return (
            f"Kondisi awal ({tahun.pop()})",
            lambda i: dalam_satuan(awal[i.pk][1], i, kolom_satuan),
        )

    def sel(i):
        t, n = awal[i.pk]
        if n is None or t is None:
            return dalam_satuan(n, i, kolom_satuan)
        return teks(f"{dalam_satuan(n, i, kolom_satuan).teks()} ({t})")

    return "Kondisi awal", sel


def _baru(baris, n):
    """Whether row `n` (from 1) starts a new tujuan and a new sasaran: each is printed once,
    on the first row of its indicators, so its cells read as merged."""
    tj, ss, _ = baris[n - 1]
    lalu = baris[n - 2] if n > 1 else (None, None, None)
    return tj != lalu[0], tj != lalu[0] or ss != lalu[1]


def _tabel_pemda(d, p, baris, ada):
    """The indicators of the Pemda's tujuan and sasaran the OPD serves (seed 003 Tabel
    3.1), values with their unit."""
    tahun_p = list(range(p.tahun_awal, p.tahun_akhir + 1))
    judul_awal, awal = _kondisi_awal(d, [i for *_, i in baris], kolom_satuan=False)
    isi = []
    for n, (tj, ss, ind) in enumerate(baris, start=1):
        tujuan_baru, sasaran_baru = _baru(baris, n)
        isi.append(
            [
                teks(n),
                teks(tj.nama if tujuan_baru else ""),
                teks("" if ss else ind.nama),
                teks(ss.nama if ss and sasaran_baru else ""),
                teks(ind.nama if ss else ""),
                *([teks(rumus(ind, d.data, d.variabel))] if ada.rumus else []),
                *([awal(ind)] if ada.awal else []),
                *[dalam_satuan(d.data.target_indikator(ind, t)[0], ind) for t in tahun_p],
                dalam_satuan(d.data.kondisi_akhir(ind), ind),
            ]
        )
    return Tabel(
        f"Indikator kinerja utama yang mengacu pada {p.get_jenis_display()} "
        f"{p.tahun_awal}–{p.tahun_akhir}",
        [
            "No",
            "Tujuan",
            "Indikator tujuan",
            "Sasaran",
            "Indikator sasaran",
            *(["Rumus perhitungan"] if ada.rumus else []),
            *([judul_awal] if ada.awal else []),
            *[f"Target {t}" for t in tahun_p],
            "Kondisi akhir",
        ],
        isi,
    )


def _tabel_renstra(d, p, susunan, ada):
    """The OPD's key indicators of its Renstra (seed 001 "Tabel Sasaran dan Indikator
    Kinerja", seed 003 Tabel 3.2)."""
    tahun_p = list(range(p.tahun_awal, p.tahun_akhir + 1))
    judul_awal, awal = _kondisi_awal(d, [i for *_, i in susunan], kolom_satuan=True)
    isi = []
    for n, (tj, ss, ind) in enumerate(susunan, start=1):
        tujuan_baru, sasaran_baru = _baru(susunan, n)
        isi.append(
            [
                teks(n),
                teks(tj.nama if tujuan_baru else ""),
                teks(("(indikator tujuan)" if ss is None else ss.nama) if sasaran_baru else ""),
                teks(ind.nama),
                *([teks(rumus(ind, d.data, d.variabel))] if ada.rumus else []),
                teks(ind.satuan),
                *([teks(sumber_data(ind))] if ada.sumber else []),
                *([awal(ind)] if ada.awal else []),
                *[dalam_satuan(d.data.target_indikator(ind, t)[0], ind, True) for t in tahun_p],
                dalam_satuan(d.data.kondisi_akhir(ind), ind, True),
            ]
        )
    return Tabel(
        f"Indikator kinerja utama berdasarkan {p.get_jenis_display()} "
        f"{p.tahun_awal}–{p.tahun_akhir}",
        [
            "No",
            "Tujuan",
            "Sasaran",
            "Indikator",
            *(["Rumus perhitungan"] if ada.rumus else []),
            "Satuan",
            *(["Sumber data"] if ada.sumber else []),
            *([judul_awal] if ada.awal else []),
            *[f"Target {t}" for t in tahun_p],
            "Kondisi akhir",
        ],
        isi,
    )


def _bab_iii(dok, d):
    nomor = bab(dok, 3, "INDIKATOR KINERJA UTAMA")
    opd, tahun = d.opd, d.tahun
    tabel = [
        (_tabel_pemda, p, baris, _Kolom.dari(d, [i for *_, i in baris]))
        for p, baris in d.indikator_pemda
    ] + [(_tabel_renstra, p, s, _Kolom.dari(d, [i for *_, i in s])) for p, s in d.iku]
    # The opening says what the tables hold: a wide table takes a landscape page and
    # brings only its heading along, so no sentence stands between the heading and it.
    if not any(s for _, s in d.iku):
        kalimat = (
            f"Belum ada indikator kinerja utama {opd.nama} yang tercatat dalam {_rencana(d)}."
            if d.periode
            else f"Belum ada rencana strategis {opd.nama} yang berlaku pada tahun {tahun}."
        )
        dok.tambah(Paragraf(kalimat))
    else:
        kalimat = f"Indikator kinerja utama {opd.nama} ditetapkan dalam {_rencana(d)}"
        if d.indikator_pemda:
            kalimat += ", dengan mengacu pada indikator tujuan dan sasaran " + sebut(
                nama_rencana(p) for p, _ in d.indikator_pemda
            )
            kalimat += " yang pencapaiannya didukung"
        disajikan = [
            *(["rumus perhitungan"] if any(ada.rumus for *_, ada in tabel) else []),
            *(["kondisi awal"] if any(ada.awal for *_, ada in tabel) else []),
            "target setiap tahun",
            "kondisi akhir periode",
        ]
        kalimat += (
            f". Setiap indikator disajikan dengan {sebut(disajikan)}; capaiannya pada tahun "
            f"{tahun} disajikan pada bagian 3.2."
        )
        dok.tambah(Paragraf(kalimat))
    if keterangan := " ".join(
        k for _, p, baris, ada in tabel if baris and (k := ada.keterangan(p.get_jenis_display()))
    ):
        dok.tambah(Paragraf(keterangan))
    nomor(dok, f"Indikator Kinerja Utama Berdasarkan {sebut(_dasar(d) or ['Renstra'])}")
    for susun, p, baris, ada in tabel:
        dok.tambah(susun(d, p, baris, ada))
    nomor(dok, f"Capaian Indikator Kinerja Utama Tahun {tahun}")
    dok.tambah(
        Paragraf(
            "Capaian setiap indikator diperoleh dengan membandingkan realisasi dengan target "
            f"tahun {tahun} sesuai arah indikatornya, lalu dinilai dengan skala predikat "
            f"{skala(opd.pemda.skala_predikat).nama} berikut."
        )
    )
    dok.tambah(tabel_skala(opd))
    if d.terukur:
        dok.tambah(tabel_capaian(d.baris, f"Capaian indikator kinerja utama tahun {tahun}"))
    elif d.baris:
        dok.tambah(
            Paragraf(
                f"Realisasi indikator kinerja utama tahun {tahun} belum tercatat, sehingga "
                "capaiannya belum dapat disajikan."
            )
        )
    else:
        dok.tambah(Paragraf(f"Belum ada indikator kinerja utama yang berlaku pada tahun {tahun}."))


# --- BAB IV -------------------------------------------------------------------------------


def _bab_iv(dok, d):
    bab(dok, 4, "PENUTUP")
    kalimat = f"Indikator Kinerja Utama ini menjadi tolok ukur keberhasilan {d.opd.nama}"
    if d.periode:
        p = d.periode[0]
        kalimat += (
            f" dalam mencapai tujuan dan sasaran {p.get_jenis_display()} periode "
            f"{p.tahun_awal}–{p.tahun_akhir}"
        )
    dok.tambah(
        Paragraf(
            f"{kalimat}. Setiap bidang menjadikannya acuan dalam menyusun rencana kerja tahunan "
            "dan Perjanjian Kinerja, dan capaiannya diukur serta dilaporkan setiap tahun dalam "
            "laporan kinerja."
        )
    )
    dok.tambah(
        Paragraf(
            "Tercapainya target IKU memerlukan komitmen seluruh jajaran dan dukungan para "
            "pemangku kepentingan. Hasil pengukurannya menjadi bahan perbaikan perencanaan dan "
            "pelaksanaan program pada tahun-tahun berikutnya."
        )
    )
    tanda_tangan(dok, d.opd)
