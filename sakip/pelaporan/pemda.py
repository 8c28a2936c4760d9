"""The Pemda's own documents, from the same engine and document model as the OPD's: the
IKU Pemda (the indicators of the RPJMD/RPD's tujuan and sasaran), the Perjanjian Kinerja
of the Kepala Daerah (the year's targets of those indicators, with the budget of the OPD
serving each sasaran) and the LKjIP Pemda (capaian of each sasaran and its indicators, the
OPD serving it with their capaian and budget, each OPD's IKU summary and budget). Every
figure is read from `anggaran.pemda.KinerjaPemda`; a part without data says so in a
sentence (`Dokumen.tambah`)."""

from sakip.anggaran.pemda import KinerjaPemda
from sakip.instansi.hitung import kepala_daerah, pejabat_kepala_daerah
from sakip.pengukuran.hitung import DataKinerja
from sakip.pengukuran.penjelasan import variabel_opd

from .bagian import dalam_satuan, rumus, tabel_capaian
from .dokumen import (
    Dokumen,
    HalamanBaru,
    Judul,
    JudulNaskah,
    Kop,
    Paragraf,
    Penandatangan,
    Rincian,
    Tabel,
    TandaTangan,
    persen,
    rupiah,
    teks,
)


def _kepala_daerah(pemda):
    return Penandatangan.untuk(pejabat_kepala_daerah(pemda), kepala_daerah(pemda))


def _pembuka(judul, pemda, tahun, pihak=None):
    """Under the Pemda's letterhead, the title: the document, whose it is (`pihak`, the
    Pemda by default) and the year."""
    dok = Dokumen(f"{judul} Tahun {tahun}", f"Pemerintah {pemda.nama}\nTahun {tahun}")
    dok.tambah(Kop())
    dok.tambah(JudulNaskah(f"{judul}\n{pihak or pemda.nama}\nTahun {tahun}".upper()))
    return dok


def _rencana(k):
    """Which plans the document reads, in a sentence."""
    if not k.periode:
        return (
            f"Tidak ada RPJMD/RPD {k.pemda.nama} yang berlaku pada tahun {k.tahun}; dokumen ini "
            "belum memuat sasaran pemerintah daerah."
        )
    nama = "; ".join(p.nama for p in k.periode)
    kalimat = f"Dokumen ini disusun dari {nama}."
    if not any(s.baris for s in k.sasaran):
        kalimat += " Rencana tersebut belum memuat indikator tujuan atau sasaran."
    elif not k.iku_ditandai:
        kalimat += (
            " Rencana belum menandai Indikator Kinerja Utama, sehingga seluruh indikator "
            "tujuan dan sasarannya dicantumkan."
        )
    return kalimat


def _nama_sasaran(s):
    return s.sasaran.nama if s.sasaran else f"{s.tujuan.nama} (indikator tujuan)"


def iku_pemda(pemda, tahun):
    """IKU Pemda: per tujuan and sasaran of the plan in force, its key indicators with the
    formula, the year's target, the end target and the OPD responsible (those serving the
    sasaran)."""
    k = KinerjaPemda(pemda, tahun)
    dok = _pembuka("Indikator Kinerja Utama", pemda, tahun)
    dok.tambah(Paragraf(_rencana(k)))
    iku = {id(b) for b in k.iku}
    baris = [(s, b) for s in k.sasaran for b in s.baris if id(b) in iku]
    data, variabel = DataKinerja([b.nilai.indikator for _, b in baris]), variabel_opd(pemda)
    dok.tambah(
        Tabel(
            f"Indikator Kinerja Utama {pemda.nama} tahun {tahun}",
            [
                "No",
                "Tujuan/sasaran",
                "Indikator",
                "Satuan",
                "Rumus perhitungan",
                f"Target {tahun}",
                "Target akhir",
                "Perangkat daerah penanggung jawab",
            ],
            [
                [
                    teks(n),
                    teks(_nama_sasaran(s)),
                    teks(b.nilai.indikator.nama),
                    teks(b.nilai.indikator.satuan),
                    teks(rumus(b.nilai.indikator, data, variabel)),
                    dalam_satuan(b.nilai.target, b.nilai.indikator, True),
                    dalam_satuan(b.nilai.indikator.target_akhir, b.nilai.indikator, True),
                    teks("; ".join(o.nama for o in s.opd) or "–"),
                ]
                for n, (s, b) in enumerate(baris, start=1)
            ],
        )
    )
    dok.tambah(TandaTangan((_kepala_daerah(pemda),)))
    return dok


