"""What waits for a user: documents waiting for a step they may take (`langkah.DITUNGGU`:
the Admin Pemda verifies, the Kepala OPD approves, the operator submits again), and quarters
whose filling window is open for the OPD they operate; then what the apps above register
(`PENYEDIA`: the LKE recommendations waiting for a follow-up or a judgement). Crosscutting
proposals waiting for the partner OPD's decision are read here (the plan is a floor below)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from sakip.akun.akses import alasan_tidak_boleh_putus_lintas, boleh_ubah_data_opd, opd_terlihat
from sakip.perencanaan.lintas import menunggu

from .kunci import tanggal
from .langkah import DITUNGGU, langkah_tersedia
from .models import Dokumen, JendelaPengisian, StatusDokumen, Tahap


@dataclass
class Tugas:
    """A workflow document waiting, or (`dokumen` None) another app's work with its own
    title and address."""

    opd: object
    tahun: int
    dokumen: Dokumen | None
    uraian: str
    judul: str = ""
    alamat: str = ""


# Functions (user, today) -> [Tugas] of the apps above this floor, registered in their
# AppConfig.ready: the workflow cannot import them.
PENYEDIA: list[Callable[[object, object], list[Tugas]]] = []


def tugas(user, hari_ini=None):
    opd = opd_terlihat(user).select_related("pemda")
    hasil = []
    menunggu = StatusDokumen.objects.filter(opd__in=opd, tahap__in=list(DITUNGGU)).select_related(
        "opd__pemda"
    )
    for s in menunggu:
        langkah = langkah_tersedia(user, s.opd, Tahap(s.tahap), s)
        if DITUNGGU[Tahap(s.tahap)] in dict(langkah):
            pilihan = " atau ".join(lk.label.lower() for _, lk in langkah)
            keadaan = s.get_tahap_display()
            if s.alasan_kekurangan:
                keadaan += (
                    " dengan kekurangan"
                    if s.tahap == Tahap.DIAJUKAN
                    else " (diajukan dengan kekurangan)"
                )
            elif s.alasan:
                keadaan += f" (alasan: {s.alasan})"
            hasil.append(Tugas(s.opd, s.tahun, Dokumen(s.dokumen), f"{keadaan}: {pilihan}"))
    hari_ini = hari_ini or timezone.localdate()
    operator = [o for o in opd if boleh_ubah_data_opd(user, o)]
    terbuka = JendelaPengisian.objects.filter(
        pemda__in={o.pemda_id for o in operator}, mulai__lte=hari_ini, selesai__gte=hari_ini
    )
    sudah = {(s.opd_id, s.tahun, s.dokumen) for s in menunggu} | set(
        StatusDokumen.objects.filter(opd__in=operator, tahap=Tahap.DISETUJUI).values_list(
            "opd_id", "tahun", "dokumen"
        )
    )
    for j in terbuka:
        dokumen = Dokumen(f"tw{j.triwulan}")
        for o in operator:
            if o.pemda_id == j.pemda_id and (o.pk, j.tahun, dokumen.value) not in sudah:
                hasil.append(
                    Tugas(o, j.tahun, dokumen, f"Isi dan ajukan sampai {tanggal(j.selesai)}")
                )
    hasil.extend(_lintas(user, opd))
    for penyedia in PENYEDIA:
        hasil.extend(penyedia(user, hari_ini))
    return hasil


def _lintas(user, opd):
    """Crosscutting proposals waiting for a decision the user may take."""
    hasil = []
    for k in menunggu(opd):
        if alasan_tidak_boleh_putus_lintas(user, k) is None:
            hasil.append(
                Tugas(
                    k.opd_mitra,
                    k.diusulkan_pada.year,
                    None,
                    f"usulan {k.opd.singkatan or k.opd.nama}: terima atau tolak",
                    judul=f"Keterkaitan lintas OPD “{k.sasaran.nama[:60]}”",
                    alamat=reverse("lintas-rinci", args=[k.opd_mitra.slug, k.pk]),
                )
            )
    return hasil
