"""A finding quotes a document's figures exactly as printed, with their own digits ("93,6",
"70", "0,26"), never reprinted with two decimals ("93,60", "70,00"); a figure it computes is
shown with the decimals of the figure it is compared with, at least two."""

from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .dokumen_uji import docx


def _temuan(judul, *baris):
    return reviu_berkas("x.docx", docx((judul, list(baris)))).temuan


def test_a_capaian_and_its_inputs_as_printed():
    (t,) = _temuan(
        "Tabel 3 Capaian Kinerja",
        ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"],
        # 74,9 / 80 × 100 = 93,625 (74,85–74,95 gives 93,5625–93,6875): 95,6 is wrong.
        ["1", "Persentase pelayanan tepat waktu", "%", "80", "74,9", "95,6"],
    )
    assert t.aturan == "R02"
    assert (t.teks_tercatat, t.teks_seharusnya) == ("95,6", "93,63")
    assert t.pesan.startswith(
        "Capaian tercatat berbeda dari target dan realisasi yang tercatat: tercatat 95,6, "
        "sedangkan R/T = 93,63;"
    )
    assert "95,60" not in t.pesan


def test_a_predikat_quotes_the_capaian_as_printed():
    skala = ["Predikat", "Rentang"], ["Sangat Baik", "> 90"], ["Baik", "≤ 90"]
    (t,) = reviu_berkas(
        "x.docx",
        docx(
            ("Tabel 2 Skala Predikat", list(skala)),
            (
                "Tabel 3 Capaian Kinerja",
                [
                    ["No", "Indikator", "Target", "Realisasi", "Capaian (%)", "Kategori"],
                    ["1", "Indeks kepuasan", "80", "74,9", "93,6", "Baik"],
                ],
            ),
        ),
    ).temuan
    assert t.aturan == "R03"
    assert "capaian 93,6% pada skala" in t.pesan and "93,60" not in t.pesan


def test_a_status_quotes_target_and_value_as_printed():
    (t,) = _temuan(
        "Indikator Kinerja Tambahan",
        ["No.", "Indikator Kinerja Tambahan", "Target", "Capaian", "Evaluasi/Tindak lanjut"],
        ["1", "Indeks kepuasan masyarakat", "84,50", "84,0", "Tercapai"],
    )
    assert t.aturan == "R27"
    assert "target 84,50, dicapai 84,0 " in t.pesan


def test_a_change_quotes_both_years_as_printed():
    (t,) = _temuan(
        "Capaian Kinerja Makro",
        ["NO", "INDIKATOR", "CAPAIAN KINERJA TAHUN N-1", "CAPAIAN KINERJA TAHUN N", "PERUBAHAN %"],
        # 74,9 − 70,20 = 4,70, or 6,70 %: 10,0 is neither.
        ["1", "Indeks Pembangunan Manusia", "70,20", "74,9", "10,0"],
    )
    assert t.aturan == "R28"
    assert "dari 70,20 ke 74,9 perubahannya" in t.pesan
