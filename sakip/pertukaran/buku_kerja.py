"""The OPD's workbook for a year: written filled with the stored data, read back after the
users edited it in Excel, compared with the database into a list of changes, and applied
all at once (or not at all).

One description of the sheets (`susun`) serves both directions: every row names the stored
records its cells show (`Rekaman`), so reading an unchanged export finds nothing to change.
Context rows (program and kegiatan with their computed totals) are written, never read.
Numbers are written as Excel numbers when a double holds them exactly (at most 15
significant digits) and otherwise as text with a decimal comma ("1234,5"), so that the
Decimal read back is the one stored; text cells are read with the Indonesian number rules.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from io import BytesIO

from django.db.models import Model
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from sakip.akun.akses import alasan_tidak_boleh_isi, alasan_tidak_boleh_ubah_rencana
from sakip.alur.models import Dokumen, dokumen_triwulan
from sakip.anggaran.aturan import (
    alasan_pagu,
    alasan_tumpang_bulan,
    bulan_triwulan,
    nama_rentang,
    pagu_berlaku,
)
from sakip.anggaran.hitung import pohon_anggaran, rfk_pohon
from sakip.anggaran.models import ProgramKegiatan, RealisasiFisik, RealisasiKeuangan
from sakip.dasar.arsip import ArsipError, batasi_sel, periksa_arsip
from sakip.dasar.teks import kendali, sel_xlsx, terlalu_panjang, tertulis
from sakip.instansi.models import Pejabat
from sakip.jejak.catat import hapus, nilai_objek, simpan
from sakip.kinerja.angka import (
    AngkaError,
    bulatkan,
    format_rupiah,
    format_tepat,
    konteks,
    parse_angka,
    tidak_muat,
)
from sakip.kinerja.capaian import Polaritas
from sakip.kinerja.triwulan import nama_triwulan, singkatan_triwulan
from sakip.pengukuran import tersimpan
from sakip.pengukuran.hitung import isian_triwulan
from sakip.pengukuran.models import NilaiVariabel, Realisasi
from sakip.pengukuran.penjelasan import periksa_rumus
from sakip.perencanaan.aturan import (
    alasan_leluhur,
    alasan_nomor_saudara,
    alasan_target,
    alasan_tingkat_turunan,
)
from sakip.perencanaan.models import Sasaran, Target
from sakip.perencanaan.pohon import (
    pasang_turunan,
    periode_berlaku,
    sasaran_bawah,
    tujuan_lengkap,
)
from sakip.perencanaan.ubah import TAUTAN_TURUNAN, uraian_sasaran

PETUNJUK = "Petunjuk"
# Column headings: the short quarter names ("TW I"), the sheets being wide.
TRIWULAN = [(t, singkatan_triwulan(t)) for t in range(5)]
KEUANGAN = [f"Keuangan {label}" for _, label in TRIWULAN[1:]]
FISIK = [f"Fisik {label} (%)" for _, label in TRIWULAN[1:]]
DIGIT_DOUBLE = 15  # a double keeps every decimal number of up to 15 significant digits
NOL, SERATUS = Decimal(0), Decimal(100)


class BukuKerjaError(ValueError):
    """A file that is not a workbook of this product; the message says why."""


class SelSalah(ValueError):
    """A cell or a row whose content cannot be stored; the message says why."""


# --- the description of the sheets ------------------------------------------------------


@dataclass(frozen=True)
class Kolom:
    judul: str
    jenis: str = "rujukan"  # "kunci" names the row; "teks"/"angka" may be edited
    wajib: bool = False
    bawah: Decimal | None = None
    atas: Decimal | None = None
    lebar: int = 14
    # Cells kept as text by Excel (a path "1/2/1" or a code typed there is not a date).
    teks_murni: bool = False

    @property
    def ubah(self):
        return self.jenis in ("teks", "angka")


@dataclass
class Rekaman:
    """A stored record (or the place of one not yet stored) and the columns of its fields."""

    model: type
    kunci: dict  # identifies the record; set on a new one
    bidang: dict  # field -> column title
    obj: object | None
    dokumen: Dokumen
    tahun_dokumen: int
    uraian: str
    tetap: bool = False  # only changed, never created or deleted (indicator, sub kegiatan)
    periksa: Callable[[dict], list[tuple[str, str]]] | None = None  # -> [(field, message)]
    # The planning period of a Renstra record: a supplement's also needs its parent open.
    periode: object | None = None
    # A record whose cells are not its own fields (a node's parent by its path, its owner
    # by code, its budget lines): what the cells show of it, and how the new cell values
    # are saved (user, new values, shown values, trail keywords).
    baca: Callable[[object], dict] | None = None
    tulis: Callable[..., None] | None = None

    def lama(self):
        if self.baca:
            return self.baca(self.obj)
        return {b: getattr(self.obj, b) if self.obj else None for b in self.bidang}


@dataclass
class Baris:
    sel: dict  # column title -> value
    rekaman: list
    rujukan: bool = False  # a context row (computed totals): written, never read back
    # Checks the row as a whole: (stored cells, new values by column) -> [(column, message)].
    periksa: Callable[[dict, dict], list[tuple[str, str]]] | None = None


@dataclass
class Lembar:
    nama: str
    kolom: list
    baris: list = field(default_factory=list)
    # Checks the sheet's changes as a whole: [Perubahan] -> [Galat].
    periksa: Callable[[list], list] | None = None

    def tambah(self, sel, rekaman, periksa=None):
        sel = dict(sel)
        for r in rekaman:
            sel.update(zip(r.bidang.values(), r.lama().values(), strict=True))
        self.baris.append(Baris(sel, rekaman, periksa=periksa))

    def tambah_rujukan(self, sel):
        self.baris.append(Baris(dict(sel), [], rujukan=True))

    def kunci(self, sel):
        return tuple(_teks(sel.get(k.judul)) for k in self.kolom if k.jenis == "kunci")

    def huruf(self, judul):
        return get_column_letter(next(i for i, k in enumerate(self.kolom, 1) if k.judul == judul))


def _pohon(opd, tahun):
    """[(periode, its tujuan)] of the plans in force, each sasaran carrying the nodes below
    it (`turunan`, with owners, indicators and budget lines)."""
    return [
        (p, pasang_turunan(list(tujuan_lengkap(p)), sasaran_bawah([p], dengan_anggaran=True)))
        for p in periode_berlaku(opd, tahun)
    ]


def _cabang(s, jalur):
    """(node, its path "tujuan/sasaran/…") for a sasaran and every node below it."""
    yield s, jalur
    for a in getattr(s, "turunan", []):
        yield from _cabang(a, f"{jalur}/{a.nomor}")


def _simpul_pohon(pohon):
    """(periode, tujuan, node, path) for every sasaran of every level, in plan order."""
    for p, daftar_tujuan in pohon:
        for tj in daftar_tujuan:
            for ss in tj.sasaran_set.all():
                for s, jalur in _cabang(ss, f"{tj.nomor}/{ss.nomor}"):
                    yield p, tj, s, jalur


def _indikator(pohon):
    """(tujuan, sasaran or node, indikator, path of the node) in plan order: a tujuan's
    own, then each sasaran's followed by those of the nodes below it."""
    hasil = []
    for _, daftar_tujuan in pohon:
        for tj in daftar_tujuan:
            hasil += [(tj, None, i, "") for i in tj.indikator_set.all()]
            for ss in tj.sasaran_set.all():
                for s, jalur in _cabang(ss, f"{tj.nomor}/{ss.nomor}"):
                    hasil += [(tj, s, i, jalur) for i in s.indikator_set.all()]
    return hasil


