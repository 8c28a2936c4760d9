import pytest
from playwright.sync_api import expect

from sakip.perencanaan.models import Indikator
from sakip.perencanaan.tests.isian_bantu import OPD_TEBING, indikator, teks

BARU = f"/opd/{OPD_TEBING}/variabel/baru/"


def test_the_formula_editor_links_an_unknown_variable_to_its_creation(masuk):
    ind = indikator()
    Indikator.objects.filter(pk=ind.pk).update(rumus="ditempatkan / kartu_hijau * 100")
    r = masuk("operator-tebing").get(f"/rencana/indikator/{ind.pk}/")
    isi = teks(r)
    assert f'href="{BARU}?kode=kartu_hijau"' in isi
    assert f'href="{BARU}?kode=ditempatkan"' not in isi  # a known variable needs none
    assert f'data-url-variabel="{BARU}"' in isi  # for the live check's script


def test_readers_get_no_link(masuk):
    ind = indikator()
    Indikator.objects.filter(pk=ind.pk).update(rumus="kartu_hijau")
    assert BARU not in teks(masuk("kepala-tebing").get(f"/rencana/indikator/{ind.pk}/")).replace(
        f'data-url-variabel="{BARU}"', ""
    )


SIARAN = 'new BroadcastChannel("sakip-variabel").postMessage'


def test_the_page_after_a_save_tells_open_editors_and_no_other_does(masuk):
    c = masuk("operator-tebing")
    data = {"asal": "null", "kode": "kartu_hijau", "nama": "Kartu hijau", "agregasi": "jumlah"}
    r = c.post(BARU, data, follow=True)
    assert "kartu_hijau" in teks(r) and SIARAN in teks(r)
    assert SIARAN not in teks(c.get(r.request["PATH_INFO"]))  # shown once, with its message


@pytest.mark.browser
def test_an_operator_creates_a_missing_variable_from_the_formula_editor(peramban):
    ind = indikator()
    page = peramban.masuk("operator-tebing")
    page.goto(f"{peramban.url}/rencana/indikator/{ind.pk}/")
    rumus = page.locator("#id_rumus")
    rumus.fill("kartu_hijau / 2")
    expect(page.locator("#rumus-galat")).to_contain_text("Variabel 'kartu_hijau' belum terdaftar")
    with page.expect_popup() as tab:
        page.get_by_role("link", name="daftarkan variabel ini").click()
    baru = tab.value
    expect(baru.locator("#id_kode")).to_have_value("kartu_hijau")
    baru.locator("#id_nama").fill("Jumlah kartu hijau")
    baru.get_by_role("button", name="Simpan").click()
    expect(baru.get_by_text("Variabel kartu_hijau “Jumlah kartu hijau” disimpan.")).to_be_visible()
    # Without retyping, the editor's tab checks its formula again and knows the variable.
    expect(page.locator("#rumus-penjelasan")).to_contain_text("Rumus sah.")
    expect(page.locator("#rumus-variabel")).to_contain_text("kartu_hijau: Jumlah kartu hijau")
    expect(page.locator("#rumus-galat")).to_have_count(0)
    assert rumus.input_value() == "kartu_hijau / 2"
