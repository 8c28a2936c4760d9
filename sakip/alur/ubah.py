"""The audited writes of the workflow: taking a step on a document (`jalankan`, under
`select_for_update`, one audit record, a mail to whoever takes the next step) and setting
a Pemda's quarterly filling windows (`atur_jendela`, one record per window changed). The
steps themselves, who may take them and from which states, are data in `langkah.LANGKAH`."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.akun.akses import (
    alasan_pemisahan_tugas,
    boleh_kelola_pemda,
    tolak_bila,
    tolak_kecuali,
)
from sakip.jejak.catat import asal_bagian, hapus, nilai_objek, rekam, simpan
from sakip.jejak.models import Jejak
from sakip.kinerja.triwulan import nama_triwulan
from sakip.pengukuran.pk import tetapkan_pk_bila_belum

from .hitung import jendela_tahun
from .langkah import LANGKAH
from .models import (
    TAHAP_TERBUKA,
    Dokumen,
    DokumenPemda,
    JendelaPengisian,
    StatusDokumen,
    StatusDokumenPemda,
    Tahap,
)
from .sinyal import dokumen_pemda_berubah, tahap_berubah
from .surel import kabari_langkah

BIDANG = ["mulai", "selesai"]


def asal_jendela(ada):
    """What the page shows of `jendela_tahun`, per quarter ("1".."4"), for optimistic
    locking."""
    return {str(t): nilai_objek(j, BIDANG) if j else dict.fromkeys(BIDANG) for t, j in ada.items()}


@transaction.atomic
def atur_jendela(pengguna, pemda, tahun, tanggal, asal=None):
    """`tanggal` is {triwulan: (mulai, selesai) or (None, None)}; each change is audited.
    `asal` is `asal_jendela` as the page showed it: a window changed since is a `Konflik`."""
    ada = jendela_tahun(pemda, tahun)  # read once: each turn changes only its own quarter
    for triwulan, (mulai, selesai) in tanggal.items():
        jendela = ada[triwulan]
        uraian = f"Jendela pengisian {nama_triwulan(triwulan)} {tahun}"
        semula = asal_bagian(asal, str(triwulan), uraian)
        if mulai is None:
            if jendela:
                hapus(pengguna, jendela, BIDANG, uraian=uraian, opd=None, pemda=pemda, asal=semula)
            continue
        jendela = jendela or JendelaPengisian(pemda=pemda, tahun=tahun, triwulan=triwulan)
        simpan(
            pengguna,
            jendela,
            {"mulai": mulai, "selesai": selesai},
            uraian=uraian,
            opd=None,
            pemda=pemda,
            asal=semula,
        )


def _catat_pelaku(status, user, ke):
    """Keep who submitted and who verified the document as it now stands."""
    if ke == Tahap.DIAJUKAN:
        status.diajukan_oleh, status.diverifikasi_oleh = user, None
    elif ke == Tahap.DIVERIFIKASI:
        status.diverifikasi_oleh = user
    elif ke in TAHAP_TERBUKA:
        # Back with the operator: the next submission starts the duties afresh.
        status.diajukan_oleh = status.diverifikasi_oleh = None
        status.alasan_kekurangan = ""


@transaction.atomic
def jalankan(user, opd, tahun, dokumen, nama, alasan=""):
    """Take step `nama`; PermissionDenied when the user may not, ValidationError when the
    document is not in a state the step starts from or a required reason is missing (a
    submission needs one while its data has gaps, `kelengkapan.kekurangan`)."""
    langkah = LANGKAH.get(nama)
    tolak_kecuali(
        langkah is not None and langkah.boleh(user, opd),
        "Anda tidak berwenang melakukan langkah ini.",
    )
    dokumen = Dokumen(dokumen)
    status, _ = StatusDokumen.objects.select_for_update().get_or_create(
        opd=opd, tahun=tahun, dokumen=dokumen
    )
    tolak_bila(alasan_pemisahan_tugas(user, status, nama))
    lama = Tahap(status.tahap)
    if lama not in langkah.dari:
        raise ValidationError(
            f"{dokumen.label} {tahun} berstatus {lama.label}; langkah "
            f"'{langkah.label}' tidak dapat dilakukan."
        )
    if langkah.syarat and (tertahan := langkah.syarat(opd, tahun, dokumen)):
        raise ValidationError(tertahan)
    alasan = alasan.strip()
    if langkah.perlu_alasan and not alasan:
        raise ValidationError(f"Langkah '{langkah.label}' memerlukan alasan.")
    # Counted again now, whatever the page showed when it was opened.
    kurang = langkah.kekurangan(opd, tahun, dokumen) if langkah.kekurangan else []
    if kurang and not alasan:
        raise ValidationError(
            f"{dokumen.label} {tahun} masih memiliki {len(kurang)} kekurangan. Tuliskan "
            f"alasan mengajukannya sebelum lengkap, atau lengkapi datanya dahulu."
        )
    status.tahap, status.alasan = langkah.ke, alasan
    if langkah.kekurangan:
        # The reason to submit with gaps stays with the document until it comes back.
        status.alasan, status.alasan_kekurangan = "", alasan if kurang else ""
    _catat_pelaku(status, user, langkah.ke)
    status.save()
    rekam(
        user,
        Jejak.Tindakan.ALUR,
        "status dokumen",
        f"{dokumen.label} {tahun}: {lama.label} → {langkah.ke.label}"
        + (f", dengan {len(kurang)} kekurangan" if kurang else ""),
        opd=opd,
        objek_id=str(status.pk),
        lama={"tahap": lama.value},
        baru={"tahap": langkah.ke.value},
        alasan=alasan,
    )
    if dokumen == Dokumen.PK and langkah.ke == Tahap.DISETUJUI:
        tetapkan_pk_bila_belum(user, opd, tahun)
    tahap_berubah.send(StatusDokumen, status=status, lama=lama)
    kabari_langkah(user, opd, status, nama, alasan)
    return status


# The steps of a Pemda document: (the stages it may be taken from, the stage it goes to).
LANGKAH_PEMDA = {
    "ajukan": ((Tahap.DRAF,), Tahap.DIAJUKAN),
    "setujui": ((Tahap.DIAJUKAN,), Tahap.DISETUJUI),
    "buka": ((Tahap.DIAJUKAN, Tahap.DISETUJUI), Tahap.DRAF),
}


@transaction.atomic
def langkah_pemda(user, pemda, tahun, dokumen, langkah, berkas=None, alasan=""):
    """Take `langkah` on a Pemda document: an Admin Pemda submits it ("ajukan"), another
    Admin Pemda approves it ("setujui", with `berkas`, {format: bytes} of the document as
    approved: never the one who submitted it) or either sends it back to draft ("buka",
    from submitted or approved, with a reason). One audit record; the portal learns
    through `dokumen_pemda_berubah`."""
    tolak_kecuali(
        boleh_kelola_pemda(user, pemda), "Hanya Admin Pemda yang dapat mengelola dokumen Pemda."
    )
    dokumen = DokumenPemda(dokumen)
    status, _ = StatusDokumenPemda.objects.select_for_update().get_or_create(
        pemda=pemda, tahun=tahun, dokumen=dokumen
    )
    lama = Tahap(status.tahap)
    dari, ke = LANGKAH_PEMDA[langkah]
    if lama not in dari:
        raise ValidationError(
            f"{dokumen.label} {tahun} berstatus {lama.label}; langkah ini tidak dapat dilakukan."
        )
    tolak_bila(alasan_pemisahan_tugas(user, status, langkah))
    alasan = alasan.strip()
    if ke == Tahap.DRAF and not alasan:
        raise ValidationError("Mengembalikan dokumen ke draf memerlukan alasan.")
    berkas = berkas or {}
    status.tahap = ke
    if langkah == "ajukan":
        status.diajukan_oleh = user
    elif ke == Tahap.DRAF:
        status.diajukan_oleh = None
    status.tanggal = timezone.localdate() if berkas else None
    status.disetujui_oleh = user if berkas else None
    status.docx, status.pdf, status.xlsx = (berkas.get(f) for f in ("docx", "pdf", "xlsx"))
    status.save()
    rekam(
        user,
        Jejak.Tindakan.ALUR,
        "status dokumen Pemda",
        f"{dokumen.label} {tahun}: {lama.label} → {ke.label}",
        pemda=pemda,
        objek_id=str(status.pk),
        lama={"tahap": lama.value},
        baru={"tahap": ke.value},
        alasan=alasan,
    )
    if Tahap.DISETUJUI in (lama, ke):
        dokumen_pemda_berubah.send(StatusDokumenPemda, pemda_id=pemda.pk)
    return status
