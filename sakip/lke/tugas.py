"""The LKE recommendations waiting for someone, for the to-do list (`sakip.alur.tugas`):
the OPD's staff see those waiting for their follow-up, the Inspektorat those whose
follow-up waits for its judgement."""

from django.urls import reverse

from sakip.akun.akses import boleh_evaluasi_lke, boleh_jawab_lke, opd_terlihat
from sakip.alur.kunci import tanggal
from sakip.alur.tugas import Tugas

from .models import Rekomendasi

MENUNGGU_OPD = (Rekomendasi.Status.TERBUKA, Rekomendasi.Status.BELUM)


def tugas_rekomendasi(user, hari_ini):
    hasil = []
    terbuka = (
        Rekomendasi.objects.filter(evaluasi__opd__in=opd_terlihat(user))
        .exclude(status=Rekomendasi.Status.SELESAI)
        .select_related("evaluasi__opd__pemda")
        .order_by("batas_waktu", "id")
    )
    for r in terbuka:
        opd, tahun = r.evaluasi.opd, r.evaluasi.tahun
        if r.status in MENUNGGU_OPD and boleh_jawab_lke(user, opd):
            lewat = " (lewat batas waktu)" if r.batas_waktu < hari_ini else ""
            uraian = f"catat tindak lanjut sampai {tanggal(r.batas_waktu)}{lewat}"
        elif r.status == Rekomendasi.Status.DITINDAKLANJUTI and boleh_evaluasi_lke(user, opd):
            uraian = "nilai tindak lanjut OPD"
        else:
            continue
        hasil.append(
            Tugas(
                opd,
                tahun,
                None,
                uraian,
                judul=f"Rekomendasi {r.nomor} LHE {tahun}",
                alamat=reverse("lhe", args=[opd.slug, tahun]) + f"#rekomendasi-{r.nomor}",
            )
        )
    return hasil
