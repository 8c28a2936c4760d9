"""The dashboard on the staff's OPD page: the latest plan year up to now by default, any
plan year by `?tahun=`, with the figures as recorded (approved or not). Tebing Tinggi's
figures: seed 004, LKjIP 2022 (Tabel 5 and 8, the RFK annex; worked in
`pengukuran/tests/test_capaian_per_sasaran.py` and `anggaran/tests/test_serapan_triwulan.py`)."""

import re

URL = "/opd/disnakerind-tebing-tinggi/"


def _uraian(r):
    return re.findall(r"<desc [^>]*>(.*?)</desc>", r.text)


def test_it_shows_the_latest_plan_year_with_every_recorded_year(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.context["tahun_dasbor"] == 2022
    per_sasaran, per_tahun, triwulan = _uraian(r)
    assert per_sasaran.startswith("Meningkatnya Kesempatan kerja: 52,75%;")
    # Tabel 8, 2021: (71,4167 + 111,1111 + 75,4222 + 74,85 + 84,80 + 84,80) / 6 = 83,7333,
    # shown to the staff although 2021 is not approved; the Renstra's years before have no
    # realisation.
    assert per_tahun == ("2017: –; 2018: –; 2019: –; 2020: –; 2021: 83,73%; 2022: 77,20%.")
    assert triwulan == "TW I: –; TW II: –; TW III: 68,41%; TW IV: 93,32%."


def test_another_year_is_chosen_by_its_link(masuk):
    c = masuk("admin-tebing")
    r = c.get(URL + "?tahun=2021")
    assert r.context["tahun_dasbor"] == 2021
    assert _uraian(r)[1] == "2017: –; 2018: –; 2019: –; 2020: –; 2021: 83,73%."
    assert 'href="?tahun=2022#dasbor"' in r.text
    # A year outside the plans, or no year, falls back to the default.
    for salah in ("2030", "x", ""):
        assert c.get(URL + f"?tahun={salah}").context["tahun_dasbor"] == 2022


def test_it_refuses_others(masuk, client):
    assert masuk("operator-jambi").get(URL + "?tahun=2022").status_code == 404
    assert client.get(URL + "?tahun=2022").status_code == 302
