"""Review of stored data: every figure a document printed (kept as "dilaporkan") and the
stored budget are checked with the engine's rules (`sakip.kinerja.reviu`)."""

import re

from sakip.anggaran.hitung import efisiensi_sasaran, pohon_anggaran
from sakip.anggaran.models import ProgramKegiatan
from sakip.kinerja.anggaran import efisiensi, serapan
from sakip.kinerja.angka import format_rupiah
from sakip.kinerja.capaian import Polaritas, hitung_capaian, rata_rata
from sakip.kinerja.predikat import skala
from sakip.kinerja.reviu import (
    Tingkat,
    cek_angka,
    cek_antar_sumber,
    cek_pejabat,
    cek_predikat,
    cek_salah_satu,
    satuan_indeks_persen,
    satuan_persentase_lain,
    seragam,
    temuan,
)
from sakip.kinerja.rumus import parse
from sakip.pengukuran.hitung import DataKinerja
from sakip.pengukuran.models import NilaiDilaporkan
from sakip.pengukuran.pk import indikator_pk, pk_berlaku
from sakip.perencanaan.models import Indikator
from sakip.perencanaan.pohon import indikator_pohon, periode_berlaku, tujuan_lengkap

from .models import SimpulanReviu, Tanggapan


def reviu_dengan_tanggapan(opd, tahun):
    """The findings, each with the reviewer's acceptance when there is one."""
    tanggapan = {
        (t.aturan, t.lokasi): t
        for t in Tanggapan.objects.filter(opd=opd, tahun=tahun).select_related("oleh")
    }
    return [(t, tanggapan.get((t.aturan, t.lokasi))) for t in reviu_opd(opd, tahun)]


def galat_terbuka(daftar):
    """Errors the reviewer has not accepted: the report is not "reviewed" while any remain."""
    return [t for t, tanggapan in daftar if t.tingkat == Tingkat.GALAT and tanggapan is None]


def reviu_tuntas(opd, tahun):
    """Whether the Inspektorat concluded the review of this OPD and year with no error left
    open: only then may a report say "Kami telah mereviu"."""
    if not SimpulanReviu.objects.filter(opd=opd, tahun=tahun).exists():
        return False
    return not galat_terbuka(reviu_dengan_tanggapan(opd, tahun))


def reviu_opd(opd, tahun):
    """All findings for an OPD and year, in a stable order."""
    hasil = []
    # The plan and its values read once, for the indicators and for the PK.
    pohon = [x for p in periode_berlaku(opd, tahun) for x in indikator_pohon(tujuan_lengkap(p))]
    indikator = [i for _, _, i in pohon]
    data = DataKinerja(indikator)
    hasil += _reviu_indikator(opd, tahun, indikator, data)
    hasil += _reviu_pk(opd, tahun, indikator_pk(opd, tahun, pohon), data)
    hasil += _reviu_anggaran(opd, tahun)
    hasil += _reviu_pejabat(opd)
    return [t for t in hasil if t is not None]


def _reviu_indikator(opd, tahun, indikator, data):
    skala_pemda = skala(opd.pemda.skala_predikat)
    temuan_ = []
    for ind in indikator:
        temuan_ += _satuan(f"Indikator {ind.nama}", ind.jenis, ind.satuan)
    dilaporkan = NilaiDilaporkan.objects.filter(indikator__in=indikator, tahun=tahun)
    tercetak = {}  # (indicator, role) -> (value, source) as first printed
    # The indicator with its period: the formula reads variables by the period's Pemda/OPD.
    for d in sorted(dilaporkan.select_related("indikator__periode"), key=_urutan_sumber):
        ind = d.indikator
        lokasi = f"{d.sumber}, {ind.nama}"
        realisasi, sumber, _ = data.realisasi_indikator(ind, tahun)
        if sumber in ("rumus", "komponen"):
            temuan_.append(cek_angka("R01", lokasi, d.realisasi, realisasi))
        if d.target is not None and d.realisasi is not None and d.capaian is not None:
            # A capaian worked from the unrounded realisation is right too, though it may
            # differ in the last digit from one worked from the printed (rounded) realisation.
            polaritas = Polaritas(ind.polaritas)
            dari_tercatat = hitung_capaian(d.target, d.realisasi, polaritas).nilai
            dari_data = hitung_capaian(d.target, realisasi, polaritas).nilai
            if cek_angka("R02", lokasi, d.capaian, dari_data) is not None:
                temuan_.append(cek_angka("R02", lokasi, d.capaian, dari_tercatat))
        temuan_.append(cek_predikat(lokasi, d.capaian, d.kategori, skala_pemda))
        if (
            _bagian_dari_keseluruhan(ind)
            and d.realisasi is not None
            and not (0 <= d.realisasi <= 100)
        ):
            temuan_.append(temuan("R13", lokasi, d.realisasi, None))
        if d.target is not None and "kemajuan" not in d.sumber.lower():
            rencana = data.target_indikator(ind, tahun)[0]
            kode = "R04" if data.komponen.get(ind.pk) else "R05"
            temuan_.append(cek_angka(kode, lokasi, d.target, rencana))
        temuan_ += _beda_antar_sumber(d, lokasi, tercetak)
        if d.satuan:
            temuan_ += _satuan(lokasi, ind.jenis, d.satuan)
        if d.nama and seragam(d.nama) != seragam(ind.nama):
            temuan_.append(
                temuan(
                    "R25",
                    lokasi,
                    d.nama,
                    ind.nama,
                    f"tercetak '{d.nama}', nama indikator '{ind.nama}'",
                )
            )
    return temuan_


