"""A "Tercapai / Belum Tercapai" column against the target and the value achieved (R27).
Lower is better only when the indicator says so ("maksimal", "tingkat kesalahan"); otherwise
higher is better, and the finding says it assumed so. Figures from the Indikator Kinerja
Tambahan 2020 of Balai Karantina Pertanian Kelas II Yogyakarta."""

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.evaluasi.tafsir import polaritas_nama
from sakip.kinerja.capaian import Polaritas

from .dokumen_uji import docx

KEPALA = ["No.", "Indikator Kinerja Tambahan", "Target", "Capaian", "Evaluasi/Tindak lanjut"]


def _hasil(*baris):
    return reviu_berkas("x.docx", docx(("Indikator Kinerja Tambahan", [KEPALA, *baris])))


def test_tercapai_below_target_is_found():
    hasil = _hasil(
        ["1", "Tercapainya target 100% Penerimaan Negara Bukan Pajak", "100%", "99%", "Tercapai"]
    )
    assert hasil.tabel[0][1] == "dibaca: capaian kinerja"
    (t,) = hasil.temuan
    assert (t.aturan, t.tercatat, t.seharusnya) == ("R27", "Tercapai", "Belum Tercapai")
    assert "dianggap semakin tinggi semakin baik" in t.pesan and "target 100, dicapai 99" in t.pesan


def test_statuses_that_agree_give_no_finding():
    hasil = _hasil(
        ["1", "Indeks kepuasan masyarakat mencapai nilai 84", "84", "86", "Tercapai"],
        ["2", "Tingkat gratifikasi dan pungutan liar 0%", "0%", "0%", "Tercapai"],
        ["3", "Kompetensi pegawai minimal 24 jam", "24", "22", "Belum Tercapai karena WFH"],
        ["4", "Penghematan kertas 25% pertahun", "25%", "38% (Evaluasi Semester I)", "Tercapai"],
        [
            "5",
            "Tingkat kesalahan pencetakan dokumen maksimal 1 % per bulan",
            "1%",
            "0,26 %",
            "Tercapai",
        ],
    )
    assert hasil.temuan == []


def test_belum_tercapai_at_or_above_target_is_found():
    (t,) = _hasil(["1", "Ketepatan waktu kehadiran pegawai", "90", "92", "Belum Tercapai"]).temuan
    assert (t.aturan, t.seharusnya) == ("R27", "Tercapai")


def test_a_ceiling_exceeded_is_not_reached():
    (t,) = _hasil(["1", "Kesalahan cetak maksimal 1 % per bulan", "1%", "1,5%", "Tercapai"]).temuan
    assert "semakin rendah semakin baik" in t.pesan


def test_lower_is_better_only_from_the_indicator_words():
    assert polaritas_nama("Angka Kematian Bayi per 1.000 KH") == Polaritas.NEGATIF
    assert polaritas_nama("Tingkat kesalahan pencetakan maksimal 1 %") == Polaritas.NEGATIF
    assert polaritas_nama("Persentase penurunan temuan") is None
