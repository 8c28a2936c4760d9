"""The worksheet as an Excel file: written with one row per criterion (the columns the
CLI's contract names), filled in Excel by the OPD or the evaluator, read back all at once
or not at all, every problem named by row and column.

The `Bukti` column lists an answer's evidence one per line, "Jenis: rujukan" (the kinds of
`Bukti.Jenis` by their labels; a line that is only a web address is an outside link).
Uploaded files are listed as "Berkas unggahan: nama" and left as they are on import (a
file does not travel in a cell); the other lines replace the criterion's links.
"""

from io import BytesIO

from django.db import transaction
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation

from sakip.akun.akses import LKE_TERKUNCI
from sakip.dasar.arsip import ArsipError, batasi_sel, periksa_arsip
from sakip.dasar.teks import kendali, sel_xlsx

from .hitung import keadaan
from .models import Bukti
from .ubah import alasan_bukti, alasan_jawaban, buka_evaluasi, setel_tautan, simpan_jawaban

KOLOM = [
    "Kode",
    "Kriteria",
    "Pilihan jawaban",
    "Jawaban OPD",
    "Jawaban Evaluator",
    "Catatan Evaluator",
    "Bukti",
]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LEBAR = [9, 70, 22, 13, 17, 40, 40]
# Column read back → the answer's field.
DIBACA = {
    "Jawaban OPD": "jawaban_opd",
    "Jawaban Evaluator": "jawaban_evaluator",
    "Catatan Evaluator": "catatan_evaluator",
}
PANJANG_RUJUKAN = Bukti._meta.get_field("rujukan").max_length
LABEL_JENIS = {label.lower(): jenis for jenis, label in Bukti.Jenis.choices}


class ImporError(ValueError):
    """The file is refused; `masalah` names every problem (Indonesian)."""

    def __init__(self, masalah):
        super().__init__("\n".join(masalah))
        self.masalah = masalah


def teks_bukti(bukti):
    """An evidence item as a line of the Bukti column."""
    rujukan = bukti.nama_asli if bukti.jenis == Bukti.Jenis.BERKAS else bukti.rujukan
    label = bukti.get_jenis_display()
    return f"{label}: {rujukan}" if rujukan else label


def ekspor(opd, tahun):
    """The OPD's worksheet of the year as .xlsx bytes, with its stored answers."""
    k = keadaan(opd, tahun)
    buku = Workbook()
    lembar = buku.active
    lembar.title = "LKE"
    lembar.append(KOLOM)
    for sel, lebar in zip(lembar[1], LEBAR, strict=True):
        sel.font = Font(bold=True)
        lembar.column_dimensions[sel.column_letter].width = lebar
    lembar.freeze_panes = "A2"
    validasi = {}
    for baris, kriteria in enumerate(k.lembar.semua_kriteria(), 2):
        jawaban = k.jawaban.get(kriteria.kode)
        isi = [
            kriteria.kode,
            kriteria.uraian,
            kriteria.skala.teks,
            jawaban.jawaban_opd if jawaban else "",
            jawaban.jawaban_evaluator if jawaban else "",
            jawaban.catatan_evaluator if jawaban else "",
            "\n".join(teks_bukti(b) for b in jawaban.bukti_set.all()) if jawaban else "",
        ]
        for kolom, teks in enumerate(isi, 1):
            sel = sel_xlsx(lembar.cell(baris, kolom), teks)
            sel.alignment = Alignment(wrap_text=True, vertical="top")
        if kriteria.skala.teks not in validasi:
            pilihan = ",".join(kriteria.skala.jawaban)
            validasi[kriteria.skala.teks] = DataValidation(
                type="list", formula1=f'"{pilihan}"', allow_blank=True
            )
        validasi[kriteria.skala.teks].add(f"D{baris}:E{baris}")
    for v in validasi.values():
        lembar.add_data_validation(v)
    keluaran = BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()


def _teks(sel):
    return "" if sel.value is None else str(sel.value).strip()


