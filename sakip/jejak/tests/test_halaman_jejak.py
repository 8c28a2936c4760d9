import csv
import io
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from sakip.akun.models import Pengguna
from sakip.instansi.models import OPD
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak, JejakTidakBolehDiubah
from sakip.pertukaran.demo import JAMBI, OPD_DEMO, TEBING

URL = f"/opd/{OPD_DEMO[TEBING]}/jejak/"


def _catat(opd, uraian, *, waktu=None, tindakan=Jejak.Tindakan.UBAH, objek="nilai variabel", **isi):
    j = rekam(None, tindakan, objek, uraian, opd=opd, **isi)
    if waktu:
        # Only a test may move a record in time; the product has no way to change one.
        Jejak.objects.filter(pk=j.pk).update(waktu=waktu)
    return j


@pytest.fixture
def opd(demo):
    return OPD.objects.get(slug=OPD_DEMO[TEBING])


@pytest.fixture
def jejak(opd):
    lain = OPD.objects.get(slug=OPD_DEMO[JAMBI])
    _catat(lain, "Data OPD lain", waktu=datetime(2025, 3, 6, tzinfo=UTC))
    _catat(
        opd,
        "Nilai ditempatkan 2024 TW I",
        waktu=datetime(2025, 3, 5, 2, 30, tzinfo=UTC),
        lama={"nilai": "1257.5"},
        baru={"nilai": "1300"},
        alasan="Salah ketik",
    )
    _catat(
        opd,
        "Target IKU 2024",
        waktu=datetime(2025, 4, 1, 1, 0, tzinfo=UTC),
        tindakan=Jejak.Tindakan.BUAT,
        objek="target",
        baru={"nilai": "75.25"},
    )
    _catat(
        opd,
        "Realisasi sub kegiatan dihapus",
        waktu=datetime(2025, 4, 2, 1, 0, tzinfo=UTC),
        tindakan=Jejak.Tindakan.HAPUS,
        objek="realisasi keuangan",
        lama={"nilai": "10100000", "kode": "2.07.03"},
    )


def _uraian(r):
    return [j.uraian for j, _ in r.context["baris"]]


def test_it_lists_the_opds_records_newest_first(masuk, jejak):
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    assert _uraian(r) == [
        "Realisasi sub kegiatan dihapus",
        "Target IKU 2024",
        "Nilai ditempatkan 2024 TW I",
    ]
    assert "Data OPD lain" not in r.text


def test_it_shows_who_when_what_and_the_values_in_indonesian(masuk, jejak):
    r = masuk("operator-tebing").get(URL)
    assert "5 Maret 2025 09.30" in r.text  # 02:30 UTC in Asia/Jakarta
    assert "1.257,5 → 1.300" in r.text
    assert "– → 75,25" in r.text
    assert "10.100.000 → –" in r.text
    assert "Salah ketik" in r.text
    assert "(perintah)" in r.text
    assert "Diubah" in r.text and "Dihapus" in r.text


@pytest.mark.parametrize(
    "saringan, hasil",
    [
        ({"dari": "2025-04-01"}, ["Realisasi sub kegiatan dihapus", "Target IKU 2024"]),
        ({"sampai": "2025-04-01"}, ["Target IKU 2024", "Nilai ditempatkan 2024 TW I"]),
        ({"dari": "2025-04-01", "sampai": "2025-04-01"}, ["Target IKU 2024"]),
        ({"tindakan": "hapus"}, ["Realisasi sub kegiatan dihapus"]),
        ({"objek": "target"}, ["Target IKU 2024"]),
        ({"q": "DITEMPATKAN"}, ["Nilai ditempatkan 2024 TW I"]),
        ({"pengguna": "(perintah)", "tindakan": "buat"}, ["Target IKU 2024"]),
    ],
)
def test_it_filters(masuk, jejak, saringan, hasil):
    r = masuk("admin-tebing").get(URL, saringan)
    assert r.status_code == 200
    assert _uraian(r) == hasil


def test_it_filters_by_user(masuk, opd, jejak):
    c = masuk("operator-tebing")
    rekam(
        Pengguna.objects.get(username="operator-tebing"), "ubah", "target", "Oleh operator", opd=opd
    )
    r = c.get(URL, {"pengguna": "operator-tebing"})
    assert _uraian(r) == ["Oleh operator"]


