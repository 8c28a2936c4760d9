"""The review report: findings grouped by source document, the conclusion, and the
"Pernyataan Telah Direviu" page once no error remains."""

from sakip.kinerja.angka import format_angka
from sakip.kinerja.reviu import Tingkat
from sakip.pelaporan.dokumen import Dokumen, Judul, Paragraf, Tabel, teks
from sakip.pelaporan.susun import pernyataan_reviu

from .reviu import reviu_opd


def laporan_reviu(opd, tahun):
    temuan = reviu_opd(opd, tahun)
    dok = Dokumen("Laporan Hasil Reviu", f"{opd.nama}\nTahun {tahun}")
    galat = [t for t in temuan if t.tingkat == Tingkat.GALAT]
    dok.tambah(Judul("Simpulan"))
    dok.tambah(
        Paragraf(
            f"Reviu atas data kinerja dan anggaran {opd.nama} tahun {tahun} menghasilkan "
            f"{len(galat)} temuan galat dan {len(temuan) - len(galat)} peringatan."
            + (
                " Angka yang salah perlu diperbaiki sebelum laporan kinerja diterbitkan."
                if galat
                else " Tidak ada angka yang tidak konsisten."
            )
        )
    )
    per_dokumen = {}
    for t in temuan:
        per_dokumen.setdefault(t.lokasi.split(",")[0], []).append(t)
    for sumber, daftar in per_dokumen.items():
        dok.tambah(
            Tabel(
                f"Temuan: {sumber}",
                ["Aturan", "Tingkat", "Lokasi", "Tercatat", "Seharusnya", "Pesan"],
                [
                    [
                        teks(t.aturan),
                        teks(t.tingkat.value),
                        teks(t.lokasi),
                        teks(_angka(t.tercatat)),
                        teks(_angka(t.seharusnya)),
                        teks(t.pesan),
                    ]
                    for t in daftar
                ],
            )
        )
    if not galat:
        pernyataan_reviu(dok, opd, tahun)
    return dok


def _angka(nilai):
    if nilai is None or isinstance(nilai, str):
        return nilai or "–"
    return format_angka(nilai)
