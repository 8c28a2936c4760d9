"""Recomputing every indicator-year of many OPD at once, without a query per row.

`hitung_opd` reads the inputs of a batch of OPD in a fixed number of queries, lines them
up as columns (one row per indicator and year of its plan period), and hands the columns
to the column engine (`sakip.kinerja.kolom`): formulas are compiled once per shape and
evaluated over all rows of that shape. Its results equal `DataKinerja.nilai` (the
per-indicator path) exactly, notes included; the agreement tests prove it on random data.

Rows the column engine leaves to the row-wise rules (missing data, zero divisors) are
computed with the same functions `DataKinerja` uses. Composite indicators are filled from
their components' rows; the rare one whose component lies outside the batch is computed by
`DataKinerja`.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from django.db.models import Q

from sakip.instansi.models import Pemda
from sakip.kinerja import kolom
from sakip.kinerja.predikat import skala
from sakip.perencanaan.models import Indikator, Target

from .hitung import (
    CATATAN_KUALITATIF,
    UKURAN_SIMPANAN_RUMUS,
    DataKinerja,
    catatan_lengkap,
    nama_variabel,
    realisasi_komponen,
    realisasi_rumus,
    rumus_tersimpan,
    target_komponen,
    variabel_berlaku,
)
from .models import NilaiVariabel, Realisasi, Variabel

_TAHUN = 10_000  # key = id × _TAHUN + year: one int64 per (id, year)


@dataclass
class HasilMassal:
    """One row per indicator and year; every attribute is a column of equal length."""

    indikator: np.ndarray
    tahun: np.ndarray
    target: np.ndarray
    target_atas: np.ndarray
    realisasi: np.ndarray
    sumber: np.ndarray
    capaian: np.ndarray
    tanpa_batas: np.ndarray
    catatan_capaian: np.ndarray
    predikat: np.ndarray
    catatan: np.ndarray

    def __len__(self):
        return len(self.indikator)


@lru_cache(maxsize=UKURAN_SIMPANAN_RUMUS)
def _bentuk(teks):
    return kolom.bentuk(rumus_tersimpan(teks))


class _Tabel:
    """Values keyed by (id, year), looked up for whole columns of keys at once."""

    def __init__(self, kunci, nilai):
        urut = np.argsort(kunci, kind="stable")
        self.kunci, self.nilai = kunci[urut], nilai[urut]

    def cari(self, kunci):
        hasil = kolom.kolom_kosong(len(kunci))
        if not len(self.kunci):
            return hasil
        pos = np.minimum(np.searchsorted(self.kunci, kunci), len(self.kunci) - 1)
        kena = self.kunci[pos] == kunci
        hasil[kena] = self.nilai[pos[kena]]
        return hasil


def _objek(nilai):
    hasil = np.empty(len(nilai), dtype=object)
    hasil[:] = nilai
    return hasil


def _tahunan(baris, cara_per_id):
    """Yearly values from rows (id, year, quarter, value): the annual entry, else the
    quarters aggregated by the id's Agregasi. Returns a _Tabel keyed by (id, year)."""
    if not baris:
        return _Tabel(np.zeros(0, np.int64), kolom.kolom_kosong(0))
    ids, tahun, tw, nilai = zip(*baris, strict=True)
    kunci = np.array(ids, np.int64) * _TAHUN + np.array(tahun, np.int64)
    unik, posisi = np.unique(kunci, return_inverse=True)
    tw = np.array(tw)
    nilai = _objek(nilai)
    per_tw = {}
    for q in range(5):
        k = kolom.kolom_kosong(len(unik))
        pilih = tw == q
        k[posisi[pilih]] = nilai[pilih]
        per_tw[q] = k
    cara = _objek([cara_per_id[i] for i in unik // _TAHUN])
    return _Tabel(unik, kolom.nilai_tahunan(per_tw[0], per_tw, cara))


def hitung_opd(opd_ids) -> HasilMassal:
    """Every indicator-year of the plans of these OPD (annual values)."""
    opd_ids = list(opd_ids)
    ind = list(
        Indikator.objects.filter(periode__opd__in=opd_ids)
        .order_by("id")
        .values_list(
            "id",
            "periode__tahun_awal",
            "periode__tahun_akhir",
            "periode__opd_id",
            "periode__pemda_id",
            "jenis",
            "polaritas",
            "rumus",
            "agregasi",
            "target_akhir",
            "target_akhir_atas",
        )
    )
    if not ind:
        return _kosong()
    id_ind, awal, akhir, opd, pemda, jenis, polaritas, rumus, agregasi = (
        np.array(x) for x in list(zip(*ind, strict=True))[:9]
    )
    target_akhir, target_akhir_atas = (_objek([x[k] for x in ind]) for k in (9, 10))
    # One row per indicator and year of its period.
    lama = akhir - awal + 1
    baris_ind = np.repeat(np.arange(len(ind)), lama)
    tahun = awal[baris_ind] + (np.arange(lama.sum()) - np.repeat(np.cumsum(lama) - lama, lama))
    id_baris = id_ind[baris_ind]
    kunci = id_baris.astype(np.int64) * _TAHUN + tahun
    n = len(kunci)

    target = Target.objects.filter(indikator__periode__opd__in=opd_ids, triwulan=0)
    t = list(target.order_by().values_list("indikator_id", "tahun", "nilai", "nilai_atas"))
    k = np.array([a * _TAHUN + b for a, b, _, _ in t], np.int64)
    nilai_target = _Tabel(k, _objek([x[2] for x in t])).cari(kunci)
    atas_target = _Tabel(k, _objek([x[3] for x in t])).cari(kunci)
    # The last year of a period without a yearly target has the end-of-period target.
    akhir_saja = (tahun == akhir[baris_ind]) & ~kolom.terisi(nilai_target)
    nilai_target[akhir_saja] = target_akhir[baris_ind][akhir_saja]
    atas_target[akhir_saja] = target_akhir_atas[baris_ind][akhir_saja]

    realisasi = Realisasi.objects.filter(indikator__periode__opd__in=opd_ids)
    cara_ind = dict(zip(id_ind.tolist(), agregasi.tolist(), strict=True))
    langsung = _tahunan(
        list(realisasi.order_by().values_list("indikator_id", "tahun", "triwulan", "nilai")),
        cara_ind,
    ).cari(kunci)

    pemda_ids = sorted(set(pemda.tolist()))
    var = list(
        Variabel.objects.filter(Q(opd__in=opd_ids) | Q(opd__isnull=True, pemda__in=pemda_ids))
        .order_by()
        .values_list("id", "pemda_id", "opd_id", "kode", "agregasi", "nama")
    )
    id_var = {(p, o, kode): i for i, p, o, kode, _, _ in var}
    nama_var = {i: nama for i, _, _, _, _, nama in var}
    nilai_var = _tahunan(
        list(
            NilaiVariabel.objects.filter(variabel__in=[v[0] for v in var])
            .order_by()
            .values_list("variabel_id", "tahun", "triwulan", "nilai")
        ),
        {v[0]: v[4] for v in var},
    )

    hasil_realisasi = kolom.kolom_kosong(n)
    sumber = np.full(n, "", dtype=object)
    catatan = {}  # row -> notes of its realisation

    ada_langsung = kolom.terisi(langsung)
    biasa = ((rumus == "") & (jenis != Indikator.Jenis.KUALITATIF))[baris_ind] & ada_langsung
    hasil_realisasi[biasa] = langsung[biasa]
    sumber[biasa] = "langsung"

    kualitatif = np.flatnonzero((jenis == Indikator.Jenis.KUALITATIF)[baris_ind])
    for r in kualitatif:
        catatan[r] = [CATATAN_KUALITATIF]

    # Composite indicators, listed in the order DataKinerja reads them.
    komponen = defaultdict(list)
    for induk, anak in (
        Indikator.komponen.through.objects.filter(from_indikator__in=id_ind.tolist())
        .order_by("id")
        .values_list("from_indikator_id", "to_indikator_id")
    ):
        komponen[induk].append(anak)
    # A qualitative composite still takes its components' mean target (DataKinerja does).
    komposit = np.isin(id_baris, list(komponen))
    kualitatif_baris = (jenis == Indikator.Jenis.KUALITATIF)[baris_ind]

    # Formula indicators, grouped by shape.
    per_bentuk = defaultdict(list)
    berumus = (rumus != "") & (jenis != Indikator.Jenis.KUALITATIF)
    for i in np.flatnonzero(berumus):
        per_bentuk[_bentuk(rumus[i])[0]].append(i)
    baris_per_ind = np.split(np.arange(n), np.cumsum(lama)[:-1])
    for pola, ind_pola in per_bentuk.items():
        r = np.concatenate([baris_per_ind[i] for i in ind_pola])
        r = r[~komposit[r]]
        if not len(r):
            continue
        # The variable id each row reads for each name of the shape (-1: no such variable).
        slot = np.array(
            [
                [
                    variabel_berlaku(id_var, pemda[i], opd[i], nama) or -1
                    for nama in _bentuk(rumus[i])[1]
                ]
                for i in baris_ind[r]
            ],
            np.int64,
        ).reshape(len(r), -1)

        def kolom_var(nama, lag, slot=slot, r=r):
            v = slot[:, int(nama[1:])]
            return nilai_var.cari(np.where(v < 0, -1, v * _TAHUN + tahun[r] - lag))

        nilai, tunda = kolom.hitung_rumus(pola, kolom_var, len(r))
        hasil_realisasi[r] = nilai
        sumber[r[~tunda]] = "rumus"
        for j in np.flatnonzero(tunda):
            b, i = r[j], baris_ind[r[j]]
            nama = dict(zip(_bentuk(rumus[i])[1], slot[j].tolist(), strict=True))

            def ambil(n_, lag, nama=nama, b=b):
                v = nama.get(n_, -1)
                return None if v < 0 else nilai_var.cari(np.array([v * _TAHUN + tahun[b] - lag]))[0]

            def sebut(n_, nama=nama):
                return nama_variabel(nama_var.get(nama.get(n_, -1)), n_)

            hasil_realisasi[b], sumber[b], catatan[b] = realisasi_rumus(
                rumus_tersimpan(rumus[i]), ambil, int(tahun[b]), langsung[b], sebut
            )

    tertunda = _komposit(
        komponen, np.flatnonzero(komposit), kunci, kualitatif_baris, nilai_target, atas_target,
        hasil_realisasi, sumber, catatan,
    )  # fmt: skip

    batas = {p.pk: p for p in Pemda.objects.filter(pk__in=pemda_ids)}
    batas_baris = _objek([batas[p].batas_capaian for p in pemda.tolist()])[baris_ind]
    cap, tanpa_batas, catatan_cap = kolom.hitung_capaian_kolom(
        nilai_target,
        hasil_realisasi,
        polaritas[baris_ind].astype(object),
        atas_target,
        batas_baris,
    )
    predikat = kolom.kolom_kosong(n)
    pemda_baris = pemda[baris_ind]
    for p, obj in batas.items():
        pilih = pemda_baris == p
        predikat[pilih] = kolom.predikat_kolom(skala(obj.skala_predikat), cap[pilih])

    semua_catatan = np.empty(n, dtype=object)
    semua_catatan.fill(())
    perlu = kolom.terisi(catatan_cap) | (kolom.terisi(cap) & ~kolom.terisi(predikat))
    perlu[list(catatan)] = True
    for r in np.flatnonzero(perlu):
        semua_catatan[r] = catatan_lengkap(catatan.get(r, []), cap[r], catatan_cap[r], predikat[r])

    hasil = HasilMassal(
        id_baris,
        tahun,
        nilai_target,
        atas_target,
        hasil_realisasi,
        sumber,
        cap,
        tanpa_batas,
        catatan_cap,
        predikat,
        semua_catatan,
    )
    _isi_komposit(hasil, tertunda)
    return hasil


def _komposit(komponen, baris, kunci, kualitatif, target, atas, realisasi, sumber, catatan):
    """Fill the composites' targets and realisations (not those of a qualitative one, which
    has none) from their components' rows, inner composites first. Returns the rows whose
    components are not all among the rows (a component in another OPD or outside its
    period), left to `_isi_komposit`."""
    if not len(baris):
        return []
    baris_kunci = dict(zip(kunci.tolist(), range(len(kunci)), strict=True))
    nama = dict(
        Indikator.objects.filter(pk__in={k for ks in komponen.values() for k in ks}).values_list(
            "pk", "nama"
        )
    )
    tunggu = set(baris.tolist())
    maju = True
    while tunggu and maju:
        maju = False
        for r in sorted(tunggu):
            induk, th = int(kunci[r] // _TAHUN), int(kunci[r] % _TAHUN)
            anak = [baris_kunci.get(k * _TAHUN + th) for k in komponen[induk]]
            if any(x is None or x in tunggu for x in anak):
                continue
            target[r], atas[r] = target_komponen([(target[x], atas[x]) for x in anak])
            if not kualitatif[r]:
                realisasi[r], sumber[r], catatan[r] = realisasi_komponen(
                    [nama[k] for k in komponen[induk]], [realisasi[x] for x in anak]
                )
            tunggu.discard(r)
            maju = True
    return sorted(tunggu)


def _isi_komposit(hasil, baris):
    if not len(baris):
        return
    indikator = Indikator.objects.filter(pk__in=set(hasil.indikator[baris].tolist()))
    indikator = {i.pk: i for i in indikator.select_related("periode__pemda")}
    data = DataKinerja(indikator.values())
    for r in baris:
        v = data.nilai(indikator[hasil.indikator[r]], int(hasil.tahun[r]))
        hasil.target[r], hasil.target_atas[r] = v.target, v.target_atas
        hasil.realisasi[r], hasil.sumber[r] = v.realisasi, v.sumber_realisasi
        hasil.capaian[r], hasil.tanpa_batas[r] = v.capaian.nilai, v.capaian.tanpa_batas
        hasil.catatan_capaian[r], hasil.predikat[r] = v.capaian.catatan, v.predikat
        hasil.catatan[r] = v.catatan


def _kosong():
    nol = np.zeros(0, np.int64)
    return HasilMassal(nol, nol, *(kolom.kolom_kosong(0) for _ in range(9)))
