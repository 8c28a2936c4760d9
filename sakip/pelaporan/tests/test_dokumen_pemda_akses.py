"""Who may read the Pemda's own documents: its Admin Pemda and Inspektorat. Another
Pemda's admin does not see the Pemda (404), its OPD staff are refused (403), anonymous
visitors go to the login (and a draft's download answers 404)."""

import pytest

URL = "/pemda/kota-jambi/dokumen/2024/"
UNDUH = URL + "lkjip.pdf"


@pytest.mark.parametrize("username", ["admin-jambi", "inspektorat-jambi"])
def test_the_pemda_admin_and_inspektorat_read_them(masuk, username):
    c = masuk(username)
    r = c.get(URL)
    assert r.status_code == 200
    assert "Perjanjian Kinerja Kepala Daerah" in r.text
    assert c.get(UNDUH).status_code == 200


def test_another_pemdas_admin_does_not_see_them(masuk):
    c = masuk("admin-tebing")
    assert c.get(URL).status_code == 404
    assert c.get(UNDUH).status_code == 404


@pytest.mark.parametrize("username", ["operator-jambi", "kepala-jambi"])
def test_opd_staff_are_refused(masuk, username):
    c = masuk(username)
    assert c.get(URL).status_code == 403
    assert c.get(UNDUH).status_code == 403


def test_anonymous_visitors_are_refused(client, demo):
    r = client.get(URL)
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    # A draft is not public (an approved document is: test_dokumen_pemda_terbit.py).
    assert client.get(UNDUH).status_code == 404


def test_a_year_without_a_plan_or_an_unknown_document_is_not_found(masuk):
    c = masuk("admin-jambi")
    assert c.get("/pemda/kota-jambi/dokumen/2019/").status_code == 404
    assert c.get(URL + "renstra.pdf").status_code == 404
    assert c.get(URL + "lkjip.odt").status_code == 404


def test_the_pemda_page_links_them_for_the_admin_only(masuk):
    assert URL in masuk("admin-jambi").get("/pemda/kota-jambi/").text
    assert URL not in masuk("operator-jambi").get("/pemda/kota-jambi/").text
