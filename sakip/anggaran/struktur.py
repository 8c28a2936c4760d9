"""Entering an OPD's budget for a year line by line: program (tingkat 3), kegiatan (4) and
sub kegiatan (5), with pagu, output indicator and linked sasaran on sub kegiatan. Each
saved or deleted line leaves one `Jejak` (`sakip.jejak.catat`).

Codes are checked by the same rules as an import (`kinerja.anggaran`: form, level, parent,
duplicates, mixed formats; the Pemda's Nomenklatur). Who may change what is decided by the
caller (`akses.periksa_isi`: the structure, pagu and output targets belong to the year's
Perjanjian Kinerja, the output realisation to Triwulan IV)."""

from sakip.jejak.catat import nilai_objek, simpan
from sakip.jejak.terkait import data_terkait, hapus_bila_bebas
from sakip.kinerja.anggaran import KodeError, Tingkat, parse_kode, periksa_kode, salah_letak
from sakip.perencanaan.models import Sasaran
from sakip.perencanaan.pohon import periode_berlaku

from .aturan import kode_di_luar_daftar
from .models import ProgramKegiatan

SUB = ProgramKegiatan.Tingkat.SUB_KEGIATAN
BIDANG_BARIS = ["opd_id", "tahun", "tingkat", "induk_id", "kode", "nama", "urutan"]
BIDANG_SUB = ["pagu", "pagu_perubahan", "keluaran", "satuan_keluaran", "target_keluaran"]
BIDANG_REALISASI_KELUARAN = ["realisasi_keluaran"]
# Many-to-many links kept in the same trail record, by the linked objects' id.
TAUTAN = "sasaran"


def bidang(pos):
    """The fields of a line that its form sets (the structure, held by the PK)."""
    return BIDANG_BARIS + (BIDANG_SUB if pos.tingkat == SUB else [])


def uraian(pos):
    return f"{Tingkat(pos.tingkat).label.capitalize()} {pos.kode} anggaran {pos.tahun}"


def asal_baris(pos):
    """What the line form shows, for optimistic locking (None for a new line)."""
    if not pos.pk:
        return None
    asal = nilai_objek(pos, bidang(pos))
    if pos.tingkat == SUB:
        asal[TAUTAN] = sorted(str(pk) for pk in pos.sasaran.values_list("pk", flat=True))
    return asal


def sasaran_pilihan(opd, tahun, pos=None):
    """Sasaran a sub kegiatan may support: those of the OPD's Renstra in force in `tahun`,
    plus any it is already linked to (so that saving does not drop them unseen)."""
    qs = Sasaran.objects.filter(tujuan__periode__in=periode_berlaku(opd, tahun))
    if pos is not None and pos.pk:
        qs = qs | Sasaran.objects.filter(program_kegiatan_set=pos)
    return (
        qs.select_related("tujuan__periode")
        .distinct()
        .order_by("tujuan__periode__tahun_awal", "tujuan__urutan", "urutan", "id")
    )


def masalah_kode(pos, kode, nama, induk):
    """Problems (Indonesian) of giving line `pos` the code `kode` under `induk`: the code's
    own form and level, its parent, and what it would add to the problems of the OPD-year's
    list of codes (duplicates, orphaned children, mixed sub kegiatan formats) or against
    the Pemda's Nomenklatur."""
    try:
        k = parse_kode(kode)
    except KodeError as e:
        return [str(e)]
    if salah := salah_letak(k, pos.tingkat, induk.kode if induk else None):
        return [salah]
    lain = [
        (p.kode, p.nama)
        for p in ProgramKegiatan.objects.filter(opd=pos.opd, tahun=pos.tahun).exclude(pk=pos.pk)
    ]
    sudah = set(periksa_kode(lain + ([(pos.kode, pos.nama)] if pos.pk else [])))
    masalah = [m for m in periksa_kode([*lain, (k.teks, nama)]) if m not in sudah]
    daftar = set(pos.opd.pemda.nomenklatur_set.values_list("kode", flat=True))
    if daftar:
        tempat = Tingkat(pos.tingkat).label.capitalize()
        masalah += kode_di_luar_daftar([(k.teks, nama, tempat)], daftar)
    return masalah


def simpan_baris(pengguna, pos, nilai, sasaran=(), asal=None):
    """Save a line (new or changed) with one audit record; `sasaran` only for a sub
    kegiatan. Returns False when nothing changed."""
    nilai = {"opd_id": pos.opd_id, "tahun": pos.tahun, "tingkat": pos.tingkat, **nilai}
    baru = ProgramKegiatan(**{b: v for b, v in nilai.items() if b in BIDANG_BARIS})
    tautan = {TAUTAN: (list(sasaran), "pk")} if pos.tingkat == SUB else None
    return simpan(pengguna, pos, nilai, uraian=uraian(baru), opd=pos.opd, asal=asal, tautan=tautan)


def simpan_realisasi_keluaran(pengguna, sub, nilai, asal=None):
    return simpan(
        pengguna,
        sub,
        {"realisasi_keluaran": nilai},
        uraian=f"Realisasi keluaran {uraian(sub).lower()}",
        opd=sub.opd,
        asal=asal,
    )


def terkait_baris(pos):
    """What holds a line: lines under it, realisation recorded against it. Its sasaran
    links go with it (kept in the trail record)."""
    nama = {}
    if pos.tingkat < SUB:
        nama[ProgramKegiatan] = f"{Tingkat(pos.tingkat + 1).label} di bawahnya"
    terkait = data_terkait(pos, kecuali=(TAUTAN,), nama=nama)
    if pos.realisasi_keluaran is not None:
        terkait.append("realisasi keluaran")
    return terkait


def hapus_baris(pengguna, pos, asal=None):
    """Delete a line with one audit record; refused (`TidakBolehDihapus`) while it has
    children or recorded realisation."""
    hapus_bila_bebas(
        pengguna,
        pos,
        bidang(pos),
        uraian=uraian,
        terkait=terkait_baris,
        opd=pos.opd,
        asal=asal,
        tautan={TAUTAN: "pk"} if pos.tingkat == SUB else None,
    )
