"""The workflow page and its steps: who may take which step, reasons, locking."""

import pytest

from sakip.alur.kunci import alasan_terkunci
from sakip.alur.models import StatusDokumen
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak

SLUG = "dkukmperindag-ppu"
HALAMAN = f"/opd/{SLUG}/alur/2025/"
# The demo's quarters have no values yet: submitting one takes a reason.
AJUKAN = "Realisasi menyusul dari bidang."


def langkah(klien, nama, dokumen="tw1", alasan="", **opsi):
    return klien.post(f"{HALAMAN}{dokumen}/", {"langkah": nama, "alasan": alasan}, **opsi)


def tahap(dokumen="tw1"):
    s = StatusDokumen.objects.filter(opd__slug=SLUG, tahun=2025, dokumen=dokumen).first()
    return s.tahap if s else "draf"


def test_it_walks_draf_to_disetujui_with_one_record_per_step(masuk):
    operator, admin, kepala = masuk("operator-ppu"), masuk("admin-ppu"), masuk("kepala-ppu")
    assert langkah(operator, "ajukan", alasan=AJUKAN).status_code == 302
    assert tahap() == "diajukan"
    langkah(admin, "verifikasi")
    assert tahap() == "diverifikasi"
    langkah(kepala, "setujui")
    assert tahap() == "disetujui"
    jejak = Jejak.objects.order_by("id")
    assert [(j.nama_pengguna, j.lama, j.baru) for j in jejak] == [
        ("operator-ppu", {"tahap": "draf"}, {"tahap": "diajukan"}),
        ("admin-ppu", {"tahap": "diajukan"}, {"tahap": "diverifikasi"}),
        ("kepala-ppu", {"tahap": "diverifikasi"}, {"tahap": "disetujui"}),
    ]
    assert "Disetujui" in alasan_terkunci(OPD.objects.get(slug=SLUG), 2025, "tw1")


def test_returning_needs_a_reason_and_reopens_editing(masuk):
    operator, kepala = masuk("operator-ppu"), masuk("kepala-ppu")
    langkah(operator, "ajukan", alasan=AJUKAN)
    r = langkah(kepala, "kembalikan", follow=True)
    assert tahap() == "diajukan"
    assert "memerlukan alasan" in r.content.decode()
    langkah(kepala, "kembalikan", alasan="Data TW I belum lengkap")
    assert tahap() == "dikembalikan"
    assert alasan_terkunci(OPD.objects.get(slug=SLUG), 2025, "tw1") is None
    assert Jejak.objects.get(baru={"tahap": "dikembalikan"}).alasan == "Data TW I belum lengkap"
    assert "Data TW I belum lengkap" in operator.get(HALAMAN).content.decode()


def test_reopening_an_approved_document_is_for_the_admin_with_a_reason(masuk):
    StatusDokumen.objects.create(
        opd=OPD.objects.get(slug=SLUG), tahun=2025, dokumen="pk", tahap="disetujui"
    )
    assert langkah(masuk("operator-ppu"), "buka", "pk", "salah").status_code == 403
    assert langkah(masuk("kepala-ppu"), "buka", "pk", "salah").status_code == 403
    langkah(masuk("admin-ppu"), "buka", "pk")
    assert tahap("pk") == "disetujui"
    langkah(masuk("admin-ppu"), "buka", "pk", "Perubahan APBD")
    assert tahap("pk") == "draf"


def test_a_step_from_the_wrong_state_is_refused_with_a_message(masuk):
    r = langkah(masuk("kepala-ppu"), "setujui", follow=True)
    assert tahap() == "draf"
    assert "tidak dapat dilakukan" in r.content.decode()
    assert not Jejak.objects.exists()


@pytest.mark.parametrize(
    "username,nama",
    [
        ("kepala-ppu", "ajukan"),
        ("admin-ppu", "ajukan"),
        ("inspektorat-ppu", "ajukan"),
        ("operator-ppu", "verifikasi"),
        ("operator-ppu", "setujui"),
        ("admin-ppu", "setujui"),
        ("inspektorat-ppu", "verifikasi"),
    ],
)
def test_each_step_is_refused_to_the_wrong_role(masuk, username, nama):
    assert langkah(masuk(username), nama, alasan=AJUKAN).status_code == 403
    assert not Jejak.objects.exists()


def test_the_page_offers_each_user_only_their_steps(masuk):
    r = masuk("operator-ppu").get(HALAMAN)
    assert r.status_code == 200
    tw1 = next(b for b in r.context["baris"] if b["dokumen"] == "tw1")
    assert [n for n, *_ in tw1["langkah"]] == ["ajukan"]
    r = masuk("inspektorat-ppu").get(HALAMAN)
    assert all(not b["langkah"] for b in r.context["baris"])


@pytest.mark.parametrize("username", ["operator-jambi", "kepala-tebing", "publik-ppu"])
def test_it_is_hidden_from_other_opds_and_the_public(masuk, username):
    klien = masuk(username)
    assert klien.get(HALAMAN).status_code == 404
    assert langkah(klien, "ajukan").status_code == 404


def test_anonymous_users_are_sent_to_login(client, demo):
    assert client.get(HALAMAN).status_code == 302
    assert langkah(client, "ajukan").status_code == 302
    assert tahap() == "draf"


def test_it_needs_csrf(demo):
    from django.test import Client

    from sakip.pertukaran.demo import KATA_SANDI_DEMO

    klien = Client(enforce_csrf_checks=True)
    klien.login(username="operator-ppu", password=KATA_SANDI_DEMO)
    assert langkah(klien, "ajukan").status_code == 403
    assert tahap() == "draf"
