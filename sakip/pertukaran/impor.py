"""Import of one Pemda (with its OPDs) from the canonical data format.

Two passes: `periksa` validates the whole file without touching the database and
collects every problem with its place in the file; only a clean file is written, in
one transaction, by `tulis_ke_basis_data`. Importing the same file twice changes
nothing: rows are matched by their natural keys (slug, kode, nomor, tahun) and
updated; rows under an imported OPD or Pemda that the file no longer lists are removed.
Every record created, changed or deleted leaves one audit record (`penulis.Penulis`).
"""

import datetime
from decimal import Decimal, InvalidOperation

from sakip.anggaran.aturan import kode_di_luar_daftar
from sakip.anggaran.models import Nomenklatur
from sakip.dasar.teks import kendali
from sakip.instansi.models import OPD, Pejabat, Pemda
from sakip.kinerja.anggaran import parse_kode, periksa_kode
from sakip.kinerja.angka import tidak_muat
from sakip.kinerja.capaian import Agregasi, Polaritas
from sakip.kinerja.pohon import CaraGabung
from sakip.kinerja.predikat import PRESET
from sakip.kinerja.rumus import FormulaError, parse
from sakip.pelaporan.aturan import alasan_analisis
from sakip.pelaporan.models import AnalisisIndikator, Narasi, ProfilOPD
from sakip.pengukuran import tersimpan
from sakip.pengukuran.models import NilaiDilaporkan, NilaiVariabel, Realisasi, Variabel
from sakip.perencanaan.aturan import (
    alasan_dalam_induk,
    alasan_tahun_periode,
    alasan_target,
    alasan_tumpang_periode,
)
from sakip.perencanaan.models import (
    Indikator,
    Misi,
    Periode,
    PerjanjianKinerja,
    Sasaran,
    Target,
    TargetPK,
    Tujuan,
)
from sakip.perencanaan.pohon import URUTAN_TINGKAT, tingkat_anak

from . import impor_aksi, impor_anggaran, impor_lintas
from .berkas import muat
from .penulis import ImporError, Penulis

FORMAT = "sakip-data/1"


KUNCI = {
    "berkas": {"format", "pemda"},
    "pemda": {
        "slug",
        "nama",
        "jenis",
        "provinsi",
        "skala_predikat",
        "batas_capaian",
        "gabung_capaian",
        "nomenklatur",
        "pejabat",
        "variabel",
        "periode",
        "opd",
        "crosscutting",
    },
    "opd": {
        "slug",
        "nama",
        "singkatan",
        "pejabat",
        "variabel",
        "periode",
        "anggaran",
        "narasi",
        "profil",
        "perjanjian_kinerja",
        "rencana_aksi",
    },
    "profil": {*ProfilOPD.BIDANG},
    "perjanjian_kinerja": {
        "tahun",
        "pemegang",
        "versi",
        "tanggal",
        "pihak_pertama",
        "pihak_kedua",
        "alasan",
        "target",
    },
    "nomenklatur": {"kode", "nama"},
    "pejabat": {"kode", "nama", "nip", "pangkat", "golongan", "jabatan", "tercetak"},
    "tercetak": {"sumber", "nama", "nip"},
    "variabel": {"kode", "nama", "satuan", "agregasi", "sumber", "nilai"},
    "periode": {
        "kode",
        "jenis",
        "nama",
        "tahun_awal",
        "tahun_akhir",
        "induk",
        "visi",
        "dasar_hukum",
        "tanggal_penetapan",
        "penandatangan",
        "misi",
        "tujuan",
    },
    "tujuan": {"nomor", "nama", "misi", "melayani", "indikator", "sasaran"},
    "sasaran": {"nomor", "nama", "melayani", "indikator", "anak"},
    # A node below an OPD sasaran (sasaran program, kegiatan, individu), under the one
    # it serves.
    "turunan": {"tingkat", "nomor", "nama", "penanggung_jawab", "indikator", "anak"},
    "indikator": {
        "kode",
        "nama",
        "satuan",
        "jenis",
        "polaritas",
        "rumus",
        "rumus_uraian",
        "komponen",
        "asal_data",
        "jenis_data",
        "sumber_data",
        "baseline",
        "target",
        "target_akhir",
        "agregasi",
        "iku",
        "realisasi",
        "dilaporkan",
        "standar_nasional",
        "analisis",
    },
    "baseline": {"tahun", "nilai"},
    "analisis": {"analisis", "solusi"},
    "dilaporkan": {
        "tahun",
        "sumber",
        "target",
        "realisasi",
        "capaian",
        "kategori",
        "satuan",
        "nama",
    },
    **impor_anggaran.KUNCI,
    **impor_aksi.KUNCI,
    **impor_lintas.KUNCI,
}


def impor_teks(teks: str, *, alasan="Impor berkas data", jejak=True) -> Pemda:
    """Import a file's text; `alasan` is the audit trail's reason, `jejak=False` writes
    no trail (the demo data)."""
    data = muat(teks)
    periksa(data)
    return tulis_ke_basis_data(data, Penulis(alasan=alasan, jejak=jejak))


# --- pass 1: validation -------------------------------------------------------------