def _cek_rumus(ind):
    """The form's formula rule (`pengukuran.penjelasan.periksa_rumus`): it parses, its
    variables are registered for the owner, and a composite has none."""
    periode = ind.periode

    def periksa(baru):
        pemilik = periode.opd or periode.pemda
        hasil = periksa_rumus(baru["rumus"], pemilik, komposit=ind.komponen.exists())
        return [] if hasil["sah"] else [("rumus", hasil["galat"])]

    return periksa


def _cek_target(ind):
    """The target rule of the forms (`perencanaan.aturan.alasan_target`)."""
    rentang = ind.polaritas == Polaritas.RENTANG

    def periksa(baru):
        if salah := alasan_target(rentang, baru["nilai"], baru["nilai_atas"]):
            bound, pesan = salah
            return [("nilai" if bound == "bawah" else "nilai_atas", pesan)]
        return []

    return periksa


def _sebut_simpul(s, jalur):
    """A sasaran as the indicator sheet names it ("2 Nama"), a node below it with its level
    and path ("Sasaran program 1/2/1 Nama")."""
    if s.tingkat == Sasaran.Tingkat.SASARAN:
        return f"{s.nomor} {s.nama}"
    return f"{s.get_tingkat_display()} {jalur} {s.nama}"


def lembar_indikator(opd, tahun, indikator):
    lembar = Lembar(
        "Indikator Renstra",
        [
            Kolom("Periode", "kunci"),
            Kolom("Kode", "kunci"),
            Kolom("Nama", "teks", wajib=True, lebar=50),
            Kolom("Satuan", "teks", wajib=True),
            Kolom("Jenis"),
            Kolom("Polaritas"),
            Kolom("Rumus", "teks", lebar=40),
            Kolom("Tujuan", lebar=40),
            Kolom("Sasaran", lebar=40),
        ],
    )
    for tj, ss, ind, jalur in indikator:
        rek = Rekaman(
            type(ind),
            {},
            {"nama": "Nama", "satuan": "Satuan", "rumus": "Rumus"},
            ind,
            Dokumen.RENSTRA,
            ind.periode.tahun_awal,
            f"Indikator {ind.kode}",
            tetap=True,
            periksa=_cek_rumus(ind),
            periode=ind.periode,
        )
        sel = {
            "Periode": ind.periode.kode,
            "Kode": ind.kode,
            "Jenis": ind.get_jenis_display(),
            "Polaritas": ind.get_polaritas_display(),
            "Tujuan": f"{tj.nomor} {tj.nama}",
            "Sasaran": _sebut_simpul(ss, jalur) if ss else "",
        }
        lembar.tambah(sel, [rek])
    return lembar


def lembar_target(opd, tahun, indikator):
    kolom = [Kolom("Periode", "kunci"), Kolom("Kode", "kunci"), Kolom("Indikator", lebar=50)]
    kolom.append(Kolom("Satuan"))
    for _, label in TRIWULAN:
        kolom += [Kolom(f"Target {label}", "angka"), Kolom(f"Batas atas {label}", "angka")]
    lembar = Lembar("Target", kolom)
    tersimpan = {
        (t.indikator_id, t.triwulan): t
        for t in Target.objects.filter(indikator__in=[i for _, _, i, _ in indikator], tahun=tahun)
    }
    for _, _, ind, _ in indikator:
        rekaman = [
            Rekaman(
                Target,
                {"indikator": ind, "tahun": tahun, "triwulan": q},
                {"nilai": f"Target {label}", "nilai_atas": f"Batas atas {label}"},
                tersimpan.get((ind.pk, q)),
                # The year's target is part of the Renstra, the quarters' of the PK.
                *((Dokumen.PK, tahun) if q else (Dokumen.RENSTRA, ind.periode.tahun_awal)),
                f"Target {ind.kode} {tahun} {label}",
                periksa=_cek_target(ind),
                periode=None if q else ind.periode,
            )
            for q, label in TRIWULAN
        ]
        sel = {"Periode": ind.periode.kode, "Kode": ind.kode, "Indikator": ind.nama}
        lembar.tambah({**sel, "Satuan": ind.satuan}, rekaman)
    return lembar