def _baca_bukti(teks, tempat, masalah):
    """The links of a Bukti cell [(jenis, rujukan)]; problems appended to `masalah`."""
    tautan = []
    for baris in filter(None, (b.strip() for b in teks.splitlines())):
        label, _, rujukan = baris.partition(":")
        jenis = LABEL_JENIS.get(label.strip().lower())
        if jenis is None and baris.lower().startswith(("http://", "https://")):
            jenis, rujukan = Bukti.Jenis.TAUTAN, baris
        if jenis is None:
            daftar = ", ".join(nama for _, nama in Bukti.Jenis.choices)
            masalah.append(
                f"{tempat}: jenis bukti '{label.strip()[:40]}' tidak dikenal; "
                f"tulis satu per baris 'Jenis: rujukan' dengan jenis {daftar}."
            )
        elif jenis == Bukti.Jenis.BERKAS:
            continue
        elif len(rujukan.strip()) > PANJANG_RUJUKAN:
            masalah.append(f"{tempat}: rujukan lebih dari {PANJANG_RUJUKAN} karakter.")
        elif alasan := alasan_bukti(jenis, rujukan.strip()):
            masalah.append(f"{tempat}: {alasan}")
        else:
            tautan.append((jenis, rujukan.strip()))
    return tautan


def baca(data, lembar):
    """The rows of a filled file: {kode: (fields, links)}; `ImporError` with every
    problem by row and column."""
    try:
        periksa_arsip(data, ".xlsx", "xl/workbook.xml")
        buku = load_workbook(BytesIO(data), read_only=True, data_only=False)
        baris_semua = list(batasi_sel(buku.worksheets[0].iter_rows()))
    except ArsipError as e:
        raise ImporError([str(e)]) from None
    except Exception:  # openpyxl raises many kinds on a damaged file
        raise ImporError(["Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca."]) from None
    if not baris_semua:
        raise ImporError(["Lembar pertama kosong: baris judul kolom tidak ditemukan."])
    judul = [_teks(s) for s in baris_semua[0]]
    kurang = [k for k in ("Kode", *DIBACA, "Bukti") if k not in judul]
    if kurang:
        raise ImporError([f"Baris 1: kolom {', '.join(kurang)} tidak ditemukan."])
    indeks = {k: judul.index(k) for k in ("Kode", *DIBACA, "Bukti")}
    masalah, hasil = [], {}
    for nomor, baris in enumerate(baris_semua[1:], 2):
        sel = {k: baris[i] if i < len(baris) else None for k, i in indeks.items()}
        if all(s is None or _teks(s) == "" for s in sel.values()):
            continue
        rumus = [k for k, s in sel.items() if s is not None and s.data_type == "f"]
        for k in rumus:
            masalah.append(f"Baris {nomor}, kolom {k}: sel berisi rumus; tulis nilainya saja.")
        if rumus:
            continue
        kode = _teks(sel["Kode"])
        if lembar.kriteria(kode) is None:
            masalah.append(
                f"Baris {nomor}, kolom Kode: kode '{kode[:20]}' tidak ada pada lembar kerja."
            )
            continue
        if kode in hasil:
            masalah.append(f"Baris {nomor}, kolom Kode: kode {kode} muncul lebih dari sekali.")
            continue
        nilai = {}
        for kolom, bidang in DIBACA.items():
            teks = _teks(sel[kolom])
            if bidang.startswith("jawaban"):
                teks = teks.upper()
                alasan = alasan_jawaban(lembar, kode, teks)
            else:
                alasan = kendali(teks)
            if alasan:
                masalah.append(f"Baris {nomor}, kolom {kolom}: {alasan}")
            nilai[bidang] = teks
        tautan = _baca_bukti(_teks(sel["Bukti"]), f"Baris {nomor}, kolom Bukti", masalah)
        hasil[kode] = (nilai, tautan)
    if masalah:
        raise ImporError(masalah)
    return hasil


def impor(pengguna, opd, tahun, data):
    """Apply a filled file to the OPD's evaluation of the year, all or nothing; the number
    of criteria changed. Every change is audited (`ubah`)."""
    k = keadaan(opd, tahun)
    if k.selesai:
        raise ImporError([LKE_TERKUNCI])
    isi = baca(data, k.lembar)
    berubah = 0
    with transaction.atomic():
        evaluasi = k.evaluasi
        for kode, (nilai, tautan) in isi.items():
            if evaluasi is None and not any(nilai.values()) and not tautan:
                continue  # an untouched export creates no evaluation
            evaluasi = evaluasi or buka_evaluasi(pengguna, opd, tahun)
            ubah = simpan_jawaban(pengguna, evaluasi, k.lembar, kode, nilai)
            ubah = setel_tautan(pengguna, evaluasi, kode, tautan) or ubah
            berubah += bool(ubah)
    return berubah
