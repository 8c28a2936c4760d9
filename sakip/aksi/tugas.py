"""The to-do entries of the Rencana Aksi (`alur.tugas.PENYEDIA`): an official who fills their
own actions (`akses.pejabat_pengisi`) is asked to report those of a quarter whose filling
window is open today and whose reports are not locked: their actions planned in that
quarter or before, not finished by the quarter before, with no report for it yet."""

from django.urls import reverse

from sakip.akun.akses import alasan_tidak_boleh_ubah_aksi, pejabat_pengisi
from sakip.alur.kunci import tanggal
from sakip.alur.models import JendelaPengisian
from sakip.alur.tugas import Tugas
from sakip.kinerja.aksi import StatusAksi, status_pada
from sakip.kinerja.triwulan import nama_triwulan

from .models import Aksi


def tugas_laporan_aksi(user, hari_ini):
    pejabat = getattr(user, "pejabat", None) if user.is_authenticated else None
    if pejabat is None or pejabat_pengisi(user, pejabat.opd) is None:
        return []
    opd = pejabat.opd
    hasil = []
    for j in JendelaPengisian.objects.filter(
        pemda=opd.pemda_id, mulai__lte=hari_ini, selesai__gte=hari_ini
    ).order_by("tahun", "triwulan"):
        if alasan_tidak_boleh_ubah_aksi(user, opd, j.tahun, j.triwulan, [pejabat.pk]):
            continue
        aksi = Aksi.objects.filter(
            opd=opd, tahun=j.tahun, penanggung_jawab=pejabat, triwulan__lte=j.triwulan
        ).prefetch_related("laporan_set")
        belum = 0
        for a in aksi:
            laporan = {lap.triwulan: lap.status for lap in a.laporan_set.all()}
            sebelumnya = status_pada(laporan, j.triwulan - 1)
            if j.triwulan not in laporan and sebelumnya != StatusAksi.SELESAI:
                belum += 1
        if belum:
            hasil.append(
                Tugas(
                    opd,
                    j.tahun,
                    None,
                    f"{belum} aksi Anda belum dilaporkan; isi sampai {tanggal(j.selesai)}",
                    judul=f"Laporkan rencana aksi {nama_triwulan(j.triwulan)} {j.tahun}",
                    alamat=reverse("rencana-aksi", args=[opd.slug, j.tahun]),
                )
            )
    return hasil