def lembar_nilai(opd, tahun):
    """Data variables and directly measured indicators, as the quarter form lists them."""
    kolom = [Kolom("Jenis", "kunci"), Kolom("Periode", "kunci"), Kolom("Kode", "kunci")]
    kolom += [Kolom("Nama", lebar=50), Kolom("Satuan")]
    kolom += [Kolom(label, "angka") for _, label in TRIWULAN]
    lembar = Lembar("Nilai Triwulan", kolom)
    isian = isian_triwulan(opd, tahun, 0)
    variabel = [i.variabel for i in isian if i.variabel]
    indikator = [i.indikator for i in isian if not i.variabel]
    nilai = {
        ("v", n.variabel_id, n.triwulan): n
        for n in NilaiVariabel.objects.filter(variabel__in=variabel, tahun=tahun)
    }
    nilai |= {
        ("r", r.indikator_id, r.triwulan): r
        for r in Realisasi.objects.filter(indikator__in=indikator, tahun=tahun)
    }
    for i in isian:
        obj = i.variabel or i.indikator
        jenis = "Variabel" if i.variabel else "Realisasi"
        model, induk = (NilaiVariabel, "variabel") if i.variabel else (Realisasi, "indikator")
        rekaman = [
            Rekaman(
                model,
                {induk: obj, "tahun": tahun, "triwulan": q},
                {"nilai": label},
                nilai.get((jenis[0].lower(), obj.pk, q)),
                dokumen_triwulan(q),
                tahun,
                f"{jenis} {obj.kode} {tahun} {label}",
            )
            for q, label in TRIWULAN
        ]
        periode = "" if i.variabel else obj.periode.kode
        sel = {"Jenis": jenis, "Periode": periode, "Kode": obj.kode, "Nama": i.label}
        lembar.tambah({**sel, "Satuan": i.satuan}, rekaman)
    return lembar


def _cek_tumpang(lain, awal, akhir):
    """Refuse a quarter's amount where an entry over other months already covers it."""

    def periksa(baru):
        pesan = alasan_tumpang_bulan(awal, akhir, [(r.bulan_awal, r.bulan_akhir) for r in lain])
        return [("nilai", f"{pesan} Ubah melalui formulir realisasi.")] if pesan else []

    return periksa


def _cek_pagu(lain):
    """The realisation form's rule on the row as it would be stored: the year's financial
    realisation (the quarters plus the entries over other months) may not exceed the
    budget in force. Checked only when the row changes the budget or a quarter's amount,
    so stored data the form never checked still reads back as no change."""
    uang = ["Pagu", "Pagu perubahan", *KEUANGAN]

    def periksa(tersimpan, nilai):
        berubah = [j for j in uang if not _sama(tersimpan[j], nilai[j])]
        if not berubah:
            return []
        entri = [(r.bulan_awal, r.bulan_akhir, r.nilai) for r in lain]
        for q, judul in enumerate(KEUANGAN, 1):
            if nilai[judul] is not None:
                entri.append((*bulan_triwulan(q), nilai[judul]))
        pesan = alasan_pagu(pagu_berlaku(nilai["Pagu"], nilai["Pagu perubahan"]), entri)
        if not pesan:
            return []
        # Point at the amount that was changed, else at the budget that was lowered.
        judul = next((j for j in reversed(berubah) if j in KEUANGAN), berubah[-1])
        return [(judul, pesan)]

    return periksa


def _rekaman_sub(sub, tahun):
    """The stored records one sub kegiatan row shows, and its financial entries that are
    not one whole quarter (shown for reference only, changed only through the form)."""
    keuangan = list(sub.realisasi_keuangan_set.all())
    fisik = {f.triwulan: f for f in sub.realisasi_fisik_set.all()}
    rekaman = [
        # The budget and the planned output are those the Perjanjian Kinerja of the year
        # is signed against; the output achieved is reported with Triwulan IV.
        Rekaman(
            ProgramKegiatan,
            {},
            {"pagu": "Pagu", "pagu_perubahan": "Pagu perubahan"},
            sub,
            Dokumen.PK,
            tahun,
            f"Pagu {sub.kode} {tahun}",
            tetap=True,
        ),
        Rekaman(
            ProgramKegiatan,
            {},
            {
                "keluaran": "Indikator keluaran",
                "satuan_keluaran": "Satuan keluaran",
                "target_keluaran": "Target keluaran",
            },
            sub,
            Dokumen.PK,
            tahun,
            f"Keluaran {sub.kode} {tahun}",
            tetap=True,
        ),
        Rekaman(
            ProgramKegiatan,
            {},
            {"realisasi_keluaran": "Realisasi keluaran"},
            sub,
            dokumen_triwulan(4),
            tahun,
            f"Realisasi keluaran {sub.kode} {tahun}",
            tetap=True,
        ),
    ]
    for q, judul in enumerate(KEUANGAN, 1):
        awal, akhir = bulan_triwulan(q)
        pas = [r for r in keuangan if (r.bulan_awal, r.bulan_akhir) == (awal, akhir)]
        lain = [r for r in keuangan if (r.bulan_awal, r.bulan_akhir) != (awal, akhir)]
        rekaman.append(
            Rekaman(
                RealisasiKeuangan,
                {"sub_kegiatan": sub, "bulan_awal": awal, "bulan_akhir": akhir},
                {"nilai": judul},
                pas[0] if pas else None,
                dokumen_triwulan(q),
                tahun,
                f"Realisasi keuangan {sub.kode} {tahun} {nama_triwulan(q)}",
                periksa=_cek_tumpang(lain, awal, akhir),
            )
        )
    for q, judul in enumerate(FISIK, 1):
        rekaman.append(
            Rekaman(
                RealisasiFisik,
                {"sub_kegiatan": sub, "triwulan": q},
                {"persen": judul},
                fisik.get(q),
                dokumen_triwulan(q),
                tahun,
                f"Realisasi fisik {sub.kode} {tahun} {nama_triwulan(q)}",
            )
        )
    lintas = [r for r in keuangan if r.bulan_awal % 3 != 1 or r.bulan_akhir != r.bulan_awal + 2]
    return rekaman, lintas


