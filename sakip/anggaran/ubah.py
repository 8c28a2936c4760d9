"""The audited writes of the budget: an OPD's lines of a year (program, tingkat 3; kegiatan,
4; sub kegiatan, 5, with pagu, output indicator and linked sasaran), a sub kegiatan's output
realisation, and a quarter's financial and physical realisation. Each saved or deleted
record leaves one `Jejak` (`sakip.jejak.catat`), and the values the form showed (`asal_*`)
make a change saved meanwhile a `Konflik`.

What may be saved is checked by the forms with `aturan` (codes by the same rules as an
import; spending within the budget; months not overlapping). Who may change what is decided
by the caller (`akses.periksa_isi`: the structure, pagu and output targets belong to the
year's Perjanjian Kinerja, a quarter's realisation to its quarter, the output realisation to
Triwulan IV)."""

from django.db import transaction

from sakip.jejak.catat import asal_bagian, nilai_objek, simpan, teks_nilai
from sakip.jejak.terkait import data_terkait, hapus_bila_bebas
from sakip.kinerja.anggaran import Tingkat
from sakip.kinerja.triwulan import nama_triwulan

from .aturan import bulan_triwulan
from .models import ProgramKegiatan, RealisasiFisik, RealisasiKeuangan

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
    # Every level may deliver a sasaran (a programme a sasaran program, linked on the
    # plan's entry page); only a sub kegiatan's form sets its links.
    asal[TAUTAN] = sorted(str(pk) for pk in pos.sasaran.values_list("pk", flat=True))
    return asal


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
        tautan={TAUTAN: "pk"},
    )


# A quarter's realisation.


def _keuangan(sub, triwulan):
    awal, akhir = bulan_triwulan(triwulan)
    return RealisasiKeuangan.objects.filter(
        sub_kegiatan=sub, bulan_awal=awal, bulan_akhir=akhir
    ).first() or RealisasiKeuangan(sub_kegiatan=sub, bulan_awal=awal, bulan_akhir=akhir)


def _fisik(sub, triwulan):
    return RealisasiFisik.objects.filter(
        sub_kegiatan=sub, triwulan=triwulan
    ).first() or RealisasiFisik(sub_kegiatan=sub, triwulan=triwulan)


def asal_realisasi(sub):
    """What the realisation form stands on, per quarter ("1".."4"): the stored money and
    physical progress of that quarter (None when not recorded), for optimistic locking.
    Two queries: the sub kegiatan's entries are read once, not per quarter."""
    keuangan = {}
    for r in sub.realisasi_keuangan_set.all():
        keuangan.setdefault((r.bulan_awal, r.bulan_akhir), r.nilai)  # first, as `_keuangan`
    fisik = {f.triwulan: f.persen for f in sub.realisasi_fisik_set.all()}
    return {
        str(q): {
            "nilai": teks_nilai(keuangan.get(bulan_triwulan(q))),
            "persen": teks_nilai(fisik.get(q)),
        }
        for q in range(1, 5)
    }


@transaction.atomic
def catat_realisasi(pengguna, sub, triwulan, keuangan, fisik, asal=None):
    """Record the quarter's money and physical progress, one audit record per change.
    `asal` is `asal_realisasi` as the form showed it; a change since raises `Konflik` and
    nothing is written."""
    uraian = f"{sub.kode} {nama_triwulan(triwulan)} {sub.tahun}"
    semula = asal_bagian(asal, str(triwulan), f"Realisasi {uraian}")
    simpan(
        pengguna,
        _keuangan(sub, triwulan),
        {"nilai": keuangan},
        uraian=f"Realisasi keuangan {uraian}",
        opd=sub.opd,
        asal=None if semula is None else {"nilai": semula.get("nilai")},
    )
    simpan(
        pengguna,
        _fisik(sub, triwulan),
        {"persen": fisik},
        uraian=f"Realisasi fisik {uraian}",
        opd=sub.opd,
        asal=None if semula is None else {"persen": semula.get("persen")},
    )
