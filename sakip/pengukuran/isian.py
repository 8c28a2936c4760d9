"""Entering a quarter's measured values: the data variables the OPD's formulas read and
the realisations of indicators measured directly. Every cell changed is saved with one
audit record; a cell someone else changed since the form was shown refuses the save."""

from dataclasses import dataclass

from sakip.jejak.catat import hapus, simpan
from sakip.perencanaan.models import Indikator
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, tujuan_lengkap

from .hitung import nama_rumus
from .models import NilaiVariabel, Realisasi, Variabel
from .tersimpan import tunda


@dataclass
class Isian:
    """One input of the quarter form."""

    kunci: str  # form field name: "v<variabel id>" or "r<indikator id>"
    label: str
    satuan: str
    indikator: Indikator
    tersimpan: NilaiVariabel | Realisasi | None
    variabel: Variabel | None = None

    @property
    def nilai(self):
        return self.tersimpan.nilai if self.tersimpan else None


def isian_triwulan(opd, tahun, triwulan):
    """The inputs for the OPD's indicators in force in `tahun`, in plan order. A variable
    read by several indicators appears once; Pemda-owned variables and composite or
    qualitative indicators are not entered here."""
    indikator = [
        ind
        for p in periode_berlaku(opd, tahun)
        for _, _, ind in indikator_pohon(tujuan_lengkap(p))
        if ind.jenis != Indikator.Jenis.KUALITATIF
    ]
    bergabung = set(
        Indikator.komponen.through.objects.filter(from_indikator__in=indikator).values_list(
            "from_indikator_id", flat=True
        )
    )
    variabel = {v.kode: v for v in Variabel.objects.filter(opd=opd)}
    nilai_var = {
        n.variabel_id: n
        for n in NilaiVariabel.objects.filter(variabel__opd=opd, tahun=tahun, triwulan=triwulan)
    }
    realisasi = {
        r.indikator_id: r
        for r in Realisasi.objects.filter(indikator__in=indikator, tahun=tahun, triwulan=triwulan)
    }
    hasil, sudah = [], set()
    for ind in indikator:
        if ind.pk in bergabung:
            continue
        if not ind.rumus:
            hasil.append(Isian(f"r{ind.pk}", ind.nama, ind.satuan, ind, realisasi.get(ind.pk)))
            continue
        for kode in sorted(nama_rumus(ind.rumus)):
            v = variabel.get(kode)
            if v and v.pk not in sudah:
                sudah.add(v.pk)
                hasil.append(Isian(f"v{v.pk}", v.nama, v.satuan, ind, nilai_var.get(v.pk), v))
    return hasil


@tunda()
def simpan_triwulan(pengguna, opd, tahun, triwulan, perubahan):
    """`perubahan` is [(isian, value shown, new value or None)] for the cells the user
    changed; an empty cell deletes the value. Raises `Konflik` (and stores nothing) when
    any of them changed since the form was shown. One transaction; the stored results
    are invalidated once, at its end."""
    for isian, asal, baru in perubahan:
        uraian = f"{isian.label} {tahun}" + (f" TW{triwulan}" if triwulan else "")
        if isian.variabel:
            Model, induk = NilaiVariabel, {"variabel": isian.variabel}
        else:
            Model, induk = Realisasi, {"indikator": isian.indikator}
        # Read again inside the transaction: another save may have created it meanwhile.
        obj = Model.objects.filter(**induk, tahun=tahun, triwulan=triwulan).first()
        asal = {"nilai": asal}
        if baru is not None:
            obj = obj or Model(**induk, tahun=tahun, triwulan=triwulan)
            simpan(pengguna, obj, {"nilai": baru}, uraian=uraian, opd=opd, asal=asal)
        elif obj:
            hapus(pengguna, obj, ["nilai"], uraian=uraian, opd=opd, asal=asal)
