"""The users of a Pemda are listed a page at a time (50), in a fixed number of queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import Pemda

URL = "/pemda/kota-tebing-tinggi/pengguna/"


def _pengguna_baru(jumlah):
    pemda = Pemda.objects.get(slug="kota-tebing-tinggi")
    baru = Pengguna.objects.bulk_create(Pengguna(username=f"uji-{i:03}") for i in range(jumlah))
    Peran.objects.bulk_create(Peran(pengguna=p, jenis="publik", pemda=pemda) for p in baru)


def _nama(r):
    return [p.username for p in r.context["daftar"]]


def test_page_two_shows_the_rest(masuk, demo):
    _pengguna_baru(60)  # with the demo's 5 users of Tebing Tinggi: 65
    c = masuk("admin-tebing")
    r = c.get(URL)
    assert len(_nama(r)) == 50 and "Halaman 1 dari 2" in r.text
    r2 = c.get(URL, {"page": 2, "urut": "nama"})
    assert len(_nama(r2)) == 15
    assert len(set(_nama(r)) | set(_nama(r2))) == 65
    assert "?page=1&amp;urut=nama" in r2.text
    # Each row links to the user's own page, where roles are changed.
    assert f'href="{URL}{r2.context["daftar"][0].pk}/"' in r2.text


def test_it_reads_the_same_number_of_queries_for_few_users_or_many(masuk, demo):
    """The roles of every row are read at once, not once per row."""
    c = masuk("admin-tebing")

    def kueri():
        with CaptureQueriesContext(connection) as q:
            assert c.get(URL).status_code == 200
        return len(q)

    sedikit = kueri()
    _pengguna_baru(60)
    assert kueri() == sedikit
