"""The review report: the reviewer's conclusion, findings grouped by source document (as
the review page groups them), and the "Pernyataan Telah Direviu" page once every error is
corrected or accepted."""

from sakip.evaluasi.kelompok import sumber_temuan
from sakip.evaluasi.models import SimpulanReviu
from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan
from sakip.kinerja.reviu import Tingkat

from .dokumen import Dokumen, Judul, Paragraf, Tabel, teks
from .susun import pernyataan_reviu


def laporan_reviu(opd, tahun):
    daftar = reviu_dengan_tanggapan(opd, tahun)
    terbuka = galat_terbuka(daftar)
    galat = [t for t, _ in daftar if t.tingkat == Tingkat.GALAT]
    dok = Dokumen("Laporan Hasil Reviu", f"{opd.nama}\nTahun {tahun}")
    dok.tambah(Judul("Simpulan"))
    simpulan = SimpulanReviu.objects.filter(opd=opd, tahun=tahun).first()
    dok.tambah(Paragraf(simpulan.teks if simpulan else "Inspektorat belum menuliskan simpulan."))
    dok.tambah(
        Paragraf(
            f"Reviu atas data kinerja dan anggaran {opd.nama} tahun {tahun} menghasilkan "
            f"{len(galat)} temuan galat dan {len(daftar) - len(galat)} peringatan"
            + (
                f"; {len(galat) - len(terbuka)} galat diterima oleh Inspektorat dengan alasannya."
                if len(galat) > len(terbuka)
                else "."
            )
            + (
                " Angka yang salah perlu diperbaiki sebelum laporan kinerja diterbitkan."
                if terbuka
                else " Tidak ada galat yang belum diperbaiki atau diterima."
            )
        )
    )
    per_dokumen = {}
    for t, tanggapan in daftar:
        per_dokumen.setdefault(sumber_temuan(t.lokasi), []).append((t, tanggapan))
    for sumber, isi in per_dokumen.items():
        dok.tambah(
            Tabel(
                f"Temuan: {sumber}",
                ["Aturan", "Tingkat", "Lokasi", "Tercatat", "Seharusnya", "Pesan", "Tanggapan"],
                [
                    [
                        teks(t.aturan),
                        teks(t.tingkat.value),
                        teks(t.lokasi),
                        teks(t.teks_tercatat),
                        teks(t.teks_seharusnya),
                        teks(t.pesan),
                        teks(f"Diterima: {tanggapan.alasan}" if tanggapan else "–"),
                    ]
                    for t, tanggapan in isi
                ],
            )
        )
    if simpulan and not terbuka:  # concluded (`reviu_tuntas`)
        pernyataan_reviu(dok, opd, tahun)
    return dok
