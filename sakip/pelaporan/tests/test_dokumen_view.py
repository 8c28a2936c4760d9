import pytest

URL = "/opd/disnakerind-tebing-tinggi/dokumen/2022/"


def test_it_lists_every_document_in_every_format(masuk):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    for jenis in ("iku", "renstra", "lkjip", "rfk", "triwulan"):
        for f in ("docx", "pdf", "xlsx"):
            assert f"{URL}{jenis}.{f}" in r.text


@pytest.mark.parametrize(
    "f, jenis_isi",
    [
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("pdf", "application/pdf"),
    ],
)
def test_it_downloads(masuk, f, jenis_isi):
    r = masuk("operator-tebing").get(f"{URL}iku.{f}")
    assert r.status_code == 200
    assert r["Content-Type"] == jenis_isi
    assert 'filename="iku-disnakerind-tebing-tinggi-2022.' in r["Content-Disposition"]


def test_it_answers_404_for_unknown_documents_and_years(masuk):
    c = masuk("operator-tebing")
    assert c.get(f"{URL}rahasia.pdf").status_code == 404
    assert c.get(f"{URL}iku.exe").status_code == 404
    assert c.get("/opd/disnakerind-tebing-tinggi/dokumen/2030/").status_code == 404


def test_it_refuses_a_user_of_another_opd(masuk):
    c = masuk("operator-jambi")
    assert c.get(URL).status_code == 404
    assert c.get(f"{URL}lkjip.pdf").status_code == 404


def test_anonymous_users_get_only_published_documents(client, demo):
    # The documents page asks for a login; an unpublished document is not found (a
    # published one is anyone's: pelaporan/tests/test_publik.py).
    assert client.get(URL).status_code == 302
    r = client.get(f"{URL}lkjip.docx")
    assert r.status_code == 404 and "Dokumen belum diterbitkan" in r.text
