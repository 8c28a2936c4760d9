"""The recap of Kota Tebing Tinggi's evaluations 2022 (one OPD: 2021 71 BB, 2022
95,77 AA, change +24,77; see sakip/pertukaran/tests/test_demo_lke.py) as a page with its
chart, sorted by any column, and as a workbook opened back."""

from io import BytesIO

from openpyxl import load_workbook

from sakip.instansi.models import OPD, Pemda
from sakip.pertukaran.demo import muat_alur_demo
from sakip.pertukaran.demo_lke import muat_lke_demo

REKAP = "/pemda/kota-tebing-tinggi/lke/2022/"


def _muat():
    muat_alur_demo()
    muat_lke_demo()


def test_the_page_shows_score_grade_change_and_chart(masuk):
    _muat()
    teks = masuk("inspektorat-tebing").get(REKAP).text
    assert "71,00 (BB)" in teks and "95,77 (AA)" in teks and "+24,77" in teks
    assert "<svg" in teks and "<rect" in teks


def test_it_sorts_with_missing_scores_last(masuk):
    _muat()
    pemda = Pemda.objects.get(slug="kota-tebing-tinggi")
    OPD.objects.create(pemda=pemda, nama="Badan Contoh", slug="badan-contoh")
    klien = masuk("admin-tebing")
    for urut, arah in (("nilai", "turun"), ("nilai", "naik"), ("perubahan", "turun")):
        teks = klien.get(f"{REKAP}?urut={urut}&arah={arah}").text
        assert teks.index("Dinas Ketenagakerjaan") < teks.index("Badan Contoh"), (urut, arah)
    teks = klien.get(f"{REKAP}?urut=nama&arah=naik").text
    assert teks.index("Badan Contoh") < teks.index("Dinas Ketenagakerjaan")


def test_the_workbook(masuk):
    _muat()
    r = masuk("admin-tebing").get(f"{REKAP}rekap.xlsx")
    lembar = load_workbook(BytesIO(r.content)).worksheets[0]
    baris = [tuple(b) for b in lembar.iter_rows(values_only=True) if any(b)]
    kepala = next(i for i, b in enumerate(baris) if b[0] == "No")
    assert baris[kepala][:8] == (
        "No",
        "Perangkat Daerah",
        "Nilai 2021",
        "Predikat 2021",
        "Nilai 2022",
        "Predikat 2022",
        "Perubahan",
        "Keadaan",
    )
    data = baris[kepala + 1]
    assert data[1].startswith("Dinas Ketenagakerjaan")
    assert (data[2], data[3], data[5], data[7]) == (71, "BB", "AA", "selesai")
    assert round(data[4], 6) == 95.765260 and round(data[6], 6) == 24.765260