def lembar_anggaran(opd, tahun):
    """Program → kegiatan → sub kegiatan in budget order. Only sub kegiatan rows are read
    back; program and kegiatan rows show their totals as the RFK computes them."""
    kolom = [Kolom("Kode", "kunci", lebar=22), Kolom("Tingkat", lebar=16), Kolom("Nama", lebar=50)]
    kolom += [Kolom("Pagu", "angka", wajib=True, bawah=NOL, lebar=18)]
    kolom += [Kolom("Pagu perubahan", "angka", bawah=NOL, lebar=18)]
    kolom += [Kolom(judul, "angka", bawah=NOL, lebar=18) for judul in KEUANGAN]
    kolom += [Kolom(judul, "angka", bawah=NOL, atas=SERATUS) for judul in FISIK]
    kolom += [Kolom("Indikator keluaran", "teks", lebar=40), Kolom("Satuan keluaran", "teks")]
    kolom += [Kolom("Target keluaran", "angka", bawah=NOL)]
    kolom += [Kolom("Realisasi keluaran", "angka", bawah=NOL)]
    kolom += [Kolom("Pagu berlaku", lebar=18), Kolom("Realisasi setahun", lebar=18)]
    kolom.append(Kolom("Realisasi keuangan lain", lebar=40))
    lembar = Lembar("Anggaran", kolom)
    # One RFK per quarter (one tree for all four): a parent's amount and physical progress
    # at each quarter's end.
    pohon = pohon_anggaran(opd, tahun)
    rfk = {q: rfk_pohon(pohon, q) for q in range(1, 5)}
    per_triwulan = {q: {b.simpul.pos.pk: b for b in rfk[q] if b.simpul.pos} for q in rfk}
    for baris in rfk[4]:
        simpul = baris.simpul
        pos = simpul.pos
        if pos is None:
            continue  # the OPD total
        sel = {
            "Kode": pos.kode,
            "Nama": pos.nama,
            "Pagu berlaku": simpul.serapan.pagu,
            "Realisasi setahun": simpul.serapan.realisasi,
        }
        if pos.tingkat != ProgramKegiatan.Tingkat.SUB_KEGIATAN:
            sel["Tingkat"] = f"{pos.get_tingkat_display()} (jumlah, tidak diimpor)"
            for q in range(1, 5):
                b = per_triwulan[q][pos.pk]
                sel[KEUANGAN[q - 1]] = b.triwulan_ini
                # A mean of the sub kegiatan, rounded for display like every computed %.
                sel[FISIK[q - 1]] = None if b.fisik.nilai is None else bulatkan(b.fisik.nilai)
            lembar.tambah_rujukan(sel)
            continue
        rekaman, lain = _rekaman_sub(pos, tahun)
        sel["Tingkat"] = pos.get_tingkat_display()
        sel["Realisasi keuangan lain"] = "; ".join(
            f"{nama_rentang(r.bulan_awal, r.bulan_akhir)}: {format_rupiah(r.nilai)}" for r in lain
        )
        lembar.tambah(sel, rekaman, periksa=_cek_pagu(lain))
    return lembar


# --- the levels below the OPD's sasaran ---------------------------------------------------

TURUNAN = "Turunan Sasaran"
BIDANG_SIMPUL = {
    "tingkat": "Tingkat",
    "induk": "Induk",
    "nama": "Nama",
    "penanggung_jawab": "Penanggung jawab",
}


def _anggaran_simpul(simpul, tahun):
    """The codes of the year's budget lines that deliver a node, as its cell shows them."""
    kode = sorted(p.kode for p in simpul.program_kegiatan_set.all() if p.tahun == tahun)
    return "; ".join(kode)


def _kode_sel(teks):
    return [k.strip() for k in (teks or "").replace(",", ";").split(";") if k.strip()]


@dataclass
class _PohonBuku:
    """What the Turunan Sasaran sheet refers to: every sasaran of the plans in force by
    (periode kode, path), the OPD's officials by code and the year's budget lines by
    code."""

    simpul: dict  # (periode kode, path) -> Sasaran
    jalur: dict  # Sasaran pk -> path
    pejabat: dict  # kode -> Pejabat
    garis: dict  # kode -> ProgramKegiatan

    def cari(self, periode, jalur):
        return self.simpul.get((periode.kode, jalur))


def _baca_simpul(pohon, p):
    def baca(s):
        return {
            "tingkat": s.tingkat,
            "induk": pohon.jalur.get(s.induk_id, ""),
            "nama": s.nama,
            "penanggung_jawab": s.penanggung_jawab.kode if s.penanggung_jawab else "",
        }

    return baca


def _tulis_simpul(pohon, p):
    """Save a node's level, parent, name and owner as the row gives them."""

    def tulis(pengguna, s, baru, teks):
        nilai = {}
        for b, v in baru.items():
            if b == "induk":
                nilai["induk_id"] = pohon.cari(p, v).pk
            elif b == "penanggung_jawab":
                nilai["penanggung_jawab_id"] = pohon.pejabat[v].pk
            else:
                nilai[b] = v
        simpan(pengguna, s, nilai, asal=nilai_objek(s, nilai), **teks)

    return tulis


def _tulis_anggaran(pohon, tahun):
    """Set the year's budget lines of a node; those of its plan's other years stay."""

    def tulis(pengguna, s, baru, teks):
        semua = list(getattr(s, TAUTAN_TURUNAN).all())
        tetap = [g for g in semua if g.tahun != tahun]
        garis = tetap + [pohon.garis[k] for k in _kode_sel(baru["anggaran"])]
        asal = {TAUTAN_TURUNAN: [str(g.pk) for g in semua]}
        simpan(pengguna, s, {}, asal=asal, tautan={TAUTAN_TURUNAN: (garis, "pk")}, **teks)

    return tulis


# The budget lines that deliver a node of each level (the entry form's rule).
_GARIS_TINGKAT = {
    Sasaran.Tingkat.PROGRAM: {ProgramKegiatan.Tingkat.PROGRAM},
    Sasaran.Tingkat.KEGIATAN: {
        ProgramKegiatan.Tingkat.KEGIATAN,
        ProgramKegiatan.Tingkat.SUB_KEGIATAN,
    },
    Sasaran.Tingkat.INDIVIDU: {ProgramKegiatan.Tingkat.SUB_KEGIATAN},
}


def _cek_simpul(pohon, p, judul_anggaran):
    """A changed row's own cells: a known level, an existing parent of the same plan, an
    official of the OPD and budget lines of the year fitting the level. (The level against
    the parent's and cycles are checked over the whole sheet: `_cek_pohon`.)"""

    def periksa(tersimpan, nilai):
        judul = [*BIDANG_SIMPUL.values(), judul_anggaran]
        if all(_sama(tersimpan[j], nilai[j]) for j in judul):
            return []
        salah = []
        tingkat = nilai["Tingkat"]
        if tingkat not in _GARIS_TINGKAT:
            salah.append(("Tingkat", alasan_tingkat_turunan(tingkat, "sasaran")))
        if pohon.cari(p, nilai["Induk"]) is None:
            salah.append(("Induk", f"induk '{nilai['Induk']}' tidak ada di {p.kode}."))
        if nilai["Penanggung jawab"] not in pohon.pejabat:
            salah.append(
                (
                    "Penanggung jawab",
                    f"pejabat '{nilai['Penanggung jawab']}' tidak ada di OPD ini.",
                )
            )
        for kode in _kode_sel(nilai[judul_anggaran]):
            garis = pohon.garis.get(kode)
            if garis is None:
                salah.append((judul_anggaran, f"baris anggaran '{kode}' tidak ada."))
            elif tingkat in _GARIS_TINGKAT and garis.tingkat not in _GARIS_TINGKAT[tingkat]:
                sebut = garis.get_tingkat_display().lower()
                salah.append((judul_anggaran, f"{sebut} {kode} tidak melaksanakan {tingkat}."))
        return salah

    return periksa


