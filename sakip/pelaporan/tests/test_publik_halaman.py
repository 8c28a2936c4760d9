"""The published documents are listed a page at a time (50 approved documents)."""

from sakip.alur.models import StatusDokumen
from sakip.instansi.models import OPD

SLUG = "disnakerind-tebing-tinggi"


def test_page_two_shows_the_rest(masuk, demo):
    opd = OPD.objects.get(slug=SLUG)
    StatusDokumen.objects.bulk_create(
        StatusDokumen(opd=opd, tahun=t, dokumen="lkjip", tahap="disetujui")
        for t in range(1960, 2020)
    )
    c = masuk("publik-tebing")
    r = c.get("/publik/")
    tahun = [t for _, t, _, _ in r.context["dokumen"]]
    assert tahun == list(range(2019, 1969, -1))  # newest first
    assert "Halaman 1 dari 2" in r.text
    r = c.get("/publik/", {"page": 2, "urut": "tahun"})
    assert [t for _, t, _, _ in r.context["dokumen"]] == list(range(1969, 1959, -1))
    assert f"/opd/{SLUG}/dokumen/1960/lkjip.pdf" in r.text
    assert "?page=1&amp;urut=tahun" in r.text


def test_an_approved_renstra_gives_two_rows_on_its_page(masuk, demo):
    opd = OPD.objects.get(slug=SLUG)
    StatusDokumen.objects.create(opd=opd, tahun=2021, dokumen="renstra", tahap="disetujui")
    r = masuk("publik-tebing").get("/publik/")
    assert [j for _, _, j, _ in r.context["dokumen"]] == ["renstra", "iku"]
