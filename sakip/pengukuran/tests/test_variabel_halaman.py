"""The variables are listed a page at a time (50); an OPD's page shows the first 50 of
the Pemda-wide ones and sends to the Pemda's page for the rest."""

from sakip.instansi.models import Pemda
from sakip.pengukuran.models import Variabel
from sakip.perencanaan.tests.isian_bantu import opd, teks

from .variabel_bantu import URL

URL_PEMDA = "/pemda/kota-tebing-tinggi/variabel/"


def _kode(r, kunci="baris"):
    return [b["v"].kode for b in r.context[kunci]]


def test_page_two_shows_the_rest_of_the_opds_variables(masuk, demo):
    ada = Variabel.objects.filter(opd=opd()).count()
    Variabel.objects.bulk_create(
        Variabel(pemda=opd().pemda, opd=opd(), kode=f"aa_{i:02}", nama=f"Uji {i}")
        for i in range(60)
    )
    c = masuk("operator-tebing")
    r = c.get(URL)
    assert len(_kode(r)) == 50 and "Halaman 1 dari 2" in teks(r)
    r2 = c.get(URL, {"page": 2, "urut": "kode"})
    assert len(_kode(r2)) == ada + 10
    assert set(_kode(r)) | set(_kode(r2)) == set(
        Variabel.objects.filter(opd=opd()).values_list("kode", flat=True)
    )
    assert "?page=1&amp;urut=kode" in r2.text
    # The demo's variables sort after "aa_": their use in formulas is shown on page 2.
    [b] = [b for b in r2.context["baris"] if b["v"].kode == "ditempatkan"]
    assert [i.kode for i in b["dipakai"]] == ["kesempatan-kerja"]


def test_the_pemda_variables_are_paginated_on_the_pemdas_page(masuk, demo):
    pemda = Pemda.objects.get(slug="kota-tebing-tinggi")
    ada = Variabel.objects.filter(pemda=pemda, opd=None).count()
    Variabel.objects.bulk_create(
        Variabel(pemda=pemda, kode=f"pemda_{i:02}", nama=f"Pemda {i}") for i in range(60)
    )
    c = masuk("operator-tebing")
    r = c.get(URL)
    assert len(_kode(r, "baris_pemda")) == 50
    assert f"50 dari {ada + 60} variabel tingkat Pemda ditampilkan" in teks(r)
    assert len(_kode(c.get(URL_PEMDA))) == 50
    assert len(_kode(c.get(URL_PEMDA, {"page": 2}))) == ada + 10
