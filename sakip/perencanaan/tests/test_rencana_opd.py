URL = "/opd/disnakerind-tebing-tinggi/"


def test_it_shows_the_plan_tree(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    assert "Suplemen Renstra Dinas Ketenagakerjaan dan Perindustrian 2021–2022" in r.text
    assert "Meningkatnya penyerapan tenaga kerja" in r.text  # tujuan 1
    assert "Meningkatnya Kesempatan kerja" in r.text  # sasaran 1
    assert "Persentase Meningkatnya Kesempatan Kerja" in r.text  # its indicator
    assert "10 September 2021" in r.text  # Indonesian date of the supplement


def test_it_shows_the_cascading_link_to_the_pemda(masuk):
    r = masuk("operator-jambi").get("/opd/dtkk-ukm-jambi/")
    assert "Mendukung sasaran RPD:" in r.text
    assert '<a href="/pemda/kota-jambi/">Peningkatan partisipasi angkatan kerja</a>' in r.text


def test_it_is_open_to_the_pemda_admin(masuk):
    assert masuk("admin-tebing").get(URL).status_code == 200


def test_it_refuses_a_user_of_another_opd(masuk):
    assert masuk("operator-jambi").get(URL).status_code == 404
    assert masuk("admin-jambi").get(URL).status_code == 404


def test_it_refuses_anonymous_users(client, demo):
    r = client.get(URL)
    assert r.status_code == 302
    assert r.url.startswith("/masuk/")