class _Pemeriksa:
    def __init__(self):
        self.kesalahan = []

    def salah(self, tempat, pesan):
        self.kesalahan.append(f"{tempat}: {pesan}")

    def objek(self, nilai, jenis, tempat, wajib=()):
        if not isinstance(nilai, dict):
            self.salah(tempat, "harus berupa pemetaan (kunci: nilai)")
            return {}
        for kunci in sorted(set(nilai) - KUNCI[jenis]):
            self.salah(tempat, f"kunci '{kunci}' tidak dikenal")
        for kunci in wajib:
            if nilai.get(kunci) in (None, ""):
                self.salah(tempat, f"'{kunci}' wajib diisi")
        return nilai

    def daftar(self, induk, kunci, tempat):
        nilai = induk.get(kunci) or []
        if not isinstance(nilai, list):
            self.salah(f"{tempat}.{kunci}", "harus berupa daftar")
            return []
        return nilai

    def pilihan(self, induk, kunci, pilihan, tempat, bawaan=None):
        nilai = induk.get(kunci, bawaan)
        if nilai is not None and nilai not in pilihan:
            daftar = ", ".join(sorted(pilihan))
            self.salah(f"{tempat}.{kunci}", f"'{nilai}' bukan pilihan yang sah ({daftar})")

    def angka(self, nilai, tempat):
        """Check a number and return it as Decimal (None when invalid)."""
        if isinstance(nilai, bool) or not isinstance(nilai, (int, str)):
            self.salah(tempat, f"'{nilai}' bukan angka")
            return None
        try:
            hasil = Decimal(str(nilai).strip())
        except InvalidOperation:
            saran = (
                " (di berkas data gunakan titik untuk desimal, mis. 51.00)"
                if "," in str(nilai)
                else ""
            )
            self.salah(tempat, f"'{nilai}' bukan angka{saran}")
            return None
        if pesan := tidak_muat(hasil):
            self.salah(tempat, f"'{nilai}': {pesan}")
            return None
        return hasil

    def tahun(self, nilai, tempat):
        if not isinstance(nilai, int) or isinstance(nilai, bool) or not 1900 <= nilai <= 2200:
            self.salah(tempat, f"'{nilai}' bukan tahun yang sah")
            return None
        return nilai

    def waktu(self, kunci, tempat):
        """A key of a per-period mapping: 2024 (the year) or '2024-T1' (a quarter)."""
        if isinstance(kunci, int):
            return (self.tahun(kunci, tempat), 0)
        teks = str(kunci)
        if len(teks) == 7 and teks[4:6] == "-T" and teks[:4].isdigit() and teks[6] in "1234":
            return (int(teks[:4]), int(teks[6]))
        self.salah(tempat, f"'{kunci}' harus berupa tahun (2024) atau triwulan (2024-T1)")
        return None

    def deret(self, induk, kunci, tempat, rentang=None):
        """A mapping of year/quarter to number, or to a target when `rentang` says
        whether the indicator takes range targets ([a, b])."""
        nilai = induk.get(kunci) or {}
        if not isinstance(nilai, dict):
            self.salah(f"{tempat}.{kunci}", "harus berupa pemetaan tahun: nilai")
            return
        for waktu, isi in nilai.items():
            di = f"{tempat}.{kunci}.{waktu}"
            self.waktu(waktu, di)
            self.angka(isi, di) if rentang is None else self.nilai_target(isi, di, rentang)

    def nilai_target(self, isi, tempat, rentang):
        """A target: a number, or [lower, upper] for a range indicator (`rentang`)."""
        if isinstance(isi, list):
            if len(isi) != 2:
                self.salah(tempat, "target rentang harus berupa [bawah, atas]")
                return
            bawah, atas = (self.angka(x, tempat) for x in isi)
            if bawah is None or atas is None:
                return
        elif (bawah := self.angka(isi, tempat)) is None:
            return
        else:
            atas = None
        if salah := alasan_target(rentang, bawah, atas):
            self.salah(tempat, salah[1])


def periksa(data):
    """Validate a loaded file; raise ImporError listing every problem found."""
    p = _Pemeriksa()
    _periksa_kendali(p, data, "")
    berkas = p.objek(data, "berkas", "berkas", wajib=("format", "pemda"))
    if berkas.get("format") not in (None, FORMAT):
        p.salah("format", f"format '{berkas.get('format')}' tidak dikenal (harus {FORMAT})")
    pemda = p.objek(berkas.get("pemda") or {}, "pemda", "pemda", wajib=("slug", "nama", "jenis"))
    p.pilihan(pemda, "jenis", set(Pemda.Jenis.values), "pemda")
    p.pilihan(pemda, "skala_predikat", set(PRESET), "pemda")
    p.pilihan(pemda, "gabung_capaian", {c.value for c in CaraGabung}, "pemda")
    if pemda.get("batas_capaian") is not None:
        p.angka(pemda["batas_capaian"], "pemda.batas_capaian")

    nomenklatur = _periksa_nomenklatur(p, pemda)
    pejabat_kode = set()
    sasaran_pemda = set()
    variabel_pemda = _periksa_variabel(p, pemda, "pemda")
    for i, pj in enumerate(p.daftar(pemda, "pejabat", "pemda")):
        _periksa_pejabat(p, pj, f"pemda.pejabat[{i}]", pejabat_kode)
    periode_kode = {}
    _periksa_periode_daftar(
        p, pemda, "pemda", periode_kode, pejabat_kode, variabel_pemda, sasaran_pemda, None
    )
    slug_opd = set()
    sasaran_per_opd = {}
    for i, opd in enumerate(p.daftar(pemda, "opd", "pemda")):
        tempat = f"pemda.opd[{i}]"
        opd = p.objek(opd, "opd", tempat, wajib=("slug", "nama"))
        if opd.get("slug") in slug_opd:
            p.salah(tempat, f"slug OPD '{opd['slug']}' ganda")
        slug_opd.add(opd.get("slug"))
        for j, pj in enumerate(p.daftar(opd, "pejabat", tempat)):
            _periksa_pejabat(p, pj, f"{tempat}.pejabat[{j}]", pejabat_kode)
        variabel = variabel_pemda | _periksa_variabel(p, opd, tempat)
        sasaran_opd = sasaran_per_opd[opd.get("slug")] = set()
        _periksa_periode_daftar(
            p, opd, tempat, periode_kode, pejabat_kode, variabel, sasaran_opd, sasaran_pemda
        )
        impor_anggaran.periksa(p, opd, tempat, sasaran_opd, nomenklatur)
        _periksa_narasi(p, opd, tempat)
        _periksa_profil(p, opd, tempat)
        _periksa_pk(p, opd, tempat, pejabat_kode)
        impor_aksi.periksa(p, opd, tempat)
    impor_lintas.periksa(p, pemda, sasaran_per_opd)
    if p.kesalahan:
        raise ImporError(p.kesalahan)


