"""What the worksheet page, the workbook import and the CLI write: the evaluation, the
answers, their evidence, the conclusion and the Pemda's local criteria, each through
`jejak.catat` (one audit record with the old and new values: the answers' history). The
callers checked who may write; a concluded evaluation is refused here as well, whoever
asks."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from sakip.akun.akses import LKE_TERKUNCI
from sakip.dasar.teks import kendali
from sakip.jejak.catat import hapus, simpan, teks_nilai
from sakip.kinerja.lke import Hasil, Lembar
from sakip.pengukuran.bukti import nama_aman, periksa_berkas

from .hitung import milik
from .lembar import VERSI_BAKU, berkas
from .models import Bukti, Evaluasi, Jawaban, KriteriaLokal, Rekomendasi, TindakLanjut

BIDANG_OPD = ("jawaban_opd", "keterangan_opd")
BIDANG_EVALUATOR = ("jawaban_evaluator", "catatan_evaluator")
BIDANG_BUKTI = ("jawaban_id", "jenis", "rujukan", "nama_asli", "jenis_isi", "ukuran")


class LkeError(ValueError):
    """A write refused; the message is Indonesian."""


def alasan_jawaban(lembar: Lembar, kode: str, jawaban: str) -> str | None:
    """Why `jawaban` cannot be the answer to criterion `kode` (None when it can; empty is
    unanswered). The page's form and the workbook import apply it."""
    kriteria = lembar.kriteria(kode)
    if kriteria is None:
        return f"Kode kriteria {kode} tidak ada pada lembar kerja ini."
    if jawaban and jawaban not in kriteria.skala.jawaban:
        return (
            f"Jawaban '{jawaban[:10]}' tidak diterima untuk kriteria {kode}; "
            f"pilihan: {kriteria.skala.teks}."
        )
    return None


def alasan_bukti(jenis, rujukan):
    """Why a link of kind `jenis` with `rujukan` cannot be evidence (None when it can): an
    outside link is a web address. The page's form and the workbook import apply it."""
    if jenis not in Bukti.Jenis.values or jenis == Bukti.Jenis.BERKAS:
        return "Pilih jenis bukti atau unggah berkas."
    if jenis == Bukti.Jenis.TAUTAN and not rujukan.startswith(("https://", "http://")):
        return "Tautan lain harus berupa alamat web (diawali http:// atau https://)."
    return None


def _terbuka(evaluasi):
    if evaluasi.selesai:
        raise LkeError(LKE_TERKUNCI)


def buka_evaluasi(pengguna, opd, tahun):
    """The evaluation of the year of `opd` (an OPD, or a Pemda for its own), created on
    the first write (on the default worksheet version)."""
    evaluasi = Evaluasi.objects.filter(**milik(opd), tahun=tahun).first()
    if evaluasi is None:
        evaluasi = Evaluasi(**milik(opd))
        simpan(
            pengguna,
            evaluasi,
            {"tahun": tahun, "versi": VERSI_BAKU},
            uraian=f"Evaluasi LKE {tahun}",
            **_jejak(evaluasi),
        )
    return evaluasi


def _jejak(evaluasi):
    """Whose trail a write of `evaluasi` goes to: its OPD's, or its Pemda's for its own."""
    return {"opd": evaluasi.opd, "pemda": evaluasi.pemda}


def asal_jawaban(jawaban, bidang):
    """The values the page shows of an answer (None for one not stored yet), for locking."""
    return {b: teks_nilai(getattr(jawaban, b)) if jawaban else None for b in bidang}


def simpan_jawaban(pengguna, evaluasi, lembar, kode, nilai, *, asal=None):
    """Write the fields `nilai` (of `BIDANG_OPD` or `BIDANG_EVALUATOR`) of criterion `kode`;
    False when nothing changed (no record is created for an empty answer)."""
    _terbuka(evaluasi)
    for bidang in ("jawaban_opd", "jawaban_evaluator"):
        if bidang in nilai and (alasan := alasan_jawaban(lembar, kode, nilai[bidang])):
            raise LkeError(alasan)
    for bidang in ("keterangan_opd", "catatan_evaluator"):
        if bidang in nilai and (alasan := kendali(nilai[bidang])):
            raise LkeError(f"Teks kriteria {kode} {alasan}")
    jawaban = Jawaban.objects.filter(evaluasi=evaluasi, kode=kode).first()
    if jawaban is None and not any(nilai.values()):
        return False
    return simpan(
        pengguna,
        jawaban or Jawaban(evaluasi=evaluasi, kode=kode),
        nilai,
        uraian=f"Jawaban LKE {kode} {evaluasi.tahun}",
        **_jejak(evaluasi),
        asal=asal,
    )


def _jawaban(pengguna, evaluasi, kode):
    jawaban = Jawaban.objects.filter(evaluasi=evaluasi, kode=kode).first()
    if jawaban is None:
        jawaban = Jawaban(evaluasi=evaluasi)
        simpan(pengguna, jawaban, {"kode": kode}, uraian=f"Jawaban LKE {kode}", **_jejak(evaluasi))
    return jawaban


