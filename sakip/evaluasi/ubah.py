"""What the review page writes: uploaded documents, accepted findings and the reviewer's
conclusion, each through `jejak.catat.simpan` (one audit record with the old and new
values; the callers checked the permission)."""

from django.db import transaction

from sakip.jejak.catat import simpan
from sakip.kinerja.reviu import akibat_dari

from .models import DokumenReviu, SimpulanReviu, Tanggapan
from .reviu_dokumen import ke_json

BIDANG_SIMPULAN = ["teks", "oleh_id"]


def simpan_dokumen(pengguna, opd, tahun, berkas, hasil):
    """Store an uploaded document (under a random name, see models) for review, with the
    result of its review (`reviu_dokumen.reviu_berkas`); the audit record names the file."""
    nama = berkas.name[:255]
    dok = DokumenReviu(opd=opd, diunggah_oleh=pengguna, berkas=berkas, hasil=ke_json(hasil))
    try:
        simpan(
            pengguna,
            dok,
            {"tahun": tahun, "nama_asli": nama},
            uraian=f"Dokumen reviu {nama} {tahun}",
            opd=opd,
        )
    except BaseException:
        # The file was written before the database refused the record: remove it.
        if dok.berkas.name and dok.berkas.name.startswith("reviu/"):
            dok.berkas.storage.delete(dok.berkas.name)
        raise
    return dok


def terima_temuan(pengguna, opd, tahun, aturan, lokasi, alasan):
    """Accept a finding with the reason. The page offers this only for a finding nobody
    accepted yet, so an acceptance saved meanwhile is a `Konflik`, never overwritten."""
    kunci = {"opd": opd, "tahun": tahun, "aturan": aturan, "lokasi": lokasi}
    tanggapan = Tanggapan.objects.filter(**kunci).first() or Tanggapan(**kunci, oleh=pengguna)
    nilai = {"aturan": aturan, "lokasi": lokasi, "alasan": alasan}
    simpan(
        pengguna,
        tanggapan,
        nilai,
        uraian=f"Tanggapan temuan {aturan} ({lokasi}) {tahun}",
        opd=opd,
        asal=dict.fromkeys(nilai),
    )


@transaction.atomic
def terima_semua(pengguna, opd, tahun, aturan, daftar_lokasi, alasan, daftar=()):
    """Accept the findings of rule `aturan` at each of `daftar_lokasi` (a group the page
    showed) with one reason, and with them their open consequences in `daftar` (the
    review's [(finding, acceptance or None)], `akibat_dari`), each with the reason naming
    its cause: one audit record each, all or none (an acceptance saved meanwhile refuses
    the lot). Returns how many findings and how many consequences were accepted."""
    for lokasi in daftar_lokasi:
        terima_temuan(pengguna, opd, tahun, aturan, lokasi, alasan)
    terbuka = {(t.aturan, t.lokasi) for t, tanggapan in daftar if tanggapan is None}
    akibat = [
        (t, sebab)
        for t, sebab in akibat_dari([t for t, _ in daftar], [(aturan, x) for x in daftar_lokasi])
        if (t.aturan, t.lokasi) in terbuka
    ]
    for t, sebab in akibat:
        terima_temuan(pengguna, opd, tahun, t.aturan, t.lokasi, alasan_akibat(sebab, alasan))
    return len(daftar_lokasi), len(akibat)


def alasan_akibat(sebab, alasan):
    """The reason a consequence is accepted with: its cause's, naming the cause."""
    return f"Akibat dari temuan {sebab.aturan} di {sebab.lokasi}: {alasan}"


def asal_simpulan(simpulan):
    """The values the conclusion form shows, for optimistic locking."""
    return {b: getattr(simpulan, b) if simpulan else None for b in BIDANG_SIMPULAN}


def simpan_simpulan(pengguna, opd, tahun, teks, asal):
    """Write the conclusion (the writer becomes its author); False when nothing changed."""
    simpulan = SimpulanReviu.objects.filter(opd=opd, tahun=tahun).first()
    return simpan(
        pengguna,
        simpulan or SimpulanReviu(opd=opd, tahun=tahun),
        {"teks": teks, "oleh_id": pengguna.pk},
        uraian=f"Simpulan reviu {tahun}",
        opd=opd,
        asal=asal,
    )
