"""The demo's SAKIP evaluations: Tebing Tinggi's Dinas Ketenagakerjaan dan Perindustrian
for 2021 (concluded BB, two recommendations followed up and closed) and 2022 (the OPD's
self-assessment with evidence; the Inspektorat accepting the suggestions the data supports
and answering the rest; concluded AA; one recommendation's follow-up waiting for the
Inspektorat, one waiting for the OPD), so the Pemda's recap shows a change. Written through
`sakip.lke.ubah` as the pages write them, then dated as they happened (`_tanggal`)."""

from datetime import date

from django.db import transaction

from sakip.akun.models import Pengguna
from sakip.instansi.models import OPD
from sakip.lke.hitung import keadaan
from sakip.lke.models import Evaluasi, Rekomendasi, TindakLanjut
from sakip.lke.saran import saran, saran_pemda
from sakip.lke.ubah import (
    buka_evaluasi,
    catat_tindak_lanjut,
    nilai_tindak_lanjut,
    selesaikan,
    simpan_jawaban,
    tambah_bukti,
    tambah_rekomendasi,
    terima_saran,
)

from .demo import AKHIRAN, OPD_DEMO, TEBING, _pukul

# 2021: every pemenuhan criterion Y, every kualitas criterion B, every pemanfaatan CC.
JAWABAN_2021 = {"pemenuhan": "Y", "kualitas": "B", "pemanfaatan": "CC"}

# 2022: the evaluator's answers that are not the best, with the note; the suggested ones
# are those the data gives (6 of 10 IKU with every year's target and with both years'
# realisation; no sasaran linked to the RPJMD's).
EVALUATOR_2022 = {
    "1.3.7": ("B", "Komitmen unit kerja baru tampak pada sebagian rencana kerja bidang."),
    "1.3.8": ("B", "Rencana kinerja individu (SKP) belum memuat seluruh IKU dinas."),
    "2.3.1": ("BB", "Tunjangan kinerja baru sebagian dikaitkan dengan capaian kinerja."),
    "2.3.2": ("B", "Hasil pengukuran belum menjadi dasar penempatan jabatan."),
    "3.2.6": ("C", "LKjIP belum membandingkan capaian dengan capaian nasional."),
    "3.3.2": ("BB", "Informasi LKjIP belum disebarkan kepada seluruh pegawai."),
    "4.2.2": ("A", "Evaluasi internal dilakukan dua auditor; belum mencakup setiap bidang."),
}
# The OPD's evidence links: (criterion, kind, reference).
BUKTI_OPD_2022 = [
    ("1.1.1", "tautan", "https://jdih.tebingtinggikota.go.id/"),
    ("1.1.3", "renstra", "Suplemen Renstra 2021–2022"),
    ("1.1.4", "pk", "PK 2022"),
    ("2.2.4", "triwulan", "Data triwulan 2022"),
    ("3.1.1", "lkjip", "LKjIP 2022"),
    ("3.1.4", "reviu", "Simpulan reviu 2022"),
]
# (year, kelemahan, rekomendasi, owner, due, follow-up, evidence, judged done)
REKOMENDASI = [
    (
        2021,
        "Target IKU belum tersedia untuk setiap tahun periode Renstra.",
        "Lengkapi target tahunan seluruh IKU dalam Renstra.",
        "Sekretaris Dinas",
        date(2022, 9, 30),
        "Target tahunan dilengkapi pada Suplemen Renstra 2021–2022.",
        "Suplemen Renstra 2021–2022",
        True,
    ),
    (
        2021,
        "Data kinerja triwulan belum dilaporkan tepat waktu.",
        "Tetapkan jadwal pelaporan triwulan; ajukan data paling lambat akhir bulan berikutnya.",
        "Kepala Subbagian Program",
        date(2022, 6, 30),
        "Jadwal pelaporan triwulan ditetapkan; data 2022 diajukan sesuai jadwal.",
        "Surat Edaran Kepala Dinas tentang jadwal pelaporan kinerja",
        True,
    ),
    (
        2022,
        "Sasaran Renstra belum terhubung dengan sasaran RPJMD yang didukungnya (cascading).",
        "Hubungkan setiap sasaran Renstra dengan sasaran RPJMD pada pohon kinerja.",
        "Sekretaris Dinas",
        date(2023, 9, 30),
        "Pohon kinerja disusun bersama Bappeda; sasaran dihubungkan pada revisi Renstra.",
        "Berita acara penyusunan pohon kinerja",
        None,  # waiting for the Inspektorat's judgement
    ),
    (
        2022,
        "LKjIP belum membandingkan capaian dengan capaian nasional atau provinsi.",
        "Tambahkan pembanding capaian nasional atau provinsi pada analisis LKjIP 2023.",
        "Kepala Subbagian Program",
        date(2024, 3, 31),
        None,  # waiting for the OPD
        "",
        None,
    ),
]
DISELESAIKAN = {2021: date(2022, 5, 20), 2022: date(2023, 5, 22)}


