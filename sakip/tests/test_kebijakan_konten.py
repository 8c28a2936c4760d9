"""Every page carries a Content-Security-Policy; the formula editor's inline script carries
that response's nonce, which changes on every request."""

import re

from sakip.perencanaan.tests.isian_bantu import indikator


def nonce(r):
    return re.search(r"'nonce-([^']+)'", r["Content-Security-Policy"]).group(1)


def test_the_login_page_carries_the_policy(client, db):
    a, b = client.get("/masuk/"), client.get("/masuk/")
    kebijakan = a["Content-Security-Policy"]
    assert kebijakan.startswith("default-src 'self'; script-src 'self' 'nonce-")
    assert "object-src 'none'" in kebijakan and "frame-ancestors 'none'" in kebijakan
    assert nonce(a) != nonce(b)


def test_the_formula_editor_script_carries_the_nonce(masuk):
    ind = indikator()
    r = masuk("operator-tebing").get(f"/rencana/indikator/{ind.pk}/")
    assert r.status_code == 200
    assert f'<script nonce="{nonce(r)}">' in r.content.decode()


def test_an_empty_setting_sends_no_policy(settings, client, db):
    settings.SAKIP_CSP = ""
    assert "Content-Security-Policy" not in client.get("/masuk/")
