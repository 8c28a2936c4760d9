"""The public sees approved documents of its Pemda, and nothing else."""

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
    assert klien.get(f"/opd/{SLUG}/").status_code == 404


def test_another_pemdas_public_sees_nothing(masuk, terbit):
    klien = masuk("publik-jambi")
    assert LKJIP not in klien.get("/publik/").text
    assert klien.get(LKJIP).status_code == 404


def test_anonymous_users_are_sent_to_login(client, terbit):
    assert client.get("/publik/").status_code == 302
    assert client.get(LKJIP).status_code == 302
