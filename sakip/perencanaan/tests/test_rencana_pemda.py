URL = "/pemda/kota-jambi/"


def test_it_shows_the_pemda_plan_to_its_opd_staff(masuk):
    r = masuk("operator-jambi").get(URL)
    assert r.status_code == 200
    assert "Rencana Pembangunan Daerah (RPD) Kota Jambi 2024–2026" in r.text
    assert "Peningkatan partisipasi angkatan kerja" in r.text  # RPD sasaran 9
    assert "Tingkat Partisipasi Angkatan Kerja" in r.text  # its indicator
    assert "dtkk-ukm-jambi" in r.text  # link to the user's OPD


def test_it_is_open_to_the_pemda_admin(masuk):
    assert masuk("admin-jambi").get(URL).status_code == 200


def test_it_refuses_a_user_of_another_pemda(masuk):
    assert masuk("operator-tebing").get(URL).status_code == 404
    assert masuk("admin-ppu").get(URL).status_code == 404


def test_it_refuses_anonymous_users(client, demo):
    r = client.get(URL)
    assert r.status_code == 302
    assert r.url.startswith("/masuk/")


def test_it_links_the_pemda_audit_trail_for_those_who_may_open_it(masuk):
    # boleh_lihat_jejak_pemda: the Admin Pemda and the Inspektorat, not the OPD staff.
    tautan = 'href="/pemda/kota-jambi/jejak/"'
    assert tautan in masuk("inspektorat-jambi").get(URL).text
    assert tautan in masuk("admin-jambi").get(URL).text
    assert tautan not in masuk("operator-jambi").get(URL).text
