"""Before printing: what the year's documents lack, in plain Indonesian, with the page where
it is filled. A document never prints a placeholder for missing data: it leaves the part out
or says so in a sentence, and this list (on the Dokumen page) says why and where to fix it."""

from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse

from sakip.alur.terbit import sudah_disetujui
from sakip.evaluasi.models import SimpulanReviu
from sakip.evaluasi.reviu import reviu_tuntas
from sakip.instansi.hitung import inspektur, kepala_daerah, kepala_opd, pejabat_kepala_daerah
from sakip.pelaporan.hitung import analisis_tahun
from sakip.pelaporan.models import Narasi, ProfilOPD
from sakip.pengukuran.pk import pk_berlaku
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import Sasaran, Tujuan
from sakip.perencanaan.pohon import periode_berlaku, periode_pemda_berlaku

from .bagian import sebut
from .iku import PROFIL_IKU


@dataclass(frozen=True)
class Kekurangan:
    dokumen: str  # which documents it concerns
    apa: str  # what is missing and what the document does meanwhile
    tautan: str = ""  # the page where it is filled ("" when no page fills it)
    label: str = ""


def sebelum_mencetak(opd, tahun, nama_dokumen):
    """What the documents of `opd` for `tahun` lack (`nama_dokumen`: {jenis: name})."""
    hasil = []
    pemda_pejabat = reverse("pejabat-pemda", args=[opd.pemda.slug])
    alur = reverse("alur", args=[opd.slug, tahun])
    for jenis, nama in nama_dokumen.items():
        if not sudah_disetujui(opd, tahun, jenis):
            hasil.append(
                Kekurangan(
                    nama,
                    "belum disetujui dalam alur persetujuan; dokumen dicetak dengan tanda DRAF.",
                    alur,
                    "Alur persetujuan",
                )
            )
    versi = pk_berlaku(opd, tahun)
    if versi is None:
        hasil.append(
            Kekurangan(
                "Perjanjian Kinerja, LKjIP",
                f"Perjanjian Kinerja {tahun} belum ditetapkan; dokumen PK dicetak sebagai "
                "rancangan dan LKjIP memuat target rencana strategis.",
                reverse("isian-pk", args=[opd.slug, tahun]),
                "Tetapkan Perjanjian Kinerja",
            )
        )
    if not (versi and versi.pihak_pertama) and kepala_opd(opd) is None:
        hasil.append(
            Kekurangan(
                "Perjanjian Kinerja",
                f"Kepala {opd.nama} belum tercatat pada data pejabat; nama, pangkat dan NIP "
                "pihak pertama tidak dicetak.",
                pemda_pejabat,
                "Data pejabat",
            )
        )
    if not (versi and versi.pihak_kedua) and pejabat_kepala_daerah(opd.pemda) is None:
        hasil.append(
            Kekurangan(
                "Perjanjian Kinerja",
                f"{kepala_daerah(opd.pemda)} belum tercatat pada data pejabat; pihak kedua "
                "dicetak dengan jabatannya saja.",
                pemda_pejabat,
                "Data pejabat",
            )
        )
    hasil += _profil(opd)
    hasil += _iku(opd, tahun)
    hasil += _lkjip(opd, tahun, pemda_pejabat)
    return hasil


def _profil(opd):
    """The sections of Bab I Pendahuluan the OPD profile leaves empty: never printed."""
    profil = ProfilOPD.objects.filter(opd=opd).first() or ProfilOPD(opd=opd)
    kosong = [b for b in ProfilOPD.BIDANG if not getattr(profil, b).strip()]
    if not kosong:
        return []
    nama = [str(ProfilOPD._meta.get_field(b).verbose_name) for b in kosong]
    return [
        Kekurangan(
            "IKU, LKjIP" if set(kosong) & set(PROFIL_IKU) else "LKjIP",
            f"profil OPD belum memuat {sebut(nama, 'serta')}; Bab I Pendahuluan hanya memuat "
            "bagian profil yang sudah diisi.",
            reverse("profil-opd", args=[opd.slug]),
            "Isi profil OPD",
        )
    ]