def test_it_explains_bad_filters_in_indonesian(masuk, jejak):
    r = masuk("operator-tebing").get(URL, {"dari": "2025-05-01", "sampai": "2025-04-01"})
    assert "Tanggal awal tidak boleh sesudah tanggal akhir" in r.text
    r = masuk("operator-tebing").get(URL, {"tindakan": "bukan"})
    assert r.status_code == 200
    assert "bukan salah satu dari pilihan yang tersedia" in r.text
    assert len(r.context["baris"]) == 3  # an invalid filter is ignored, not applied


def test_it_paginates_fifty_per_page(masuk, opd):
    Jejak.objects.bulk_create(
        Jejak(
            nama_pengguna="x", opd=opd, pemda=opd.pemda, tindakan="ubah", objek="t", uraian=f"r{i}"
        )
        for i in range(120)
    )
    c = masuk("operator-tebing")
    assert len(c.get(URL).context["baris"]) == 50
    r = c.get(URL, {"page": 3, "tindakan": "ubah"})
    assert len(r.context["baris"]) == 20
    assert "page=2" in r.text and "tindakan=ubah" in r.text


def test_it_exports_the_filtered_list_as_xlsx(masuk, jejak):
    r = masuk("inspektorat-tebing").get(
        URL, {"format": "xlsx", "dari": "2025-03-01", "sampai": "2025-04-01"}
    )
    assert r.status_code == 200
    assert r["Content-Disposition"].startswith("attachment;")
    assert ".xlsx" in r["Content-Disposition"]
    ws = load_workbook(io.BytesIO(r.content)).active
    rows = list(ws.iter_rows(values_only=True))
    assert " | ".join(rows[0]) == (
        "Waktu | Pengguna | Tindakan | Jenis data | ID data | Uraian | Nilai lama | Nilai baru"
        " | Alasan"
    )
    assert len(rows) == 3
    assert rows[1][0] == datetime(2025, 4, 1, 8, 0)
    assert rows[1][2:4] == ("Dibuat", "target")
    assert rows[1][5] == "Target IKU 2024"
    assert rows[1][7] == "Nilai: 75,25"
    assert rows[2][5:] == (
        "Nilai ditempatkan 2024 TW I",
        "Nilai: 1.257,5",
        "Nilai: 1.300",
        "Salah ketik",
    )


def test_it_exports_the_filtered_list_as_csv(masuk, jejak):
    r = masuk("kepala-tebing").get(URL, {"format": "csv", "tindakan": "hapus"})
    assert r.status_code == 200
    assert r["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert rows[1][0] == "02/04/2025 08:00:00"
    assert rows[1][5:7] == ["Realisasi sub kegiatan dihapus", "Kode: 2.07.03; Nilai: 10.100.000"]


@pytest.mark.parametrize(
    "username", ["operator-tebing", "kepala-tebing", "admin-tebing", "inspektorat-tebing"]
)
def test_it_lets_those_who_see_the_opd_read_it(masuk, jejak, username):
    assert masuk(username).get(URL).status_code == 200
    assert masuk(username).get(URL, {"format": "xlsx"}).status_code == 200


@pytest.mark.parametrize(
    "username", ["operator-jambi", "admin-jambi", "inspektorat-ppu", "publik-tebing"]
)
def test_it_hides_the_trail_from_others(masuk, jejak, username):
    assert masuk(username).get(URL).status_code == 404
    assert masuk(username).get(URL, {"format": "csv"}).status_code == 404


def test_it_sends_anonymous_users_to_login(client, jejak):
    r = client.get(URL, {"format": "xlsx"})
    assert r.status_code == 302
    assert r["Location"].startswith("/masuk/")


def test_the_trail_cannot_be_changed_or_deleted(masuk, jejak):
    j = Jejak.objects.filter(alasan="Salah ketik").get()
    j.uraian = "dipalsukan"
    with pytest.raises(JejakTidakBolehDiubah):
        j.save()
    with pytest.raises(JejakTidakBolehDiubah):
        j.delete()
    assert masuk("admin-tebing").post(URL, {"uraian": "x"}).status_code == 405
    j.refresh_from_db()
    assert j.uraian == "Nilai ditempatkan 2024 TW I"
    assert Jejak.objects.count() == 4
