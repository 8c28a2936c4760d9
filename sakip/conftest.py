from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import expect, sync_playwright

from sakip.pertukaran.demo import KATA_SANDI_DEMO, muat_demo

CHROMIUM = "/usr/bin/chromium"


def pytest_configure(config):
    from django.conf import settings

    # Real hashing costs half a second per demo user; tests don't need its strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def media_sementara(settings, tmp_path):
    """Uploads of a test go to its own folder, never to var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def demo(db):
    """The three seed agencies and their demo users, as `sakip demo` loads them."""
    muat_demo()


@pytest.fixture
def masuk(demo):
    """A client logged in as the given demo user."""

    def klien(username):
        c = Client()
        assert c.login(username=username, password=KATA_SANDI_DEMO)
        return c

    return klien


ARGUMEN_CHROMIUM = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class Peramban:
    def __init__(self, browser, url):
        self.browser, self.url = browser, url

    def masuk(self, username, **opsi_halaman):
        """A new page, logged in as `username` through the login form."""
        page = self.browser.new_page(**opsi_halaman)
        page.goto(f"{self.url}/")
        expect(page.get_by_role("heading", name="Masuk ke sakip")).to_be_visible()
        page.get_by_label("Nama pengguna").fill(username)
        page.get_by_label("Kata sandi").fill(KATA_SANDI_DEMO)
        page.get_by_role("button", name="Masuk").click()
        return page


@pytest.fixture
def peramban(live_server, transactional_db, monkeypatch):
    """Debian's Chromium driven by Playwright against a live server with the demo data."""
    # Playwright's sync API runs an event loop in this thread; the ORM calls made here are
    # still plain synchronous calls made before and between page actions.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    muat_demo()
    assert Path(CHROMIUM).exists(), "Chromium Debian belum terpasang (scripts/test memasangnya)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN_CHROMIUM)
        yield Peramban(browser, live_server.url)
        browser.close()
