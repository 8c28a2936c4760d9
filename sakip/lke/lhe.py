"""The evaluation report (Laporan Hasil Evaluasi, LHE) of an OPD's year as a document of
the pelaporan model (DOCX/PDF alike): under the Inspektorat's letterhead, the score per
component and the grade, the weaknesses found (every criterion the evaluator did not give
the best answer, with the evaluator's note), the recommendations with their owner, due
date and status, signed by the Inspektur from the officials records. A draft until the
evaluation is concluded; dated the day it was concluded."""

from django.utils import timezone

from sakip.instansi.hitung import inspektur
from sakip.kinerja.lke import ARTI_PREDIKAT
from sakip.pelaporan.dokumen import (
    Dokumen,
    Judul,
    JudulNaskah,
    Kop,
    Paragraf,
    Penandatangan,
    Tabel,
    TandaTangan,
    angka,
    tanggal_indonesia,
    teks,
)
from sakip.pelaporan.hitung import gaya_pemda

from .hitung import keadaan
from .models import Rekomendasi


def kelemahan(k):
    """(criterion, evaluator's answer, note) of every criterion not given the best answer,
    in worksheet order (unanswered ones too: they count as the worst)."""
    hasil = []
    for kriteria in k.lembar.semua_kriteria():
        j = k.jawaban.get(kriteria.kode)
        jawaban = j.jawaban_evaluator if j else ""
        if jawaban != kriteria.skala.terbaik:
            hasil.append((kriteria, jawaban or "belum dijawab", j.catatan_evaluator if j else ""))
    return hasil


def lhe(opd, tahun):
    k = keadaan(opd, tahun)
    hasil = k.hasil("evaluator")
    dok = Dokumen("Laporan Hasil Evaluasi", f"{opd.nama}\nTahun {tahun}")
    dok.gaya = gaya_pemda(opd.pemda)
    dok.draf = not k.selesai
    dok.tanggal = (
        timezone.localtime(k.evaluasi.diselesaikan_pada).date()
        if k.selesai and k.evaluasi.diselesaikan_pada
        else timezone.localdate()
    )
    dok.tambah(Kop(f"Inspektorat {opd.pemda.nama}"))
    dok.tambah(
        JudulNaskah(
            "LAPORAN HASIL EVALUASI\nAKUNTABILITAS KINERJA INSTANSI PEMERINTAH\n"
            f"{opd.nama.upper()}\nTAHUN {tahun}"
        )
    )
    dok.tambah(
        Paragraf(
            f"Inspektorat {opd.pemda.nama} telah mengevaluasi akuntabilitas kinerja "
            f"{opd.nama} tahun {tahun} dengan {k.lembar.nama}. Evaluasi menilai perencanaan, "
            "pengukuran, pelaporan dan evaluasi internal kinerja berdasarkan bukti yang "
            "tersedia, termasuk data dan dokumen yang tercatat dalam aplikasi SAKIP."
        )
    )
    dok.tambah(Judul("Nilai dan Predikat"))
    dok.tambah(
        Tabel(
            "Nilai per komponen",
            ["No", "Komponen", "Bobot", "Nilai"],
            [
                [teks(kom.kode), teks(kom.nama), angka(kom.bobot), angka(kom.nilai)]
                for kom in hasil.komponen
            ]
            + [
                [
                    teks(""),
                    teks("Nilai akhir"),
                    angka(sum(k.bobot for k in hasil.komponen)),
                    angka(hasil.nilai),
                ]
            ],
        )
    )
    dok.tambah(
        Paragraf(
            f"{opd.nama} memperoleh nilai {angka(hasil.nilai).teks()} dengan predikat "
            f"{hasil.predikat} ({ARTI_PREDIKAT[hasil.predikat]})."
        )
    )
    dok.tambah(Judul("Kelemahan"))
    daftar = kelemahan(k)
    if daftar:
        dok.tambah(
            Tabel(
                "Kriteria yang belum terpenuhi sepenuhnya",
                ["Kode", "Kriteria", "Jawaban", "Catatan evaluator"],
                [[teks(kr.kode), teks(kr.uraian), teks(j), teks(c)] for kr, j, c in daftar],
            )
        )
    else:
        dok.tambah(Paragraf("Setiap kriteria memperoleh jawaban terbaik."))
    dok.tambah(Judul("Rekomendasi"))
    rekomendasi = Rekomendasi.objects.filter(evaluasi=k.evaluasi) if k.evaluasi else []
    dok.tambah(
        Tabel(
            "Rekomendasi dan tindak lanjutnya",
            ["No", "Kelemahan", "Rekomendasi", "Penanggung jawab", "Batas waktu", "Status"],
            [
                [
                    teks(str(r.nomor)),
                    teks(r.kelemahan),
                    teks(r.uraian),
                    teks(r.penanggung_jawab),
                    teks(tanggal_indonesia(r.batas_waktu)),
                    teks(r.get_status_display()),
                ]
                for r in rekomendasi
            ],
        )
    )
    dok.tambah(
        Paragraf(
            f"Kepala {opd.nama} agar menindaklanjuti rekomendasi di atas sampai batas "
            "waktunya dan mencatat tindak lanjut beserta buktinya pada aplikasi SAKIP."
        )
    )
    pejabat = Penandatangan.untuk(inspektur(opd.pemda), f"Inspektur {opd.pemda.nama}")
    dok.tambah(TandaTangan((pejabat,)))
    return dok
