"""The pohon kinerja page: Tebing Tinggi 2022 as an indented table, with capaian colours,
the budget under each branch and the gaps; only for those who see the OPD."""

from sakip.perencanaan.models import Tujuan

URL = "/opd/disnakerind-tebing-tinggi/pohon/2022/"


def test_it_shows_the_tree_down_to_sub_kegiatan(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    teks = r.text[r.text.index('<table class="kartu pohon-kinerja">') :]  # the table
    # Sasaran 1 and its branch: programme (invented owner), kegiatan, a sub kegiatan.
    urutan = [
        "Meningkatnya Kesempatan kerja",
        "Terselenggaranya penunjang urusan pemerintahan yang mendukung kesempatan kerja",
        "Dedi Siregar, S.Sos.",
        "Terlaksananya administrasi umum perangkat daerah",
        "Penyediaan Bahan Logistik Kantor",
    ]
    assert [teks.index(x) for x in urutan] == sorted(teks.index(x) for x in urutan)
    assert teks.count('<tr class="sub_kegiatan"') == 18
    # Tabel 13 row 1: pagu 207.673.476 under sasaran 1.
    assert "207.673.476" in teks
    # Sasaran 2, Tabel 5: capaian 97,51 % (computed), "Memuaskan", the scale's top band.
    assert '<span class="capaian tinggi">97,51</span>' in teks
    # Sasaran 3: 72,84 % is "Baik", a middle band.
    assert '<span class="capaian sedang">72,84</span>' in teks


def test_it_draws_every_node_below_the_tujuan(masuk):
    teks = masuk("operator-tebing").get(URL).text
    gambar, tabel = teks.split('<table class="kartu pohon-kinerja">')
    # One drawing per OPD sasaran, one box per row of the table other than a tujuan's.
    assert gambar.count('<div class="gambar-pohon"><svg') == tabel.count('<tr class="sasaran"')
    assert gambar.count('class="simpul ') == tabel.count("<tr class=") - tabel.count(
        '<tr class="tujuan"'
    )
    # Sasaran 2, Tabel 5: 97,51 %, the top band, as in the table.
    assert '<rect x="4.0" y="4.0" width="250.0" height="66.0" rx="4" class="simpul tinggi"/>' in (
        gambar
    )
    assert "Capaian 97,51% · Pagu Rp" in gambar


def test_it_lists_the_gaps(masuk):
    # The demo links each tujuan to the Suplemen RPJMD: no gap; unlinking one shows its two
    # sasaran serving nothing.
    assert "Celah yang perlu diperiksa" not in masuk("operator-tebing").get(URL).text
    Tujuan.objects.filter(
        periode__opd__slug="disnakerind-tebing-tinggi", nomor="1", melayani__isnull=False
    ).update(melayani=None)
    teks = masuk("operator-tebing").get(URL).text
    assert "Celah yang perlu diperiksa (2)" in teks
    assert "tidak mendukung sasaran atau tujuan Pemda mana pun" in teks


def test_the_admin_and_inspektorat_of_the_pemda_see_it(masuk):
    assert masuk("admin-tebing").get(URL).status_code == 200
    assert masuk("inspektorat-tebing").get(URL).status_code == 200


def test_it_refuses_a_user_of_another_opd_and_the_public_role(masuk):
    assert masuk("operator-ppu").get(URL).status_code == 404
    assert masuk("publik-tebing").get(URL).status_code == 404


def test_it_refuses_anonymous_users(client, demo):
    r = client.get(URL)
    assert r.status_code == 302 and "/masuk/" in r["Location"]


def test_it_answers_404_for_a_year_without_a_plan(masuk):
    assert masuk("operator-tebing").get(URL.replace("2022", "2030")).status_code == 404