def _isi_2021(operator, inspektorat, opd):
    e = buka_evaluasi(inspektorat, opd, 2021)
    k = keadaan(opd, 2021)
    for kom in k.lembar.komponen:
        for s in kom.subkomponen:
            for kr in s.kriteria:
                jawaban = JAWABAN_2021[s.jenis]
                simpan_jawaban(operator, e, k.lembar, kr.kode, {"jawaban_opd": jawaban})
                simpan_jawaban(inspektorat, e, k.lembar, kr.kode, {"jawaban_evaluator": jawaban})
    return e


def _isi_2022(operator, inspektorat, opd):
    e = buka_evaluasi(operator, opd, 2022)
    k = keadaan(opd, 2022)
    for kr in k.lembar.semua_kriteria():
        simpan_jawaban(
            operator,
            e,
            k.lembar,
            kr.kode,
            {"jawaban_opd": kr.skala.terbaik, "keterangan_opd": "Terpenuhi; lihat bukti."},
        )
    for kode, jenis, rujukan in BUKTI_OPD_2022:
        tambah_bukti(operator, e, kode, jenis, rujukan)
    disarankan = saran(opd, 2022, k.lembar)
    for kr in k.lembar.semua_kriteria():
        if kr.kode in disarankan:
            terima_saran(inspektorat, e, k.lembar, disarankan[kr.kode])
        else:
            jawaban, catatan = EVALUATOR_2022.get(kr.kode, (kr.skala.terbaik, ""))
            nilai = {"jawaban_evaluator": jawaban, "catatan_evaluator": catatan}
            simpan_jawaban(inspektorat, e, k.lembar, kr.kode, nilai)
    return e


def _rekomendasi(e, operator, inspektorat):
    for tahun, kelemahan, uraian, pj, batas, tindak, bukti, selesai in REKOMENDASI:
        if tahun != e.tahun:
            continue
        r = tambah_rekomendasi(inspektorat, e, kelemahan, uraian, pj, batas)
        if tindak:
            catat_tindak_lanjut(operator, r, tindak, bukti)
            TindakLanjut.objects.filter(rekomendasi=r).update(dicatat_pada=_pukul(batas, 9))
        if selesai is not None:
            nilai_tindak_lanjut(inspektorat, Rekomendasi.objects.get(pk=r.pk), selesai)


@transaction.atomic
def muat_lke_demo():
    """Load the demo evaluations (once: a re-run leaves them alone). Run after
    `muat_alur_demo`: the 2022 suggestions read its dated approvals."""
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    if Evaluasi.objects.filter(opd=opd).exists():
        return
    operator = Pengguna.objects.get(username=f"operator-{AKHIRAN[TEBING]}")
    inspektorat = Pengguna.objects.get(username=f"inspektorat-{AKHIRAN[TEBING]}")
    for tahun, isi in ((2021, _isi_2021), (2022, _isi_2022)):
        e = isi(operator, inspektorat, opd)
        selesaikan(inspektorat, e, keadaan(opd, tahun).hasil("evaluator"))
        Evaluasi.objects.filter(pk=e.pk).update(diselesaikan_pada=_pukul(DISELESAIKAN[tahun], 14))
        _rekomendasi(Evaluasi.objects.get(pk=e.pk), operator, inspektorat)
    _isi_pemda_2022(opd.pemda)


def _isi_pemda_2022(pemda):
    """The Pemda's own 2022 evaluation under way: its Admin Pemda has taken the answers its
    OPD's evaluation suggests for the criteria about the OPD; the Inspektorat has not
    recorded the evaluator's answers yet."""
    admin = Pengguna.objects.get(username=f"admin-{AKHIRAN[TEBING]}")
    e = buka_evaluasi(admin, pemda, 2022)
    lembar = keadaan(pemda, 2022).lembar
    for s in saran_pemda(pemda, 2022, lembar).values():
        isian = {"jawaban_opd": s.jawaban, "keterangan_opd": "Sesuai evaluasi OPD 2022."}
        simpan_jawaban(admin, e, lembar, s.kode, isian)