def _cek_pohon(pohon, lembar):
    """The tree as the sheet would leave it: every changed node one level below its
    parent and above the nodes below it, and none under itself."""

    def periksa(perubahan):
        akhir = {s.pk: (s.tingkat, s.induk_id) for s in pohon.simpul.values()}
        nomor = {s.pk: s.nomor for s in pohon.simpul.values()}
        baris = {}
        for u in perubahan:
            rek = u.rekaman
            if rek.model is Sasaran and "tingkat" in rek.bidang:
                tingkat, induk = akhir[rek.obj.pk]
                tingkat = u.baru.get("tingkat", tingkat)
                if "induk" in u.baru and (x := pohon.cari(rek.periode, u.baru["induk"])):
                    induk = x.pk
                akhir[rek.obj.pk] = (tingkat, induk)
                baris[rek.obj.pk] = u
        galat = []

        def salah(u, judul, pesan):
            galat.append(Galat(lembar.nama, u.baris, lembar.huruf(judul), pesan))

        for pk, u in baris.items():
            tingkat, induk = akhir[pk]
            leluhur, x = [], induk
            while x is not None and x not in leluhur:
                leluhur.append(x)
                x = akhir.get(x, (None, None))[1]
            if pesan := alasan_leluhur(pk, leluhur):
                salah(u, "Induk", pesan)
                continue
            saudara = [nomor[a] for a, (_, i) in akhir.items() if i == induk and a != pk]
            if "induk" in u.baru and (pesan := alasan_nomor_saudara(nomor[pk], saudara)):
                salah(u, "Induk", pesan)
            if induk is not None and (pesan := alasan_tingkat_turunan(tingkat, akhir[induk][0])):
                salah(u, "Tingkat", pesan)
            for anak, (tingkat_anak, induk_anak) in akhir.items():
                if (
                    induk_anak == pk
                    and anak not in baris
                    and (pesan := alasan_tingkat_turunan(tingkat_anak, tingkat))
                ):
                    salah(u, "Tingkat", f"simpul {pohon.jalur[anak]} di bawahnya: {pesan}")
        return galat

    return periksa


def lembar_turunan(opd, tahun, pohon_rencana):
    """The nodes below the OPD's sasaran (sasaran program, kegiatan, individu), one row
    each, named by their plan and path ("1/2/1": tujuan 1, sasaran 2, sasaran program 1):
    level, parent (by path), name, owner (an official's code) and the year's budget lines
    (codes). Rows are changed here, never added or removed (the entry page does that)."""
    judul_anggaran = f"Anggaran {tahun}"
    lembar = Lembar(
        TURUNAN,
        [
            Kolom("Periode", "kunci"),
            Kolom("Kode", "kunci", lebar=12),
            Kolom("Tingkat", "teks", wajib=True, lebar=18, teks_murni=True),
            Kolom("Induk", "teks", wajib=True, lebar=12, teks_murni=True),
            Kolom("Nama", "teks", wajib=True, lebar=50),
            Kolom("Penanggung jawab", "teks", wajib=True, lebar=24, teks_murni=True),
            Kolom("Nama penanggung jawab", lebar=30),
            Kolom(judul_anggaran, "teks", lebar=40, teks_murni=True),
        ],
    )
    semua = list(_simpul_pohon(pohon_rencana))
    pohon = _PohonBuku(
        simpul={(p.kode, jalur): s for p, _, s, jalur in semua},
        jalur={s.pk: jalur for _, _, s, jalur in semua},
        pejabat={x.kode: x for x in Pejabat.objects.filter(opd=opd)},
        garis={g.kode: g for g in ProgramKegiatan.objects.filter(opd=opd, tahun=tahun)},
    )
    lembar.periksa = _cek_pohon(pohon, lembar)
    for p, _, s, jalur in semua:
        if s.tingkat == Sasaran.Tingkat.SASARAN:
            continue
        uraian = f"{uraian_sasaran(s)} ({p.kode}/{jalur})"
        rekaman = [
            Rekaman(
                Sasaran,
                {},
                BIDANG_SIMPUL,
                s,
                Dokumen.RENSTRA,
                p.tahun_awal,
                uraian,
                tetap=True,
                periode=p,
                baca=_baca_simpul(pohon, p),
                tulis=_tulis_simpul(pohon, p),
            ),
            # Linking a line changes the budget the year's PK is signed against.
            Rekaman(
                Sasaran,
                {},
                {"anggaran": judul_anggaran},
                s,
                Dokumen.PK,
                tahun,
                f"Anggaran {tahun} {uraian}",
                tetap=True,
                baca=lambda s: {"anggaran": _anggaran_simpul(s, tahun)},
                tulis=_tulis_anggaran(pohon, tahun),
            ),
        ]
        pj = s.penanggung_jawab
        sel = {"Periode": p.kode, "Kode": jalur, "Nama penanggung jawab": pj.nama if pj else ""}
        lembar.tambah(sel, rekaman, periksa=_cek_simpul(pohon, p, judul_anggaran))
    return lembar


def susun(opd, tahun):
    """The data sheets of the OPD's workbook for `tahun`, filled with the stored data."""
    pohon = _pohon(opd, tahun)
    indikator = _indikator(pohon)
    return [
        lembar_indikator(opd, tahun, indikator),
        lembar_target(opd, tahun, indikator),
        lembar_turunan(opd, tahun, pohon),
        lembar_nilai(opd, tahun),
        lembar_anggaran(opd, tahun),
    ]


# --- writing -----------------------------------------------------------------------------

