"""Both audit exports (per OPD and per Pemda, XLSX and CSV) write users' text as text: a name
or a reason starting like a formula never becomes one, and a control character already
stored (written before input refused it) neither breaks the export nor disappears."""

import csv
import io

import pytest
from openpyxl import load_workbook

from sakip.instansi.models import OPD
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak

HALAMAN = [
    ("/opd/disnakerind-tebing-tinggi/jejak/", "kepala-tebing"),
    ("/pemda/kota-tebing-tinggi/jejak/", "admin-tebing"),
]


@pytest.fixture
def catat(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")

    def tulis(uraian, alasan="", lama=None):
        return rekam(
            None, Jejak.Tindakan.UBAH, "indikator", uraian, opd=opd, alasan=alasan, lama=lama
        )

    return tulis


def _baris_xlsx(r):
    lembar = load_workbook(io.BytesIO(r.content))["Jejak audit"]
    return list(lembar.iter_rows(min_row=2))


def _baris_csv(r):
    return list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))[1:]


@pytest.mark.parametrize("url, username", HALAMAN)
def test_formula_like_text_is_a_string_cell_in_xlsx(masuk, catat, url, username):
    catat('=HYPERLINK("http://contoh.test","klik")', alasan="@SUM(1+1)", lama="-3.5")
    r = masuk(username).get(url, {"format": "xlsx"})
    assert r.status_code == 200
    (baris,) = _baris_xlsx(r)
    uraian, nilai_lama, alasan = baris[5], baris[6], baris[8]
    assert (uraian.data_type, uraian.value) == ("s", '=HYPERLINK("http://contoh.test","klik")')
    assert (alasan.data_type, alasan.value) == ("s", "@SUM(1+1)")
    assert nilai_lama.value == "-3,5"
    assert baris[0].is_date and baris[4].value is None  # a time stays a time, empty stays empty


@pytest.mark.parametrize("url, username", HALAMAN)
def test_formula_like_text_is_prefixed_in_csv(masuk, catat, url, username):
    catat("=1+2", alasan="+62 812", lama="-3.5")
    catat("-2+3 rencana", alasan="\tTab di depan", lama={"nilai": "5"})
    r = masuk(username).get(url, {"format": "csv"})
    assert r.status_code == 200
    kedua, pertama = _baris_csv(r)
    assert (pertama[5], pertama[8]) == ("'=1+2", "'+62 812")
    assert pertama[6] == "-3,5"  # a negative number is a number, not a formula
    assert (kedua[5], kedua[8]) == ("'-2+3 rencana", "'\tTab di depan")


@pytest.mark.parametrize("url, username", HALAMAN)
def test_stored_control_characters_do_not_break_either_export(masuk, catat, url, username):
    # Stored directly, as data written before input refused control characters would be
    # (not NUL: PostgreSQL cannot store it at all).
    catat("Indikator \x1b[31mmerah", alasan="Salah\x01ketik\x85", lama={"nama": "a\x07b"})
    c = masuk(username)
    r = c.get(url, {"format": "xlsx"})
    assert r.status_code == 200
    (baris,) = _baris_xlsx(r)
    assert baris[5].value == "Indikator \u241b[31mmerah"
    assert baris[6].value == "Nama: a\u2407b"
    assert baris[8].value == "Salah\u2401ketik\ufffd"
    r = c.get(url, {"format": "csv"})
    assert r.status_code == 200
    (baris,) = _baris_csv(r)
    assert (baris[5], baris[8]) == ("Indikator \u241b[31mmerah", "Salah\u2401ketik\ufffd")