def pk_pemda(pemda, tahun):
    """Perjanjian Kinerja of the Kepala Daerah (PermenPANRB 53/2014): the statement signed
    by the head of region, then the annex: each sasaran's key indicators and the year's
    targets, and the budget (pagu) of the sub kegiatan of the OPD serving each sasaran."""
    k = KinerjaPemda(pemda, tahun)
    kepala = _kepala_daerah(pemda)
    dok = _pembuka("Perjanjian Kinerja", pemda, tahun, kepala.jabatan)
    dok.tambah(
        Paragraf(
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
            "akuntabel serta berorientasi pada hasil, yang bertanda tangan di bawah ini:"
        )
    )
    dok.tambah(Rincian((("Nama", kepala.nama), ("Jabatan", kepala.jabatan))))
    dok.tambah(
        Paragraf(
            f"berjanji akan mewujudkan target kinerja tahun {tahun} sesuai lampiran "
            "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang "
            "telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan "
            "pencapaian target kinerja tersebut menjadi tanggung jawab kami."
        )
    )
    dok.tambah(TandaTangan((kepala,)))
    # The annex, on a page of its own, signed again.
    dok.tambah(HalamanBaru())
    dok.tambah(JudulNaskah(f"Lampiran Perjanjian Kinerja\n{kepala.jabatan}\nTahun {tahun}".upper()))
    dok.tambah(Paragraf(_rencana(k)))
    iku = {id(b) for b in k.iku}
    dok.tambah(
        Tabel(
            f"Sasaran strategis, indikator kinerja dan target {tahun}",
            ["No", "Sasaran strategis", "Indikator kinerja", "Target"],
            [
                [
                    teks(n),
                    teks(_nama_sasaran(s)),
                    teks(b.nilai.indikator.nama),
                    dalam_satuan(b.nilai.target, b.nilai.indikator),
                ]
                for n, (s, b) in enumerate(
                    ((s, b) for s in k.sasaran for b in s.baris if id(b) in iku), start=1
                )
            ],
        )
    )
    dok.tambah(
        Tabel(
            f"Anggaran perangkat daerah pelaksana per sasaran {tahun}",
            ["No", "Sasaran strategis", "Perangkat daerah", "Anggaran (Rp)"],
            [
                [
                    teks(n),
                    teks(_nama_sasaran(s)),
                    teks("; ".join(o.nama for o in s.opd)),
                    rupiah(s.serapan.pagu),
                ]
                for n, s in enumerate((s for s in k.sasaran if s.serapan), start=1)
            ],
        )
    )
    dok.tambah(TandaTangan((kepala,)))
    return dok


def lkjip_pemda(pemda, tahun):
    """LKjIP Pemda: the capaian of the plan's indicators and sasaran, the OPD serving each
    sasaran with their capaian and budget, then each OPD's IKU summary and budget."""
    k = KinerjaPemda(pemda, tahun)
    dok = _pembuka("Laporan Kinerja Instansi Pemerintah", pemda, tahun)
    dok.tambah(Paragraf(_rencana(k)))
    dok.tambah(Judul("Capaian kinerja sasaran"))
    dok.tambah(
        tabel_capaian(
            [b for s in k.sasaran for b in s.baris],
            f"Capaian indikator kinerja {pemda.nama} tahun {tahun}",
        )
    )
    dok.tambah(
        Tabel(
            f"Capaian sasaran dan perangkat daerah pelaksana {tahun}",
            [
                "No",
                "Sasaran",
                "Capaian sasaran (%)",
                "Perangkat daerah",
                "Sasaran perangkat daerah",
                "Capaian (%)",
                "Anggaran (Rp)",
                "Realisasi (Rp)",
                "Serapan (%)",
            ],
            [
                [
                    teks(n if i == 0 else ""),
                    teks(_nama_sasaran(s) if i == 0 else ""),
                    persen(s.capaian.nilai) if i == 0 else teks(""),
                    teks(p.opd.nama),
                    teks(p.sasaran.nama),
                    persen(p.capaian.nilai),
                    rupiah(p.serapan.pagu) if p.serapan else teks("–"),
                    rupiah(p.serapan.realisasi) if p.serapan else teks("–"),
                    persen(p.serapan.persen) if p.serapan else teks("–"),
                ]
                for n, s in enumerate((s for s in k.sasaran if s.pelaksana), start=1)
                for i, p in enumerate(s.pelaksana)
            ],
        )
    )
    dok.tambah(Judul("Capaian perangkat daerah"))
    dok.tambah(
        Tabel(
            f"Capaian Indikator Kinerja Utama perangkat daerah {tahun}",
            ["No", "Perangkat daerah", "Jumlah IKU", "IKU terukur", "Rata-rata capaian (%)"],
            [
                [
                    teks(n),
                    teks(r.opd.nama),
                    teks(r.jumlah),
                    teks(r.berisi),
                    persen(r.rata_rata.nilai),
                ]
                for n, r in enumerate(k.ringkasan_opd, start=1)
            ],
        )
    )
    dok.tambah(Judul("Akuntabilitas keuangan"))
    dok.tambah(
        Tabel(
            f"Anggaran perangkat daerah {tahun}",
            ["No", "Perangkat daerah", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"],
            [
                [
                    teks(n),
                    teks(a.opd.nama),
                    rupiah(a.serapan.pagu),
                    rupiah(a.serapan.realisasi),
                    persen(a.serapan.persen),
                ]
                for n, a in enumerate(k.anggaran_opd, start=1)
            ],
        )
    )
    dok.tambah(TandaTangan((_kepala_daerah(pemda),)))
    return dok


JENIS_PEMDA = {"iku": iku_pemda, "pk": pk_pemda, "lkjip": lkjip_pemda}
NAMA_PEMDA = {
    "iku": "Indikator Kinerja Utama Pemerintah Daerah",
    "pk": "Perjanjian Kinerja Kepala Daerah",
    "lkjip": "Laporan Kinerja Instansi Pemerintah (LKjIP) Pemerintah Daerah",
}
