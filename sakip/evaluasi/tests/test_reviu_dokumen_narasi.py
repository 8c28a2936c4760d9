"""`reviu_berkas`: a figure the narrative states that contradicts the table it describes is
a warning naming both places (R30); when unsure which figure a sentence means, nothing."""

import pytest

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.kinerja.reviu import Tingkat

from .dokumen_uji import docx

NAGARI = "Jumlah Nagari yang menerapkan Standar Pelayanan Minimal"
PHBS = "Persentase rumah tangga ber-PHBS"
# Capaian by hand: 15 / 15 = 100,00 %; 68,13 / 80 = 85,1625 → 85,16 %; their mean
# (100,00 + 85,16) / 2 = 92,58 %.
TABEL = (
    "Tabel 2 Capaian Indikator Kinerja Utama",
    [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
        ["1", NAGARI, "Nagari", "15", "15", "100,00"],
        ["2", PHBS, "%", "80", "68,13", "85,16"],
    ],
)


def uraian(*kalimat):
    hasil = reviu_berkas("lkjip.docx", docx("LAPORAN KINERJA TAHUN 2024", TABEL, *kalimat))
    return [t for t in hasil.temuan if t.aturan == "R30"]


def test_a_count_the_text_states_otherwise_is_a_warning_naming_both_places():
    kalimat = f"Pada tahun 2024 {NAGARI} sebanyak 11 Nagari dari 15 Nagari yang ditargetkan."
    (t,) = uraian(kalimat)
    assert t.tingkat == Tingkat.PERINGATAN
    assert t.lokasi == f"Uraian: “{kalimat}”"
    assert (t.teks_tercatat, t.teks_seharusnya) == ("11", "15")
    assert t.pesan.endswith(
        "realisasi tertulis 11 dalam uraian, sedangkan Tabel 2 Capaian Indikator Kinerja "
        f"Utama, baris 2 ({NAGARI}) mencatat 15"
    )


def test_a_mean_the_text_states_otherwise_is_a_warning():
    (t,) = uraian("Secara keseluruhan capaian kinerja tahun 2024 rata-rata 92,50 %.")
    assert (t.teks_tercatat, t.teks_seharusnya) == ("92,50", "92,58")
    assert "rata-rata kolom Capaian (%) pada Tabel 2 Capaian Indikator Kinerja Utama 92,58" in (
        t.pesan
    )


def test_a_role_the_text_names_is_compared_with_that_column():
    (t,) = uraian(f"Realisasi {PHBS} tahun 2024 mencapai 68,13% dari target 90%.")
    assert (t.teks_tercatat, t.teks_seharusnya) == ("90", "80")
    assert "target tertulis 90 dalam uraian" in t.pesan
    # "85" could be the capaian 85,16 rounded: not sure, so nothing.
    assert uraian(f"Realisasi {PHBS} tahun 2024 mencapai 68,13% dari target 85%.") == []


@pytest.mark.parametrize(
    "kalimat",
    [
        # The table's own figures, rounded as the text likes.
        f"Pada tahun 2024 {NAGARI} sebanyak 15 Nagari, sesuai target 15 Nagari.",
        f"Realisasi {PHBS} mencapai 68,13% dari target 80%, dengan capaian 85,16%.",
        f"Capaian {PHBS} sebesar 85,2 %.",
        "Capaian kinerja rata-rata 92,58 %; dibulatkan rata-rata 92,6 %.",
        # A figure of another row or role: not what the sentence says it contradicts.
        f"Realisasi {PHBS} 68,13% masih di bawah capaian 85,16%.",
        # Two indicators in one sentence: which number is whose is not sure.
        f"{NAGARI} dan {PHBS} masing-masing sebanyak 11 Nagari dan 70%.",
        # A percentage without a role word.
        f"{PHBS} naik 12 % dibanding tahun lalu.",
        # A mean of another column (the targets': (15 + 80) / 2 = 47,50).
        "Target rata-rata 47,50 % telah ditetapkan.",
        # A year is not a count.
        f"{NAGARI} dihitung sejak 2019 Nagari pertama menerapkannya.",
    ],
)
def test_nothing_when_the_text_agrees_or_when_unsure(kalimat):
    assert uraian(kalimat) == []
