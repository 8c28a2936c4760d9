"""A row whose name is a numbered item ("1. Predikat LAKIP SKPD") is a data row, not a
second header row, even when its words name a role ("Predikat"). From the LKjIP 2016 of
Dinas Pertanian, Perikanan dan Kehutanan Kabupaten Sleman, Tabel 3.1."""

from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .dokumen_uji import docx


def test_a_numbered_first_row_is_data():
    baris = [
        ["Indikator Kinerja Sasaran", "Target"],
        ["1. Predikat LAKIP SKPD", "A"],
        ["2. Persentase temuan hasil pemeriksaan yang ditindaklanjuti", "100"],
    ]
    hasil = reviu_berkas("x.docx", docx(("Tabel 3.1.", baris)))
    assert hasil.tabel == [
        (
            "Tabel 3.1.",
            "tidak ditafsirkan: tidak ada kolom angka yang dapat diperiksa "
            "(kolom: Indikator Kinerja Sasaran, Target)",
        )
    ]
    assert hasil.temuan == []