def tambah_bukti(pengguna, evaluasi, kode, jenis, rujukan="", berkas_unggah=None):
    """Add evidence to criterion `kode`: a link of kind `jenis` with an optional reference,
    or (`berkas_unggah`) a file, checked by its content (`pengukuran.bukti`)."""
    _terbuka(evaluasi)
    if berkas_unggah is None and (alasan := alasan_bukti(jenis, rujukan)):
        raise LkeError(alasan)
    nilai = {"jenis": jenis, "rujukan": rujukan}
    bukti = Bukti(ditambahkan_oleh=pengguna if pengguna and pengguna.pk else None)
    if berkas_unggah is not None:
        bukti.jenis_isi = periksa_berkas(berkas_unggah)
        bukti.berkas = berkas_unggah
        nilai |= {
            "jenis": Bukti.Jenis.BERKAS,
            "nama_asli": nama_aman(berkas_unggah.name),
            "jenis_isi": bukti.jenis_isi,
            "ukuran": berkas_unggah.size,
        }
    try:
        with transaction.atomic():
            nilai["jawaban_id"] = _jawaban(pengguna, evaluasi, kode).pk
            simpan(
                pengguna,
                bukti,
                nilai,
                uraian=f"Bukti LKE {kode} {evaluasi.tahun}",
                **_jejak(evaluasi),
            )
    except BaseException:
        # The file was written before the database refused the record: remove it.
        if bukti.berkas.name and bukti.berkas.name.startswith("lke/"):
            bukti.berkas.storage.delete(bukti.berkas.name)
        raise
    return bukti


def hapus_bukti(pengguna, bukti):
    evaluasi = bukti.jawaban.evaluasi
    _terbuka(evaluasi)
    nama, storage = bukti.berkas.name, bukti.berkas.storage
    with transaction.atomic():
        hapus(
            pengguna,
            bukti,
            BIDANG_BUKTI,
            uraian=f"Bukti LKE {bukti.jawaban.kode} {evaluasi.tahun}",
            **_jejak(evaluasi),
        )
        if nama:
            transaction.on_commit(lambda: storage.delete(nama))


def setel_tautan(pengguna, evaluasi, kode, tautan):
    """Make the link evidence of criterion `kode` the list `tautan` [(jenis, rujukan)]
    (the workbook's Bukti column); uploaded files are left as they are. True when a link
    was added or removed."""
    jawaban = Jawaban.objects.filter(evaluasi=evaluasi, kode=kode).first()
    ada = [] if jawaban is None else list(jawaban.bukti_set.exclude(jenis=Bukti.Jenis.BERKAS))
    sisa = list(tautan)
    berubah = False
    for bukti in ada:
        if (bukti.jenis, bukti.rujukan) in sisa:
            sisa.remove((bukti.jenis, bukti.rujukan))
        else:
            hapus_bukti(pengguna, bukti)
            berubah = True
    for jenis, rujukan in sisa:
        tambah_bukti(pengguna, evaluasi, kode, jenis, rujukan)
    return berubah or bool(sisa)


def selesaikan(pengguna, evaluasi, hasil: Hasil):
    """Conclude the evaluation with the evaluator's score `hasil`: it is kept and locked.
    Refused while a criterion has no evaluator answer."""
    _terbuka(evaluasi)
    if hasil.belum_dijawab:
        raise LkeError(
            f"Masih ada {len(hasil.belum_dijawab)} kriteria tanpa jawaban evaluator "
            f"({', '.join(hasil.belum_dijawab[:5])}{' …' if len(hasil.belum_dijawab) > 5 else ''})."
        )
    simpan(
        pengguna,
        evaluasi,
        {
            "selesai": True,
            "diselesaikan_oleh_id": pengguna.pk if pengguna else None,
            "diselesaikan_pada": timezone.now(),
            "nilai_akhir": teks_nilai(hasil.nilai),
            "predikat_akhir": hasil.predikat,
        },
        uraian=f"Evaluasi LKE {evaluasi.tahun} diselesaikan",
        **_jejak(evaluasi),
    )


def tambah_kriteria_lokal(pengguna, pemda, subkomponen, uraian, skala, versi=VERSI_BAKU):
    """Add a local criterion after the last of `subkomponen` (numbers are never reused)."""
    b = berkas(versi)
    sub = next((s for k in b.lembar.komponen for s in k.subkomponen if s.kode == subkomponen), None)
    if sub is None:
        raise LkeError(f"Subkomponen {subkomponen} tidak ada pada lembar kerja.")
    if skala not in b.skala:
        raise LkeError(f"Skala '{skala}' tidak dikenal.")
    with transaction.atomic():
        terakhir = (
            KriteriaLokal.objects.select_for_update()
            .filter(pemda=pemda, versi=versi, subkomponen=subkomponen)
            .aggregate(n=Max("nomor"))["n"]
        )
        kriteria = KriteriaLokal(pemda=pemda, versi=versi, subkomponen=subkomponen)
        nomor = max(terakhir or 0, len(sub.kriteria)) + 1
        simpan(
            pengguna,
            kriteria,
            {"nomor": nomor, "uraian": uraian, "skala": skala},
            uraian=f"Kriteria lokal LKE {subkomponen}.{nomor}",
            opd=None,
            pemda=pemda,
        )
    return kriteria