ISI_PETUNJUK = [
    "Isi atau ubah hanya kolom berjudul kuning. Kolom abu-abu adalah kunci baris "
    "(jangan diubah) dan kolom putih hanya rujukan; perubahan di sana diabaikan.",
    "Angka boleh ditulis sebagai angka Excel atau sebagai teks dengan cara Indonesia, "
    "mis. 1.257,5 (titik pemisah ribuan, koma desimal). Angka tidak dibulatkan.",
    "Sel yang dikosongkan padahal sebelumnya berisi berarti nilai itu DIHAPUS. "
    "Menghapus baris tidak menghapus apa pun.",
    "Target tahunan dan atribut indikator termasuk Renstra; target triwulan, pagu dan keluaran "
    "sub kegiatan (indikator, satuan, target) termasuk Perjanjian Kinerja; nilai triwulan dan "
    "realisasi anggaran termasuk data triwulan masing-masing (nilai tahunan dan realisasi "
    "keluaran bersama Triwulan IV). Dokumen yang diajukan/disetujui atau jendela pengisian "
    "yang tertutup menolak perubahan.",
    "Lembar Anggaran: baris program dan kegiatan (abu-abu miring, kolom Tingkat bertanda "
    "'jumlah, tidak diimpor') hanya rujukan. Angkanya dijumlahkan dari sub kegiatan di "
    "bawahnya menurut data tersimpan (fisik: rata-rata, dibulatkan 2 desimal) dan perubahan "
    "di baris itu diabaikan. Kolom 'Pagu berlaku' dan 'Realisasi setahun' juga dihitung.",
    "Lembar Turunan Sasaran: satu baris per sasaran program, sasaran kegiatan dan sasaran "
    "individu rencana yang berlaku; Kode adalah jalurnya (nomor tujuan/sasaran/sasaran "
    "program/...). Ubah Tingkat (sasaran_program, sasaran_kegiatan, individu), Induk (jalur "
    "simpul satu tingkat di atasnya), Nama, Penanggung jawab (kode pejabat OPD ini, termasuk "
    "Plt./Plh.) dan Anggaran tahun ini (kode program untuk sasaran program; kegiatan atau sub "
    "kegiatan untuk sasaran kegiatan; sub kegiatan untuk sasaran individu; dipisah titik koma). "
    "Tingkat, induk dan penanggung jawab termasuk Renstra, anggarannya termasuk Perjanjian "
    "Kinerja. Simpul ditambah atau dihapus di halaman Isian rencana; indikator dan targetnya "
    "ada di lembar Indikator Renstra dan Target.",
    "Realisasi keuangan yang tercatat per bulan atau per rentang lintas triwulan tampil di "
    "kolom 'Realisasi keuangan lain' dan hanya dapat diubah melalui formulir realisasi.",
    "Total realisasi keuangan setahun sebuah sub kegiatan (termasuk 'Realisasi keuangan "
    "lain') tidak boleh melebihi pagu yang berlaku (pagu perubahan bila diisi), sama seperti "
    "pada formulir realisasi.",
    "Target Perjanjian Kinerja yang telah ditetapkan sengaja tidak ada di buku kerja: itu "
    "salinan target pada saat PK ditandatangani, dan hanya berubah dengan menetapkan PK "
    "perubahan (versi baru, dengan alasan) di halaman Perjanjian Kinerja. Kolom target "
    "triwulan di lembar Target adalah rencana aksi, bukan salinan itu.",
    "Unggah berkas ini di halaman Buku Kerja. Semua perubahan ditampilkan dahulu untuk "
    "diperiksa; setelah dikonfirmasi semuanya disimpan sekaligus, atau tidak sama sekali "
    "bila ada kesalahan.",
]
WARNA = {"kunci": "D9D9D9", "teks": "FFE699", "angka": "FFE699", "rujukan": "F2F2F2"}
WARNA_BARIS_RUJUKAN = "EDEDED"


def _tulis_angka(sel, nilai):
    with konteks():
        n = nilai.normalize()
    tanda, digit, eksponen = n.as_tuple()
    if len(digit) <= DIGIT_DOUBLE:
        bulat = eksponen >= 0
        sel.value = int(n) if bulat else float(n)
        sel.number_format = "#,##0" if bulat else "General"
    else:  # a double would lose digits: Indonesian text ("1234,5"), read back exactly
        sel.value = f"{n:f}".replace(".", ",")
        sel.alignment = Alignment(horizontal="right")


def _tulis(sel, nilai):
    if isinstance(nilai, Decimal):
        _tulis_angka(sel, nilai)
    elif nilai not in (None, ""):
        sel_xlsx(sel, str(nilai))  # text starting with "=" is not a formula


def buat_buku(opd, tahun):
    """The workbook (.xlsx bytes) of `opd` for `tahun`, filled with the stored data."""
    buku = Workbook()
    petunjuk = buku.active
    petunjuk.title = PETUNJUK
    petunjuk.append(["Buku kerja sakip"])
    petunjuk["A1"].font = Font(bold=True, size=14)
    for baris in (["OPD", opd.nama], ["Kode OPD", opd.slug], ["Tahun", tahun], []):
        petunjuk.append(baris)
    for i, teks in enumerate(ISI_PETUNJUK, 1):
        petunjuk.append([f"{i}.", teks])
        petunjuk.cell(petunjuk.max_row, 2).alignment = Alignment(wrap_text=True)
    petunjuk.column_dimensions["A"].width = 12
    petunjuk.column_dimensions["B"].width = 100
    for lembar in susun(opd, tahun):
        ls = buku.create_sheet(lembar.nama)
        for k, kolom in enumerate(lembar.kolom, 1):
            sel = ls.cell(1, k, kolom.judul)
            sel.font = Font(bold=True)
            sel.fill = PatternFill("solid", fgColor=WARNA[kolom.jenis])
            sel.alignment = Alignment(wrap_text=True, vertical="top")
            ls.column_dimensions[get_column_letter(k)].width = kolom.lebar
        for r, baris in enumerate(lembar.baris, 2):
            for k, kolom in enumerate(lembar.kolom, 1):
                sel = ls.cell(r, k)
                if kolom.jenis == "kunci" or kolom.teks_murni:
                    sel.number_format = "@"
                if baris.rujukan:
                    sel.fill = PatternFill("solid", fgColor=WARNA_BARIS_RUJUKAN)
                    sel.font = Font(italic=True)
                _tulis(sel, baris.sel.get(kolom.judul))
        ls.freeze_panes = "A2"
    keluaran = BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()


# --- reading and comparing --------------------------------------------------------------


