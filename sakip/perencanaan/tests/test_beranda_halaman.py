"""The home page lists the Pemda a page at a time (50), whatever the number the user sees."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import Pemda
from sakip.pertukaran.demo import KATA_SANDI_DEMO


@pytest.fixture
def nasional(demo):
    """An Inspektorat user in every Pemda, with 60 Pemda more than the demo's three."""
    Pemda.objects.bulk_create(
        Pemda(slug=f"pemda-{i:02}", nama=f"Kabupaten Uji {i:02}", jenis="kabupaten")
        for i in range(60)
    )
    pengguna = Pengguna.objects.create_user("inspektorat-nasional", password=KATA_SANDI_DEMO)
    Peran.objects.bulk_create(
        Peran(pengguna=pengguna, jenis=Peran.Jenis.INSPEKTORAT, pemda=p)
        for p in Pemda.objects.all()
    )
    return pengguna


def _pemda(r):
    return [p.slug for p, _ in r.context["daftar_pemda"]]


def test_page_two_shows_the_rest(masuk, nasional):
    c = masuk("inspektorat-nasional")
    r = c.get("/")
    assert len(_pemda(r)) == 50
    assert "Halaman 1 dari 2" in r.text and "?page=2" in r.text
    r2 = c.get("/", {"page": 2})
    assert len(_pemda(r2)) == 13
    assert set(_pemda(r)) | set(_pemda(r2)) == set(Pemda.objects.values_list("slug", flat=True))
    # The demo OPD are listed under their Pemda.
    assert "Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi" in r.text + r2.text


def test_the_links_keep_the_other_parameters(masuk, nasional):
    r = masuk("inspektorat-nasional").get("/", {"page": 2, "urut": "nama"})
    assert "?page=1&amp;urut=nama" in r.text


def test_it_reads_the_same_number_of_queries_for_one_pemda_or_many(masuk, demo):
    """Neither the Pemda nor the user's roles (shown in the header) cost a query each."""
    c = masuk("admin-tebing")

    def kueri():
        with CaptureQueriesContext(connection) as q:
            assert c.get("/").status_code == 200
        return len(q)

    satu = kueri()
    pengguna = Pengguna.objects.get(username="admin-tebing")
    Pemda.objects.bulk_create(
        Pemda(slug=f"pemda-{i:02}", nama=f"Kabupaten Uji {i:02}", jenis="kabupaten")
        for i in range(60)
    )
    Peran.objects.bulk_create(
        Peran(pengguna=pengguna, jenis=Peran.Jenis.INSPEKTORAT, pemda=p)
        for p in Pemda.objects.exclude(slug="kota-tebing-tinggi")
    )
    assert kueri() == satu