def terima_saran(pengguna, evaluasi, lembar, saran, *, asal=None):
    """The evaluator accepts the suggestion `saran` (`sakip.lke.saran.Saran`): its answer
    and its explanation become the evaluator's answer and note, its links the criterion's
    evidence (those not there yet). Audited as any answer; False when nothing changed."""
    _terbuka(evaluasi)
    berubah = simpan_jawaban(
        pengguna,
        evaluasi,
        lembar,
        saran.kode,
        {
            "jawaban_evaluator": saran.jawaban,
            "catatan_evaluator": f"Sesuai saran dari data sakip: {saran.penjelasan}",
        },
        asal=asal,
    )
    jawaban = Jawaban.objects.get(evaluasi=evaluasi, kode=saran.kode)
    ada = set(jawaban.bukti_set.values_list("jenis", "rujukan"))
    for jenis, rujukan in saran.bukti:
        if (jenis, rujukan) not in ada:
            tambah_bukti(pengguna, evaluasi, saran.kode, jenis, rujukan)
            berubah = True
    return berubah


def tambah_rekomendasi(pengguna, evaluasi, kelemahan, uraian, penanggung_jawab, batas_waktu):
    """A new recommendation of the evaluation's report, numbered after the last."""
    for nama, teks in (("Kelemahan", kelemahan), ("Rekomendasi", uraian)):
        if not teks:
            raise LkeError(f"{nama} wajib diisi.")
        if alasan := kendali(teks):
            raise LkeError(f"{nama} {alasan}")
    if not penanggung_jawab or batas_waktu is None:
        raise LkeError("Penanggung jawab dan batas waktu wajib diisi.")
    with transaction.atomic():
        terakhir = (
            Rekomendasi.objects.select_for_update()
            .filter(evaluasi=evaluasi)
            .aggregate(n=Max("nomor"))["n"]
        )
        rekomendasi = Rekomendasi(evaluasi=evaluasi)
        nomor = (terakhir or 0) + 1
        simpan(
            pengguna,
            rekomendasi,
            {
                "nomor": nomor,
                "kelemahan": kelemahan,
                "uraian": uraian,
                "penanggung_jawab": penanggung_jawab,
                "batas_waktu": batas_waktu,
            },
            uraian=f"Rekomendasi LHE {evaluasi.tahun} nomor {nomor}",
            **_jejak(evaluasi),
        )
    return rekomendasi


def catat_tindak_lanjut(pengguna, rekomendasi, uraian, bukti=""):
    """The OPD's follow-up of an open recommendation; it then waits for the Inspektorat."""
    if not rekomendasi.terbuka:
        raise LkeError("Rekomendasi ini sudah dinyatakan selesai.")
    if not uraian:
        raise LkeError("Uraikan tindak lanjut yang dilakukan.")
    for teks in (uraian, bukti):
        if alasan := kendali(teks):
            raise LkeError(f"Tindak lanjut {alasan}")
    evaluasi = rekomendasi.evaluasi
    judul = f"Tindak lanjut rekomendasi {rekomendasi.nomor} LHE {evaluasi.tahun}"
    with transaction.atomic():
        simpan(
            pengguna,
            TindakLanjut(
                rekomendasi=rekomendasi,
                dicatat_oleh=pengguna if pengguna and pengguna.pk else None,
            ),
            {"uraian": uraian, "bukti": bukti},
            uraian=judul,
            **_jejak(evaluasi),
        )
        simpan(
            pengguna,
            rekomendasi,
            {"status": Rekomendasi.Status.DITINDAKLANJUTI},
            uraian=judul,
            **_jejak(evaluasi),
        )


def nilai_tindak_lanjut(pengguna, rekomendasi, selesai, catatan=""):
    """The Inspektorat's judgement of the follow-up: done (closed) or not yet (back to
    the OPD, with the reason in `catatan`)."""
    if not rekomendasi.terbuka:
        raise LkeError("Rekomendasi ini sudah dinyatakan selesai.")
    if not rekomendasi.tindak_lanjut_set.exists():
        raise LkeError("OPD belum mencatat tindak lanjut rekomendasi ini.")
    if not selesai and not catatan:
        raise LkeError("Tuliskan mengapa tindak lanjut belum memadai.")
    if alasan := kendali(catatan):
        raise LkeError(f"Catatan {alasan}")
    simpan(
        pengguna,
        rekomendasi,
        {
            "status": Rekomendasi.Status.SELESAI if selesai else Rekomendasi.Status.BELUM,
            "catatan_inspektorat": catatan,
        },
        uraian=f"Penilaian tindak lanjut rekomendasi {rekomendasi.nomor} "
        f"LHE {rekomendasi.evaluasi.tahun}",
        opd=rekomendasi.evaluasi.opd,
    )
