"""`reviu_berkas` judges a printed figure by the digits it was printed with: right within
half a unit of its last printed decimal, in Word as in Excel (where the number format
decides what shows), and a finding shows what was printed."""

import pytest

from sakip.evaluasi.reviu_dokumen import reviu_berkas

from .dokumen_uji import docx, xlsx

KEPALA = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]


def tabel(capaian, realisasi="93,634"):
    # Target 100 %: the capaian is the realisation, 93,634.
    return ("Tabel IKU", [KEPALA, ["1", "Persentase A", "100", realisasi, capaian]])


@pytest.mark.parametrize("capaian", ["93,6", "94", "93,63", "93,634"])
def test_a_figure_rounded_to_its_printed_decimals_is_right(capaian):
    assert reviu_berkas("iku.docx", docx(tabel(capaian))).temuan == []


@pytest.mark.parametrize(
    "capaian, seharusnya",
    [("93,60", "93,63"), ("93,5", "93,63"), ("93", "93,63"), ("93,640", "93,634")],
)
def test_a_figure_off_by_more_than_half_a_printed_unit_is_wrong(capaian, seharusnya):
    (t,) = reviu_berkas("iku.docx", docx(tabel(capaian))).temuan
    assert t.aturan == "R02"
    assert (t.teks_tercatat, t.teks_seharusnya) == (capaian, seharusnya)
    # A capaian's finding names each rule's result (the document states no polarity); R/T,
    # the one the realisation's capaian follows here, shows at the printed decimals too.
    assert f"tercatat {capaian}, sedangkan R/T = {seharusnya};" in t.pesan


def test_a_workbook_figure_is_judged_as_its_format_shows_it():
    # 0,93634 stored; "0.0%" shows 93,6 % (right), "0.00%" 93,63 % (right). A typed 0,936
    # under "0.00%" shows 93,60 %: 0,034 from 93,634, wrong.
    def buku(capaian, format_):
        baris = [KEPALA, [1, "Persentase A", (1, "%"), (0.93634, "%"), (capaian, "%")]]
        data = xlsx(("IKU", baris))
        return (
            data
            if format_ == "0.00%"
            else data.replace(b'formatCode="0.00%"', b'formatCode="0.0%"')
        )

    assert reviu_berkas("iku.xlsx", buku(0.93634, "0.0%")).temuan == []
    assert reviu_berkas("iku.xlsx", buku(0.93634, "0.00%")).temuan == []
    (t,) = reviu_berkas("iku.xlsx", buku(0.936, "0.00%")).temuan
    assert (t.aturan, t.teks_tercatat, t.teks_seharusnya) == ("R02", "93,60", "93,63")


def test_two_tables_agree_when_one_prints_fewer_decimals():
    # Seed 004 lines 711 and 733: Tabel 5 prints 70,20 %, Tabel 8 "70%" for one realisation
    # (each table's capaian from its own print: 70,20 / 85 = 82,59, 70 / 85 = 82,35).
    def dokumen(tabel_8):
        return docx(
            ("Tabel 5 Capaian 2022", [KEPALA, ["1", "Persentase B", "85%", "70,20%", "82,59%"]]),
            ("Tabel 8 Capaian 2022", [KEPALA, ["1", "Persentase B", "85%", tabel_8, "82,35%"]]),
        )

    assert reviu_berkas("lkjip.docx", dokumen("70%")).temuan == []
    r22 = [t for t in reviu_berkas("lkjip.docx", dokumen("70,00%")).temuan if t.aturan == "R22"]
    assert [t.pesan.split(": ")[1] for t in r22] == [
        "realisasi 2022 tercatat 70,00, sedangkan di "
        "Tabel 5 Capaian 2022, baris 2 (Persentase B) 70,20"
    ]
