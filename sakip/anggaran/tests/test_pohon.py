from sakip.anggaran.models import ProgramKegiatan

URL = "/opd/disnakerind-tebing-tinggi/anggaran/2022/"


def test_it_shows_the_budget_tree_with_computed_totals(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    assert "3.308.936.254" in r.text  # program 2.07.01 = sum of its 12 sub kegiatan
    assert "3.933.915.154" in r.text  # the OPD total, not the RFK's printed 4.544.274.054
    assert "4.544.274.054" not in r.text
    assert "94,17" in r.text  # physical progress of the total
    assert "Isi realisasi" in r.text


def test_it_lets_the_pemda_admin_see_but_not_enter(masuk):
    r = masuk("admin-tebing").get(URL)
    assert r.status_code == 200
    assert "Isi realisasi" not in r.text


def test_it_answers_404_for_a_year_neither_planned_nor_budgeted(masuk):
    # A planned year without a budget has a page of its own (test_anggaran_belum_ada).
    assert (
        masuk("operator-tebing").get("/opd/disnakerind-tebing-tinggi/anggaran/2030/").status_code
        == 404
    )


def test_it_refuses_a_user_of_another_opd(masuk):
    assert masuk("operator-jambi").get(URL).status_code == 404


def test_it_refuses_anonymous_users(client, demo):
    r = client.get(URL)
    assert r.status_code == 302
    assert r.url.startswith("/masuk/")


def test_it_uses_the_revised_pagu(masuk):
    ProgramKegiatan.objects.filter(kode="2.07.03.2.01.01").update(pagu_perubahan=10100000)
    r = masuk("operator-tebing").get(URL)
    # Program 2.07.03 now: 10.100.000 spent of a revised 10.100.000 → 100 %.
    assert "perubahan; semula 14.620.000" in r.text
    baris = r.text[r.text.index("<td>2.07.03</td>") :]
    assert "100,00" in baris[: baris.index("</tr>")]
