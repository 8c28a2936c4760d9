"""`reviu_berkas`: the checks of the second corpus round take part in consequences (R29) —
a Rata-rata row (R26), a Tercapai status (R27), a parent's percentage from the rows under
it when there are no codes (R06) and a tingkat efisiensi printed beside its index (R24)
are judged from the corrected figures too, and one that follows only the wrong figure is
its consequence."""

from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .dokumen_uji import docx
from .test_reviu_indeks_efisiensi import DEFINISI, _baris

# Jambi IKU 2025, Tabel 3.4 row 1 (seed 003 line 357): "639/1.257 × 100% = 51,00%" where
# 639 / 1.257 × 100 = 50,8353 → 50,84; its capaian 121,43 = 51,00 / 42 × 100, from the
# right realisation 50,8353 / 42 × 100 = 121,0365 → 121,04.
JAMBI = ["1", "Persentase Penyerapan Tenaga Kerja", "42,00%", "639/1.257 × 100% = 51,00%"]


def ringkas(hasil):
    return [(t.aturan, t.teks_tercatat, t.teks_seharusnya, t.sebab) for t in hasil.temuan]


def test_a_mean_of_capaian_that_follows_a_wrong_capaian():
    # The printed mean (121,43 + 90,57) / 2 = 106,00; from the right capaian
    # (121,0365 + 90,57) / 2 = 105,8032 → 105,80.
    hasil = reviu_berkas(
        "iku.docx",
        docx(
            (
                "Tabel 3.4 Capaian IKU",
                [
                    ["No", "Indikator Sasaran", "Target", "Realisasi", "Capaian %"],
                    [*JAMBI, "121,43%"],
                    ["2", "Persentase B", "100,00%", "90,57%", "90,57%"],
                    ["Rata-rata", None, "", "", "106,00%"],
                ],
            )
        ),
    )
    baris_2 = "Tabel 3.4 Capaian IKU, baris 2 (Persentase Penyerapan Tenaga Kerja)"
    assert ringkas(hasil) == [
        ("R01", "51,00", "50,84", None),
        ("R29", "121,43", "121,04", ("R01", baris_2)),
        ("R29", "106,00", "105,80", ("R29", baris_2)),
    ]
    assert hasil.temuan[2].lokasi == "Tabel 3.4 Capaian IKU, baris 4 (Rata-rata), Capaian %"


def test_a_status_that_follows_a_wrong_realisation():
    # Target 51,00: the printed 51,00 reaches it, the right 50,84 does not.
    baris = [
        ["No.", "Indikator Kinerja", "Target", "Realisasi", "Evaluasi/Tindak lanjut"],
        [*JAMBI[:2], "51,00%", JAMBI[3], "Tercapai"],
    ]
    hasil = reviu_berkas("iku.docx", docx(("Indikator Kinerja", baris)))
    lokasi = "Indikator Kinerja, baris 2 (Persentase Penyerapan Tenaga Kerja)"
    assert ringkas(hasil) == [
        ("R01", "51,00", "50,84", None),
        ("R29", "Tercapai", "Belum Tercapai", ("R01", lokasi)),
    ]


def test_a_parent_percentage_without_codes_follows_a_wrong_realisation():
    # Sub Kegiatan A1 prints 800.000 for its quarters 400.000 + 500.000 = 900.000: its own
    # 80,00 % (800.000 / 1.000.000) should be 90,00; the programme's 92,00 % is
    # (800.000 + 1.500.000) / 2.500.000, from the right figure (900.000 + 1.500.000) /
    # 2.500.000 = 96,00.
    baris = [
        ["No", "Uraian", "Pagu (Rp)", "Realisasi", None, None, "%"],
        ["^", "^", "^", "TW I", "TW II", "Jumlah", "^"],
        ["1", "Program A", "", "", "", "", "92,00"],
        ["", "Sub Kegiatan A1", "1.000.000", "400.000", "500.000", "800.000", "80,00"],
        ["", "Sub Kegiatan A2", "1.500.000", "700.000", "800.000", "1.500.000", "100,00"],
    ]
    hasil = reviu_berkas("rfk.docx", docx(("Tabel 2 Realisasi Anggaran", baris)))
    (r08, program, sub) = hasil.temuan
    assert (r08.aturan, r08.teks_tercatat, r08.teks_seharusnya) == ("R08", "800.000", "900.000")
    assert "baris 4 (Sub Kegiatan A1)" in r08.lokasi
    assert ringkas(hasil)[1:] == [
        ("R29", "92,00", "96,00", ("R08", r08.lokasi)),
        ("R29", "80,00", "90,00", ("R08", r08.lokasi)),
    ]
    assert "baris 3 (Program A)" in program.lokasi and "baris 4 (Sub Kegiatan A1)" in sub.lokasi


def test_a_tingkat_efisiensi_that_follows_a_wrong_index():
    # BPOM PRKOM Tabel 28 with IE 1,163 for 99,92 / 94,00 = 1,06298 → 1,063, and TE 0,163 =
    # 1,163 − 1: from the right index 0,063.
    hasil = reviu_berkas("lk.docx", docx(DEFINISI, ("Tabel 28", _baris(ie="1,163", te="0,163"))))
    ie, te = hasil.temuan
    assert (ie.aturan, ie.teks_tercatat, ie.teks_seharusnya, ie.sebab) == (
        "R24",
        "1,163",
        "1,063",
        None,
    )
    assert (te.aturan, te.teks_tercatat, te.teks_seharusnya) == ("R29", "0,163", "0,063")
    assert te.sebab == ("R24", ie.lokasi) and ie.lokasi.endswith(", IE")