def _periksa_kendali(p, nilai, tempat):
    """Every text of the file, wherever it is: no control character (YAML's "\\e" and
    "\\x85" escapes let a file carry them), each reported at its place."""
    if isinstance(nilai, dict):
        for kunci, isi in nilai.items():
            di = f"{tempat}.{kunci}" if tempat else str(kunci)
            if isinstance(kunci, str) and (pesan := kendali(kunci)):
                p.salah(di, f"kunci {pesan}")
            _periksa_kendali(p, isi, di)
    elif isinstance(nilai, list):
        for i, isi in enumerate(nilai):
            _periksa_kendali(p, isi, f"{tempat}[{i}]")
    elif isinstance(nilai, str) and (pesan := kendali(nilai)):
        p.salah(tempat, pesan)


def _periksa_nomenklatur(p, pemda):
    """The codes of the Pemda's reference list in the file, or None when it has none."""
    if "nomenklatur" not in pemda:
        return None
    daftar = []
    for i, n in enumerate(p.daftar(pemda, "nomenklatur", "pemda")):
        n = p.objek(n, "nomenklatur", f"pemda.nomenklatur[{i}]", wajib=("kode", "nama"))
        daftar.append((str(n.get("kode")), str(n.get("nama")), f"pemda.nomenklatur[{i}]"))
    p.kesalahan += periksa_kode(daftar)
    return {kode for kode, _, _ in daftar}


def _indikator_opd(opd):
    """'kode-periode/kode-indikator' of every indicator in an OPD's data (those of the
    nodes below its sasaran too, which an official's PK commits to) -> whether it takes
    range targets."""

    def turunan(simpul):
        for anak in simpul.get("anak") or []:
            if isinstance(anak, dict):
                yield from anak.get("indikator") or []
                yield from turunan(anak)

    return {
        f"{pr.get('kode')}/{ind.get('kode')}": ind.get("polaritas") == Polaritas.RENTANG
        for pr in opd.get("periode") or []
        for tj in pr.get("tujuan") or []
        for ind in [
            *(tj.get("indikator") or []),
            *(i for ss in tj.get("sasaran") or [] for i in ss.get("indikator") or []),
            *(i for ss in tj.get("sasaran") or [] for i in turunan(ss)),
        ]
    }


def _periksa_pk(p, opd, tempat, pejabat):
    indikator = _indikator_opd(opd)
    versi = set()
    for i, pk in enumerate(p.daftar(opd, "perjanjian_kinerja", tempat)):
        di = f"{tempat}.perjanjian_kinerja[{i}]"
        pk = p.objek(pk, "perjanjian_kinerja", di, wajib=("tahun", "versi"))
        p.tahun(pk.get("tahun"), f"{di}.tahun")
        if not isinstance(pk.get("versi"), int) or pk["versi"] < 1:
            p.salah(f"{di}.versi", "versi harus bilangan bulat mulai 1")
        kunci_versi = (pk.get("pemegang"), pk.get("tahun"), pk.get("versi"))
        if kunci_versi in versi:
            p.salah(di, "pemegang, tahun dan versi yang sama sudah ada")
        versi.add(kunci_versi)
        for pihak in ("pemegang", "pihak_pertama", "pihak_kedua"):
            if pk.get(pihak) is not None and pk[pihak] not in pejabat:
                p.salah(f"{di}.{pihak}", f"pejabat '{pk[pihak]}' tidak ada")
        if pk.get("tanggal") is not None and not isinstance(pk["tanggal"], datetime.date):
            p.salah(f"{di}.tanggal", f"'{pk['tanggal']}' bukan tanggal (TTTT-BB-HH)")
        for kunci, nilai in (pk.get("target") or {}).items():
            if kunci in indikator:
                p.nilai_target(nilai, f"{di}.target.{kunci}", indikator[kunci])
            else:
                p.salah(
                    f"{di}.target", f"indikator '{kunci}' tidak ada (bentuk: kode-periode/kode)"
                )


def _periksa_narasi(p, opd, tempat):
    narasi = opd.get("narasi") or {}
    if not isinstance(narasi, dict):
        p.salah(f"{tempat}.narasi", "harus berupa pemetaan tahun: {bagian: teks}")
        return
    for tahun, bagian in narasi.items():
        p.tahun(tahun, f"{tempat}.narasi.{tahun}")
        if not isinstance(bagian, dict):
            p.salah(f"{tempat}.narasi.{tahun}", "harus berupa pemetaan bagian: teks")
            continue
        for kunci in sorted(set(bagian) - set(Narasi.Bagian.values)):
            p.salah(f"{tempat}.narasi.{tahun}", f"bagian '{kunci}' tidak dikenal")


def _periksa_profil(p, opd, tempat):
    """The OPD profile: texts, and `dasar_hukum` a list of texts (one regulation each)."""
    if opd.get("profil") is None:
        return
    profil = p.objek(opd["profil"], "profil", f"{tempat}.profil")
    for kunci, isi in profil.items():
        di = f"{tempat}.profil.{kunci}"
        if kunci == "dasar_hukum":
            if not isinstance(isi, list) or not all(isinstance(x, str) for x in isi):
                p.salah(di, "harus berupa daftar teks, satu peraturan per butir")
            elif any("\n" in x for x in isi):
                p.salah(di, "satu peraturan per butir, tanpa baris baru di dalamnya")
        elif kunci in ProfilOPD.BIDANG and not isinstance(isi, str):
            p.salah(di, "harus berupa teks")


