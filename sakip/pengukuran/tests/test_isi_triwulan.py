from decimal import Decimal

import pytest

from sakip.alur.models import StatusDokumen
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pengukuran.models import NilaiVariabel, Realisasi, Variabel

SLUG = "dkukmperindag-ppu"
URL = f"/opd/{SLUG}/isian/2025/1/"


def kunci_variabel(kode):
    return f"v{Variabel.objects.get(opd__slug=SLUG, kode=kode).pk}"


def test_it_lists_the_opds_variables_and_direct_indicators(masuk):
    r = masuk("operator-ppu").get(URL)
    assert r.status_code == 200
    isian = r.context["form"].isian
    assert isian, "the PPU plan has indicators measured in 2025"
    assert {i.kunci[0] for i in isian} <= {"v", "r"}
    assert len({i.kunci for i in isian}) == len(isian)  # a shared variable appears once


def test_it_saves_exactly_what_was_typed_with_one_audit_record(masuk):
    klien = masuk("operator-ppu")
    form = klien.get(URL).context["form"]
    isian = form.isian[0]
    data = dict(form.initial)
    data[isian.kunci] = "1.257,5"
    r = klien.post(URL, data)
    assert r.status_code == 302
    Model = NilaiVariabel if isian.variabel else Realisasi
    simpanan = Model.objects.get(
        **({"variabel": isian.variabel} if isian.variabel else {"indikator": isian.indikator}),
        tahun=2025,
        triwulan=1,
    )
    assert simpanan.nilai == Decimal("1257.5")
    jejak = Jejak.objects.get()
    assert jejak.tindakan == Jejak.Tindakan.BUAT
    assert (jejak.lama, jejak.baru) == (None, {"nilai": "1257.5"})
    assert jejak.nama_pengguna == "operator-ppu"
    assert jejak.opd == OPD.objects.get(slug=SLUG)


def test_it_changes_and_deletes_with_old_and_new_values(masuk):
    klien = masuk("operator-ppu")
    form = klien.get(URL).context["form"]
    kunci = form.isian[0].kunci
    klien.post(URL, {**form.initial, kunci: "10"})
    form = klien.get(URL).context["form"]
    assert form.initial[kunci] == "10"
    klien.post(URL, {**form.initial, kunci: "12,25"})
    klien.post(URL, {**klien.get(URL).context["form"].initial, kunci: ""})
    ubah, hapus = Jejak.objects.order_by("id")[1:]
    assert (ubah.tindakan, ubah.lama, ubah.baru) == ("ubah", {"nilai": "10"}, {"nilai": "12.25"})
    # The deleted value keeps what it belonged to, and its period.
    lama = {"indikator_id": form.isian[0].indikator.pk, "tahun": 2025, "triwulan": 1}
    assert (hapus.tindakan, hapus.lama, hapus.baru) == ("hapus", lama | {"nilai": "12.25"}, None)
    assert Jejak.objects.count() == 3


def test_unchanged_cells_leave_no_trace(masuk):
    klien = masuk("operator-ppu")
    form = klien.get(URL).context["form"]
    assert klien.post(URL, form.initial).status_code == 302
    assert not Jejak.objects.exists()


def test_it_rejects_a_bad_number_and_keeps_what_was_typed(masuk):
    klien = masuk("operator-ppu")
    form = klien.get(URL).context["form"]
    kunci = form.isian[0].kunci
    r = klien.post(URL, {**form.initial, kunci: "12,3,4"})
    assert r.status_code == 200
    assert "bukan angka yang valid" in r.content.decode()
    assert 'value="12,3,4"' in r.content.decode()
    assert not Jejak.objects.exists()


def test_the_second_save_of_the_same_value_is_refused(masuk):
    satu, dua = masuk("operator-ppu"), masuk("operator-ppu")
    form = satu.get(URL).context["form"]
    kunci = form.isian[0].kunci
    awal = dict(form.initial)
    assert satu.post(URL, {**awal, kunci: "5"}).status_code == 302
    r = dua.post(URL, {**awal, kunci: "6"})
    assert r.status_code == 200
    assert "telah diubah oleh pengguna lain" in r.content.decode()
    assert Jejak.objects.count() == 1


def test_a_locked_quarter_refuses_changes(masuk):
    StatusDokumen.objects.create(
        opd=OPD.objects.get(slug=SLUG), tahun=2025, dokumen="tw1", tahap="disetujui"
    )
    klien = masuk("operator-ppu")
    r = klien.get(URL)
    assert "terkunci" in r.content.decode()
    r = klien.post(URL, {**r.context["form"].initial, r.context["form"].isian[0].kunci: "5"})
    assert r.status_code == 403
    assert "Disetujui" in r.content.decode()


@pytest.mark.parametrize("username", ["kepala-ppu", "admin-ppu", "inspektorat-ppu"])
def test_other_roles_of_the_pemda_read_but_may_not_change(masuk, username):
    klien = masuk(username)
    r = klien.get(URL)
    assert r.status_code == 200
    assert klien.post(URL, {}).status_code == 403


@pytest.mark.parametrize("username", ["operator-jambi", "publik-ppu"])
def test_it_is_hidden_from_other_opds_and_the_public(masuk, username):
    klien = masuk(username)
    assert klien.get(URL).status_code == 404
    assert klien.post(URL, {}).status_code == 404


def test_anonymous_users_are_sent_to_login(client, demo):
    assert client.get(URL).status_code == 302
    assert client.post(URL, {}).status_code == 302
    assert not Jejak.objects.exists()