@dataclass(frozen=True)
class Galat:
    lembar: str
    baris: int | None
    kolom: str | None
    pesan: str

    def __str__(self):
        tempat = [f"Lembar '{self.lembar}'"] if self.lembar else []
        tempat += [f"baris {self.baris}"] if self.baris else []
        tempat += [f"kolom {self.kolom}"] if self.kolom else []
        return f"{', '.join(tempat)}: {self.pesan}" if tempat else self.pesan


@dataclass
class Perubahan:
    lembar: str
    baris: int
    kolom: str  # letter of the record's first column
    rekaman: Rekaman
    tindakan: str  # "buat", "ubah" or "hapus"
    lama: dict  # field -> stored value
    baru: dict  # field -> new value (empty for a deletion)

    @property
    def label(self):
        return {"buat": "Baru", "ubah": "Ubah", "hapus": "Hapus"}[self.tindakan]

    def rincian(self):
        """(column title, old, new) per field shown in the preview."""
        bidang = self.baru if self.tindakan != "hapus" else self.lama
        return [
            (
                self.rekaman.bidang[b],
                tampil(self.lama[b]),
                "(dihapus)" if self.tindakan == "hapus" else tampil(self.baru[b]),
            )
            for b in bidang
        ]


@dataclass
class Hasil:
    perubahan: list
    galat: list

    @property
    def sidik(self):
        """A fingerprint of the change list, to tell whether it is still the one previewed."""
        teks = repr([(p.lembar, p.baris, p.rekaman.uraian, p.rincian()) for p in self.perubahan])
        return hashlib.sha256(teks.encode()).hexdigest()


def tampil(nilai):
    if nilai is None or nilai == "":
        return "(kosong)"
    return format_tepat(nilai) if isinstance(nilai, Decimal) else str(nilai)


def _teks(nilai):
    if nilai is None:
        return ""
    if isinstance(nilai, float):
        return format(Decimal(repr(nilai)), "f") if nilai == nilai else ""
    return str(nilai).strip()


def _angka(nilai, kolom):
    """The exact Decimal a cell holds (None when empty); AngkaError otherwise."""
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        return None
    if isinstance(nilai, bool | date | datetime | time):
        raise AngkaError(f"'{nilai}' bukan angka yang valid.")
    if isinstance(nilai, int):
        angka = Decimal(nilai)
    elif isinstance(nilai, float):
        # repr is the shortest text that reads back to the stored double.
        angka = Decimal(repr(nilai))
        if not angka.is_finite():
            raise AngkaError(f"'{nilai}' bukan angka yang valid.")
    else:
        angka = parse_angka(str(nilai))
    if pesan := tidak_muat(angka):
        raise AngkaError(f"{pesan}.")
    if kolom.bawah is not None and angka < kolom.bawah:
        raise AngkaError(f"nilai tidak boleh kurang dari {format_tepat(kolom.bawah)}.")
    if kolom.atas is not None and angka > kolom.atas:
        raise AngkaError(f"nilai tidak boleh lebih dari {format_tepat(kolom.atas)}.")
    return angka


def _nilai_sel(nilai, kolom):
    baru = _angka(nilai, kolom) if kolom.jenis == "angka" else _teks(nilai)
    if isinstance(baru, str) and (pesan := kendali(baru)):
        raise SelSalah(pesan)
    if kolom.wajib and baru in (None, ""):
        raise SelSalah("wajib diisi.")
    return baru


def _sama(lama, baru):
    if isinstance(lama, str) or isinstance(baru, str):
        # Stored text is written as `tertulis` shows it: unchanged, it reads back equal.
        return tertulis(lama or "").strip() == (baru or "").strip()
    return lama == baru


def _banding(rek, baru):
    """(action, new values) turning the stored record into what the row holds, or None."""
    lama = rek.lama()
    ubah = {b: v for b, v in baru.items() if not _sama(lama[b], v)}
    if not ubah:
        return None
    if rek.tetap:
        return "ubah", ubah
    utama = next(iter(rek.bidang))
    if all(v is None for v in baru.values()):
        return "hapus", {}
    if baru[utama] is None:
        raise SelSalah(f"kolom '{rek.bidang[utama]}' harus diisi bila kolom lain diisi.")
    return ("ubah", ubah) if rek.obj else ("buat", baru)


def _buka(data, nama_lembar):
    """The rows (values) of those of the named sheets the workbook has, read in openpyxl's
    streaming mode after the zip guard; BukuKerjaError for a file that cannot be read."""
    try:
        periksa_arsip(data, ".xlsx", "xl/workbook.xml")
        buku = load_workbook(BytesIO(data), data_only=True, read_only=True)
        try:
            return {
                nama: list(batasi_sel(buku[nama].iter_rows(values_only=True)))
                for nama in nama_lembar
                if nama in buku.sheetnames
            }
        finally:
            buku.close()
    except ArsipError as e:
        raise BukuKerjaError(str(e)) from None
    except Exception as e:  # openpyxl raises many types for a malformed part
        raise BukuKerjaError(f"Berkas tidak dapat dibaca: {e}") from None


def _periksa_petunjuk(isi_berkas, opd, tahun):
    if PETUNJUK not in isi_berkas:
        return [
            Galat(
                "",
                None,
                None,
                "Lembar 'Petunjuk' tidak ada; gunakan buku kerja yang diunduh dari sakip.",
            )
        ]
    isi = {_teks(a): _teks(b) for a, b, *_ in ((*r, None, None) for r in isi_berkas[PETUNJUK])}
    if (isi.get("Kode OPD"), isi.get("Tahun")) != (opd.slug, str(tahun)):
        return [
            Galat(
                PETUNJUK,
                None,
                None,
                f"buku kerja ini untuk OPD '{isi.get('Kode OPD', '')}' tahun "
                f"{isi.get('Tahun', '')}, bukan untuk {opd.slug} tahun {tahun}.",
            )
        ]
    return []


