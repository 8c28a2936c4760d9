import pytest

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import OPD, Pemda
from sakip.pengukuran.models import Variabel
from sakip.perencanaan.tests.isian_bantu import OPD_TEBING, opd, teks
from sakip.pertukaran.demo import KATA_SANDI_DEMO

from .variabel_bantu import URL

URL_JAMBI = "/opd/dtkk-ukm-jambi/variabel/"
URL_PEMDA_JAMBI = "/pemda/kota-jambi/variabel/"


def _baris(r, kode, kunci="baris"):
    [b] = [b for b in r.context[kunci] if b["v"].kode == kode]
    return b


def test_it_lists_the_variables_with_where_they_are_used_and_their_values(masuk):
    Variabel.objects.create(pemda=opd().pemda, opd=opd(), kode="baru", nama="Belum dipakai")
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    b = _baris(r, "ditempatkan")
    assert [i.kode for i in b["dipakai"]] == ["kesempatan-kerja"] and b["lainnya"] == 0
    assert b["v"].jumlah_nilai == 2
    b = _baris(r, "produk_ikm")
    assert {i.kode for i in b["dipakai"]} == {"produk-ikm-standar", "produk-ikm-promosi-nasional"}
    assert not _baris(r, "baru")["dipakai"]
    isi = teks(r)
    assert "belum dipakai" in isi and "+ Tambah variabel" in isi


def test_it_shows_the_pemda_variables_read_only(masuk):
    r = masuk("operator-jambi").get(URL_JAMBI)
    assert {b["v"].kode for b in r.context["baris"]} >= {"ditempatkan", "terdaftar"}
    b = _baris(r, "angkatan_kerja", "baris_pemda")
    # Used by the RPD indicator "tpak", which every OPD of the Pemda sees.
    assert [i.kode for i in b["dipakai"]] == ["tpak"]
    assert b["url"] == f"{URL_PEMDA_JAMBI}{b['v'].pk}/"
    assert "Variabel tingkat Pemda" in teks(r)


def test_the_pemda_page_lists_only_the_pemda_variables(masuk):
    r = masuk("admin-jambi").get(URL_PEMDA_JAMBI)
    assert r.status_code == 200
    assert [b["v"].kode for b in r.context["baris"]] == ["angkatan_kerja", "penduduk_usia_kerja"]
    assert r.context["baris_pemda"] is None and "+ Tambah variabel" in teks(r)


def test_it_does_not_name_indicators_of_other_opds(masuk):
    """A Pemda variable read by one OPD's formula: staff of another OPD see only a count."""
    Variabel.objects.filter(opd__slug="dtkk-ukm-jambi", kode="ditempatkan").update(opd=None)
    jambi = Pemda.objects.get(slug="kota-jambi")
    lain = OPD.objects.create(pemda=jambi, slug="opd-lain-jambi", nama="OPD Lain")
    pengguna = Pengguna.objects.create_user("operator-lain", password=KATA_SANDI_DEMO)
    Peran.objects.create(pengguna=pengguna, jenis=Peran.Jenis.OPERATOR_OPD, pemda=jambi, opd=lain)
    b = _baris(masuk("admin-jambi").get(URL_PEMDA_JAMBI), "ditempatkan")
    assert [i.kode for i in b["dipakai"]] == ["penyerapan-tenaga-kerja"]
    r = masuk("operator-lain").get("/opd/opd-lain-jambi/variabel/")
    b = _baris(r, "ditempatkan", "baris_pemda")
    assert (b["dipakai"], b["lainnya"]) == ([], 1)
    assert "penyerapan-tenaga-kerja" not in teks(r) and "1 indikator lain" in teks(r)


@pytest.mark.parametrize("pengguna", ["kepala-tebing", "admin-tebing", "inspektorat-tebing"])
def test_others_only_read(masuk, pengguna):
    r = masuk(pengguna).get(URL)
    assert r.status_code == 200 and "ditempatkan" in teks(r)
    assert "+ Tambah variabel" not in teks(r)


def test_an_operator_reads_the_pemda_page(masuk):
    r = masuk("operator-jambi").get(URL_PEMDA_JAMBI)
    assert r.status_code == 200 and "+ Tambah variabel" not in teks(r)
    assert "Hanya Admin Pemda" in teks(r)


def test_it_checks_access(masuk, client):
    for url in (URL, "/pemda/kota-tebing-tinggi/variabel/"):
        assert masuk("operator-jambi").get(url).status_code == 404
        assert masuk("publik-tebing").get(url).status_code == 404
        r = client.get(url)
        assert r.status_code == 302 and r.url.startswith("/masuk/")


def test_the_opd_and_quarter_pages_link_to_it(masuk):
    klien = masuk("operator-tebing")
    assert URL in teks(klien.get(f"/opd/{OPD_TEBING}/"))
    assert URL in teks(klien.get(f"/opd/{OPD_TEBING}/isian/2022/1/"))
    assert "/pemda/kota-tebing-tinggi/variabel/" in teks(klien.get("/pemda/kota-tebing-tinggi/"))
