"""The audited writes of measurement data: a quarter's entered values, data variables and
evidence files. Every record goes through `sakip.jejak.catat` (one audit record each, with
the old and new values); a record someone else changed since the page was shown refuses the
save (`Konflik`). Who may write is decided by the caller (`sakip.akun.akses`); what may not
change whatever the role is refused by `aturan` (`VariabelDitolak`) and `bukti` (`BuktiError`)."""

from django.db import transaction

from sakip.jejak.catat import Konflik, hapus, simpan
from sakip.kinerja.triwulan import nama_triwulan

from .aturan import VariabelDitolak, alasan_tidak_dihapus, periksa, uraian_variabel
from .bukti import nama_aman, periksa_berkas
from .models import BuktiDukung, NilaiVariabel, Realisasi, Variabel
from .tersimpan import tunda

# Quarterly values (the quarter entry page; `hitung.isian_triwulan` lists the inputs).


@tunda()
def simpan_triwulan(pengguna, opd, tahun, triwulan, perubahan):
    """`perubahan` is [(isian, value shown, new value or None)] for the cells the user
    changed; an empty cell deletes the value. Raises `Konflik` (and stores nothing) when
    any of them changed since the form was shown. One transaction; the stored results
    are invalidated once, at its end."""
    for isian, asal, baru in perubahan:
        uraian = f"{isian.label} {tahun}" + (f" {nama_triwulan(triwulan)}" if triwulan else "")
        if isian.variabel:
            Model, induk = NilaiVariabel, {"variabel": isian.variabel}
        else:
            Model, induk = Realisasi, {"indikator": isian.indikator}
        # Read again inside the transaction: another save may have created it meanwhile.
        obj = Model.objects.filter(**induk, tahun=tahun, triwulan=triwulan).first()
        if baru is not None:
            obj = obj or Model(**induk, tahun=tahun, triwulan=triwulan)
            simpan(pengguna, obj, {"nilai": baru}, uraian=uraian, opd=opd, asal={"nilai": asal})
        elif obj:
            # The deleted value's record keeps what it belonged to and its period, so the
            # trail lists it under its own document only (`alur.keputusan`).
            letak = {f"{k}_id": v.pk for k, v in induk.items()}
            letak |= {"tahun": tahun, "triwulan": triwulan}
            asal = letak | {"nilai": asal}
            hapus(pengguna, obj, list(asal), uraian=uraian, opd=opd, asal=asal)


# Data variables (`Variabel`) and their values.

BIDANG_VARIABEL = ["pemda_id", "opd_id", "kode", "nama", "satuan", "agregasi", "sumber"]

BIDANG_NILAI = ["variabel_id", "tahun", "triwulan", "nilai"]


def uraian_nilai(v, n):
    return f"Nilai {v.kode} {n.tahun}" + (f" {nama_triwulan(n.triwulan)}" if n.triwulan else "")


@transaction.atomic
def simpan_variabel(pengguna, v, nilai, asal=None):
    """Create or change `v` with `nilai` (kode, nama, satuan, agregasi, sumber) after
    `periksa` (raises `VariabelDitolak`); `Konflik` when `asal` is stale. Returns False
    when nothing changed."""
    tersimpan = Variabel.objects.select_for_update().get(pk=v.pk) if v.pk else v
    nilai = {"pemda_id": v.pemda_id, "opd_id": v.opd_id, **nilai}
    if galat := periksa(tersimpan, nilai):
        raise VariabelDitolak(galat)
    return simpan(
        pengguna,
        v,
        nilai,
        uraian=uraian_variabel(Variabel(**nilai)),
        opd=v.opd,
        pemda=v.pemda,
        asal=asal,
    )


@transaction.atomic
def hapus_variabel(pengguna, v, asal=None):
    """Delete `v` and its values: one trail record per value (its old value kept, the
    variable's deletion given as reason), then one for the variable. `asal` carries, besides
    the fields, `jumlah_nilai` shown on the confirmation page: values added meanwhile make
    it a `Konflik` rather than being deleted unseen. Raises `VariabelDitolak` when refused."""
    # Only the variable's row is locked (PostgreSQL cannot lock the nullable OPD join).
    v = Variabel.objects.select_for_update(of=("self",)).select_related("opd", "pemda").get(pk=v.pk)
    if alasan := alasan_tidak_dihapus(v):
        raise VariabelDitolak({None: alasan})
    uraian = uraian_variabel(v)
    nilai = list(v.nilai_set.all())
    if asal is not None and asal.get("jumlah_nilai") != len(nilai):
        raise Konflik(
            f"Nilai {uraian} telah berubah sejak halaman ini dibuka. "
            "Muat ulang halaman untuk melihat jumlah nilai terbaru."
        )
    for n in nilai:
        hapus(
            pengguna,
            n,
            BIDANG_NILAI,
            uraian=uraian_nilai(v, n),
            opd=v.opd,
            pemda=v.pemda,
            alasan=f"{uraian} dihapus beserta nilainya.",
        )
    hapus(pengguna, v, BIDANG_VARIABEL, uraian=uraian, opd=v.opd, pemda=v.pemda, asal=asal)


# Evidence files (`BuktiDukung`); the file itself is checked by `bukti.periksa_berkas`.

# Fields kept in the audit trail.
BIDANG_BUKTI = [
    "indikator_id",
    "tahun",
    "triwulan",
    "nama_asli",
    "keterangan",
    "jenis_isi",
    "ukuran",
]


def unggah_bukti(pengguna, indikator, tahun, triwulan, berkas, *, opd, keterangan=""):
    """Store a checked file and write one audit record (caller checked the permission)."""
    jenis = periksa_berkas(berkas)
    bukti = BuktiDukung(indikator=indikator, diunggah_oleh=pengguna, jenis_isi=jenis)
    bukti.berkas = berkas
    uraian = f"Bukti dukung {indikator.nama} {tahun} {nama_triwulan(triwulan)}"
    try:
        with transaction.atomic():
            simpan(
                pengguna,
                bukti,
                {
                    "indikator_id": indikator.pk,
                    "tahun": tahun,
                    "triwulan": triwulan,
                    "nama_asli": nama_aman(berkas.name),
                    "keterangan": keterangan,
                    "jenis_isi": jenis,
                    "ukuran": berkas.size,
                },
                uraian=uraian,
                opd=opd,
            )
    except BaseException:
        # The file was written before the database refused the record: remove it.
        if bukti.berkas.name and bukti.berkas.name.startswith("bukti/"):
            bukti.berkas.storage.delete(bukti.berkas.name)
        raise
    return bukti


def hapus_bukti(pengguna, bukti, *, opd):
    nama, storage = bukti.berkas.name, bukti.berkas.storage
    periode = f"{bukti.tahun} {nama_triwulan(bukti.triwulan)}"
    with transaction.atomic():
        hapus(
            pengguna,
            bukti,
            BIDANG_BUKTI,
            uraian=f"Bukti dukung {bukti.indikator.nama} {periode}",
            opd=opd,
        )
        transaction.on_commit(lambda: storage.delete(nama))
