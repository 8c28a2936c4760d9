URL = "/opd/disnakerind-tebing-tinggi/iku/2022/"


def test_it_shows_computed_capaian_in_indonesian_format(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    # LKjIP 2022 Tabel 5 row 1: (141 − 105) / 105 = 34,29 %; 34,2857… / 65 = 52,75 %.
    assert "34,29" in r.text
    assert "52,75" in r.text
    assert "Cukup Baik" in r.text
    # Row 3: 4.667 / 6.744 = 69,20 %, capaian 72,84 % → "Baik" on the LKjIP scale.
    assert "72,84" in r.text


def test_it_shows_sasaran_capaian_as_the_mean_of_its_indicators(masuk):
    # Jambi 2024, sasaran 2: (80,0202… + 74,1427…) / 2 = 77,0815… → 77,08.
    r = masuk("operator-jambi").get("/opd/dtkk-ukm-jambi/iku/2024/")
    assert "77,08" in r.text


def test_it_answers_404_for_a_year_without_a_plan(masuk):
    r = masuk("operator-tebing").get("/opd/disnakerind-tebing-tinggi/iku/2030/")
    assert r.status_code == 404


def test_it_refuses_a_user_of_another_opd(masuk):
    assert masuk("operator-ppu").get(URL).status_code == 404


def test_it_refuses_anonymous_users(client, demo):
    r = client.get(URL)
    assert r.status_code == 302
    assert r.url.startswith("/masuk/")
