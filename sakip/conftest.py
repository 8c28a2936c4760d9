from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import expect, sync_playwright

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import Pemda
from sakip.pertukaran.demo import AKHIRAN, KATA_SANDI_DEMO, muat_demo

CHROMIUM = "/usr/bin/chromium"


def pytest_configure(config):
    from django.conf import settings

    # Real hashing costs half a second per demo user; tests don't need its strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Each test process its own cache: a file cache would be shared by the xdist workers,
    # whose databases differ.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


@pytest.fixture(autouse=True)
def singgahan_kosong():
    """Every test starts with an empty cache: a test's rolled-back writes must not leave
    cached pages behind for the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def media_sementara(settings, tmp_path):
    """Uploads of a test go to its own folder, never to var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


# The shared world: the demo is loaded once per test database (once per xdist worker), not
# before every test. A test using `db` runs in a transaction rolled back at its end, so it
# sees the world and leaves it as it found it. A test asks for the world with `demo`; a test
# that asks only for `db` gets an empty database (`kosong`), as it always did.
KUNCI_TABEL_DUNIA = pytest.StashKey[list]()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    from django.db import connection

    with django_db_blocker.unblock():
        sebelum = _jumlah_baris(connection)
        muat_demo()
        sesudah = _jumlah_baris(connection)
    # `kosong` empties the tables the demo filled; what migrations put in (content types,
    # permissions) stays, as in a freshly created test database.
    diisi = sorted(t for t in sesudah if sesudah[t] != sebelum[t])
    assert not [t for t in diisi if sebelum[t]], "demo menambah baris ke tabel hasil migrasi"
    request.config.stash[KUNCI_TABEL_DUNIA] = diisi


def _jumlah_baris(connection):
    with connection.cursor() as c:
        jumlah = {}
        for tabel in connection.introspection.django_table_names(only_existing=True):
            c.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(tabel)}")  # noqa: S608
            jumlah[tabel] = c.fetchone()[0]
    return jumlah


@pytest.fixture
def demo(db):
    """The three seed agencies and their demo users, as `sakip demo` loads them (loaded once
    per session by `django_db_setup`; the test's transaction keeps it unchanged)."""


@pytest.fixture(scope="session")
def baca_dunia(django_db_setup, django_db_blocker):
    """Runs `f()` on the shared world outside any test, in a transaction rolled back after
    it (results computed on the way are not kept): for a document built once per module and
    read by several tests."""
    from django.db import transaction

    def baca(f):
        with django_db_blocker.unblock(), transaction.atomic():
            hasil = f()
            transaction.set_rollback(True)
        return hasil

    return baca


@pytest.fixture
def kosong(db, request):
    """An empty database, as migrations leave it: the demo's rows deleted inside the test's
    transaction (rolled back after it). Foreign keys are checked at commit, which never
    comes, so the order of the deletes does not matter."""
    from django.db import connection

    with connection.cursor() as c:
        for tabel in request.config.stash[KUNCI_TABEL_DUNIA]:
            c.execute(f"DELETE FROM {connection.ops.quote_name(tabel)}")  # noqa: S608


@pytest.fixture(autouse=True)
def _dunia_kosong_tanpa_demo(request):
    """A test that uses the database but not the demo sees it empty, as before the demo was
    shared; transactional tests (browser) keep the world, which is restored after them."""
    nama = request.fixturenames
    marka = request.node.get_closest_marker("django_db")
    transaksional = "transactional_db" in nama or "live_server" in nama
    if transaksional or "demo" in nama or "kosong" in nama:
        return
    if "db" in nama or marka:
        if marka and marka.kwargs.get("transaction"):
            # Only the fixture restores the world after the flush that ends the test.
            pytest.fail("Uji transaksional: minta fixture `transactional_db`, bukan marka.")
        request.getfixturevalue("kosong")


@pytest.fixture
def transactional_db(_pulihkan_dunia, _django_db_helper):
    """pytest-django's, restoring the shared world after the flush that ends the test."""


@pytest.fixture
def _pulihkan_dunia(django_db_blocker):
    # Set up before `_django_db_helper`, so torn down after its flush.
    yield
    with django_db_blocker.unblock():
        muat_demo()


@pytest.fixture
def masuk(demo):
    """A client logged in as the given demo user."""

    def klien(username):
        c = Client()
        assert c.login(username=username, password=KATA_SANDI_DEMO)
        return c

    return klien


@pytest.fixture
def pejabat_masuk(demo, masuk):
    """A client signed in as an account linked to the official `kode` (given an OPD role
    or none), the Pemda allowing officials to fill their own PK and actions when `izin`."""
    from sakip.akun.models import Pengguna
    from sakip.instansi.models import Pejabat

    def buat(kode, izin=True):
        pj = Pejabat.objects.get(kode=kode)
        pj.pemda.pejabat_boleh_mengisi = izin
        pj.pemda.save()
        u = Pengguna.objects.create_user(f"akun-{kode}", password=KATA_SANDI_DEMO, pejabat=pj)
        assert u.pk
        return masuk(u.username)

    return buat


@pytest.fixture
def admin_kedua(demo):
    """A second Admin Pemda of the given demo Pemda ("admin2-jambi"), with the demo's
    password: the Pemda's documents are submitted by one Admin Pemda, approved by another."""

    def buat(pemda):
        pengguna = Pengguna.objects.create_user(f"admin2-{AKHIRAN[pemda]}")
        pengguna.set_password(KATA_SANDI_DEMO)
        pengguna.save()
        Peran.objects.create(
            pengguna=pengguna, jenis=Peran.Jenis.ADMIN_PEMDA, pemda=Pemda.objects.get(slug=pemda)
        )
        return pengguna

    return buat


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
        page.goto(f"{self.url}/masuk/")
        expect(page.get_by_role("heading", name="Masuk ke sakip")).to_be_visible()
        page.get_by_label("Nama pengguna").fill(username)
        page.get_by_label("Kata sandi").fill(KATA_SANDI_DEMO)
        page.get_by_role("button", name="Masuk").click()
        return page


@pytest.fixture
def peramban(live_server, transactional_db, monkeypatch):
    """Debian's Chromium driven by Playwright against a live server with the demo data (the
    shared world, restored after the flush that ends every transactional test)."""
    # Playwright's sync API runs an event loop in this thread; the ORM calls made here are
    # still plain synchronous calls made before and between page actions.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    assert Path(CHROMIUM).exists(), "Chromium Debian belum terpasang (scripts/test memasangnya)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN_CHROMIUM)
        yield Peramban(browser, live_server.url)
        browser.close()
