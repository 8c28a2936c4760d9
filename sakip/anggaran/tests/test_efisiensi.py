URL = "/opd/disnakerind-tebing-tinggi/efisiensi/2022/"


def test_it_shows_the_efficiency_table(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    # LKjIP 2022 Tabel 13 row 1, recomputed (printed −87,42).
    assert "-87,38" in r.text
    assert "207.673.476" in r.text
    # Tabel 14 row 1.d.1: 100 % output against 59,21 % spent → 40,79.
    assert "40,79" in r.text
    assert r.text.count("Capaian keluaran dan anggaran per sub kegiatan") == 1
    assert "<title>Efisiensi 2022 · Dinas Ketenagakerjaan" in r.text
    # Seed "Analisis Keberhasilan dan Kegagalan Program": 2.07.01.2.07.06 delivered 0 of 1 jenis.
    baris = r.text[r.text.index("2.07.01.2.07.06 Pengadaan Peralatan") :]
    assert "Tidak menunjang" in baris[: baris.index("</tr>")]


def test_it_is_open_to_the_pemda_admin(masuk):
    assert masuk("admin-tebing").get(URL).status_code == 200


def test_it_refuses_a_user_of_another_opd(masuk):
    assert masuk("operator-jambi").get(URL).status_code == 404


def test_it_refuses_anonymous_users(client, demo):
    assert client.get(URL).status_code == 302


def test_it_reads_a_fixed_number_of_queries(masuk, django_assert_max_num_queries):
    c = masuk("operator-tebing")
    with django_assert_max_num_queries(20):
        assert c.get(URL).status_code == 200
