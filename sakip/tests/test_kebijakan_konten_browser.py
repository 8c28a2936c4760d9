"""The main pages work under the Content-Security-Policy in a real Chromium: no violation
reported, and the formula editor's script still checks as you type."""

import pytest
from playwright.sync_api import expect

from sakip.perencanaan.tests.isian_bantu import OPD_TEBING, indikator

LAPOR = "window.__csp = []; document.addEventListener('securitypolicyviolation', e => "
LAPOR += "window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"


def pantau(page):
    pesan = []
    page.on("console", lambda m: pesan.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: pesan.append(str(e)))
    page.add_init_script(LAPOR)
    return pesan


def pelanggaran(page, pesan):
    return page.evaluate("window.__csp") + [p for p in pesan if "Content Security" in p]


@pytest.mark.browser
def test_the_main_pages_work_under_the_policy(peramban):
    page = peramban.browser.new_page()
    pesan = pantau(page)
    r = page.goto(f"{peramban.url}/masuk/")
    assert "nonce-" in r.headers["content-security-policy"]
    assert pelanggaran(page, pesan) == []
    page.close()

    page = peramban.masuk("operator-tebing")
    pesan = pantau(page)
    ind = indikator()
    for alamat in (
        "/",
        f"/opd/{OPD_TEBING}/",
        f"/opd/{OPD_TEBING}/iku/2022/",
        f"/opd/{OPD_TEBING}/pohon/2022/",
        f"/opd/{OPD_TEBING}/reviu/2022/",
        f"/opd/{OPD_TEBING}/alur/2022/",
        f"/opd/{OPD_TEBING}/alur/2022/lkjip/",
        f"/opd/{OPD_TEBING}/dokumen/2022/",
        f"/rencana/indikator/{ind.pk}/",
    ):
        r = page.goto(f"{peramban.url}{alamat}")
        assert r.status == 200, alamat
        assert pelanggaran(page, pesan) == [], alamat
    # The page left open is the indicator entry page: its inline script runs.
    page.locator("#id_rumus").fill("ditempatkan ** 2")
    expect(page.locator("#rumus-galat")).to_contain_text("Rumus tidak valid di kolom 14")
    assert pelanggaran(page, pesan) == []
