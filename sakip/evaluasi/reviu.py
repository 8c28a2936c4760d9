"""Review of stored data: every figure a document printed (kept as "dilaporkan") and the
stored budget are checked with the engine's rules (`sakip.kinerja.reviu`)."""

import re
from collections import Counter

from sakip.anggaran.hitung import capaian_keluaran, efisiensi_sasaran, pohon_anggaran
from sakip.anggaran.models import ProgramKegiatan
from sakip.kinerja.anggaran import KodeError, efisiensi, parse_kode, serapan
from sakip.kinerja.anggaran import Tingkat as TingkatKode
from sakip.kinerja.angka import (
    bulatkan,
    desimal_perlu,
    format_angka,
    format_rupiah,
    format_tepat,
)
from sakip.kinerja.capaian import Polaritas, hitung_capaian, rata_rata
from sakip.kinerja.predikat import skala
from sakip.kinerja.reviu import (
    Putusan,
    Tingkat,
    UangTercetak,
    beda_uang,
    cek_angka,
    cek_antar_sumber,
    cek_pasangan,
    cek_pejabat,
    cek_predikat,
    satuan_indeks_persen,
    satuan_persentase_lain,
    seperti_dicetak,
    seragam,
    tampilkan,
    temuan,
    timbang,
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


def reviu_tuntas(opd, tahun, daftar=None):
    """Whether the Inspektorat concluded the review of this OPD and year with no error left
    open: only then may a report say "Kami telah mereviu". `daftar`: the findings with their
    acceptances (`reviu_dengan_tanggapan`), when already read."""
    if not SimpulanReviu.objects.filter(opd=opd, tahun=tahun).exists():
        return False
    return not galat_terbuka(reviu_dengan_tanggapan(opd, tahun) if daftar is None else daftar)


def reviu_opd(opd, tahun):
    """All findings for an OPD and year, in a stable order."""
    # The plan and its values read once, for the indicators and for the PK.
    pohon = [x for p in periode_berlaku(opd, tahun) for x in indikator_pohon(tujuan_lengkap(p))]
    indikator = [i for _, _, i in pohon]
    data = DataKinerja(indikator)
    hasil, salah = _reviu_indikator(opd, tahun, indikator, data)
    hasil += _reviu_pk(opd, tahun, indikator_pk(opd, tahun, pohon), data)
    hasil += _reviu_anggaran(opd, tahun, salah)
    hasil += _reviu_pejabat(opd)
    return [t for t in hasil if t is not None]


def _reviu_indikator(opd, tahun, indikator, data):
    """The findings, and the realisations found wrong by (indicator, source): the figures
    computed from them are judged again from the data (consequences, R29)."""
    skala_pemda = skala(opd.pemda.skala_predikat)
    temuan_, salah = [], {}
    for ind in indikator:
        temuan_ += _satuan(f"Indikator {ind.nama}", ind.jenis, ind.satuan)
    dilaporkan = NilaiDilaporkan.objects.filter(indikator__in=indikator, tahun=tahun)
    tercetak = {}  # (indicator, role) -> (value, source) as first printed
    # The indicator with its period: the formula reads variables by the period's Pemda/OPD.
    for d in sorted(dilaporkan.select_related("indikator__periode"), key=_urutan_sumber):
        ind = d.indikator
        lokasi = f"{d.sumber}, {ind.nama}"
        target, realisasi_d, capaian = map(seperti_dicetak, (d.target, d.realisasi, d.capaian))
        realisasi, sumber, _ = data.realisasi_indikator(ind, tahun)
        r01 = None
        if sumber in ("rumus", "komponen"):
            r01 = cek_angka("R01", lokasi, realisasi_d, realisasi)
            temuan_.append(r01)
            salah.setdefault((ind.pk, d.sumber), r01)
        # A capaian is right when it follows from the data, or from the printed realisation
        # when that is a right rounding of the data (it may then differ in its last digit);
        # from a wrong printed realisation it is that error's consequence.
        salah_capaian = None  # the capaian's verdict, when its right value is known
        if target is not None and realisasi_d is not None:
            polaritas = Polaritas(ind.polaritas)
            dicetak = hitung_capaian(target, realisasi_d, polaritas).nilai
            benar = (
                dicetak if realisasi is None else hitung_capaian(target, realisasi, polaritas).nilai
            )
            putusan = cek_pasangan("R02", lokasi, capaian, [(dicetak, benar)], r01, "capaian")
            temuan_.append(putusan.temuan)
            if putusan.koreksi is not None:
                salah_capaian = putusan
        elif target is None and realisasi_d is None:
            # A capaian printed alone (an analysis table) is compared with the data's.
            putusan = _capaian_data(lokasi, capaian, data, ind, tahun, realisasi)
            temuan_.append(putusan.temuan)
            if putusan.koreksi is not None:
                salah_capaian = putusan
        temuan_.append(
            timbang(
                cek_predikat(lokasi, capaian, d.kategori, skala_pemda),
                cek_predikat(
                    lokasi,
                    salah_capaian.koreksi if salah_capaian else capaian,
                    d.kategori,
                    skala_pemda,
                ),
                salah_capaian and salah_capaian.temuan,
                "predikat",
            )
        )
        if (
            _bagian_dari_keseluruhan(ind)
            and realisasi_d is not None
            and not (0 <= realisasi_d <= 100)
        ):
            temuan_.append(temuan("R13", lokasi, realisasi_d, None))
        if target is not None and "kemajuan" not in d.sumber.lower():
            rencana = data.target_indikator(ind, tahun)[0]
            kode = "R04" if data.komponen.get(ind.pk) else "R05"
            temuan_.append(cek_angka(kode, lokasi, target, rencana))
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
    return temuan_, {k: v for k, v in salah.items() if v is not None}


def _capaian_data(lokasi, capaian, data, ind, tahun, realisasi):
    """R02 for a capaian printed without its target and realisation: against the one the
    year's planned target and the realisation the data give make."""
    target = data.target_indikator(ind, tahun)[0]
    if capaian is None or target is None or realisasi is None:
        return Putusan(None, None)
    benar = hitung_capaian(target, realisasi, Polaritas(ind.polaritas)).nilai
    return cek_pasangan(
        "R02",
        lokasi,
        capaian,
        [(benar, benar)],
        None,
        "capaian",
        lambda n: (
            f"tercatat {tampilkan(capaian)} tanpa target dan realisasi, sedangkan target "
            f"{format_tepat(target)} dan realisasi menurut data {format_angka(realisasi)} "
            f"memberi capaian {tampilkan(n, capaian)}"
        ),
    )


def _urutan_sumber(d):
    """By indicator, then source in reading order: "Tabel 5" before "Tabel 13"."""
    return d.indikator.urutan, [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", d.sumber)]


def _beda_antar_sumber(d, lokasi, tercetak):
    """The same indicator printed with another target or realisation in an earlier source
    (a progress table's target is the end target, so only its realisation counts)."""
    hasil = []
    for peran in ("target", "realisasi"):
        nilai = seperti_dicetak(getattr(d, peran))
        if nilai is None or (peran == "target" and "kemajuan" in d.sumber.lower()):
            continue
        acuan = tercetak.setdefault((d.indikator_id, peran), (nilai, d.sumber))
        hasil.append(cek_antar_sumber(lokasi, peran, nilai, *acuan))
    return hasil


def _reviu_pk(opd, tahun, indikator, data):
    """The PK in force against the plan (`indikator`: those it must hold): every key
    indicator present (R16; a year without any PK is one finding), and targets equal to the
    plan's unless the version records why they changed."""
    pk = pk_berlaku(opd, tahun)
    if pk is None:
        # One finding for the missing agreement, not one per indicator it would hold.
        if not indikator:
            return []
        rincian = (
            f"belum ada Perjanjian Kinerja tahun {tahun}, sehingga {len(indikator)} indikator "
            "kinerja utama sasaran yang berlaku tidak tercantum"
        )
        return [temuan("R16", f"Perjanjian Kinerja {tahun}", None, None, rincian)]
    lokasi = f"Perjanjian Kinerja {tahun} versi {pk.versi}"
    target_pk = {t.indikator_id: t for t in pk.target_set.select_related("indikator")}
    hasil = []
    for ind in indikator:
        t = target_pk.get(ind.pk)
        if t is None:
            rincian = f"'{ind.nama}' tidak mempunyai target dalam {lokasi}"
            hasil.append(temuan("R16", f"{lokasi}, {ind.nama}", None, None, rincian))
        elif not pk.alasan:
            rencana = data.target_indikator(ind, tahun)[0]
            tercatat = seperti_dicetak(t.nilai)
            hasil.append(cek_angka("R15", f"{lokasi}, {ind.nama}", tercatat, rencana))
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


def _efisiensi(d, lokasi, baris, tercetak, sebab):
    """A printed efficiency is right when it follows from the data; one that follows only
    from the capaian and spending the same table printed (unrounded, as a spreadsheet
    computes it) is right too, unless one of those was found wrong (`sebab`)."""
    kinerja = tercetak.get((baris.sasaran.pk, d.sumber))
    dicetak = None
    if kinerja and d.pagu and d.realisasi is not None:
        dicetak = efisiensi(rata_rata(kinerja).nilai, serapan(d.pagu, d.realisasi).persen).nilai
    data = baris.efisiensi.nilai
    pasangan = [(dicetak, dicetak if data is None else data)]
    return cek_pasangan(
        "R24", lokasi, seperti_dicetak(d.efisiensi), pasangan, sebab, "tingkat efisiensi"
    ).temuan


def _efisiensi_sub(d, lokasi, sub, sebab):
    """A sub kegiatan's printed efficiency: its output's capaian against its spending, as
    the data give them (right too when it follows from the percentage the row printed,
    unless that was found wrong)."""
    keluaran = capaian_keluaran(sub).nilai
    dicetak = efisiensi(keluaran, seperti_dicetak(d.persen)).nilai if d.persen is not None else None
    data = efisiensi(keluaran, sub.serapan.persen).nilai
    return cek_pasangan(
        "R24",
        lokasi,
        seperti_dicetak(d.efisiensi),
        [(dicetak, data)],
        sebab,
        "tingkat efisiensi",
    ).temuan


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


def _uang_tercetak(daftar):
    """The printed budget rows (`AnggaranDilaporkan`) as `beda_uang` compares them: known by
    their printed code (a program's or lower) or their name, each when its source prints
    it for one row only, and as printed in whole rupiah (`seperti_dicetak` would add
    decimals money is not printed with); total rows left out."""

    def kode(d):
        try:
            k = parse_kode(d.baris.split()[0]) if d.baris.strip() else None
        except KodeError:
            return None
        return k.teks if k and k.tingkat >= TingkatKode.PROGRAM else None

    baris = [d for d in daftar if d.baris.upper() != "TOTAL"]
    kali_kode = Counter((d.sumber, kode(d)) for d in baris)
    kali_nama = Counter((d.sumber, seragam(d.nama)) for d in baris)
    return [
        UangTercetak(
            d.sumber,
            f"{d.sumber}, baris {d.baris}",
            d.tahun,
            kode(d) if kali_kode[(d.sumber, kode(d))] == 1 else None,
            seragam(d.nama) if d.nama and kali_nama[(d.sumber, seragam(d.nama))] == 1 else None,
            *(None if n is None else bulatkan(n, desimal_perlu(n)) for n in (d.pagu, d.realisasi)),
        )
        for d in baris
    ]


def _reviu_anggaran(opd, tahun, salah):
    """Budget rows as printed against the budget tree; `salah`: the printed realisations
    found wrong, by (indicator, source), for the efficiencies computed from them."""
    program, total = pohon_anggaran(opd, tahun)
    if not program:
        return []
    temuan_ = []
    simpul = {s.pos.kode: s for p in program for s in p.semua()}
    # By name as words: documents print "Koordinasi. Sinkronisasi." for "Koordinasi,".
    nama = {seragam(s.pos.nama): s for s in simpul.values()}
    sasaran = {seragam(e.sasaran.nama): e for e in efisiensi_sasaran(opd, tahun, (program, total))}
    tercetak = _kinerja_tercetak(tahun, [e.sasaran for e in sasaran.values()])
    indikator = {}  # sasaran -> its indicators
    for i in Indikator.objects.filter(sasaran__in=[e.sasaran for e in sasaran.values()]):
        indikator.setdefault(i.sasaran_id, []).append(i.pk)
    tercetak_anggaran = list(opd.anggaran_dilaporkan_set.filter(tahun=tahun).order_by("id"))
    for d in tercetak_anggaran:
        lokasi = f"{d.sumber}, baris {d.baris}"
        temuan_.append(_kode_tercetak(d, lokasi, simpul))
        pagu, realisasi = seperti_dicetak(d.pagu), seperti_dicetak(d.realisasi)
        pos = simpul.get(d.baris) or nama.get(seragam(d.nama))
        baris = sasaran.get(seragam(d.nama))
        pasangan = (
            total.serapan
            if d.baris.upper() == "TOTAL"
            else getattr(pos, "serapan", None) or getattr(baris, "serapan", None)
        )
        jumlah = []
        if pasangan is not None:
            for label, tercatat, seharusnya in (
                ("pagu", pagu, pasangan.pagu),
                ("realisasi", realisasi, pasangan.realisasi),
            ):
                if tercatat is not None:
                    jumlah.append(
                        cek_angka(
                            "R08",
                            f"{lokasi} ({label})",
                            tercatat,
                            seharusnya,
                            f"{label} tercatat {format_rupiah(tercatat)}, jumlah rinciannya "
                            f"{format_rupiah(seharusnya)}",
                        )
                    )
        sebab = next((t for t in jumlah if t is not None), None)
        if pagu is not None and realisasi is not None:
            # The percentage and the remainder against the row's own printed figures, and
            # against the data's: right when they fit the data.
            sendiri = serapan(pagu, realisasi)
            data = pasangan or sendiri
            for kode, peran, apa in (
                ("R06", "persen", "persentase anggaran"),
                ("R07", "sisa", "sisa"),
            ):
                putusan = cek_pasangan(
                    kode,
                    lokasi,
                    seperti_dicetak(getattr(d, peran)),
                    [(getattr(sendiri, peran), getattr(data, peran))],
                    sebab,
                    apa,
                )
                temuan_.append(putusan.temuan)
        if d.efisiensi is not None and baris is not None:
            wajib = indikator.get(baris.sasaran.pk, [])
            kinerja = next((salah[(i, d.sumber)] for i in wajib if (i, d.sumber) in salah), None)
            temuan_.append(_efisiensi(d, lokasi, baris, tercetak, kinerja or sebab))
        elif d.efisiensi is not None and pos is not None and pos.pos.tingkat == 5:
            temuan_.append(_efisiensi_sub(d, lokasi, pos, sebab))
        temuan_ += jumlah
    temuan_ += beda_uang(_uang_tercetak(tercetak_anggaran))
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
