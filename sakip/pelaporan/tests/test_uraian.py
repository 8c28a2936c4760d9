"""The paragraph per indicator, checked against sentences worked out by hand."""

from decimal import Decimal

from sakip.kinerja.capaian import Polaritas, hitung_capaian, kemajuan_terhadap_target_akhir
from sakip.pelaporan.uraian import uraian_indikator
from sakip.pengukuran.hitung import DataKinerja, NilaiIndikator
from sakip.perencanaan.models import Indikator, Periode

D = Decimal


def _demo(kode):
    ind = Indikator.objects.get(kode=kode, periode__opd__slug="disnakerind-tebing-tinggi")
    data = DataKinerja([ind])
    return uraian_indikator(
        data.nilai(ind, 2022), [data.nilai(ind, 2021)], data.kemajuan(ind, 2022)
    )


def test_kesempatan_kerja_2022_from_the_demo(demo):
    # Seed 004 lampiran: 141 placed in 2022, 105 in 2021 → (141 − 105) / 105 × 100 = 34,2857…%;
    # target 65 → capaian 52,747…% "Cukup Baik" (50–65 on the Tebing Tinggi scale).
    # 2021 (Tabel 8, entered directly): 42,85 of 60 → 71,4166…%. End target 65 (2022).
    assert _demo("kesempatan-kerja") == (
        "Capaian indikator Persentase Meningkatnya Kesempatan Kerja tahun 2022 sebesar "
        "52,75% (Cukup Baik), dengan realisasi 34,29% terhadap target 65,00%. Capaian ini turun "
        "dari 71,42% pada 2021; realisasinya turun dari 42,85% menjadi 34,29% (memburuk). "
        "Terhadap target akhir periode rencana tahun 2022 sebesar 65,00%, tingkat kemajuan "
        "mencapai 52,75%."
    )


def test_tenaga_kerja_dilindungi_2022_from_the_demo(demo):
    # 4.667 / 6.744 × 100 = 69,2022…%; of 95 → 72,844…% "Baik" (65–75).
    # 2021: 67,88 of 90 → 75,422…%: capaian down, realisation up.
    assert _demo("tenaga-kerja-dilindungi") == (
        "Capaian indikator Persentase tenaga kerja yang dilindungi tahun 2022 sebesar 72,84% "
        "(Baik), dengan realisasi 69,20% terhadap target 95,00%. Capaian ini turun dari 75,42% "
        "pada 2021; realisasinya naik dari 67,88% menjadi 69,20% (membaik). Terhadap target "
        "akhir periode rencana tahun 2022 sebesar 95,00%, tingkat kemajuan mencapai 72,84%."
    )


def test_an_indicator_without_data_says_so(demo):
    # The Suplemen's Tabel 3.1 gives only an end target (40 %), the last year's target, and
    # no data was reported.
    assert _demo("pencari-kerja-ditempatkan") == (
        "Indikator Persentase pencari kerja yang terdaftar yang ditempatkan tahun 2022 dengan "
        "target 40,00% belum ada realisasi. Target akhir periode rencana (2022) adalah 40,00%."
    )


# --- without the database: lower is better, first year, national standard ---------------


def _ind(**isi):
    periode = Periode(tahun_awal=2022, tahun_akhir=2026)
    bawaan = {
        "nama": "Tingkat pengangguran terbuka",
        "satuan": "%",
        "jenis": "persentase",
        "polaritas": "negatif",
        "periode": periode,
    }
    return Indikator(**{**bawaan, **isi})


def _nilai(ind, tahun, target, realisasi, predikat=None):
    c = hitung_capaian(target, realisasi, Polaritas(ind.polaritas))
    return NilaiIndikator(ind, tahun, 0, target, None, realisasi, "langsung", c, predikat, ())


def test_lower_is_better_with_standard_and_end_target():
    ind = _ind(target_akhir=D(3), standar_nasional=D(7))
    # (2 × 5 − 4) / 5 × 100 = 120; 2022: (2 × 6 − 6) / 6 × 100 = 100.
    # End target 3: (6 − 4) / 3 × 100 = 66,67; standard 7: (14 − 4) / 7 × 100 = 142,86.
    sekarang = _nilai(ind, 2023, D(5), D(4), "Sangat Baik")
    lalu = [_nilai(ind, 2022, D(6), D(6))]
    kemajuan = kemajuan_terhadap_target_akhir(D(4), D(3), Polaritas.NEGATIF)
    assert uraian_indikator(sekarang, lalu, kemajuan) == (
        "Capaian indikator Tingkat pengangguran terbuka tahun 2023 sebesar 120,00% (Sangat "
        "Baik), dengan realisasi 4,00% terhadap target 5,00% (semakin rendah realisasi, "
        "semakin baik). Capaian ini naik dari 100,00% pada 2022; realisasinya turun dari 6,00% "
        "menjadi 4,00% (membaik). Terhadap target akhir periode rencana tahun 2026 sebesar "
        "3,00%, tingkat kemajuan mencapai 66,67%. Dibandingkan dengan standar nasional sebesar "
        "7,00%, "
        "capaiannya 142,86%."
    )


def test_the_first_year_has_nothing_to_compare():
    ind = _ind(polaritas="positif", nama="Jumlah pelatihan", satuan="kegiatan")
    # 12 of 10 → 120 %.
    n = _nilai(ind, 2022, D(10), D(12), "Memuaskan")
    assert uraian_indikator(n, [], hitung_capaian(None, D(12), Polaritas.POSITIF)) == (
        "Capaian indikator Jumlah pelatihan tahun 2022 sebesar 120,00% (Memuaskan), dengan "
        "realisasi 12 kegiatan terhadap target 10 kegiatan. Tahun 2022 adalah tahun pertama "
        "periode rencana, belum ada pembanding."
    )


def test_an_earlier_year_without_data_is_said_plainly():
    ind = _ind(polaritas="positif", nama="Indeks kepuasan", satuan="indeks")
    n = _nilai(ind, 2024, D("80"), D("82.5"))
    lalu = [_nilai(ind, 2022, D(78), None), _nilai(ind, 2023, D(79), None)]
    teks = uraian_indikator(n, lalu, hitung_capaian(None, D(1), Polaritas.POSITIF))
    assert teks.endswith(
        "dengan realisasi 82,5 terhadap target 80. Belum ada capaian tahun "
        "sebelumnya dalam periode rencana ini sebagai pembanding."
    )


def test_a_missing_target_is_not_a_capaian():
    ind = _ind(polaritas="positif", nama="Jumlah IKM", satuan="unit usaha")
    n = _nilai(ind, 2023, None, D(1257))
    assert uraian_indikator(n, [], hitung_capaian(None, D(1257), Polaritas.POSITIF)) == (
        "Realisasi indikator Jumlah IKM tahun 2023 sebesar 1.257 unit usaha; target tahun "
        "ini tidak tercatat sehingga capaian tidak dihitung."
    )
