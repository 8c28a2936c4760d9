"""Before printing: what the year's documents lack, in plain Indonesian, with the page where
it is filled. A document never prints a placeholder for missing data: it leaves the part out
or says so in a sentence, and this list (on the Dokumen page) says why and where to fix it."""

from dataclasses import dataclass

from django.urls import reverse

from sakip.alur.terbit import sudah_disetujui
from sakip.evaluasi.models import SimpulanReviu
from sakip.evaluasi.reviu import reviu_tuntas
from sakip.instansi.hitung import inspektur, kepala_daerah, kepala_opd, pejabat_kepala_daerah
from sakip.pelaporan.hitung import analisis_tahun
from sakip.pelaporan.models import Narasi
from sakip.pengukuran.pk import pk_berlaku
from sakip.pengukuran.tersimpan import baris_capaian


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
    hasil += _lkjip(opd, tahun, pemda_pejabat)
    return hasil


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