def _baca_lembar(lembar, baris_berkas, perubahan, galat):
    judul = [k.judul for k in lembar.kolom]
    kepala = [_teks(s) for s in (baris_berkas[0] if baris_berkas else ())]
    if kepala[: len(judul)] != judul:
        galat.append(
            Galat(
                lembar.nama,
                1,
                None,
                "judul kolom tidak sesuai templat; unduh buku kerja "
                "yang baru dan salin isinya ke sana.",
            )
        )
        return
    menurut_kunci = {lembar.kunci(b.sel): b for b in lembar.baris}
    sudah = {}
    for nomor, isi in enumerate(baris_berkas[1:], 2):
        sel = dict(zip(judul, [*isi, *[None] * len(judul)][: len(judul)], strict=True))
        if all(_teks(v) == "" for v in sel.values()):
            continue
        kunci = lembar.kunci(sel)
        baris = menurut_kunci.get(kunci)
        letak = lembar.huruf(next(k.judul for k in reversed(lembar.kolom) if k.jenis == "kunci"))
        if baris is None:
            nama = " / ".join(k for k in kunci if k)
            galat.append(
                Galat(
                    lembar.nama,
                    nomor,
                    letak,
                    f"kode '{nama}' tidak dikenal untuk OPD dan tahun ini.",
                )
            )
            continue
        if kunci in sudah:
            galat.append(
                Galat(lembar.nama, nomor, letak, f"baris ini sama dengan baris {sudah[kunci]}.")
            )
            continue
        sudah[kunci] = nomor
        if not baris.rujukan:  # a context row's cells are never read
            _baca_baris(lembar, nomor, sel, baris, perubahan, galat)


def _baca_baris(lembar, nomor, sel, baris, perubahan, galat):
    """Compare one row with the records it shows: its changes, or why it cannot be stored."""

    def salah(judul, pesan):
        galat.append(Galat(lembar.nama, nomor, lembar.huruf(judul), pesan))

    nilai = {}
    for k in lembar.kolom:
        if k.ubah:
            try:
                nilai[k.judul] = _nilai_sel(sel[k.judul], k)
            except (AngkaError, SelSalah) as e:
                salah(k.judul, str(e))
    for rek in baris.rekaman:
        if any(j not in nilai for j in rek.bidang.values()):
            continue  # its cell is already reported
        baru = {b: nilai[j] for b, j in rek.bidang.items()}
        try:
            hasil = _banding(rek, baru)
        except SelSalah as e:
            salah(next(iter(rek.bidang.values())), str(e))
            continue
        if hasil is None:
            continue
        tindakan, ubah = hasil
        masalah = []
        if tindakan != "hapus":
            masalah = terlalu_panjang(rek.model, baru) + (rek.periksa(baru) if rek.periksa else [])
        for b, pesan in masalah:
            salah(rek.bidang[b], pesan)
        if not masalah:
            huruf = lembar.huruf(rek.bidang[next(iter(ubah or rek.bidang))])
            perubahan.append(Perubahan(lembar.nama, nomor, huruf, rek, tindakan, rek.lama(), ubah))
    if baris.periksa and all(k.judul in nilai for k in lembar.kolom if k.ubah):
        for judul, pesan in baris.periksa(baris.sel, nilai):
            salah(judul, pesan)


def _alasan_tolak(pengguna, opd, rek):
    """Why the user may not make this record's change (None when they may): the plan's
    rule for Renstra content, the document's lock for the rest."""
    if rek.periode is not None:
        return alasan_tidak_boleh_ubah_rencana(
            pengguna, rek.periode, rek.tahun_dokumen, rek.dokumen
        )
    return alasan_tidak_boleh_isi(pengguna, opd, rek.tahun_dokumen, rek.dokumen)


def _periksa_izin(pengguna, opd, perubahan):
    alasan, galat = {}, []
    for p in perubahan:
        rek = p.rekaman
        kunci = (rek.tahun_dokumen, rek.dokumen, rek.periode.pk if rek.periode else None)
        if kunci not in alasan:
            alasan[kunci] = _alasan_tolak(pengguna, opd, rek)
        if alasan[kunci]:
            pesan = f"{rek.uraian} tidak dapat diubah: {alasan[kunci]}"
            galat.append(Galat(p.lembar, p.baris, p.kolom, pesan))
    return galat


def bandingkan(pengguna, opd, tahun, data):
    """Read the uploaded workbook (bytes) and compare it with the stored data: the changes
    it asks for and every problem found (then nothing may be applied). Raises
    BukuKerjaError for a file that is no readable workbook."""
    lembar_data = susun(opd, tahun)
    isi_berkas = _buka(data, [PETUNJUK, *(lembar.nama for lembar in lembar_data)])
    galat = _periksa_petunjuk(isi_berkas, opd, tahun)
    perubahan = []
    if galat:
        return Hasil([], galat)
    dikenal = 0
    for lembar in lembar_data:
        if lembar.nama in isi_berkas:
            dikenal += 1
            _baca_lembar(lembar, isi_berkas[lembar.nama], perubahan, galat)
            if lembar.periksa:
                galat += lembar.periksa([p for p in perubahan if p.lembar == lembar.nama])
    if not dikenal:
        galat.append(Galat("", None, None, "Tidak ada lembar data buku kerja sakip dalam berkas."))
    galat += _periksa_izin(pengguna, opd, perubahan)
    return Hasil(perubahan, galat)


@tersimpan.tunda()
def terapkan(pengguna, opd, tahun, data, nama_berkas, sidik):
    """Compare the workbook again and, when the changes are still exactly those previewed
    (fingerprint `sidik`) and nothing is wrong, apply all of them in one transaction
    (stored results invalidated once, at its end), with one audit record per changed
    record. Returns (result, applied)."""
    hasil = bandingkan(pengguna, opd, tahun, data)
    if hasil.galat or hasil.sidik != sidik:
        return hasil, False
    alasan = f"Impor buku kerja {nama_berkas}"
    for p in hasil.perubahan:
        rek = p.rekaman
        teks = {"uraian": rek.uraian, "opd": opd, "alasan": alasan}
        if rek.tulis:
            rek.tulis(pengguna, rek.obj, p.baru, teks)
        elif p.tindakan == "hapus":
            # The record keeps what identifies the row (a value's period too), as the entry
            # page's does: the trail then lists it under its own document only.
            kunci = {
                f"{k}_id" if isinstance(v, Model) else k: getattr(v, "pk", v)
                for k, v in rek.kunci.items()
            }
            hapus(pengguna, rek.obj, [*kunci, *rek.bidang], asal=kunci | p.lama, **teks)
        else:
            obj = rek.obj or rek.model(**rek.kunci)
            simpan(pengguna, obj, p.baru, asal={b: p.lama[b] for b in p.baru}, **teks)
    return hasil, True