def _tulis_profil(penulis, opd, profil):
    """The OPD profile as the file gives it; a file without one removes the stored one."""
    profil = profil or {}
    nilai = {
        b: "\n".join(profil.get(b) or []) if b == "dasar_hukum" else (profil.get(b) or "")
        for b in ProfilOPD.BIDANG
    }
    penulis.sinkron(ProfilOPD, {"opd": opd}, [], [nilai] if profil else [])


def _periksa_pejabat(p, pj, tempat, kode_terpakai):
    pj = p.objek(pj, "pejabat", tempat, wajib=("kode", "nama", "jabatan"))
    if pj.get("kode") in kode_terpakai:
        p.salah(tempat, f"kode pejabat '{pj['kode']}' ganda")
    kode_terpakai.add(pj.get("kode"))
    for i, t in enumerate(p.daftar(pj, "tercetak", tempat)):
        p.objek(t, "tercetak", f"{tempat}.tercetak[{i}]", wajib=("sumber", "nama"))


def _periksa_variabel(p, pemilik, tempat):
    kode = set()
    for i, v in enumerate(p.daftar(pemilik, "variabel", tempat)):
        di = f"{tempat}.variabel[{i}]"
        v = p.objek(v, "variabel", di, wajib=("kode", "nama"))
        if v.get("kode") in kode:
            p.salah(di, f"kode variabel '{v['kode']}' ganda")
        if v.get("kode") is not None and not str(v["kode"]).isidentifier():
            p.salah(di, f"kode variabel '{v['kode']}' harus berupa nama (huruf, angka, _)")
        kode.add(v.get("kode"))
        p.pilihan(v, "agregasi", {a.value for a in Agregasi}, di)
        p.deret(v, "nilai", di)
    return kode


def _periksa_periode_daftar(
    p, pemilik, tempat, periode_kode, pejabat, variabel, sasaran_sendiri, sasaran_pemda
):
    daftar = p.daftar(pemilik, "periode", tempat)
    kode_di_sini = {pr.get("kode") for pr in daftar if isinstance(pr, dict)}
    tahun = {}  # index -> (first year, last year), when both are years
    for i, pr in enumerate(daftar):
        di = f"{tempat}.periode[{i}]"
        pr = p.objek(
            pr, "periode", di, wajib=("kode", "jenis", "nama", "tahun_awal", "tahun_akhir")
        )
        kode = pr.get("kode")
        if kode in periode_kode:
            p.salah(di, f"kode periode '{kode}' ganda")
        periode_kode[kode] = pr
        p.pilihan(pr, "jenis", set(Periode.Jenis.values), di)
        awal = p.tahun(pr.get("tahun_awal"), f"{di}.tahun_awal")
        akhir = p.tahun(pr.get("tahun_akhir"), f"{di}.tahun_akhir")
        if awal and akhir:
            tahun[i] = (awal, akhir)
        if pr.get("induk") is not None and pr["induk"] not in kode_di_sini - {kode}:
            p.salah(f"{di}.induk", f"periode induk '{pr['induk']}' tidak ada")
        if pr.get("penandatangan") is not None and pr["penandatangan"] not in pejabat:
            p.salah(f"{di}.penandatangan", f"pejabat '{pr['penandatangan']}' tidak ada")
        tanggal = pr.get("tanggal_penetapan")
        if tanggal is not None and not isinstance(tanggal, datetime.date):
            p.salah(f"{di}.tanggal_penetapan", f"'{tanggal}' bukan tanggal (TTTT-BB-HH)")
        misi = p.daftar(pr, "misi", di)
        for j, m in enumerate(misi):
            if not isinstance(m, str) or not m.strip():
                p.salah(f"{di}.misi[{j}]", "misi harus berupa teks")
        _periksa_pohon(p, pr, di, len(misi), variabel, sasaran_pemda, sasaran_sendiri, pejabat)
    _periksa_tahun_periode(p, daftar, tempat, tahun)


def _kunci(nilai):
    return isinstance(nilai, (str, int))


def _periksa_tahun_periode(p, daftar, tempat, tahun):
    """The period rules of the form (`perencanaan.aturan`), on the owner's periods in
    the file: the import replaces them all, so the file's are the only others."""
    dokumen = "RPJMD/RPD" if tempat == "pemda" else "Renstra"
    indeks = {daftar[i].get("kode"): i for i in tahun if _kunci(daftar[i].get("kode"))}
    for i, (awal, akhir) in tahun.items():
        di, pr = f"{tempat}.periode[{i}]", daftar[i]
        if pesan := alasan_tahun_periode(awal, akhir, dokumen):
            p.salah(f"{di}.tahun_akhir", pesan)
            continue
        induk = pr.get("induk")
        j = indeks.get(induk) if _kunci(induk) else None
        if j not in (None, i) and (pesan := alasan_dalam_induk(awal, akhir, *tahun[j])):
            p.salah(f"{di}.induk", pesan)
            continue
        # Those before it of the same parent; a pair is reported once, at the later one.
        lain = [
            (daftar[j].get("nama"), *tahun[j])
            for j in tahun
            if j < i
            and daftar[j].get("induk") == induk
            and not alasan_tahun_periode(*tahun[j], dokumen)
        ]
        if pesan := alasan_tumpang_periode(awal, akhir, lain, dokumen):
            p.salah(f"{di}.tahun_awal", pesan)