def _iku(opd, tahun):
    """The cascade from the Pemda's plan to the Renstra: without it the IKU shows neither
    the Pemda's tujuan and sasaran the OPD serves nor the key indicators of its plan."""
    rencana = periode_pemda_berlaku(opd.pemda, tahun)
    tujuan = Tujuan.objects.filter(periode__in=periode_berlaku(opd, tahun))
    if not rencana or not tujuan.exists():
        return []
    jenis = sebut(dict.fromkeys(p.get_jenis_display() for p in rencana))
    if not Sasaran.objects.filter(tujuan__periode__in=rencana).exists():
        return [
            Kekurangan(
                "IKU",
                f"{jenis} {opd.pemda.nama} belum memuat tujuan dan sasaran; Bab II tidak memuat "
                f"tujuan dan sasaran Pemerintah {opd.pemda.nama} yang didukung dan Bab III tidak "
                f"memuat tabel indikator {jenis}.",
                reverse("isian-pemda", args=[opd.pemda.slug]),
                "Isian rencana Pemda",
            )
        ]
    if tujuan.filter(Q(melayani__isnull=False) | Q(sasaran_set__melayani__isnull=False)).exists():
        return []
    return [
        Kekurangan(
            "IKU",
            f"tujuan dan sasaran Renstra belum dihubungkan dengan sasaran {jenis} yang "
            f"didukungnya; Bab II tidak memuat tujuan dan sasaran Pemerintah {opd.pemda.nama} "
            f"yang didukung dan Bab III tidak memuat tabel indikator {jenis}.",
            reverse("isian-opd", args=[opd.slug]),
            "Isian rencana",
        )
    ]


def _lkjip(opd, tahun, pemda_pejabat):
    hasil = []
    reviu = reverse("reviu", args=[opd.slug, tahun])
    if not SimpulanReviu.objects.filter(opd=opd, tahun=tahun).exists():
        hasil.append(
            Kekurangan(
                "LKjIP",
                "reviu Inspektorat belum disimpulkan; Pernyataan Telah Direviu tidak dicetak.",
                reviu,
                "Reviu",
            )
        )
    elif not reviu_tuntas(opd, tahun):
        hasil.append(
            Kekurangan(
                "LKjIP",
                "masih ada temuan galat reviu yang belum diperbaiki atau diterima; Pernyataan "
                "Telah Direviu tidak dicetak.",
                reviu,
                "Reviu",
            )
        )
    if inspektur(opd.pemda) is None:
        hasil.append(
            Kekurangan(
                "LKjIP",
                "Inspektur belum tercatat pada data pejabat; nama dan NIP pada Pernyataan "
                "Telah Direviu tidak dicetak.",
                pemda_pejabat,
                "Data pejabat",
            )
        )
    if not Narasi.objects.filter(opd=opd, tahun=tahun, bagian=Narasi.Bagian.PENUTUP).exists():
        hasil.append(
            Kekurangan(
                "LKjIP",
                "Bab IV Penutup (simpulan, kendala dan strategi pemecahan masalah) belum "
                "ditulis; dicetak ringkasan capaian dari angka.",
                reverse("narasi", args=[opd.slug, tahun]),
                "Tulis narasi",
            )
        )
    # The indicators of the analysis page: those whose paragraph Bab III prints.
    semua = baris_capaian(opd, tahun, hanya_iku=True)
    dianalisis = analisis_tahun((b.nilai.indikator for b in semua), tahun)
    belum = [b.nilai.indikator.nama for b in semua if b.nilai.indikator.pk not in dianalisis]
    if belum:
        hasil.append(
            Kekurangan(
                "LKjIP",
                f"analisis keberhasilan/kegagalan dan solusi belum ditulis untuk {len(belum)} "
                f"indikator ({'; '.join(belum)}); Bab III hanya memuat uraian angkanya.",
                reverse("analisis-lkjip", args=[opd.slug, tahun]),
                "Tulis analisis",
            )
        )
    for b in semua:
        ind = b.nilai.indikator
        if b.nilai.target is None:
            hasil.append(
                Kekurangan(
                    "IKU, LKjIP, Laporan Triwulan",
                    f"target {tahun} indikator «{ind.nama}» belum ditetapkan; capaiannya tidak "
                    "dihitung.",
                    reverse("isian-target", args=[ind.pk]),
                    "Isi target",
                )
            )
    tanpa_realisasi = [b.nilai.indikator.nama for b in semua if b.nilai.realisasi is None]
    if tanpa_realisasi:
        hasil.append(
            Kekurangan(
                "IKU, LKjIP, Laporan Triwulan",
                f"realisasi {tahun} belum tersedia untuk {len(tanpa_realisasi)} indikator "
                f"({'; '.join(tanpa_realisasi)}).",
                reverse("isi-triwulan", args=[opd.slug, tahun, 4]),
                "Isi data triwulan",
            )
        )
    return hasil