def _urutan_sumber(d):
    """By indicator, then source in reading order: "Tabel 5" before "Tabel 13"."""
    return d.indikator.urutan, [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", d.sumber)]


def _beda_antar_sumber(d, lokasi, tercetak):
    """The same indicator printed with another target or realisation in an earlier source
    (a progress table's target is the end target, so only its realisation counts)."""
    hasil = []
    for peran in ("target", "realisasi"):
        nilai = getattr(d, peran)
        if nilai is None or (peran == "target" and "kemajuan" in d.sumber.lower()):
            continue
        acuan = tercetak.setdefault((d.indikator_id, peran), (nilai, d.sumber))
        hasil.append(cek_antar_sumber(lokasi, peran, nilai, *acuan))
    return hasil


def _reviu_pk(opd, tahun, indikator, data):
    """The PK in force against the plan (`indikator`: those it must hold): every key
    indicator present, and targets equal to the plan's unless the version records why they
    changed."""
    pk = pk_berlaku(opd, tahun)
    if pk is None:
        return []
    lokasi = f"Perjanjian Kinerja {tahun} versi {pk.versi}"
    target_pk = {t.indikator_id: t for t in pk.target_set.select_related("indikator")}
    hasil = []
    for ind in indikator:
        t = target_pk.get(ind.pk)
        if t is None:
            hasil.append(temuan("R16", f"{lokasi}, {ind.nama}", None, None))
        elif not pk.alasan:
            rencana = data.target_indikator(ind, tahun)[0]
            hasil.append(cek_angka("R15", f"{lokasi}, {ind.nama}", t.nilai, rencana))
    return hasil


def _bagian_dari_keseluruhan(ind):
    """A percentage that is a share of a whole (not a growth rate over an earlier period)."""
    if ind.jenis != Indikator.Jenis.PERSENTASE:
        return False
    return not ind.rumus or all(lag == 0 for _, lag in parse(ind.rumus).variables)


def _satuan(lokasi, jenis, satuan):
    if jenis == Indikator.Jenis.INDEKS and satuan.strip() == "%":
        return [satuan_indeks_persen(lokasi, satuan)]
    if jenis == Indikator.Jenis.PERSENTASE and satuan.strip() != "%":
        return [satuan_persentase_lain(lokasi, satuan)]
    return []


def _reviu_pejabat(opd):
    """How the OPD's documents printed its officials' names and NIPs."""
    return [
        cek_pejabat(
            f"{t['sumber']}, pejabat {pj.jabatan}", pj.nama, pj.nip, t["nama"], t.get("nip")
        )
        for pj in opd.pejabat_set.order_by("id")
        for t in pj.tercetak
    ]


def _kinerja_tercetak(tahun, daftar_sasaran):
    """(sasaran, source) -> capaian of each indicator from the target and realisation that
    source printed."""
    hasil = {}
    for n in NilaiDilaporkan.objects.filter(
        indikator__sasaran__in=daftar_sasaran, tahun=tahun
    ).select_related("indikator"):
        capaian = hitung_capaian(n.target, n.realisasi, Polaritas(n.indikator.polaritas)).nilai
        hasil.setdefault((n.indikator.sasaran_id, n.sumber), []).append(capaian)
    return hasil


def _efisiensi(d, lokasi, baris, tercetak):
    """A printed efficiency is right when it follows from the data, or from the capaian
    the same table printed (unrounded, as a spreadsheet computes it)."""
    calon = [baris.efisiensi.nilai]
    kinerja = tercetak.get((baris.sasaran.pk, d.sumber))
    if kinerja and d.pagu and d.realisasi is not None:
        calon.append(efisiensi(rata_rata(kinerja).nilai, serapan(d.pagu, d.realisasi).persen).nilai)
    return cek_salah_satu("R24", lokasi, d.efisiensi, calon)


def _kode_tercetak(d, lokasi, simpul):
    """A printed code that belongs to another program, kegiatan or sub kegiatan."""
    kode = d.baris.split()[0] if d.baris else ""
    pemilik = simpul.get(kode)
    if pemilik is None or seragam(pemilik.pos.nama) == seragam(d.nama):
        return None
    return temuan(
        "R20",
        lokasi,
        kode,
        None,
        f"kode {kode} tercetak untuk '{d.nama}', padahal kode itu milik '{pemilik.pos.nama}'",
    )


def _reviu_anggaran(opd, tahun):
    program, total = pohon_anggaran(opd, tahun)
    if not program:
        return []
    temuan_ = []
    simpul = {s.pos.kode: s for p in program for s in p.semua()}
    nama = {s.pos.nama.lower(): s for s in simpul.values()}
    sasaran = {e.sasaran.nama.lower(): e for e in efisiensi_sasaran(opd, tahun, (program, total))}
    tercetak = _kinerja_tercetak(tahun, [e.sasaran for e in sasaran.values()])
    for d in opd.anggaran_dilaporkan_set.filter(tahun=tahun).order_by("id"):
        lokasi = f"{d.sumber}, baris {d.baris}"
        temuan_.append(_kode_tercetak(d, lokasi, simpul))
        if d.pagu is not None and d.realisasi is not None:
            sendiri = serapan(d.pagu, d.realisasi)
            temuan_.append(cek_angka("R06", lokasi, d.persen, sendiri.persen))
            temuan_.append(cek_angka("R07", lokasi, d.sisa, sendiri.sisa))
        if d.efisiensi is not None and d.nama.lower() in sasaran:
            temuan_.append(_efisiensi(d, lokasi, sasaran[d.nama.lower()], tercetak))
        pasangan = (
            total.serapan
            if d.baris.upper() == "TOTAL"
            else getattr(simpul.get(d.baris) or nama.get(d.nama.lower()), "serapan", None)
            or getattr(sasaran.get(d.nama.lower()), "serapan", None)
        )
        if pasangan is not None:
            for label, tercatat, seharusnya in (
                ("pagu", d.pagu, pasangan.pagu),
                ("realisasi", d.realisasi, pasangan.realisasi),
            ):
                if tercatat is not None:
                    temuan_.append(
                        cek_angka(
                            "R08",
                            f"{lokasi} ({label})",
                            tercatat,
                            seharusnya,
                            f"{label} tercatat {format_rupiah(tercatat)}, jumlah rinciannya "
                            f"{format_rupiah(seharusnya)}",
                        )
                    )
    bertaut = set(
        ProgramKegiatan.sasaran.through.objects.filter(
            programkegiatan__opd=opd, programkegiatan__tahun=tahun
        ).values_list("programkegiatan_id", flat=True)
    )
    for s in simpul.values():
        if s.pos.tingkat != 5:
            continue
        lokasi = f"Sub kegiatan {s.pos.kode} {s.pos.nama}"
        if s.serapan.realisasi > s.serapan.pagu:
            temuan_.append(temuan("R09", lokasi, s.serapan.realisasi, s.serapan.pagu))
        fisik = s.fisik.nilai
        if fisik is not None and (
            (fisik >= 100 and s.serapan.realisasi == 0) or (fisik == 0 and s.serapan.realisasi > 0)
        ):
            temuan_.append(
                temuan(
                    "R10",
                    lokasi,
                    fisik,
                    None,
                    f"fisik {fisik}% dengan realisasi {format_rupiah(s.serapan.realisasi)}",
                )
            )
        if s.pos.pk not in bertaut:
            temuan_.append(temuan("R11", lokasi, None, None))
    return temuan_