def _periksa_pohon(p, pr, tempat, jumlah_misi, variabel, sasaran_pemda, sasaran_sendiri, pejabat):
    indikator = {}  # kode -> (data, place)
    nomor_tujuan = set()
    for i, tj in enumerate(p.daftar(pr, "tujuan", tempat)):
        di = f"{tempat}.tujuan[{i}]"
        tj = p.objek(tj, "tujuan", di, wajib=("nomor", "nama"))
        if str(tj.get("nomor")) in nomor_tujuan:
            p.salah(di, f"nomor tujuan '{tj['nomor']}' ganda")
        nomor_tujuan.add(str(tj.get("nomor")))
        if tj.get("misi") is not None and tj["misi"] not in range(1, jumlah_misi + 1):
            p.salah(f"{di}.misi", f"misi nomor {tj['misi']} tidak ada")
        _periksa_melayani(p, tj, di, sasaran_pemda)
        for k, ind in enumerate(p.daftar(tj, "indikator", di)):
            _periksa_indikator(p, ind, f"{di}.indikator[{k}]", indikator, variabel)
        nomor_sasaran = set()
        for j, ss in enumerate(p.daftar(tj, "sasaran", di)):
            dj = f"{di}.sasaran[{j}]"
            ss = p.objek(ss, "sasaran", dj, wajib=("nomor", "nama"))
            if str(ss.get("nomor")) in nomor_sasaran:
                p.salah(dj, f"nomor sasaran '{ss['nomor']}' ganda")
            nomor_sasaran.add(str(ss.get("nomor")))
            jalur = f"{pr.get('kode')}/{tj.get('nomor')}/{ss.get('nomor')}"
            sasaran_sendiri.add(jalur)
            _periksa_melayani(p, ss, dj, sasaran_pemda)
            for k, ind in enumerate(p.daftar(ss, "indikator", dj)):
                _periksa_indikator(p, ind, f"{dj}.indikator[{k}]", indikator, variabel)
            if ss.get("anak") and sasaran_pemda is None:
                p.salah(f"{dj}.anak", "hanya sasaran OPD yang dapat diturunkan (cascading)")
                continue
            _periksa_anak(
                p,
                ss,
                dj,
                Sasaran.Tingkat.SASARAN,
                jalur,
                indikator,
                variabel,
                pejabat,
                sasaran_sendiri,
            )
    _periksa_komponen(p, indikator)


def _periksa_anak(
    p, induk, tempat, tingkat_induk, jalur, indikator, variabel, pejabat, sasaran_sendiri
):
    """The nodes below a sasaran, one level per depth (sasaran program, then kegiatan,
    then individu); each path is a budget line's possible reference."""
    daftar = p.daftar(induk, "anak", tempat)
    tingkat = tingkat_anak(tingkat_induk)
    if daftar and tingkat is None:
        p.salah(f"{tempat}.anak", "sasaran individu tidak dapat diturunkan lagi")
        return
    nomor = set()
    for j, x in enumerate(daftar):
        dj = f"{tempat}.anak[{j}]"
        x = p.objek(x, "turunan", dj, wajib=("tingkat", "nomor", "nama", "penanggung_jawab"))
        if x.get("tingkat") is not None and x["tingkat"] != tingkat:
            p.salah(f"{dj}.tingkat", f"di bawah {tingkat_induk} harus {tingkat}")
        if str(x.get("nomor")) in nomor:
            p.salah(dj, f"nomor '{x['nomor']}' ganda")
        nomor.add(str(x.get("nomor")))
        if x.get("penanggung_jawab") is not None and x["penanggung_jawab"] not in pejabat:
            p.salah(f"{dj}.penanggung_jawab", f"pejabat '{x['penanggung_jawab']}' tidak ada")
        for k, ind in enumerate(p.daftar(x, "indikator", dj)):
            di = f"{dj}.indikator[{k}]"
            _periksa_indikator(p, ind, di, indikator, variabel)
            if isinstance(ind, dict) and ind.get("iku"):
                p.salah(f"{di}.iku", "IKU hanya untuk indikator tujuan dan sasaran OPD")
        sub_jalur = f"{jalur}/{x.get('nomor')}"
        sasaran_sendiri.add(sub_jalur)
        _periksa_anak(p, x, dj, tingkat, sub_jalur, indikator, variabel, pejabat, sasaran_sendiri)


def _periksa_melayani(p, simpul, tempat, sasaran_pemda):
    rujukan = simpul.get("melayani")
    if rujukan is None:
        return
    if sasaran_pemda is None:
        p.salah(f"{tempat}.melayani", "hanya tujuan/sasaran OPD yang dapat merujuk sasaran Pemda")
    elif rujukan not in sasaran_pemda:
        p.salah(
            f"{tempat}.melayani",
            f"sasaran Pemda '{rujukan}' tidak ada "
            "(bentuk: kode-periode/nomor-tujuan/nomor-sasaran)",
        )


