"""Anyone, signed in or not, lists and downloads approved documents, and nothing else; an
account with the old Publik role reads them as everyone does."""

import pytest

from sakip.alur.models import StatusDokumen
from sakip.instansi.models import OPD

SLUG = "disnakerind-tebing-tinggi"
LKJIP = f"/opd/{SLUG}/dokumen/2022/lkjip.docx"


@pytest.fixture
def terbit(demo):
    opd = OPD.objects.get(slug=SLUG)
    StatusDokumen.objects.create(opd=opd, tahun=2022, dokumen="lkjip", tahap="disetujui")
    StatusDokumen.objects.create(opd=opd, tahun=2022, dokumen="pk", tahap="diverifikasi")


def test_it_lists_and_serves_approved_documents(masuk, terbit):
    klien = masuk("publik-tebing")
    r = klien.get("/publik/")
    assert r.status_code == 200
    assert LKJIP in r.text
    assert "/pk." not in r.text
    r = klien.get(LKJIP)
    assert r.status_code == 200
    assert r["Content-Disposition"].startswith("attachment")


def test_unapproved_and_internal_documents_stay_hidden(masuk, terbit):
    klien = masuk("publik-tebing")
    assert klien.get(f"/opd/{SLUG}/dokumen/2022/pk.docx").status_code == 404
    assert klien.get(f"/opd/{SLUG}/dokumen/2022/rfk.xlsx").status_code == 404
    assert klien.get(f"/opd/{SLUG}/dokumen/2022/").status_code == 404
    r = klien.get(f"/opd/{SLUG}/")
    # The staff's OPD page: our Indonesian 404 (it was Django's bare "Not Found").
    assert r.status_code == 404 and '<html lang="id">' in r.text and "Not Found" not in r.text


def test_another_pemdas_publik_account_reads_them_too(masuk, terbit):
    klien = masuk("publik-jambi")
    assert LKJIP in klien.get("/publik/").text
    assert klien.get(LKJIP).status_code == 200


def test_anonymous_visitors_list_and_download_them(client, terbit):
    r = client.get("/publik/")
    assert r.status_code == 200 and LKJIP in r.text and "/pk." not in r.text
    assert client.get(LKJIP).status_code == 200
    assert client.get(f"/opd/{SLUG}/dokumen/2022/pk.docx").status_code == 404
    assert client.get(f"/opd/{SLUG}/dokumen/2022/rfk.xlsx").status_code == 404
    # The staff pages still ask for a login.
    assert client.get(f"/opd/{SLUG}/dokumen/2022/").status_code == 302
