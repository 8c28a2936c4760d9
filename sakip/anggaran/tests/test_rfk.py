URL = "/opd/disnakerind-tebing-tinggi/rfk/2022/"


def test_it_shows_the_rfk_at_the_end_of_triwulan_iv(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    # RFK row 2.07.01.2.02.01: triwulan IV 621.143.942, before 1.981.068.813, total 2.602.212.755.
    assert "621.143.942" in r.text
    assert "1.981.068.813" in r.text
    assert "2.602.212.755" in r.text


def test_it_does_not_invent_a_split_it_does_not_know(masuk):
    # Only January–September is known, as one lump: the total up to triwulan III is known,
    # but triwulan III on its own and the months before it are not.
    r = masuk("operator-tebing").get(URL + "?triwulan=3")
    assert r.status_code == 200
    baris = r.text[r.text.index("2.07.01.2.02.01") :]
    baris = baris[: baris.index("</tr>")]
    # Unknown: this quarter, up to last quarter, and physical progress (reported for TW IV
    # only) with its weighted figure; the bobot (share of the budget) is known.
    assert baris.count('<td class="angka">–</td>') == 4
    assert "1.981.068.813" in baris


def test_it_rejects_a_bad_quarter(masuk):
    assert masuk("operator-tebing").get(URL + "?triwulan=5").status_code == 404


def test_it_refuses_a_user_of_another_opd(masuk):
    assert masuk("operator-ppu").get(URL).status_code == 404


def test_it_refuses_anonymous_users(client, demo):
    assert client.get(URL).status_code == 302


def test_it_groups_programs_under_urusan_with_bobot_as_the_rfk_document(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    judul = "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA"
    assert f'<tr class="urusan"><td>2.07</td><td colspan="10">{judul}</td></tr>' in r.text
    assert "Bobot (%)" in r.text and "Fisik tertimbang (%)" in r.text
    # Program 2.07.01: Rp 3.308.936.254 of the OPD's Rp 3.933.915.154 is 84,11 %.
    program = r.text[r.text.index("<td>2.07.01</td>") :]
    program = program[: program.index("</tr>")]
    assert '<td class="angka">84,11</td>' in program
    # The headings come before the program rows, as in the RFK document.
    assert r.text.index("URUSAN PEMERINTAHAN BIDANG TENAGA KERJA") < r.text.index("2.07.01")