def _periksa_indikator(p, ind, tempat, indikator, variabel):
    ind = p.objek(ind, "indikator", tempat, wajib=("kode", "nama", "satuan", "jenis", "polaritas"))
    if ind.get("kode") in indikator:
        p.salah(tempat, f"kode indikator '{ind['kode']}' ganda dalam periode ini")
    indikator[ind.get("kode")] = (ind, tempat)
    p.pilihan(ind, "jenis", set(Indikator.Jenis.values), tempat)
    p.pilihan(ind, "polaritas", {x.value for x in Polaritas}, tempat)
    p.pilihan(ind, "agregasi", {a.value for a in Agregasi}, tempat)
    p.pilihan(ind, "asal_data", set(Indikator.AsalData.values), tempat)
    p.pilihan(ind, "jenis_data", set(Indikator.JenisData.values), tempat)
    if ind.get("iku") not in (None, True, False):
        p.salah(f"{tempat}.iku", "harus true atau false")
    if ind.get("rumus"):
        try:
            rumus = parse(str(ind["rumus"]))
        except FormulaError as e:
            p.salah(f"{tempat}.rumus", str(e))
        else:
            for nama in sorted(rumus.names - variabel):
                p.salah(f"{tempat}.rumus", f"variabel '{nama}' tidak didefinisikan")
        if ind.get("komponen"):
            p.salah(tempat, "indikator komposit tidak boleh memiliki rumus")
    if ind.get("standar_nasional") is not None:
        p.angka(ind["standar_nasional"], f"{tempat}.standar_nasional")
    _periksa_analisis(p, ind, tempat)
    if ind.get("baseline") is not None:
        bl = p.objek(ind["baseline"], "baseline", f"{tempat}.baseline", wajib=("tahun", "nilai"))
        p.tahun(bl.get("tahun"), f"{tempat}.baseline.tahun")
        p.angka(bl.get("nilai"), f"{tempat}.baseline.nilai")
    rentang = ind.get("polaritas") == Polaritas.RENTANG
    p.deret(ind, "target", tempat, rentang=rentang)
    p.deret(ind, "realisasi", tempat)
    if ind.get("target_akhir") is not None:
        p.nilai_target(ind["target_akhir"], f"{tempat}.target_akhir", rentang)
    if ind.get("komponen") and ind.get("target"):
        p.salah(f"{tempat}.target", "target indikator komposit dihitung dari komponennya")
    terlihat = set()
    for i, dl in enumerate(p.daftar(ind, "dilaporkan", tempat)):
        di = f"{tempat}.dilaporkan[{i}]"
        dl = p.objek(dl, "dilaporkan", di, wajib=("tahun", "sumber"))
        p.tahun(dl.get("tahun"), f"{di}.tahun")
        if (dl.get("tahun"), dl.get("sumber")) in terlihat:
            p.salah(di, "tahun dan sumber yang sama sudah dicatat")
        terlihat.add((dl.get("tahun"), dl.get("sumber")))
        for kunci in ("target", "realisasi", "capaian"):
            if dl.get(kunci) is not None:
                p.angka(dl[kunci], f"{di}.{kunci}")


def _periksa_analisis(p, ind, tempat):
    """The analysis per year (LKjIP Bab III): texts, under the rule of the analysis page
    (`pelaporan.aturan.alasan_analisis`)."""
    analisis = ind.get("analisis") or {}
    if not isinstance(analisis, dict):
        p.salah(f"{tempat}.analisis", "harus berupa pemetaan tahun: {analisis, solusi}")
        return
    for tahun, isi in analisis.items():
        di = f"{tempat}.analisis.{tahun}"
        p.tahun(tahun, di)
        an = p.objek(isi, "analisis", di)
        if not isinstance(isi, dict):
            continue  # `objek` said it must be a mapping
        teks = {k: an.get(k) for k in ("analisis", "solusi")}
        bukan_teks = [k for k, v in teks.items() if v is not None and not isinstance(v, str)]
        for k in bukan_teks:
            p.salah(f"{di}.{k}", "harus berupa teks")
        if not bukan_teks and (salah := alasan_analisis(**teks)):
            p.salah(f"{di}.{salah[0]}", salah[1])


def _periksa_komponen(p, indikator):
    for kode, (ind, tempat) in indikator.items():
        komponen = ind.get("komponen") or []
        if not isinstance(komponen, list):
            p.salah(f"{tempat}.komponen", "harus berupa daftar kode indikator")
            continue
        for k in komponen:
            if k not in indikator or k == kode:
                p.salah(f"{tempat}.komponen", f"indikator komponen '{k}' tidak ada di periode ini")
            elif indikator[k][0].get("komponen"):
                p.salah(f"{tempat}.komponen", f"komponen '{k}' sendiri komposit; tidak didukung")


# --- pass 2: writing ------------------------------------------------------------------


def _angka(nilai):
    return None if nilai is None else Decimal(str(nilai).strip())


def _deret(data):
    for waktu, isi in (data or {}).items():
        tahun, triwulan = (waktu, 0) if isinstance(waktu, int) else (int(waktu[:4]), int(waktu[6]))
        yield tahun, triwulan, isi


def _rentang(isi):
    return (_angka(isi[0]), _angka(isi[1])) if isinstance(isi, list) else (_angka(isi), None)


# One transaction; stored results invalidated once at its end (`tersimpan.tunda`).
@tersimpan.tunda()
def tulis_ke_basis_data(data, penulis) -> Pemda:
    d = data["pemda"]
    lain = OPD.objects.filter(slug__in=[o["slug"] for o in d.get("opd") or []]).exclude(
        pemda__slug=d["slug"]
    )
    if lain:
        raise ImporError(
            f"pemda.opd: slug OPD '{o.slug}' sudah dipakai oleh {o.pemda}" for o in lain
        )
    pemda = penulis.pemda = penulis.buat_atau_ubah(
        Pemda,
        {"slug": d["slug"]},
        {
            "nama": d["nama"],
            "jenis": d["jenis"],
            "provinsi": d.get("provinsi") or "",
            "skala_predikat": d.get("skala_predikat") or "permendagri-86",
            "batas_capaian": _angka(d.get("batas_capaian")),
            "gabung_capaian": d.get("gabung_capaian") or CaraGabung.SENDIRI,
        },
    )
    _tulis_nomenklatur(penulis, pemda, d)
    pejabat = {}
    _tulis_pemilik(penulis, pemda, None, d, pejabat, {})
    for i, o in enumerate(d.get("opd") or []):
        opd = penulis.opd = penulis.buat_atau_ubah(
            OPD,
            {"slug": o["slug"]},
            {"pemda": pemda, "nama": o["nama"], "singkatan": o.get("singkatan") or ""},
        )
        _tulis_pemilik(penulis, pemda, opd, o, pejabat, _sasaran(pemda=pemda, opd__isnull=True))
        impor_aksi.lepas_sub_kegiatan(penulis, opd, o, f"pemda.opd[{i}]")
        impor_anggaran.tulis(penulis, opd, o.get("anggaran"), _angka, _sasaran(opd=opd))
        _tulis_pk(penulis, opd, o.get("perjanjian_kinerja") or [], pejabat)
        impor_aksi.tulis(penulis, opd, o.get("rencana_aksi"), pejabat)
        penulis.sinkron(
            Narasi,
            {"opd": opd},
            ["tahun", "bagian"],
            [
                {"tahun": t, "bagian": b, "teks": isi}
                for t, bagian in (o.get("narasi") or {}).items()
                for b, isi in bagian.items()
            ],
        )
        _tulis_profil(penulis, opd, o.get("profil"))
    impor_lintas.tulis(penulis, pemda, d.get("crosscutting"), _sasaran(pemda=pemda))
    penulis.selesai()
    return pemda


