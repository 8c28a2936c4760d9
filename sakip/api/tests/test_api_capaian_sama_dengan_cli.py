"""The anonymous API's capaian of Tebing Tinggi 2022 (approved throughout in the demo) is
`sakip capaian --format json` digit for digit: one engine, the same stored results, every
number written with all its digits. Figures from seed 004, LKjIP 2022 Tabel 5 (Dinas
Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi)."""

import json
from io import StringIO

from django.core.management import call_command
from django.test import Client

from sakip.pertukaran.demo import OPD_DEMO, TEBING

OPD_TEBING = OPD_DEMO[TEBING]
KESEMPATAN = "Persentase Meningkatnya Kesempatan Kerja"


def _teks(isi):
    """JSON read with every number kept as the text it was written as."""
    return json.loads(isi, parse_float=str, parse_int=str)


def test_the_api_capaian_is_the_cli_capaian_digit_for_digit(alur_demo):
    keluaran = StringIO()
    call_command(
        "capaian", "--opd", OPD_TEBING, "--tahun", "2022", "--format", "json", stdout=keluaran
    )
    cli = _teks(keluaran.getvalue())
    r = Client().get(f"/api/opd/{OPD_TEBING}/2022/capaian/")
    assert r.status_code == 200 and r["Content-Type"].startswith("application/json")
    api = _teks(r.content)
    assert api["count"] == str(len(cli)) == "10"
    for a, c in zip(api["items"], cli, strict=True):
        assert {k: a[k] for k in c} == c
    # Tabel 5 row 1: growth (141 − 105) / 105 = 34,2857...% against 65% → capaian
    # 34,2857... / 65 × 100 = 52,7472...%, Cukup Baik; written with every digit.
    baris = next(a for a in api["items"] if a["indikator"] == KESEMPATAN)
    assert baris["target"] == "65"
    assert baris["realisasi"].startswith("34.285714285714285714")
    assert baris["capaian"].startswith("52.747252747252747")
    assert baris["predikat"] == "Cukup Baik"
