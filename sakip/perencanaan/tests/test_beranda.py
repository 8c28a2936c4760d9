def test_it_lists_only_the_users_own_opd(masuk):
    r = masuk("operator-tebing").get("/")
    assert r.status_code == 200
    assert "Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi" in r.text
    assert "Kota Jambi" not in r.text
    assert "Penajam Paser Utara" not in r.text


def test_it_lists_every_opd_of_the_pemda_for_its_admin(masuk):
    r = masuk("admin-jambi").get("/")
    assert "Dinas Tenaga Kerja, Koperasi dan Usaha Kecil Menengah Kota Jambi" in r.text
    assert "Tebing Tinggi" not in r.text


def test_it_sends_anonymous_users_to_the_public_portal(client, demo):
    r = client.get("/")
    assert r.status_code == 302
    assert r.url == "/portal/"