def _tulis_nomenklatur(penulis, pemda, d):
    """Replace the Pemda's reference list when the file has one; otherwise check the file's
    budget codes against the list already stored (an imported spreadsheet, say)."""
    if "nomenklatur" in d:
        baris = [
            {
                "kode": str(n["kode"]),
                "nama": n["nama"],
                "tingkat": parse_kode(str(n["kode"])).tingkat,
            }
            for n in d["nomenklatur"] or []
        ]
        penulis.sinkron(Nomenklatur, {"pemda": pemda}, ["kode"], baris)
        return
    daftar = set(pemda.nomenklatur_set.values_list("kode", flat=True))
    if daftar:
        salah = [
            pesan
            for o in d.get("opd") or []
            for pesan in kode_di_luar_daftar(impor_anggaran.kode_anggaran(o), daftar)
        ]
        if salah:
            raise ImporError(salah)


def _tulis_pk(penulis, opd, daftar, pejabat):
    indikator = {
        f"{i.periode.kode}/{i.kode}": i
        for i in Indikator.objects.filter(periode__opd=opd).select_related("periode")
    }
    semua = penulis.sinkron(
        PerjanjianKinerja,
        {"opd": opd},
        ["pemegang", "tahun", "versi"],
        [
            {
                "pemegang": pejabat.get(pk.get("pemegang")),
                "tahun": pk["tahun"],
                "versi": pk["versi"],
                "tanggal": pk.get("tanggal"),
                "pihak_pertama": pejabat.get(pk.get("pihak_pertama")),
                "pihak_kedua": pejabat.get(pk.get("pihak_kedua")),
                "alasan": pk.get("alasan") or "",
            }
            for pk in daftar
        ],
    )
    for obj, pk in zip(semua, daftar, strict=True):
        penulis.sinkron(
            TargetPK,
            {"pk_dokumen": obj},
            ["indikator"],
            [
                dict(
                    zip(("nilai", "nilai_atas"), _rentang(isi), strict=True),
                    indikator=indikator[kunci],
                )
                for kunci, isi in (pk.get("target") or {}).items()
            ],
        )


def _sasaran(**periode):
    """Sasaran of every level by their path in the data format (`jalur_sasaran`)."""
    atas = Sasaran.objects.filter(**{f"tujuan__periode__{k}": v for k, v in periode.items()})
    hasil = {impor_anggaran.jalur_sasaran(s): s for s in atas.select_related("tujuan__periode")}
    per_pk = {s.pk: s for s in hasil.values()}
    for n in range(1, len(URUTAN_TINGKAT)):
        di = {f"{'induk__' * n}tujuan__periode__{k}": v for k, v in periode.items()}
        for s in Sasaran.objects.filter(**di).order_by("id"):
            s.induk = per_pk[s.induk_id]  # loaded a level up: no query per node
            per_pk[s.pk] = s
            hasil[impor_anggaran.jalur_sasaran(s)] = s
    return hasil


def _tulis_pemilik(penulis, pemda, opd, d, pejabat, sasaran_pemda):
    """Officials, variables and periods of the Pemda itself (opd None) or of one OPD."""
    pemilik = {"pemda": pemda, "opd": opd} if opd else {"pemda": pemda, "opd__isnull": True}
    for pj in penulis.sinkron(
        Pejabat,
        pemilik,
        ["kode"],
        [
            {
                "kode": x["kode"],
                "nama": x["nama"],
                "nip": str(x.get("nip") or ""),
                "pangkat": x.get("pangkat") or "",
                "golongan": x.get("golongan") or "",
                "jabatan": x["jabatan"],
                "tercetak": [
                    {k: str(v) for k, v in t.items() if v is not None}
                    for t in x.get("tercetak") or []
                ],
            }
            for x in d.get("pejabat") or []
        ],
    ):
        pejabat[pj.kode] = pj

    variabel = penulis.sinkron(
        Variabel,
        pemilik,
        ["kode"],
        [
            {
                "kode": v["kode"],
                "nama": v["nama"],
                "satuan": v.get("satuan") or "",
                "agregasi": v.get("agregasi") or Agregasi.JUMLAH,
                "sumber": v.get("sumber") or "",
            }
            for v in d.get("variabel") or []
        ],
    )
    for obj, v in zip(variabel, d.get("variabel") or [], strict=True):
        penulis.sinkron(
            NilaiVariabel,
            {"variabel": obj},
            ["tahun", "triwulan"],
            [
                {"tahun": t, "triwulan": tw, "nilai": _angka(x)}
                for t, tw, x in _deret(v.get("nilai"))
            ],
        )

    daftar = d.get("periode") or []
    semua = penulis.sinkron(
        Periode,
        pemilik,
        ["kode"],
        [
            {
                "kode": pr["kode"],
                "jenis": pr["jenis"],
                "nama": pr["nama"],
                "tahun_awal": pr["tahun_awal"],
                "tahun_akhir": pr["tahun_akhir"],
                "visi": pr.get("visi") or "",
                "dasar_hukum": pr.get("dasar_hukum") or "",
                "tanggal_penetapan": pr.get("tanggal_penetapan"),
                "penandatangan": pejabat.get(pr.get("penandatangan")),
            }
            for pr in daftar
        ],
    )
    per_kode = {p.kode: p for p in semua}
    for periode, pr in zip(semua, daftar, strict=True):
        penulis.ubah(periode, {"induk": per_kode.get(pr.get("induk"))})
        _tulis_pohon(penulis, periode, pr, sasaran_pemda, pejabat)


