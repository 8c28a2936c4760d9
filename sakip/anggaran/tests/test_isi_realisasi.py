from decimal import Decimal

import pytest

from sakip.anggaran.models import ProgramKegiatan, RealisasiFisik, RealisasiKeuangan
from sakip.jejak.tests.bantu import asal_halaman


@pytest.fixture
def sub(demo):
    # Tebing Tinggi 2022, Tabel 12 row 2.a.1: pagu 14.620.000, realisation 10.100.000 in TW IV.
    return ProgramKegiatan.objects.get(kode="2.07.03.2.01.01", tahun=2022)


def url(sub):
    return f"/sub-kegiatan/{sub.pk}/realisasi/"


def test_it_records_a_quarter(masuk, sub):
    c = masuk("operator-tebing")
    assert c.get(url(sub)).status_code == 200
    asal = asal_halaman(c, url(sub))
    r = c.post(url(sub), {"triwulan": "4", "keuangan": "10.100.000", "fisik": "97,5", "asal": asal})
    assert r.status_code == 302
    assert RealisasiKeuangan.objects.get(sub_kegiatan=sub, bulan_awal=10).nilai == 10100000
    assert RealisasiFisik.objects.get(sub_kegiatan=sub, triwulan=4).persen == Decimal("97.5")


def test_it_explains_bad_numbers_in_indonesian(masuk, sub):
    r = masuk("operator-tebing").post(
        url(sub), {"triwulan": "4", "keuangan": "10.1", "fisik": "120"}
    )
    assert r.status_code == 200
    assert "koma" in r.text  # "1.5"-style input: use a comma for decimals
    assert "Nilai harus antara 0 dan 100" in r.text


def test_it_refuses_to_round_what_was_typed(masuk, sub):
    r = masuk("operator-tebing").post(
        url(sub), {"triwulan": "1", "keuangan": "1,555", "fisik": "10"}
    )
    assert "Paling banyak 2 angka di belakang koma" in r.text
    assert not RealisasiKeuangan.objects.filter(
        sub_kegiatan=sub, bulan_awal=1, bulan_akhir=3
    ).exists()


def test_it_refuses_a_quarter_hidden_in_a_lump(masuk, demo):
    sub = ProgramKegiatan.objects.get(kode="2.07.01.2.02.01", tahun=2022)
    r = masuk("operator-tebing").post(url(sub), {"triwulan": "2", "keuangan": "1", "fisik": "50"})
    assert (
        "Realisasi April–Juni bertumpang tindih dengan realisasi Januari–September yang "
        "tercatat sebagai satu rentang; angkanya tidak dapat dipisahkan."
    ) in r.text


def test_it_refuses_spending_above_the_pagu(masuk, sub):
    # Tabel 12 row 2.a.1 (and Lampiran RFK 2022 row 2.07.03.2.01.01): pagu 14.620.000, nothing
    # spent January–September, so TW IV may hold at most 14.620.000; 14.620.000 + 1 is refused.
    r = masuk("operator-tebing").post(
        url(sub), {"triwulan": "4", "keuangan": "14.620.001", "fisik": "100"}
    )
    assert "melebihi pagu" in r.text


def test_it_lets_the_pemda_admin_see_but_not_change(masuk, sub):
    c = masuk("admin-tebing")
    # "See" is the budget tree and the structure page; this entry form itself answers 403.
    assert c.get(url(sub)).status_code == 403


def test_it_refuses_a_user_of_another_opd(masuk, sub):
    c = masuk("operator-jambi")
    assert c.get(url(sub)).status_code == 404
    assert c.post(url(sub), {"triwulan": "4", "keuangan": "1", "fisik": "1"}).status_code == 404


def test_it_refuses_anonymous_users(client, sub):
    assert (
        client.post(url(sub), {"triwulan": "4", "keuangan": "1", "fisik": "1"}).status_code == 302
    )
    assert not RealisasiFisik.objects.filter(sub_kegiatan=sub, persen=1).exists()


def test_each_changed_figure_leaves_one_audit_record(masuk, sub):
    from sakip.jejak.models import Jejak

    c = masuk("operator-tebing")
    asal = asal_halaman(c, url(sub))
    c.post(url(sub), {"triwulan": "4", "keuangan": "10.100.000", "fisik": "97,5", "asal": asal})
    # The seed already holds TW IV: 10.100.000 and fisik 100 %, so only the fisik changed
    # (Lampiran RFK 2022 row 2.07.03.2.01.01: triwulan IV Rp 10,100,000, fisik 100.00%).
    jejak = Jejak.objects.get()
    assert (jejak.objek, jejak.lama, jejak.baru) == (
        "realisasi fisik",
        {"persen": "100"},
        {"persen": "97.5"},
    )


def test_it_refuses_an_approved_quarter(masuk, sub):
    from sakip.alur.models import StatusDokumen

    StatusDokumen.objects.create(opd=sub.opd, tahun=2022, dokumen="tw4", tahap="disetujui")
    r = masuk("operator-tebing").post(url(sub), {"triwulan": "4", "keuangan": "1", "fisik": "1"})
    assert r.status_code == 403
    assert "Data Triwulan IV 2022 berstatus Disetujui" in r.text


@pytest.mark.parametrize(
    "username,status", [("kepala-tebing", 403), ("inspektorat-tebing", 403), ("publik-tebing", 404)]
)
def test_other_roles_may_not_change(masuk, sub, username, status):
    r = masuk(username).post(url(sub), {"triwulan": "4", "keuangan": "1", "fisik": "1"})
    assert r.status_code == status


def test_a_stale_form_gives_the_conflict_message_and_writes_nothing(masuk, sub):
    from sakip.jejak.models import Jejak

    c = masuk("operator-tebing")
    asal = c.get(url(sub)).context["asal_json"]
    RealisasiKeuangan.objects.filter(sub_kegiatan=sub, bulan_awal=10).update(nilai=1)
    data = {"asal": asal, "triwulan": "4", "keuangan": "2", "fisik": "50"}
    r = c.post(url(sub), data)
    assert r.status_code == 200
    assert "telah diubah oleh pengguna lain" in r.content.decode()
    assert r.context["asal_json"] == asal
    assert RealisasiKeuangan.objects.get(sub_kegiatan=sub, bulan_awal=10).nilai == 1
    assert RealisasiFisik.objects.get(sub_kegiatan=sub, triwulan=4).persen == 100
    assert not Jejak.objects.exists()


def test_a_change_in_another_quarter_is_no_conflict(masuk, sub):
    c = masuk("operator-tebing")
    asal = c.get(url(sub)).context["asal_json"]
    RealisasiFisik.objects.create(sub_kegiatan=sub, triwulan=1, persen=10)
    data = {"asal": asal, "triwulan": "4", "keuangan": "1.234.567,89", "fisik": "100"}
    assert c.post(url(sub), data).status_code == 302
    assert RealisasiKeuangan.objects.get(sub_kegiatan=sub, bulan_awal=10).nilai == Decimal(
        "1234567.89"
    )


def test_it_refuses_a_number_the_database_cannot_hold(masuk, sub):
    r = masuk("operator-tebing").post(
        url(sub), {"triwulan": "1", "keuangan": "1.000.000.000.000.000.000", "fisik": "10"}
    )
    assert (
        "Realisasi keuangan: angka terlalu besar, paling banyak 18 angka sebelum koma "
        "(tertulis 19)." in r.text
    )
