"""Import of a Pemda's nomenclature reference list from a spreadsheet (.xlsx).

The first sheet needs a header row with a "Kode" column and a "Nama" (or "Nomenklatur",
"Uraian") column. Codes must be typed as text: a spreadsheet that turned `2.10` into the
number 2.1 has lost information, so such cells are refused rather than guessed. Import is
all or nothing, and every problem names its sheet, row and column.
"""

from io import BytesIO
from pathlib import Path

from django.db import transaction
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from sakip.anggaran.aturan import kode_di_luar_daftar
from sakip.anggaran.models import Nomenklatur, ProgramKegiatan
from sakip.arsip import ArsipError, batasi_sel, periksa_arsip, periksa_ukuran
from sakip.kinerja.anggaran import parse_kode, periksa_kode
from sakip.teks import kendali

from .penulis import ImporError, Penulis

JUDUL_KODE = {"kode"}
JUDUL_NAMA = {"nama", "nomenklatur", "uraian"}


def _baris_pertama(berkas):
    """(title, rows) of the first sheet of the .xlsx at path `berkas`, read in openpyxl's
    streaming mode after the zip guard."""
    try:
        periksa_ukuran(Path(berkas).stat().st_size)  # before reading it into memory
        data = Path(berkas).read_bytes()
        periksa_arsip(data, ".xlsx", "xl/workbook.xml")
        buku = load_workbook(BytesIO(data), read_only=True, data_only=True)
        try:
            lembar = buku.worksheets[0]
            return lembar.title, list(batasi_sel(lembar.iter_rows(values_only=True)))
        finally:
            buku.close()
    except ArsipError as e:
        raise ImporError([str(e)]) from None
    except OSError as e:
        raise ImporError([f"Berkas tidak dapat dibuka: {e.strerror}"]) from None
    except Exception as e:  # openpyxl raises many types for a file that is not a workbook
        raise ImporError([f"Berkas bukan lembar kerja Excel (.xlsx) yang dapat dibaca: {e}"]) from e


def baca_xlsx(berkas):
    """(kode, nama, tempat) for every filled row of the first sheet."""
    judul_lembar, semua = _baris_pertama(berkas)
    baris = iter(semua)
    judul = [str(x or "").strip().lower() for x in next(baris, ())]
    kolom_kode = next((i for i, j in enumerate(judul) if j in JUDUL_KODE), None)
    kolom_nama = next((i for i, j in enumerate(judul) if j in JUDUL_NAMA), None)
    if kolom_kode is None or kolom_nama is None:
        raise ImporError(
            [f"Sheet '{judul_lembar}', baris 1: kolom 'Kode' dan 'Nama' tidak ditemukan pada judul"]
        )
    hasil, salah = [], []
    for nomor, isi in enumerate(baris, start=2):
        kode = isi[kolom_kode] if kolom_kode < len(isi) else None
        nama = isi[kolom_nama] if kolom_nama < len(isi) else None
        if kode is None and nama is None:
            continue
        di_kode = (
            f"Sheet '{judul_lembar}', baris {nomor}, kolom {get_column_letter(kolom_kode + 1)}"
        )
        di_nama = (
            f"Sheet '{judul_lembar}', baris {nomor}, kolom {get_column_letter(kolom_nama + 1)}"
        )
        if isinstance(kode, float):
            salah.append(
                f"{di_kode}: kode terbaca sebagai angka {kode}; format sel sebagai Teks agar angka "
                "nol di akhir (mis. 2.10) tidak hilang"
            )
            continue
        if kode is None or not str(kode).strip():
            salah.append(f"{di_kode}: kode kosong")
            continue
        if nama is None or not str(nama).strip():
            salah.append(f"{di_nama}: nama kosong")
        elif pesan := kendali(str(nama)):
            salah.append(f"{di_nama}: nama {pesan}")
        hasil.append((str(kode).strip(), str(nama or "").strip(), di_kode))
    if salah:
        raise ImporError(salah)
    return hasil


@transaction.atomic
def impor_nomenklatur(pemda, daftar, alasan="Impor daftar nomenklatur"):
    """Replace the Pemda's reference list, one audit record per code added, changed or
    removed; refuse a list that misses codes its budgets use."""
    salah = periksa_kode(daftar)
    if not salah:
        kode = {k for k, _, _ in daftar}
        dipakai = [
            (p.kode, p.nama, f"anggaran {p.opd.nama} tahun {p.tahun}")
            for p in ProgramKegiatan.objects.filter(opd__pemda=pemda).select_related("opd")
        ]
        salah = kode_di_luar_daftar(dipakai, kode)
    if salah:
        raise ImporError(salah)
    penulis = Penulis(alasan=alasan, pemda=pemda)
    penulis.sinkron(
        Nomenklatur,
        {"pemda": pemda},
        ["kode"],
        [{"kode": k, "nama": n, "tingkat": parse_kode(k).tingkat} for k, n, _ in daftar],
    )
    penulis.selesai()
    return len(daftar)