def _tulis_pohon(penulis, periode, pr, sasaran_pemda, pejabat):
    misi = penulis.sinkron(
        Misi,
        {"periode": periode},
        ["nomor"],
        [{"nomor": i, "teks": t} for i, t in enumerate(pr.get("misi") or [], start=1)],
    )
    tujuan_data = pr.get("tujuan") or []
    tujuan = penulis.sinkron(
        Tujuan,
        {"periode": periode},
        ["nomor"],
        [
            {
                "nomor": str(tj["nomor"]),
                "nama": tj["nama"],
                "urutan": i,
                "misi": misi[tj["misi"] - 1] if tj.get("misi") else None,
                "melayani": sasaran_pemda.get(tj.get("melayani")),
            }
            for i, tj in enumerate(tujuan_data)
        ],
    )
    indikator = []  # (data, parent kwargs)
    for tj_obj, tj in zip(tujuan, tujuan_data, strict=True):
        indikator += [(x, {"tujuan": tj_obj, "sasaran": None}) for x in tj.get("indikator") or []]
        sasaran = penulis.sinkron(
            Sasaran,
            {"tujuan": tj_obj},
            ["nomor"],
            [
                {
                    "nomor": str(ss["nomor"]),
                    "nama": ss["nama"],
                    "urutan": i,
                    "melayani": sasaran_pemda.get(ss.get("melayani")),
                }
                for i, ss in enumerate(tj.get("sasaran") or [])
            ],
        )
        for ss_obj, ss in zip(sasaran, tj.get("sasaran") or [], strict=True):
            indikator += [
                (x, {"tujuan": None, "sasaran": ss_obj}) for x in ss.get("indikator") or []
            ]
            indikator += _tulis_anak(penulis, ss_obj, ss, pejabat)
    objek = penulis.sinkron(
        Indikator,
        {"periode": periode},
        ["kode"],
        [_kolom_indikator(x, induk, i) for i, (x, induk) in enumerate(indikator)],
    )
    per_kode = {o.kode: o for o in objek}
    for obj, (x, _) in zip(objek, indikator, strict=True):
        penulis.setel(obj, "komponen", [per_kode[k] for k in x.get("komponen") or []])
        penulis.sinkron(
            Target,
            {"indikator": obj},
            ["tahun", "triwulan"],
            [
                dict(zip(("nilai", "nilai_atas"), _rentang(isi), strict=True), tahun=t, triwulan=tw)
                for t, tw, isi in _deret(x.get("target"))
            ],
        )
        penulis.sinkron(
            Realisasi,
            {"indikator": obj},
            ["tahun", "triwulan"],
            [
                {"tahun": t, "triwulan": tw, "nilai": _angka(v)}
                for t, tw, v in _deret(x.get("realisasi"))
            ],
        )
        penulis.sinkron(
            AnalisisIndikator,
            {"indikator": obj},
            ["tahun"],
            [
                {"tahun": t, "analisis": an["analisis"], "solusi": an.get("solusi") or ""}
                for t, an in (x.get("analisis") or {}).items()
            ],
        )
        penulis.sinkron(
            NilaiDilaporkan,
            {"indikator": obj},
            ["tahun", "sumber"],
            [
                {
                    "tahun": dl["tahun"],
                    "sumber": dl["sumber"],
                    "target": _angka(dl.get("target")),
                    "realisasi": _angka(dl.get("realisasi")),
                    "capaian": _angka(dl.get("capaian")),
                    "kategori": dl.get("kategori") or "",
                    "satuan": dl.get("satuan") or "",
                    "nama": dl.get("nama") or "",
                }
                for dl in x.get("dilaporkan") or []
            ],
        )


def _tulis_anak(penulis, induk, data, pejabat):
    """The nodes below `induk` as the file gives them; returns their indicators as
    (data, parent kwargs), depth first."""
    daftar = data.get("anak") or []
    semua = penulis.sinkron(
        Sasaran,
        {"induk": induk},
        ["nomor"],
        [
            {
                "tingkat": x["tingkat"],
                "nomor": str(x["nomor"]),
                "nama": x["nama"],
                "penanggung_jawab": pejabat[x["penanggung_jawab"]],
                "urutan": i,
            }
            for i, x in enumerate(daftar)
        ],
    )
    indikator = []
    for obj, x in zip(semua, daftar, strict=True):
        indikator += [(i, {"tujuan": None, "sasaran": obj}) for i in x.get("indikator") or []]
        indikator += _tulis_anak(penulis, obj, x, pejabat)
    return indikator


def _kolom_indikator(x, induk, urutan):
    baseline = x.get("baseline") or {}
    akhir, akhir_atas = _rentang(x.get("target_akhir"))
    return {
        **induk,
        "kode": x["kode"],
        "nama": x["nama"],
        "satuan": str(x["satuan"]),
        "jenis": x["jenis"],
        "polaritas": x["polaritas"],
        "rumus": x.get("rumus") or "",
        "rumus_uraian": x.get("rumus_uraian") or "",
        "asal_data": x.get("asal_data") or "",
        "jenis_data": x.get("jenis_data") or "",
        "sumber_data": x.get("sumber_data") or "",
        "baseline_tahun": baseline.get("tahun"),
        "baseline_nilai": _angka(baseline.get("nilai")),
        "target_akhir": akhir,
        "target_akhir_atas": akhir_atas,
        "standar_nasional": _angka(x.get("standar_nasional")),
        "agregasi": x.get("agregasi") or Agregasi.TERAKHIR,
        "iku": bool(x.get("iku")),
        "urutan": urutan,
    }
